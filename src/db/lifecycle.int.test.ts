/**
 * The embedded database's life cycle as a person meets it: SIGKILL during a burst of writes loses no answered write
 * and leaves nothing half-written; the PostgreSQL child that outlives a killed app is found and shut down on the
 * next start; a second process on the same data folder fails with one clear line; SIGTERM stops everything.
 */
import { mkdtempSync, rmSync, chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, freePort } from './index.ts';
import { seedRegistry, facilityInput, PASSWORD } from '../../test/registry-fixture.ts';
import { runCli, startCli } from '../../test/spawn.ts';

const dirs: string[] = [];
function tempData(): string {
  const d = mkdtempSync(join(tmpdir(), 'carecircle-life-'));
  chmodSync(d, 0o755);
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
const postmasterPid = (dir: string) => Number.parseInt(readFileSync(join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]!, 10);

async function login(base: string): Promise<{ cookie: string; csrf: string }> {
  const r = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'city', password: PASSWORD }) });
  expect(r.status).toBe(200);
  const body = (await r.json()) as { csrfToken: string };
  return { cookie: /cc_session=[^;]*/.exec(r.headers.get('set-cookie') ?? '')![0], csrf: body.csrfToken };
}

// Within the affordable (普惠) caps of both classes' bands (the 托大班 cap is ¥1,400 a month: src/care/fees.ts).
const FEES = [
  { mode: 'full_day' as const, price: 1300, unit: 'month' as const },
  { mode: 'temporary' as const, price: 30, unit: 'hour' as const },
];

describe('embedded PostgreSQL life cycle', () => {
  it('keeps every answered write through SIGKILL, then cleans up the orphaned server on restart', async () => {
    const dir = tempData();
    const seeded = await openDatabase({ dataDir: dir });
    await seedRegistry(seeded.db);
    await seeded.stop();

    const port = await freePort();
    const s1 = await startCli('serve', port, ['--data', dir]);
    const pgPid = postmasterPid(dir);
    const { cookie, csrf } = await login(s1.base);

    const acked = new Map<string, string>(); // name → id
    let refused: string | null = null;
    let stop = false;
    let n = 0;
    const writer = async (w: number) => {
      while (!stop) {
        const name = `持久性测试点${w}-${n++}`;
        try {
          const r = await fetch(`${s1.base}/api/facilities`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
            body: JSON.stringify(facilityInput({ name, filingNumber: `D${n}`, classes: [{ name: '托小班1', band: 'toddler_small', capacity: 15 }, { name: '托大班1', band: 'toddler_large', capacity: 20 }], services: FEES })),
          });
          if (r.status === 201) acked.set(name, ((await r.json()) as { id: string }).id);
          else refused ??= `${r.status} ${await r.text()}`;
        } catch {
          return; // the server died mid-request: this write was never answered
        }
      }
    };
    const writers = Array.from({ length: 6 }, (_, w) => writer(w));
    while (acked.size < 40) {
      if (refused) throw new Error(`a write was refused: ${refused}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    s1.child.kill('SIGKILL');
    await new Promise((r) => s1.child.once('exit', r));
    stop = true;
    await Promise.all(writers);
    expect(alive(pgPid)).toBe(true); // the PostgreSQL child outlived the app

    // Restart: the leftover server is shut down cleanly and a fresh one serves the same data.
    const s2 = await startCli('serve', port, ['--data', dir]);
    expect(s2.stderr()).toMatch(/left running/);
    expect(alive(pgPid)).toBe(false);
    const after = await fetch(`${s2.base}/api/facilities?q=${encodeURIComponent('持久性测试点')}&pageSize=200`).then((r) => r.json() as Promise<{ items: Array<{ id: string; name: string; capacity: number }>; total: number }>);
    const present = new Map(after.items.map((f) => [f.name, f]));
    for (const [name, id] of acked) expect(present.get(name)?.id, name).toBe(id);
    // Nothing half-written: every facility that exists has both of its classes.
    for (const f of after.items) expect(f.capacity, f.name).toBe(35);
    expect(after.total).toBeGreaterThanOrEqual(acked.size);

    const code = await s2.stop();
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'pg', 'postmaster.pid'))).toBe(false);
    expect(existsSync(join(dir, 'carecircle.lock'))).toBe(false);
  });

  it('refuses a second process on the same data folder with one clear line', async () => {
    const dir = tempData();
    const port = await freePort();
    const s = await startCli('serve', port, ['--data', dir]);
    try {
      const second = runCli(['serve', '--port', String(await freePort()), '--data', dir]);
      expect(second.code).not.toBe(0);
      expect(second.stderr.trim().split('\n')).toHaveLength(1);
      expect(second.stderr).toMatch(/^error: the data folder .* is in use by another CareCircle process \(pid \d+\)/);
      expect((await fetch(`${s.base}/api/health`)).status).toBe(200);
    } finally {
      await s.stop();
    }
  });

  it.skipIf(process.getuid?.() !== 0)('starts inside a private (0700) folder when running as root', async () => {
    const priv = mkdtempSync(join(tmpdir(), 'carecircle-private-')); // mode 0700, like `mktemp -d`
    dirs.push(priv);
    const o = await openDatabase({ dataDir: join(priv, 'checkout', '.carecircle') });
    try {
      expect(await o.db.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
      expect(statSync(priv).mode & 0o007).toBe(0o001); // search only for others: nothing can be listed
    } finally {
      await o.stop();
    }
  });
});
