/**
 * `carecircle serve` logs one JSON line per request on stdout (pino): method, path without the query, status,
 * milliseconds and the user — never the body or query values. Under NODE_ENV=test it logs nothing.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { BIN, ROOT } from '../../test/spawn.ts';
import { freePort } from '../db/index.ts';

const ADMIN_PASSWORD = 'admin-pass-9c2e-long';
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.drop());

/** Runs `carecircle serve` with the given NODE_ENV, makes the requests, stops it and returns its stdout. */
async function serveAndCall(nodeEnv: string, calls: (base: string) => Promise<void>): Promise<string> {
  const port = await freePort();
  const env = { ...process.env, NODE_ENV: nodeEnv, CARECIRCLE_ADMIN_PASSWORD: ADMIN_PASSWORD };
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--host', '127.0.0.1', '--database-url', t.url], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}: ${err}`);
    if (err.includes('ready in')) break;
    if (Date.now() > deadline) throw new Error(`serve did not start: ${err}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  try {
    await calls(base);
  } finally {
    await new Promise<void>((res) => {
      child.once('exit', () => res());
      child.kill('SIGTERM');
    });
  }
  return out;
}

const SECRET = 'body-secret-7f3a';

describe('carecircle serve: the request log', () => {
  it('writes one JSON line per request with method, path, status, ms and user, and no body or query values', async () => {
    let userId = '';
    const out = await serveAndCall('production', async (base) => {
      const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: SECRET, password: SECRET }) });
      expect(login.status).toBe(401);
      expect((await fetch(`${base}/api/facilities?q=${SECRET}`)).status).toBe(200);
      const ok = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }) });
      expect(ok.status).toBe(200);
      const session = (await ok.json()) as { user: { id: string } };
      userId = session.user.id;
      const me = await fetch(`${base}/api/auth/me`, { headers: { cookie: ok.headers.get('set-cookie')!.split(';')[0]! } });
      expect(((await me.json()) as { user: { id: string } }).user.id).toBe(userId);
    });
    const lines = out.trim().split('\n').filter(Boolean);
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = entries.filter((e) => e.msg === 'request');
    expect(requests).toHaveLength(4);
    expect(requests[0]).toMatchObject({ method: 'POST', path: '/api/auth/login', status: 401, user: null, level: 30 });
    expect(requests[1]).toMatchObject({ method: 'GET', path: '/api/facilities', status: 200, user: null });
    expect(requests[3]).toMatchObject({ method: 'GET', path: '/api/auth/me', status: 200, user: userId });
    for (const r of requests) {
      expect(typeof r.ms).toBe('number');
      expect(typeof r.time).toBe('string');
    }
    expect(out).not.toContain(SECRET);
    expect(out).not.toContain(ADMIN_PASSWORD);
  });

  it('is silent under NODE_ENV=test', async () => {
    const out = await serveAndCall('test', async (base) => {
      expect((await fetch(`${base}/api/facilities`)).status).toBe(200);
    });
    expect(out).toBe('');
  });
});
