/**
 * The day's records, by the contract: POST /api/children/{id}/events (201, the same id again 200 with the stored
 * entry and no second row; temperatures outside 34–43 °C → 400 naming temperatureC; check-out before check-in →
 * 409), GET …/events?date, corrections as versions, who may write and read (a teacher of another class 403, of
 * another facility 404; a guardian reads only their own child), bulk entries, and the fever rule end to end.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client } from '../../../test/http.ts';
import { PASSWORD, seedRegistry, USERNAMES, type RegistryFixture } from '../../../test/registry-fixture.ts';
import { seedCare, type CareFixture } from '../../../test/fixtures/care.ts';

let t: TestDb;
let fx: RegistryFixture;
let care: CareFixture;
let app: ReturnType<typeof createApp>;
const as: Record<string, Client> = {};

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  care = await seedCare(t.db, fx);
  app = createApp({ db: t.db, webRoot: null });
  for (const r of ['teacher', 'director', 'guardian', 'district_official', 'health_worker'] as const) {
    as[r] = new Client(app);
    expect((await as[r].login(USERNAMES[r], PASSWORD)).status).toBe(200);
  }
  as.anonymous = new Client(app);
});
afterAll(async () => t?.drop());

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
const count = async (sqlText: string, params: unknown[] = []) => Number((await t.db.query<{ n: number }>(sqlText, params))[0]!.n);

describe('POST /api/children/{id}/events', () => {
  it('records a check-in (201 {id, …}); the same id again is 200 with the stored entry and no second row', async () => {
    const id = randomUUID();
    const first = await as.teacher!.post(`/api/children/${fx.childA}/events`, { id, kind: 'check_in', droppedBy: care.pickupGuardian, at: minutesAgo(30) });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id, kind: 'check_in', childId: fx.childA, version: 1, corrected: false, recordedBy: '王老师', droppedBy: care.pickupGuardian });
    expect(typeof first.body.at).toBe('string');
    expect(first.body.seq).toBeGreaterThan(0);
    const again = await as.teacher!.post(`/api/children/${fx.childA}/events`, { id, kind: 'check_in', droppedBy: care.pickupGuardian, at: minutesAgo(30) });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await count(`SELECT count(*) AS n FROM daily_entries WHERE id = $1`, [id])).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM attendance WHERE child_id = $1 AND check_in_at IS NOT NULL`, [fx.childA])).toBe(1);
    // A second, different check-in the same day is a conflict, not a second attendance.
    const twice = await as.teacher!.post(`/api/children/${fx.childA}/events`, { id: randomUUID(), kind: 'check_in' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.issues[0]).toMatchObject({ code: 'already_checked_in' });
  });

  it('a note carries its text; GET …/events?date lists the day in time order', async () => {
    const id = randomUUID();
    expect((await as.teacher!.post(`/api/children/${fx.childA}/events`, { id, kind: 'note', text: '今天很开心，和小朋友一起搭积木' })).status).toBe(201);
    const day = await as.teacher!.get(`/api/children/${fx.childA}/events`);
    expect(day.status).toBe(200);
    const kinds = day.body.events.map((e: { kind: string }) => e.kind);
    expect(kinds.slice(0, 2)).toEqual(['check_in', 'note']);
    expect(day.body.events.find((e: { id: string }) => e.id === id)).toMatchObject({ kind: 'note', text: '今天很开心，和小朋友一起搭积木' });
    const other = await as.teacher!.get(`/api/children/${fx.childA}/events?date=2020-01-01`);
    expect(other.body.events).toEqual([]);
  });

  it('refuses temperatures outside 34–43 °C with 400 naming temperatureC (nothing written)', async () => {
    for (const v of [33.9, 43.1, 50]) {
      const r = await as.teacher!.post(`/api/children/${fx.childA}/events`, { id: randomUUID(), kind: 'temperature', temperatureC: v, site: 'forehead' });
      expect(r.status, String(v)).toBe(400);
      expect(r.body.error.field).toBe('temperatureC');
      expect(r.body.error.issues[0].code).toBe(v < 34 ? 'too_small' : 'too_big');
    }
    const noSite = await as.teacher!.post(`/api/children/${fx.childA}/events`, { id: randomUUID(), kind: 'temperature', temperatureC: 36.6 });
    expect(noSite.status).toBe(400);
    expect(noSite.body.error.field).toBe('site');
    const badSite = await as.teacher!.post(`/api/children/${fx.childA}/events`, { id: randomUUID(), kind: 'temperature', temperatureC: 36.6, site: 'mouth' });
    expect(badSite.body.error.field).toBe('site');
    const badKind = await as.teacher!.post(`/api/children/${fx.childA}/events`, { id: randomUUID(), kind: 'dance' });
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.field).toBe('kind');
    const badId = await as.teacher!.post(`/api/children/${fx.childA}/events`, { id: 'not-a-uuid', kind: 'nap_start' });
    expect(badId.status).toBe(400);
    expect(badId.body.error.field).toBe('id');
    const future = await as.teacher!.post(`/api/children/${fx.childA}/events`, { id: randomUUID(), kind: 'nap_start', at: new Date(Date.now() + 3_600_000).toISOString() });
    expect(future.status).toBe(400);
    expect(future.body.error.issues[0]).toMatchObject({ field: 'at', code: 'in_future' });
    const red = await as.teacher!.post(`/api/children/${fx.childA}/events`, { id: randomUUID(), kind: 'morning_check', card: 'red' });
    expect(red.status).toBe(400);
    expect(red.body.error.issues[0]).toMatchObject({ field: 'medicine', code: 'medicine_required' });
  });

  it('check-out before check-in is 409; a check-out earlier than the check-in too', async () => {
    const [kid] = care.classmates;
    const r = await as.teacher!.post(`/api/children/${kid}/events`, { id: randomUUID(), kind: 'check_out' });
    expect(r.status).toBe(409);
    expect(r.body.error.issues[0]).toMatchObject({ code: 'not_checked_in' });
    expect((await as.teacher!.post(`/api/children/${kid}/events`, { id: randomUUID(), kind: 'check_in', at: minutesAgo(10) })).status).toBe(201);
    const early = await as.teacher!.post(`/api/children/${kid}/events`, { id: randomUUID(), kind: 'check_out', at: minutesAgo(20) });
    expect(early.status).toBe(409);
    expect(early.body.error.issues[0]).toMatchObject({ code: 'check_out_before_check_in' });
  });

  it('an unauthorized person cannot collect: 409, the child stays, the director and guardians are told', async () => {
    const r = await as.teacher!.post(`/api/children/${fx.childA}/events`, { id: randomUUID(), kind: 'check_out', collectorDescription: '自称舅舅的男子' });
    expect(r.status).toBe(409);
    expect(r.body.error.issues[0]).toMatchObject({ code: 'unauthorized_pickup' });
    expect(await count(`SELECT count(*) AS n FROM attendance WHERE child_id = $1 AND check_out_at IS NOT NULL`, [fx.childA])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM care_alerts WHERE kind = 'unauthorized_pickup' AND child_id = $1`, [fx.childA])).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM notifications_outbox WHERE template = 'care_unauthorized_pickup' AND user_id = $1`, [fx.users.director])).toBeGreaterThanOrEqual(1);
    expect(await count(`SELECT count(*) AS n FROM notifications_outbox WHERE template = 'care_unauthorized_pickup' AND user_id = $1`, [fx.users.guardian])).toBeGreaterThanOrEqual(1);
    const revoked = await as.teacher!.post(`/api/children/${fx.childA}/events`, { id: randomUUID(), kind: 'check_out', collectedBy: randomUUID() });
    expect(revoked.status).toBe(409);
  });

  it('who may write: the teacher of the class and the director; a teacher of another class 403; another facility 404; guardians 403', async () => {
    const note = () => ({ id: randomUUID(), kind: 'note', text: '测试' });
    expect((await as.director!.post(`/api/children/${care.childA2Other}/events`, note())).status).toBe(201);
    const otherClass = await as.teacher!.post(`/api/children/${care.childA2Other}/events`, note());
    expect(otherClass.status).toBe(403);
    expect((await as.teacher!.get(`/api/children/${care.childA2Other}/events`)).status).toBe(200); // staff of the facility read it
    expect((await as.teacher!.post(`/api/children/${fx.childB}/events`, note())).status).toBe(404);
    expect((await as.teacher!.get(`/api/children/${fx.childB}/events`)).status).toBe(404);
    expect((await as.guardian!.post(`/api/children/${fx.childA}/events`, note())).status).toBe(403);
    expect((await as.guardian!.get(`/api/children/${fx.childA}/events`)).status).toBe(200);
    expect((await as.guardian!.get(`/api/children/${fx.childB}/events`)).status).toBe(404);
    expect((await as.health_worker!.get(`/api/children/${fx.childA}/events`)).status).toBe(403);
    expect((await as.anonymous!.get(`/api/children/${fx.childA}/events`)).status).toBe(401);
    expect((await as.teacher!.post(`/api/children/${randomUUID()}/events`, note())).status).toBe(404);
  });

  it('a correction is the next version (shown as corrected); a stale version is 409; a withdrawal keeps the row', async () => {
    const id = randomUUID();
    expect((await as.teacher!.post(`/api/children/${fx.childA}/events`, { id, kind: 'meal', meal: 'lunch', portion: 'some' })).status).toBe(201);
    const v2 = await as.teacher!.post(`/api/children/${fx.childA}/events`, { id, version: 2, kind: 'meal', meal: 'lunch', portion: 'all', reason: '记错了' });
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({ id, version: 2, corrected: true, portion: 'all', reason: '记错了' });
    expect((await as.teacher!.post(`/api/children/${fx.childA}/events`, { id, version: 2, kind: 'meal', meal: 'lunch', portion: 'all' })).status).toBe(200);
    const stale = await as.teacher!.post(`/api/children/${fx.childA}/events`, { id, version: 4, kind: 'meal', meal: 'lunch', portion: 'none' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.issues[0]).toMatchObject({ code: 'stale_version', params: { current: 2, yours: 4 } });
    const kind = await as.teacher!.post(`/api/children/${fx.childA}/events`, { id, version: 3, kind: 'water', ml: 100 });
    expect(kind.status).toBe(400);
    const list = (await as.guardian!.get(`/api/children/${fx.childA}/events`)).body.events.filter((e: { id: string }) => e.id === id);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ version: 2, portion: 'all', corrected: true });
    const w = await as.teacher!.post(`/api/children/${fx.childA}/events/${id}/retract`, { version: 3, reason: '重复记录' });
    expect(w.status).toBe(201);
    expect(w.body).toMatchObject({ id, version: 3, retracted: true });
    expect(await count(`SELECT count(*) AS n FROM daily_entries WHERE id = $1`, [id])).toBe(3);
  });

  it('bulk: the whole class present ate all of lunch — one entry each, a repeat is a no-op', async () => {
    const batch = randomUUID();
    const r = await as.teacher!.post(`/api/classes/${fx.classA}/events`, { id: batch, kind: 'meal', meal: 'lunch', portion: 'all' });
    expect(r.status).toBe(201);
    const present = await count(`SELECT count(*) AS n FROM attendance WHERE class_id = $1 AND day = current_date AND check_in_at IS NOT NULL AND check_out_at IS NULL`, [fx.classA]);
    expect(r.body.created).toBe(present);
    const again = await as.teacher!.post(`/api/classes/${fx.classA}/events`, { id: batch, kind: 'meal', meal: 'lunch', portion: 'all' });
    expect(again.body).toMatchObject({ created: 0, existing: present });
    expect((await as.teacher!.post(`/api/classes/${care.classA2}/events`, { id: randomUUID(), kind: 'outdoor', minutes: 60, childIds: [care.childA2Other] })).status).toBe(403);
    expect((await as.teacher!.post(`/api/classes/${fx.classB}/events`, { id: randomUUID(), kind: 'outdoor', minutes: 60 })).status).toBe(404);
    const wrong = await as.teacher!.post(`/api/classes/${fx.classA}/events`, { id: randomUUID(), kind: 'outdoor', minutes: 60, childIds: [care.childA2Other] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.issues[0]).toMatchObject({ field: 'childIds.0', code: 'not_in_class' });
    expect((await as.teacher!.post(`/api/classes/${fx.classA}/events`, { id: randomUUID(), kind: 'check_in' })).status).toBe(400);
  });
});

describe('the fever rule, end to end', () => {
  it('37.8 °C at the morning check → recheck due in 5 min; 37.9 °C on the recheck → send home, the guardian told at once', async () => {
    const kid = care.classmates[1]!;
    await t.db.query(`INSERT INTO child_guardians (child_id, user_id) VALUES ($1, $2)`, [kid, fx.users.guardian]);
    expect((await as.teacher!.post(`/api/children/${kid}/events`, { id: randomUUID(), kind: 'check_in', at: minutesAgo(8) })).status).toBe(201);
    const first = await as.teacher!.post(`/api/children/${kid}/events`, { id: randomUUID(), kind: 'morning_check', at: minutesAgo(7), temperatureC: 37.8, site: 'forehead', card: 'yellow' });
    expect(first.status).toBe(201);
    expect(first.body.assessment).toMatchObject({ fever: true, action: 'recheck', recheck: false });
    expect(Date.parse(first.body.assessment.recheckDueAt)).toBe(Date.parse(first.body.at) + 5 * 60_000);
    const day = await as.teacher!.get(`/api/classes/${fx.classA}/day`);
    expect(day.body.children.find((c: { id: string }) => c.id === kid).recheckDueAt).toBe(first.body.assessment.recheckDueAt);
    const recheck = await as.teacher!.post(`/api/children/${kid}/events`, { id: randomUUID(), kind: 'temperature', temperatureC: 37.9, site: 'axillary' });
    expect(recheck.body.assessment).toMatchObject({ fever: true, action: 'send_home', recheck: true });
    expect(await count(`SELECT count(*) AS n FROM care_alerts WHERE kind = 'send_home' AND child_id = $1 AND status = 'open'`, [kid])).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM care_alerts WHERE kind = 'fever_recheck' AND child_id = $1 AND status = 'done'`, [kid])).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM notifications_outbox WHERE template = 'care_fever_send_home' AND user_id = $1 AND channel IN ('in_app', 'sms')`, [fx.users.guardian])).toBe(2);
    // Collected by a listed person with the send-home mark: attendance says sent home.
    const out = await as.teacher!.post(`/api/children/${kid}/events`, { id: randomUUID(), kind: 'check_out', sentHome: true });
    expect(out.status).toBe(201);
    expect((await t.db.query<{ sent_home: boolean }>(`SELECT sent_home FROM attendance WHERE child_id = $1 AND day = current_date`, [kid]))[0]!.sent_home).toBe(true);
  });
});

describe('the cluster rule and the director', () => {
  it('the third child of a class with vomiting today raises one outbreak alert, to the director and the district bureau, due in 24 h', async () => {
    const kids = [fx.childA, ...care.classmates.slice(2, 4)];
    for (const [i, kid] of kids.entries()) {
      if (i > 0) await as.teacher!.post(`/api/children/${kid}/events`, { id: randomUUID(), kind: 'check_in', at: minutesAgo(40) });
      const r = await as.teacher!.post(`/api/children/${kid}/events`, { id: randomUUID(), kind: 'noon_check', card: 'yellow', symptoms: ['vomiting'] });
      expect(r.status).toBe(201);
      const n = await count(`SELECT count(*) AS n FROM care_alerts WHERE kind = 'outbreak' AND class_id = $1`, [fx.classA]);
      expect(n, `after case ${i + 1}`).toBe(i < 2 ? 0 : 1);
    }
    const dash = await as.director!.get(`/api/facilities/${fx.pointA}/care-dashboard`);
    expect(dash.status).toBe(200);
    const alert = dash.body.alerts.find((a: { kind: string }) => a.kind === 'outbreak');
    expect(alert).toMatchObject({ classId: fx.classA, details: { syndrome: 'gastrointestinal', cases: 3, rule: 'same_day' } });
    expect(Date.parse(alert.dueAt) - Date.parse(alert.openedAt)).toBeGreaterThan(23.9 * 3_600_000);
    expect(await count(`SELECT count(*) AS n FROM notifications_outbox WHERE template = 'care_outbreak' AND user_id = $1`, [fx.users.district_official])).toBeGreaterThanOrEqual(1);
    const bureau = await as.district_official!.get('/api/care/outbreaks');
    expect(bureau.status).toBe(200);
    expect(bureau.body.outbreaks[0]).toMatchObject({ facilityId: fx.pointA, syndrome: 'gastrointestinal', cases: 3, status: 'open' });
    expect(JSON.stringify(bureau.body)).not.toMatch(/李|小雨|childId/);
    expect((await as.teacher!.post(`/api/care-alerts/${alert.id}/close`, { status: 'done', resolution: '已上报' })).status).toBe(403);
    expect((await as.director!.post(`/api/care/outbreaks/${alert.id}/reported`, { note: '已电话报告区疾控中心' })).status).toBe(200);
  });
});
