/**
 * The care rules that act by themselves, and the people around a child's day, over the real API and database: the
 * ratio alert at once when children present outnumber the carers clocked in (closed when a carer clocks in); the
 * clock rules at their times (absence follow-up, recheck reminder, outdoor time, not collected); absences reported
 * ahead; pickup lists; photos cleaned of metadata and kept outside the rows; teacher profiles without full names or
 * phone numbers; the weekly menu; attendance by month.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { runCareClock } from '../../db/repos/index.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client } from '../../../test/http.ts';
import { PASSWORD, seedRegistry, USERNAMES, type RegistryFixture } from '../../../test/registry-fixture.ts';
import { seedCare, type CareFixture } from '../../../test/fixtures/care.ts';
import { jpegWithExif } from '../../../test/fixtures/images.ts';

let t: TestDb;
let fx: RegistryFixture;
let care: CareFixture;
let app: ReturnType<typeof createApp>;
const as: Record<string, Client> = {};
let today: string;

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  care = await seedCare(t.db, fx);
  // Point A opens every day, so the clock rules apply whatever day the test runs.
  await t.db.query(`UPDATE facilities SET opening_hours = '{"days":[1,2,3,4,5,6,7],"open":"07:30","close":"18:00"}' WHERE id = $1`, [fx.pointA]);
  app = createApp({ db: t.db, webRoot: null });
  for (const r of ['teacher', 'director', 'guardian', 'district_official'] as const) {
    as[r] = new Client(app);
    expect((await as[r].login(USERNAMES[r], PASSWORD)).status).toBe(200);
  }
  today = (await t.db.query<{ d: string }>(`SELECT current_date::text AS d`))[0]!.d;
});
afterAll(async () => t?.drop());

const n = async (q: string, p: unknown[] = []) => Number((await t.db.query<{ n: number }>(q, p))[0]!.n);
const localAt = (hhmm: string) => new Date(`${today}T${hhmm}:00+08:00`);
const post = (child: string, body: Record<string, unknown>) => as.teacher!.post(`/api/children/${child}/events`, { id: randomUUID(), ...body });

describe('the ratio rule', () => {
  it('a check-in with no carer clocked in breaks the ratio at once (the director is told); a carer clocking in restores it', async () => {
    expect((await post(fx.childA, { kind: 'check_in', at: new Date(Date.now() - 60_000).toISOString() })).status).toBe(201);
    expect(await n(`SELECT count(*) AS n FROM care_alerts WHERE kind = 'ratio_break' AND class_id = $1 AND status = 'open'`, [fx.classA])).toBe(1);
    expect(await n(`SELECT count(*) AS n FROM notifications_outbox WHERE template = 'care_ratio_break' AND user_id = $1`, [fx.users.director])).toBe(1);
    const day = await as.teacher!.get(`/api/classes/${fx.classA}/day`);
    expect(day.body.ratio).toMatchObject({ present: 1, carers: 0, needed: 1, ok: false, childrenPerCarer: 5 });
    const shift = await as.teacher!.post(`/api/classes/${fx.classA}/shifts`);
    expect(shift.status).toBe(201);
    expect((await as.teacher!.post(`/api/classes/${fx.classA}/shifts`)).body.error.issues[0].code).toBe('already_clocked_in');
    expect(await n(`SELECT count(*) AS n FROM care_alerts WHERE kind = 'ratio_break' AND class_id = $1 AND status = 'open'`, [fx.classA])).toBe(0);
    expect((await as.teacher!.get(`/api/classes/${fx.classA}/day`)).body.ratio).toMatchObject({ carers: 1, ok: true });
    // The director's dashboard shows the class's ratio and attendance now.
    const dash = await as.director!.get(`/api/facilities/${fx.pointA}/care-dashboard`);
    expect(dash.body.classes.find((c: { id: string }) => c.id === fx.classA)).toMatchObject({ present: 1, expected: 5, ratio: { ok: true } });
    expect((await as.teacher!.post(`/api/shifts/${shift.body.id}/end`)).status).toBe(200);
    expect(await n(`SELECT count(*) AS n FROM care_alerts WHERE kind = 'ratio_break' AND class_id = $1 AND status = 'open'`, [fx.classA])).toBe(1);
    expect((await as.teacher!.post(`/api/classes/${fx.classA}/shifts`)).status).toBe(201);
  });
});

describe('the clock rules', () => {
  it('before the absence deadline nothing; after it, each expected child without check-in or notice is followed up once', async () => {
    await as.guardian!.post(`/api/children/${fx.childA}/absences`, { id: randomUUID(), from: today, to: today, reason: 'leave' }); // checked in anyway: no follow-up
    await as.director!.post(`/api/children/${care.classmates[3]}/absences`, { id: randomUUID(), from: today, to: today, reason: 'sick', symptoms: ['cough'] });
    expect((await runCareClock(t.db, { facilityIds: [fx.pointA], at: localAt('09:00') })).absences).toBe(0);
    const r = await runCareClock(t.db, { facilityIds: [fx.pointA], at: localAt('09:45') });
    // Class A: 5 expected, child A in, one sick → 3; class A2: its child → 1.
    expect(r.absences).toBe(4);
    expect((await runCareClock(t.db, { facilityIds: [fx.pointA], at: localAt('10:15') })).absences).toBe(0);
    expect(await n(`SELECT count(*) AS n FROM care_alerts WHERE kind = 'absence_followup' AND child_id = $1`, [care.classmates[3]])).toBe(0);
    expect(await n(`SELECT count(*) AS n FROM notifications_outbox WHERE template = 'care_absence_followup_task' AND user_id = $1`, [fx.users.teacher])).toBe(3);
  });

  it('a recheck that is due reminds the class’s teachers once', async () => {
    const kid = care.classmates[0]!;
    await post(kid, { kind: 'check_in', at: new Date(Date.now() - 20 * 60_000).toISOString() });
    await post(kid, { kind: 'temperature', temperatureC: 37.6, site: 'ear', at: new Date(Date.now() - 15 * 60_000).toISOString() });
    expect((await runCareClock(t.db, { facilityIds: [fx.pointA] })).rechecksDue).toBe(1);
    expect((await runCareClock(t.db, { facilityIds: [fx.pointA] })).rechecksDue).toBe(0);
    expect(await n(`SELECT count(*) AS n FROM notifications_outbox WHERE template = 'care_fever_recheck_due' AND user_id = $1`, [fx.users.teacher])).toBe(1);
  });

  it('outdoor time short of 2 hours by 15:00 reminds the class; enough outdoor time does not', async () => {
    expect((await runCareClock(t.db, { facilityIds: [fx.pointA], at: localAt('14:30') })).outdoor).toBe(0);
    expect((await runCareClock(t.db, { facilityIds: [fx.pointA], at: localAt('15:05') })).outdoor).toBe(1);
    expect(await n(`SELECT count(*) AS n FROM care_alerts WHERE kind = 'outdoor_short' AND class_id = $1`, [fx.classA])).toBe(1);
  });

  it('children still in at closing time are flagged to the director and their guardians', async () => {
    expect((await runCareClock(t.db, { facilityIds: [fx.pointA], at: localAt('17:30') })).notCollected).toBe(0);
    const r = await runCareClock(t.db, { facilityIds: [fx.pointA], at: localAt('18:05') });
    expect(r.notCollected).toBe(2);
    expect(await n(`SELECT count(*) AS n FROM notifications_outbox WHERE template = 'care_not_collected' AND user_id = $1 AND channel = 'in_app'`, [fx.users.guardian])).toBe(1);
    expect(await n(`SELECT count(*) AS n FROM notifications_outbox WHERE template = 'care_not_collected' AND user_id = $1`, [fx.users.director])).toBe(2);
  });
});

describe('absences, pickups, photos, teachers, menus, attendance', () => {
  it('absences: a repeat of the same id answers the stored report; overlapping reports are refused; cancelling keeps the row', async () => {
    const id = randomUUID();
    const from = new Date(Date.parse(`${today}T00:00:00Z`) + 10 * 86_400_000).toISOString().slice(0, 10);
    const body = { id, from, to: from, reason: 'sick', symptoms: ['fever', 'cough'], note: '发烧在家休息' };
    const first = await as.guardian!.post(`/api/children/${fx.childA}/absences`, body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id, reason: 'sick', symptoms: ['fever', 'cough'], cancelled: false });
    expect((await as.guardian!.post(`/api/children/${fx.childA}/absences`, body)).status).toBe(200);
    const overlap = await as.guardian!.post(`/api/children/${fx.childA}/absences`, { ...body, id: randomUUID(), reason: 'leave', symptoms: undefined });
    expect(overlap.status).toBe(409);
    expect(overlap.body.error.issues[0].code).toBe('overlaps');
    expect((await as.guardian!.post(`/api/children/${fx.childA}/absences`, { ...body, id: randomUUID(), from: '2020-01-01', to: '2020-01-02' })).status).toBe(400);
    expect((await as.guardian!.post(`/api/children/${fx.childB}/absences`, { ...body, id: randomUUID() })).status).toBe(404);
    expect((await as.guardian!.req('DELETE', `/api/absences/${id}`)).status).toBe(204);
    const list = await as.teacher!.get(`/api/children/${fx.childA}/absences`);
    expect(list.body.absences.find((a: { id: string }) => a.id === id)).toMatchObject({ cancelled: true });
  });

  it('photos: metadata stripped before storing, the file outside the row, readable by the child’s guardian and staff only', async () => {
    const up = await as.teacher!.post(`/api/children/${fx.childA}/photos`, jpegWithExif(), { 'content-type': 'image/jpeg' });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ mime: 'image/jpeg', width: 2, height: 3 });
    const row = (await t.db.query<{ sha256: string; bytes: number }>(`SELECT sha256, bytes FROM care_photos WHERE id = $1`, [up.body.id]))[0]!;
    expect(row.bytes).toBeLessThan(jpegWithExif().length);
    const res = await app.request(`/api/photos/${up.body.id}`, { headers: { cookie: as.guardian!.cookie } });
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.toString('latin1')).not.toMatch(/GPS|Exif|taken at home/);
    expect(bytes.length).toBe(row.bytes);
    const entry = await post(fx.childA, { kind: 'photo', photoId: up.body.id, caption: '搭积木' });
    expect(entry.status).toBe(201);
    expect((await as.district_official!.get(`/api/photos/${up.body.id}`)).status).toBe(403);
    expect((await as.teacher!.post(`/api/children/${fx.childA}/photos`, new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]), { 'content-type': 'image/gif' })).status).toBe(415);
    const big = new Uint8Array(5 * 1024 * 1024);
    big.set([0xff, 0xd8]);
    expect((await as.teacher!.post(`/api/children/${fx.childA}/photos`, big, { 'content-type': 'image/jpeg' })).status).toBe(413);
    expect((await as.teacher!.post(`/api/children/${fx.childA}/photos`, new Uint8Array([0xff, 0xd8, 0xff]), { 'content-type': 'image/jpeg' })).status).toBe(400);
  });

  it('pickups: a guardian adds and removes people; a removed person cannot collect', async () => {
    const add = await as.guardian!.post(`/api/children/${fx.childA}/pickups`, { displayName: '王阿姨', relationship: 'nanny', phoneTail: '8888' });
    expect(add.status).toBe(201);
    expect((await as.teacher!.post(`/api/children/${fx.childA}/pickups`, { displayName: '某人', relationship: 'other' })).status).toBe(403);
    const list = await as.teacher!.get(`/api/children/${fx.childA}/pickups`);
    expect(list.body.pickups.map((p: { displayName: string }) => p.displayName).sort()).toEqual(['李奶奶', '爸爸', '王阿姨'].sort());
    expect(list.body.pickups.find((p: { displayName: string }) => p.displayName === '爸爸')).toMatchObject({ guardian: true, phoneTail: '1234' });
    expect((await as.guardian!.req('DELETE', `/api/pickups/${add.body.id}`)).status).toBe(204);
    const r = await post(fx.childA, { kind: 'check_out', collectedBy: add.body.id });
    expect(r.status).toBe(409);
    expect(r.body.error.issues[0].code).toBe('unauthorized_pickup');
    const ok = await post(fx.childA, { kind: 'check_out', collectedBy: care.pickupGrandma });
    expect(ok.status).toBe(201);
  });

  it('teacher profiles: family name and role, qualification, experience, training hours from the records, health certificate — no full name, no phone', async () => {
    const r = await as.guardian!.get(`/api/classes/${fx.classA}/teachers`);
    expect(r.status).toBe(200);
    expect(r.body.teachers).toHaveLength(1);
    const p = r.body.teachers[0];
    expect(p).toMatchObject({ title: '王老师', role: 'carer', lead: true, qualification: '保育师（四级）', yearsOfExperience: 3, healthCertValid: true, trainingHours: { inService: 24, safety: 8, preService: 40, total: 72 } });
    const text = JSON.stringify(r.body);
    expect(text).not.toContain('测试'); // the given name
    expect(Object.keys(p).some((k) => /phone|name$/i.test(k) && k !== 'title')).toBe(false);
    expect((await as.guardian!.get(`/api/classes/${fx.classB}/teachers`)).status).toBe(404);
  });

  it('menus: the director sets the week, guardians read it; a week starts on Monday', async () => {
    const monday = (() => {
      const d = new Date(`${today}T00:00:00Z`);
      return new Date(d.getTime() - ((d.getUTCDay() || 7) - 1) * 86_400_000).toISOString().slice(0, 10);
    })();
    const body = { weekStart: monday, items: [{ date: monday, meal: 'lunch', dishes: ['番茄鸡蛋面', '清炒西兰花'], allergens: ['egg'] }, { date: monday, meal: 'afternoon_snack', dishes: ['苹果'] }] };
    const put = await as.director!.req('PUT', `/api/facilities/${fx.pointA}/menu`, body);
    expect(put.status).toBe(200);
    const got = await as.guardian!.get(`/api/facilities/${fx.pointA}/menu?date=${monday}`);
    expect(got.body).toMatchObject({ weekStart: monday, items: [{ meal: 'lunch', dishes: ['番茄鸡蛋面', '清炒西兰花'], allergens: ['egg'] }, { meal: 'afternoon_snack', allergens: [] }] });
    expect((await as.teacher!.req('PUT', `/api/facilities/${fx.pointA}/menu`, body)).status).toBe(403);
    const tuesday = new Date(Date.parse(`${monday}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect((await as.director!.req('PUT', `/api/facilities/${fx.pointA}/menu`, { ...body, weekStart: tuesday })).body.error.field).toBe('weekStart');
    expect((await as.guardian!.get(`/api/facilities/${fx.pointB}/menu`)).status).toBe(404);
  });

  it('attendance by month: the days in care, with who brought and collected the child', async () => {
    const r = await as.guardian!.get(`/api/children/${fx.childA}/attendance?month=${today.slice(0, 7)}`);
    expect(r.status).toBe(200);
    const d = r.body.days.find((x: { day: string }) => x.day === today);
    expect(d).toMatchObject({ collectedBy: '李奶奶', absence: 'leave' });
    expect(d.checkInAt).not.toBeNull();
    expect((await as.guardian!.get(`/api/children/${fx.childA}/attendance?month=2026-13`)).status).toBe(400);
  });
});
