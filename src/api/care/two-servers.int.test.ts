/**
 * Two real server processes on one PostgreSQL (acceptance 2): `carecircle serve --data DIR` starts the embedded
 * database and keeps its URL in DIR/database-url (mode 0600); `carecircle serve --database-url "$(cat …)"` joins it.
 * An entry a teacher records through process A reaches a guardian whose feed is open on process B within a second
 * (LISTEN/NOTIFY), and a reconnect to B with Last-Event-ID replays what A recorded meanwhile.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db, freePort } from '../../db/index.ts';
import { seedBaseCarePeople } from '../../../test/fixtures/care.ts';
import { startCli, type ServerProcess } from '../../../test/spawn.ts';
import { SseReader } from '../../../test/sse.ts';

const dir = mkdtempSync(join(tmpdir(), 'carecircle-two-'));
let a: ServerProcess;
let b: ServerProcess;
let db: Db;
let childId: string;
const readers: SseReader[] = [];

async function login(base: string, username: string): Promise<{ cookie: string; csrf: string }> {
  const r = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'two-servers-1' }) });
  expect(r.status, `${username} at ${base}`).toBe(200);
  return { cookie: (r.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: ((await r.json()) as { csrfToken: string }).csrfToken };
}

beforeAll(async () => {
  a = await startCli('serve', await freePort(), ['--data', dir, '--host', '127.0.0.1'], 180_000);
  const urlFile = join(dir, 'database-url');
  expect(statSync(urlFile).mode & 0o777).toBe(0o600);
  const url = readFileSync(urlFile, 'utf8').trim();
  db = new Db(url, 2);
  childId = await seedBaseCarePeople(db, 'two-servers-1');
  b = await startCli('serve', await freePort(), ['--database-url', url, '--host', '127.0.0.1'], 120_000);
}, 300_000);

afterAll(async () => {
  for (const r of readers) await r.close();
  await b?.stop();
  await db?.close();
  await a?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('two server processes on one database', () => {
  it('an entry made through process A reaches a guardian connected to process B within a second; Last-Event-ID replays through B', async () => {
    const teacher = await login(a.base, 'teacher2');
    const guardian = await login(b.base, 'guardian2');
    const open = async (headers: Record<string, string> = {}) => {
      const r = new SseReader(await fetch(`${b.base}/api/children/${childId}/feed`, { headers: { cookie: guardian.cookie, accept: 'text/event-stream', ...headers } }));
      readers.push(r);
      expect(r.status).toBe(200);
      return r;
    };
    const stream = await open();
    await new Promise((r) => setTimeout(r, 300));
    const record = async (body: Record<string, unknown>) => {
      const r = await fetch(`${a.base}/api/children/${childId}/events`, { method: 'POST', headers: { cookie: teacher.cookie, 'x-csrf-token': teacher.csrf, 'content-type': 'application/json' }, body: JSON.stringify({ id: randomUUID(), ...body }) });
      expect(r.status).toBe(201);
      return (await r.json()) as { id: string; seq: number };
    };
    const t0 = Date.now();
    const checkIn = await record({ kind: 'check_in' });
    const got = await stream.waitFor(1, 3000);
    const ms = Date.now() - t0;
    process.stderr.write(`[two servers] entry via A → feed on B in ${ms} ms\n`);
    expect(ms).toBeLessThan(1000);
    expect(got.map((e) => e.id)).toEqual([String(checkIn.seq)]);
    expect(JSON.parse(got[0]!.data)).toMatchObject({ id: checkIn.id, kind: 'check_in', childId });
    await stream.close();
    const missed = [await record({ kind: 'morning_check', card: 'green', temperatureC: 36.6, site: 'axillary' }), await record({ kind: 'water', ml: 90 })];
    const again = await open({ 'last-event-id': String(checkIn.seq) });
    await again.waitFor(2, 3000);
    await new Promise((r) => setTimeout(r, 300));
    expect(again.events.map((e) => e.id)).toEqual(missed.map((m) => String(m.seq)));
  });
});
