/**
 * Starts the real CareCircle server for browser tests, on a free port and a fresh database of the run's PostgreSQL
 * (test/global-db.ts): `carecircle demo` (the demo city and its logins) when the demo generator exists, else
 * test/e2e/serve-fixture.ts (a smaller synthetic city with the same demo logins). Waits for /api/health; `stop()`
 * sends SIGTERM (the server closes its pool) and drops the database.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDb } from '../db.ts';
import { freePort } from '../../src/db/index.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface TestServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** Which seed is being served. */
  seed: 'demo' | 'fixture';
  /** The server's database (a test's own setup rows; what a real deployment's senders would read, e.g. the SMS outbox). */
  databaseUrl: string;
  /** Everything the server printed (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

/** Builds web/dist if it is missing or stale (a no-op otherwise). */
export function ensureWeb(): void {
  const r = spawnSync(process.execPath, ['scripts/ensure-web.mjs'], { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('building web/dist failed');
}

async function waitForHealth(url: string, child: ChildProcess, out: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${out()}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not become healthy in ${timeoutMs} ms:\n${out()}`);
}

/** Which seed to use: CC_E2E_SEED=fixture|demo forces one; by default the demo when it exists. */
function chooseSeed(): 'demo' | 'fixture' {
  const forced = process.env.CC_E2E_SEED;
  if (forced === 'demo' || forced === 'fixture') return forced;
  return existsSync(`${REPO}src/cli/demo.ts`) ? 'demo' : 'fixture';
}

export async function startTestServer(): Promise<TestServer> {
  ensureWeb();
  const testDb = await createTestDb();
  const port = await freePort();
  const seed = chooseSeed();
  // The demo caches its generated OSM file and walking graph in --data (keyed by seed and generator version): share
  // one cache folder between the browser test files, outside the work tree, so only the first one generates the city.
  // The database is always fresh (--database-url), so no data folder lock is involved. The folder is per checkout, so
  // two checkouts testing at once (different generator versions) never overwrite each other's cache.
  const dataDir = seed === 'demo' ? join(tmpdir(), `carecircle-e2e-demo-cache-${createHash('sha256').update(REPO).digest('hex').slice(0, 10)}`) : mkdtempSync(join(tmpdir(), 'carecircle-e2e-'));
  const args =
    seed === 'demo'
      ? ['bin/carecircle.mjs', 'demo', '--port', String(port), '--data', dataDir, '--database-url', testDb.url]
      : ['--import', 'tsx', 'test/e2e/serve-fixture.ts', '--port', String(port), '--database-url', testDb.url];
  const child = spawn(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'test' } });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await testDb.drop().catch(() => undefined);
    if (seed !== 'demo') rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, () => log, 180_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, seed, databaseUrl: testDb.url, output: () => log, stop };
}
