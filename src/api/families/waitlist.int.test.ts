/**
 * The waiting list in motion and the family's privacy rights, on a fresh database: a declined or lapsed offer goes
 * to the next family automatically, a placement that ends offers its place on, a sibling already placed comes
 * first; withdrawing consent stops new processing; deletion keeps only what a rule requires; a director reads the
 * children applying to the facility and no others.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client } from '../../../test/http.ts';
import { facilityInput, PASSWORD, seedRegistry, type RegistryFixture } from '../../../test/registry-fixture.ts';
import { bornMonthsBefore, dbToday, scratchChild } from '../../../test/fixtures/families.ts';
import { facilityInputSchema } from '../../care/facility.ts';
import { addDays } from '../../care/dates.ts';
import { reposFor, systemCaller } from '../../db/repos/index.ts';

let t: TestDb;
let fx: RegistryFixture;
let app: ReturnType<typeof createApp>;
let today: string;
let guardian: Client;
let director: Client;
const sys = () => reposFor(t.db, systemCaller('test')).families;

async function oneFreePlace(name: string): Promise<{ facilityId: string; classId: string }> {
  const f = await reposFor(t.db, systemCaller('test')).facilities.create(facilityInputSchema.parse(facilityInput({ name, filingNumber: name, classes: [{ name: '托小班', band: 'toddler_small', capacity: 3 }] })));
  for (let i = 0; i < 2; i++) await scratchChild(t.db, null, bornMonthsBefore(today, 15), f.classes[0]!.id);
  return { facilityId: f.id, classId: f.classes[0]!.id };
}
async function applyFor(childId: string, facilityId: string, appliedOn?: string): Promise<string> {
  const a = await sys().applications.create({ childId, mode: 'full_day', startDate: addDays(today, 10), choices: [facilityId] }, null);
  if (appliedOn) await t.db.query(`UPDATE applications SET applied_on = $2, created_at = $2::date WHERE id = $1`, [a.id, appliedOn]);
  return a.id;
}
const openOffer = async (applicationId: string) => (await t.db.k.selectFrom('offers').select(['id', 'made_by', 'status']).where('application_id', '=', applicationId).where('status', '=', 'open').executeTakeFirst()) ?? null;

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  today = await dbToday(t.db);
  app = createApp({ db: t.db, webRoot: null });
  guardian = new Client(app);
  director = new Client(app);
  expect((await guardian.login('guardian', PASSWORD)).status).toBe(200);
  expect((await director.login('director', PASSWORD)).status).toBe(200);
});
afterAll(async () => t?.drop());

describe('the waiting list moves on by itself', () => {
  it('a declined offer goes to the next family, an expired one too, and a placement that ends offers its place on', async () => {
    const { facilityId, classId } = await oneFreePlace('候补测试点');
    const kids = [];
    for (let i = 0; i < 4; i++) kids.push(await scratchChild(t.db, fx.users.guardian, bornMonthsBefore(today, 15)));
    const apps = [];
    for (let i = 0; i < 4; i++) apps.push(await applyFor(kids[i]!, facilityId, addDays(today, -10 + i)));
    // earlier applications rank first (nothing else differs)
    const list = await sys().applications.list({ facilityId, status: 'open' });
    expect(list.items.map((a) => a.id)).toEqual(apps);
    expect(list.items.map((a) => a.choices[0]!.placing!.position)).toEqual([1, 2, 3, 4]);

    const first = await sys().offers.make(apps[0]!, { classId });
    expect((await guardian.post(`/api/offers/${first.id}/decline`)).status).toBe(200);
    const second = await openOffer(apps[1]!);
    expect(second).toMatchObject({ made_by: null, status: 'open' }); // offered on automatically

    await t.db.query(`UPDATE offers SET expires_at = now() - interval '1 minute' WHERE id = $1`, [second!.id]);
    expect(await sys().offers.expireDue()).toBe(1);
    expect((await t.db.k.selectFrom('offers').select('status').where('id', '=', second!.id).executeTakeFirstOrThrow()).status).toBe('expired');
    const third = await openOffer(apps[2]!);
    expect(third).not.toBeNull();
    const acc = await guardian.post(`/api/offers/${third!.id}/accept`);
    expect(acc.status).toBe(200);
    // no place left: nobody else is offered; the fourth family waits
    expect(await openOffer(apps[3]!)).toBeNull();
    // the placement ends before it starts: the place goes on to the fourth family
    const end = await guardian.post(`/api/placements/${acc.body.placementId}/end`, { lastDay: addDays(today, 5) });
    expect(end.status).toBe(200);
    expect(end.body.cancelled).toBe(true);
    expect(await openOffer(apps[3]!)).not.toBeNull();
    // every notice went through the outbox
    const notices = await t.db.query<{ template: string }>(`SELECT DISTINCT template FROM notifications_outbox WHERE params->>'childId' = ANY($1::text[])`, [kids]);
    expect(notices.map((n) => n.template).sort()).toEqual(expect.arrayContaining(['application_received', 'offer_expired', 'offer_expiring', 'offer_made', 'placement_confirmed', 'placement_cancelled']));
    // the inbox holds what is due; a reminder scheduled for later (the open offer's deadline near) is not there yet
    const due = await t.db.query<{ due: number; later: number }>(
      `SELECT count(*) FILTER (WHERE not_before <= now())::int AS due, count(*) FILTER (WHERE not_before > now())::int AS later FROM notifications_outbox WHERE user_id = $1 AND channel = 'in_app'`,
      [fx.users.guardian],
    );
    expect(due[0]!.later).toBeGreaterThan(0);
    const inbox = await guardian.get('/api/notifications?pageSize=100');
    expect(inbox.status).toBe(200);
    expect(inbox.body.total).toBe(due[0]!.due);
    expect(inbox.body.items.map((n: { template: string }) => n.template)).toContain('offer_made');
  });

  it('a sibling already placed at the facility comes first, and the family is told why', async () => {
    const late = await scratchChild(t.db, fx.users.guardian, bornMonthsBefore(today, 15));
    const other = await scratchChild(t.db, null, bornMonthsBefore(today, 15));
    const early = await applyFor(other, fx.pointA, addDays(today, -30));
    const sibling = await applyFor(late, fx.pointA, addDays(today, -1)); // childA (placed at pointA) shares the guardian
    const r = await guardian.get(`/api/applications/${sibling}`);
    const placing = r.body.choices[0].placing;
    expect(placing.reasons[0]).toEqual({ criterion: 'sibling_placed', met: true, value: null });
    const all = await sys().applications.list({ facilityId: fx.pointA, status: 'open' });
    const order = all.items.map((a) => a.id);
    expect(order.indexOf(sibling)).toBeLessThan(order.indexOf(early));
  });
});

describe('privacy: consent, a copy of the record, deletion', () => {
  it('withdrawing consent withdraws the open applications and refuses new ones until consent is given again', async () => {
    const add = await guardian.post('/api/children', { familyName: '赵', givenName: '一', sex: 'M', birthDate: bornMonthsBefore(today, 15), homeLng: 113.117, homeLat: 36.196 });
    const id = add.body.id;
    expect((await guardian.post('/api/applications', { childId: id, mode: 'full_day', startDate: addDays(today, 7), choices: [fx.pointA] })).status).toBe(201);
    const w = await guardian.post(`/api/children/${id}/consents/withdraw`);
    expect(w.status).toBe(200);
    expect(w.body.applicationsWithdrawn).toBe(1);
    const refused = await guardian.post('/api/applications', { childId: id, mode: 'full_day', startDate: addDays(today, 7), choices: [fx.pointA] });
    expect(refused.status).toBe(409);
    expect(refused.body.error.issues[0]).toMatchObject({ field: 'childId', code: 'consent_required' });
    expect((await guardian.post(`/api/children/${id}/consents`, {})).status).toBe(201);
    expect((await guardian.post('/api/applications', { childId: id, mode: 'full_day', startDate: addDays(today, 7), choices: [fx.pointA] })).status).toBe(201);
    const copy = await guardian.get(`/api/children/${id}/export`);
    expect(copy.body.consents).toHaveLength(2);
    expect(copy.body.applications).toHaveLength(2);
    expect(copy.body.accessLog.length).toBeGreaterThan(0);
  });

  it('deletion removes a record without a must-keep part, and keeps statements (saying so) otherwise', async () => {
    const gone = await guardian.post('/api/children', { familyName: '钱', givenName: '二', sex: 'F', birthDate: bornMonthsBefore(today, 10), homeLng: 113.117, homeLat: 36.196 });
    const r1 = await guardian.post(`/api/children/${gone.body.id}/erase`);
    expect(r1.body).toMatchObject({ erased: true, kept: [] });
    expect((await guardian.get(`/api/children/${gone.body.id}`)).status).toBe(404);
    // a child placed last month has a statement: the placement is ended, the statement stays
    const kid = await scratchChild(t.db, fx.users.guardian, bornMonthsBefore(today, 20), fx.classA);
    await t.db.query(`UPDATE placements SET during = daterange(current_date - 40, current_date - 1) WHERE child_id = $1`, [kid]);
    await sys().statements.issue(fx.pointA, addDays(today, -35).slice(0, 7));
    const r2 = await guardian.post(`/api/children/${kid}/erase`);
    expect(r2.status).toBe(200);
    expect(r2.body.erased).toBe(false);
    expect(r2.body.kept.map((k: { record: string }) => k.record)).toEqual(expect.arrayContaining(['fee_statements', 'placements']));
    const left = await t.db.k.selectFrom('children').select(['family_name', 'home_lng']).where('id', '=', kid).executeTakeFirstOrThrow();
    expect(left).toEqual({ family_name: '（已删除）', home_lng: null });
    // a current placement must be ended first
    const r3 = await guardian.post(`/api/children/${fx.childA}/erase`);
    expect(r3.status).toBe(409);
    expect(r3.body.error.issues[0].code).toBe('placement_active');
  });
});

describe('a director reads the children applying to the facility, and no others', () => {
  it('200 for a child applying to pointA, 404 for one applying to pointB only', async () => {
    const here = await scratchChild(t.db, null, bornMonthsBefore(today, 15));
    const there = await scratchChild(t.db, null, bornMonthsBefore(today, 15));
    await applyFor(here, fx.pointA);
    await applyFor(there, fx.pointB);
    expect((await director.get(`/api/children/${here}`)).status).toBe(200);
    expect((await director.get(`/api/children/${there}`)).status).toBe(404);
    // and the guardian never sees either
    expect((await guardian.get(`/api/children/${here}`)).status).toBe(404);
  });
});
