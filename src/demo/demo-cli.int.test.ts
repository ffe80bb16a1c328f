/**
 * `carecircle demo` end to end, as a person starts it: first start on an empty data folder generates the city,
 * writes the OSM file, seeds and serves within 90 s; a later start within 10 s (cached OSM and graph, no re-seed);
 * every demo login works and sees data for its role; `--summary` prints the synthetic profile without a server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../db/index.ts';
import { DEMO_PASSWORD, DEMO_USERNAMES } from './people.ts';
import type { DemoSummary } from './summary.ts';

/** The parts of API answers this test reads. */
type Json = { items: unknown[]; user: { username: string } };

const REPO = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'carecircle-demo-cli-'));
let child: ChildProcess | null = null;

async function start(port: number): Promise<{ ms: number; output: () => string }> {
  const t0 = performance.now();
  let out = '';
  child = spawn(process.execPath, ['bin/carecircle.mjs', 'demo', '--port', String(port), '--data', dir, '--host', '127.0.0.1'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '' } });
  child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`demo exited early:\n${out}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - t0 > 150_000) throw new Error(`demo did not start:\n${out}`);
    await new Promise((res) => setTimeout(res, 200));
  }
  return { ms: performance.now() - t0, output: () => out };
}

async function stop(): Promise<void> {
  const c = child;
  child = null;
  if (!c || c.exitCode !== null) return;
  const done = new Promise((res) => c.once('exit', res));
  c.kill('SIGTERM');
  await done;
}

afterAll(async () => {
  await stop();
  rmSync(dir, { recursive: true, force: true });
});

async function login(port: number, username: string): Promise<{ get: (path: string) => Promise<{ status: number; body: Json }> }> {
  const r = await fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  expect(r.status, `${username} logs in`).toBe(200);
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0]!;
  return {
    get: async (path: string) => {
      const g = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { cookie } });
      return { status: g.status, body: (await g.json()) as Json };
    },
  };
}

describe('carecircle demo', () => {
  it('seeds and serves on first start within 90 s, restarts within 10 s, and every role has data', async () => {
    const port = await freePort();
    const first = await start(port);
    process.stderr.write(`[demo] first start (empty data folder): ${(first.ms / 1000).toFixed(1)} s\n`);
    expect(first.ms).toBeLessThan(90_000);
    expect(first.output()).toMatch(/SYNTHETIC/);
    for (const u of DEMO_USERNAMES) expect(first.output()).toContain(`  ${u}`);
    expect(existsSync(join(dir, 'demo', 'changzhi-synthetic.osm'))).toBe(true);
    expect(existsSync(join(dir, 'demo', 'changzhi-synthetic.osm.ccgraph'))).toBe(true);

    const pub = (await (await fetch(`http://127.0.0.1:${port}/api/facilities?pageSize=1`)).json()) as { total: number };
    expect(pub.total).toBeGreaterThan(300);
    const luzhou = (await (await fetch(`http://127.0.0.1:${port}/api/divisions/140403`)).json()) as { name: string; synthetic: boolean; places: number };
    expect(luzhou).toMatchObject({ name: '潞州区', synthetic: true });
    expect(luzhou.places).toBeGreaterThan(1000);
    for (const role of ['guardian', 'teacher', 'director', 'health'] as const) {
      const s = await login(port, role);
      const kids = await s.get('/api/children');
      expect(kids.status).toBe(200);
      expect(kids.body.items.length, `${role} sees children`).toBeGreaterThan(0);
    }
    for (const role of ['admin', 'city', 'district'] as const) {
      const s = await login(port, role);
      const me = await s.get('/api/auth/me');
      expect(me.body.user.username).toBe(role);
    }
    await stop();

    const second = await start(port);
    process.stderr.write(`[demo] later start (seeded, cached OSM and graph): ${(second.ms / 1000).toFixed(1)} s\n`);
    expect(second.ms).toBeLessThan(10_000);
    expect(second.output()).not.toMatch(/seeded in/);
    await stop();
  });

  it('--summary prints the synthetic profile as JSON', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/carecircle.mjs', 'demo', '--summary', '--data', dir], { cwd: REPO, maxBuffer: 1 << 24 });
    const s = JSON.parse(stdout) as DemoSummary;
    expect(s.synthetic).toBe(true);
    expect(s.note).toMatch(/SYNTHETIC/);
    expect(s.divisions).toHaveLength(12);
    expect(s.walking.engine).toMatch(/src\/access/);
    expect(s.urbanCore.within15min.share).toBeGreaterThan(0.6);
  });
});
