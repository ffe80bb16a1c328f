/**
 * The live parent feed (GET /api/children/{id}/feed, text/event-stream): each event has `id:` (seq) and `data:` (the
 * entry); new entries arrive within a second; a reconnect with Last-Event-ID receives exactly what was missed, in
 * order; a second server process (another pool and LISTEN connection on the same database) delivers what the first
 * one recorded; a dropped LISTEN connection catches up from the table; entries held for the end of the day arrive
 * when published; and only the child's guardians and its facility's staff may listen.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { Db } from '../../db/index.ts';
import { runCareClock } from '../../db/repos/index.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client } from '../../../test/http.ts';
import { SseReader } from '../../../test/sse.ts';
import { PASSWORD, seedRegistry, USERNAMES, type RegistryFixture } from '../../../test/registry-fixture.ts';
import { seedCare, type CareFixture } from '../../../test/fixtures/care.ts';
import { FeedHub } from '../realtime/feed-hub.ts';

let t: TestDb;
let db2: Db;
let fx: RegistryFixture;
let care: CareFixture;
let appA: ReturnType<typeof createApp>;
let appB: ReturnType<typeof createApp>;
let teacher: Client;
let guardianA: Client;
let guardianB: Client;
const open: SseReader[] = [];

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  care = await seedCare(t.db, fx);
  db2 = new Db(t.url, 4);
  appA = createApp({ db: t.db, webRoot: null });
  appB = createApp({ db: db2, webRoot: null });
  teacher = new Client(appA);
  guardianA = new Client(appA);
  guardianB = new Client(appB);
  expect((await teacher.login(USERNAMES.teacher, PASSWORD)).status).toBe(200);
  expect((await guardianA.login(USERNAMES.guardian, PASSWORD)).status).toBe(200);
  expect((await guardianB.login(USERNAMES.guardian, PASSWORD)).status).toBe(200);
});
afterAll(async () => {
  for (const r of open) await r.close();
  FeedHub.close(t.db);
  FeedHub.close(db2);
  await db2?.close();
  await t?.drop();
});

async function feed(app: ReturnType<typeof createApp>, c: Client, childId: string, headers: Record<string, string> = {}, query = ''): Promise<SseReader> {
  const res = await app.request(`/api/children/${childId}/feed${query}`, { headers: { cookie: c.cookie, accept: 'text/event-stream', ...headers } });
  const r = new SseReader(res);
  open.push(r);
  return r;
}

const post = (body: Record<string, unknown>, child = fx.childA) => teacher.post(`/api/children/${child}/events`, { id: randomUUID(), ...body });

describe('GET /api/children/{id}/feed', () => {
  it('streams text/event-stream: today’s entries first, then each new entry within a second (id: seq, data: the entry)', async () => {
    expect((await post({ kind: 'check_in', at: new Date(Date.now() - 60_000).toISOString() })).status).toBe(201);
    const r = await feed(appA, guardianA, fx.childA);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const start = await r.waitFor(1);
    expect(JSON.parse(start[0]!.data)).toMatchObject({ kind: 'check_in', childId: fx.childA });
    const t0 = Date.now();
    const note = await post({ kind: 'note', text: '午睡很香' });
    const got = await r.waitFor(2, 2000);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(got).toHaveLength(2);
    expect(got[1]!.id).toBe(String(note.body.seq));
    expect(JSON.parse(got[1]!.data)).toMatchObject({ id: note.body.id, kind: 'note', at: note.body.at, text: '午睡很香' });
    await r.close();
  });

  it('a reconnect with Last-Event-ID receives exactly what was missed, in order', async () => {
    const r = await feed(appA, guardianA, fx.childA);
    const seen = await r.waitFor(2);
    const last = seen[seen.length - 1]!.id!;
    await r.close();
    const missed = [];
    for (const text of ['一', '二', '三']) missed.push((await post({ kind: 'note', text: `错过的${text}` })).body);
    const again = await feed(appA, guardianA, fx.childA, { 'last-event-id': last });
    const events = await again.waitFor(3);
    await new Promise((res) => setTimeout(res, 300)); // nothing more comes
    expect(again.events.map((e) => e.id)).toEqual(missed.map((m) => String(m.seq)));
    expect(again.json().map((e) => e.text)).toEqual(['错过的一', '错过的二', '错过的三']);
    expect(events).toHaveLength(3);
    // ?after= does the same for a first connection (the page read the day with GET …/events first).
    const after = await feed(appA, guardianA, fx.childA, {}, `?after=${missed[1].seq}`);
    await after.waitFor(1);
    await new Promise((res) => setTimeout(res, 200));
    expect(after.events.map((e) => e.id)).toEqual([String(missed[2].seq)]);
    await again.close();
    await after.close();
  });

  it('another server process on the same database delivers what this one recorded (LISTEN/NOTIFY)', async () => {
    const r = await feed(appB, guardianB, fx.childA, {}, `?after=${Number.MAX_SAFE_INTEGER - 1}`);
    await new Promise((res) => setTimeout(res, 200));
    const e = (await post({ kind: 'water', ml: 120 })).body;
    const got = await r.waitFor(1, 2000);
    expect(got.map((x) => x.id)).toEqual([]); // after=MAX: nothing can follow
    await r.close();
    const live = await feed(appB, guardianB, fx.childA, {}, `?after=${e.seq}`);
    await new Promise((res) => setTimeout(res, 200));
    const t0 = Date.now();
    const e2 = (await post({ kind: 'water', ml: 150 })).body;
    const arrived = await live.waitFor(1, 2000);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(arrived.map((x) => x.id)).toEqual([String(e2.seq)]);
    await live.close();
  });

  it('a dropped LISTEN connection catches up from the table: nothing is lost, nothing doubled', async () => {
    const before = (await post({ kind: 'note', text: '断线前' })).body;
    const r = await feed(appB, guardianB, fx.childA, {}, `?after=${before.seq}`);
    await new Promise((res) => setTimeout(res, 200));
    db2.listener!.simulateDrop();
    const during = (await post({ kind: 'note', text: '断线中' })).body;
    const got = await r.waitFor(1, 5000);
    expect(got.map((x) => x.id)).toEqual([String(during.seq)]);
    const afterwards = (await post({ kind: 'note', text: '恢复后' })).body;
    await r.waitFor(2, 3000);
    expect(r.events.map((x) => x.id)).toEqual([String(during.seq), String(afterwards.seq)]);
    expect(db2.listener!.connects).toBeGreaterThanOrEqual(2);
    await r.close();
  });

  it('entries held for the end of the day reach the feed when published, with a new seq', async () => {
    const director = new Client(appA);
    await director.login(USERNAMES.director, PASSWORD);
    expect((await director.patch(`/api/facilities/${fx.pointA}/care-settings`, { publishMealsNaps: 'end_of_day', publishAt: '23:59' })).status).toBe(200);
    const r = await feed(appA, guardianA, fx.childA, {}, `?after=${Number.MAX_SAFE_INTEGER - 1}`);
    const meal = (await post({ kind: 'meal', meal: 'lunch', portion: 'most' })).body;
    expect(meal.seq).toBeGreaterThan(0);
    const day = await guardianA.get(`/api/children/${fx.childA}/events`);
    expect(day.body.events.some((e: { id: string }) => e.id === meal.id)).toBe(false); // not yet for parents
    const staffDay = await teacher.get(`/api/children/${fx.childA}/events`);
    expect(staffDay.body.events.some((e: { id: string }) => e.id === meal.id)).toBe(true);
    await r.close();
    const live = await feed(appA, guardianA, fx.childA, {}, `?after=${meal.seq}`);
    await new Promise((res) => setTimeout(res, 200));
    await t.db.query(`UPDATE daily_entries SET publish_after = now() - interval '1 minute' WHERE id = $1`, [meal.id]);
    expect((await runCareClock(t.db, { facilityIds: [fx.pointA] })).published).toBe(1);
    const got = await live.waitFor(1, 2000);
    expect(JSON.parse(got[0]!.data)).toMatchObject({ id: meal.id, kind: 'meal', portion: 'most' });
    expect(Number(got[0]!.id)).toBeGreaterThan(meal.seq);
    await live.close();
    await director.patch(`/api/facilities/${fx.pointA}/care-settings`, { publishMealsNaps: 'live' });
  });

  it('only the child’s guardians and its facility’s staff may listen', async () => {
    const status = async (app: ReturnType<typeof createApp>, c: Client, child: string, h: Record<string, string> = {}) => {
      const r = await feed(app, c, child, h);
      await r.close();
      return r.status;
    };
    expect(await status(appA, guardianA, fx.childB)).toBe(404);
    expect(await status(appA, teacher, fx.childB)).toBe(404);
    expect(await status(appA, teacher, care.childA2Other)).toBe(200);
    expect(await status(appA, new Client(appA), fx.childA)).toBe(401);
    const health = new Client(appA);
    await health.login(USERNAMES.health_worker, PASSWORD);
    expect(await status(appA, health, fx.childA)).toBe(403);
    expect(await status(appA, guardianA, fx.childA, { 'last-event-id': 'abc' })).toBe(400);
  });
});
