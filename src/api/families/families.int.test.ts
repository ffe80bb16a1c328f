/**
 * The families API end to end on a fresh database (registry fixture + families fixture, a street grid around
 * county A): add a child with consent, find care by walking minutes, temporary-care hours and a booking with its
 * price, apply to two facilities, the director's offer, acceptance → placement; and the bad inputs of acceptance 3,
 * each a 4xx naming its field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client } from '../../../test/http.ts';
import { PASSWORD, seedRegistry, type RegistryFixture } from '../../../test/registry-fixture.ts';
import { bornMonthsBefore, gridNetwork, seedFamilies, type FamilyFixture } from '../../../test/fixtures/families.ts';
import { addDays } from '../../care/dates.ts';
import { CHILD_RECORD_WORDING_2026 } from '../../care/consent.ts';
import type { CityNetwork } from '../access/service.ts';

let t: TestDb;
let fx: RegistryFixture;
let ff: FamilyFixture;
let app: ReturnType<typeof createApp>;
let net: CityNetwork;
const as = async (username: string) => {
  const c = new Client(app);
  expect((await c.login(username, PASSWORD)).status).toBe(200);
  return c;
};
const home = { homeLng: 113.1175, homeLat: 36.1962 }; // a few blocks from county A's points

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  ff = await seedFamilies(t.db, fx);
  net = await gridNetwork();
  app = createApp({ db: t.db, webRoot: null, network: () => net });
});
afterAll(async () => {
  await net?.close();
  await t?.drop();
});

describe('a family finds care, applies, takes an offer and books hours', () => {
  let childId: string;
  let applicationId: string;

  it('adds a child with exactly the six contract fields (201), recording the consent to the wording in force', async () => {
    const g = await as('guardian');
    const r = await g.post('/api/children', { familyName: '王', givenName: '小满', sex: 'F', birthDate: bornMonthsBefore(ff.today, 14), ...home });
    expect(r.status).toBe(201);
    expect(r.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.body.consent).toMatchObject({ wordingVersion: CHILD_RECORD_WORDING_2026.version, withdrawnAt: null });
    childId = r.body.id;
    const list = await g.get('/api/children');
    expect(list.body.items.some((x: { id: string }) => x.id === childId)).toBe(true);
    const consents = await g.get(`/api/children/${childId}/consents`);
    expect(consents.body.items).toHaveLength(1);
    // an outdated or unknown wording is refused, naming the field
    const old = await g.post('/api/children', { familyName: '王', givenName: '二', sex: 'M', birthDate: bornMonthsBefore(ff.today, 14), ...home, consentVersion: 'child-record-1999' });
    expect(old.status).toBe(400);
    expect(old.body.error.issues[0]).toMatchObject({ field: 'consentVersion', code: 'consent_version_unknown' });
  });

  it('finds care within 15 minutes, ordered by walking minutes, with free places for the age band', async () => {
    const r = await new Client(app).get(`/api/care/search?lng=${home.homeLng}&lat=${home.homeLat}&birthDate=${bornMonthsBefore(ff.today, 14)}&mode=full_day&minutes=15`);
    expect(r.status).toBe(200);
    const ids = r.body.results.map((x: { facilityId: string }) => x.facilityId);
    expect(ids).toContain(fx.pointA);
    expect(ids).not.toContain(fx.pointB); // another county, far beyond 15 minutes
    const minutes = r.body.results.map((x: { minutes: number }) => x.minutes);
    expect([...minutes].sort((a, b) => a - b)).toEqual(minutes);
    expect(minutes.every((m: number) => m > 0 && m <= 15)).toBe(true);
    const a = r.body.results.find((x: { facilityId: string }) => x.facilityId === fx.pointA);
    expect(a).toMatchObject({ freePlaces: 14, modes: ['full_day', 'temporary'], monthlyFee: 1500, feeAfterSubsidy: 1000, affordable: true, bands: ['toddler_small'] });
    // the toddler-large centre takes no 14-month-old: no free place for this band
    expect(r.body.results.find((x: { facilityId: string }) => x.facilityId === fx.centreA)?.freePlaces).toBe(0);
    const bad = await new Client(app).get('/api/care/search?lng=500&lat=36.19');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('lng');
  });

  it('shows temporary care hour by hour and books two hours with the price', async () => {
    const av = await new Client(app).get(`/api/facilities/${fx.pointA}/availability?date=${ff.weekday}&birthDate=${bornMonthsBefore(ff.today, 14)}`);
    expect(av.status).toBe(200);
    expect(av.body.slots[0]).toEqual({ start: '07:30', end: '08:30', free: 14 }); // 15 places, childA placed, 3 carers × 5
    expect(av.body.slots).toHaveLength(10);
    const g = await as('guardian');
    const b = await g.post('/api/bookings', { childId, facilityId: fx.pointA, date: ff.weekday, start: '09:30', end: '11:30' });
    expect(b.status).toBe(201);
    expect(b.body).toMatchObject({ price: 60, hours: 2, status: 'booked', start: '09:30', end: '11:30' });
    const after = await new Client(app).get(`/api/facilities/${fx.pointA}/availability?date=${ff.weekday}&birthDate=${bornMonthsBefore(ff.today, 14)}`);
    expect(after.body.slots.map((s: { free: number }) => s.free).slice(0, 5)).toEqual([14, 14, 13, 13, 14]);
    // a reminder waits for the evening before
    const n = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications_outbox WHERE template = 'booking_reminder' AND params->>'bookingId' = $1 AND not_before > now()`, [b.body.id]);
    expect(n[0]!.n).toBeGreaterThan(0);
    // cancelling more than 12 hours ahead is free
    const cancel = await g.req('DELETE', `/api/bookings/${b.body.id}`);
    expect(cancel.status).toBe(200);
    expect(cancel.body).toMatchObject({ status: 'cancelled', charged: 0 });
    const again = await g.post('/api/bookings', { childId, facilityId: fx.pointA, date: ff.weekday, start: '09:30', end: '11:30' });
    expect(again.status).toBe(201);
  });

  it('applies to two facilities and shows each position with its reasons', async () => {
    const g = await as('guardian');
    const r = await g.post('/api/applications', { childId, mode: 'full_day', startDate: addDays(ff.today, 14), choices: [fx.pointA, fx.municipal], dualWorking: true });
    expect(r.status, JSON.stringify(r.body)).toBe(400); // the municipal centre has only an infant class
    expect(r.body.error.issues[0]).toMatchObject({ field: 'choices.1', code: 'no_class_for_age' });
    const ok = await g.post('/api/applications', { childId, mode: 'full_day', startDate: addDays(ff.today, 14), choices: [fx.pointA], dualWorking: true });
    expect(ok.status).toBe(201);
    applicationId = ok.body.id;
    const choice = ok.body.choices[0];
    expect(choice.placing).toMatchObject({ position: 1, of: 1, band: 'toddler_small' });
    expect(choice.placing.reasons.find((x: { criterion: string }) => x.criterion === 'dual_working_or_single_parent')).toMatchObject({ met: true, value: 'dual_working' });
    expect(choice.walkMeters).toBeGreaterThan(0);
    // the director sees it on the facility's list, another family does not
    const d = await as('director');
    const list = await d.get(`/api/applications?facilityId=${fx.pointA}&status=open`);
    expect(list.body.items.map((a: { id: string }) => a.id)).toContain(applicationId);
    const other = await as('guardian2');
    expect((await other.get(`/api/applications/${applicationId}`)).status).toBe(404);
    expect((await other.get(`/api/applications?facilityId=${fx.pointA}`)).body.items).toEqual([]);
  });

  it('the director offers a class, the family accepts and sees the placement', async () => {
    const d = await as('director');
    const o = await d.post(`/api/applications/${applicationId}/offers`, { classId: fx.classA });
    expect(o.status, JSON.stringify(o.body)).toBe(201);
    expect(o.body).toMatchObject({ status: 'open', monthlyFee: 1500, automatic: false });
    const g = await as('guardian');
    const acc = await g.post(`/api/offers/${o.body.id}/accept`);
    expect(acc.status).toBe(200);
    expect(acc.body.placementId).toMatch(/^[0-9a-f-]{36}$/);
    const p = await g.get(`/api/placements/${acc.body.placementId}`);
    expect(p.body).toMatchObject({ childId, classId: fx.classA, state: 'upcoming', monthlyFee: 1500, admission: { cleared: false, reason: 'entry_exam_missing' } });
    // the entry exam recorded by the director clears the admission (the view daily care reads agrees)
    const cleared = async () => (await t.db.query<{ cleared: boolean }>(`SELECT cleared FROM placement_admission WHERE placement_id = $1`, [acc.body.placementId]))[0]!.cleared;
    expect(await cleared()).toBe(false);
    const e = await d.post(`/api/children/${childId}/entry-exams`, { examinedOn: ff.today, passed: true });
    expect(e.status).toBe(201);
    expect((await g.get(`/api/placements/${acc.body.placementId}`)).body.admission).toMatchObject({ cleared: true, reason: null });
    expect(await cleared()).toBe(true);
    const app2 = await g.get(`/api/applications/${applicationId}`);
    expect(app2.body.status).toBe('placed');
    expect((await g.post(`/api/offers/${o.body.id}/accept`)).body.error.code).toBe('conflict');
  });
});

describe('bad input → 4xx naming the field', () => {
  it('a start date in the past; more than 3 choices', async () => {
    const g = await as('guardian2');
    const past = await g.post('/api/applications', { childId: ff.child2, mode: 'full_day', startDate: addDays(ff.today, -1), choices: [fx.pointA] });
    expect(past.status).toBe(400);
    expect(past.body.error.issues[0]).toMatchObject({ field: 'startDate', code: 'in_past' });
    const four = await g.post('/api/applications', { childId: ff.child2, mode: 'full_day', startDate: addDays(ff.today, 7), choices: [fx.pointA, fx.centreA, fx.municipal, fx.pointB] });
    expect(four.status).toBe(400);
    expect(four.body.error.issues[0]).toMatchObject({ field: 'choices', code: 'too_many' });
    const twice = await g.post('/api/applications', { childId: ff.child2, mode: 'full_day', startDate: addDays(ff.today, 7), choices: [fx.pointA, fx.pointA] });
    expect(twice.body.error.issues[0]).toMatchObject({ field: 'choices.1', code: 'duplicate_choice' });
  });

  it('a child outside the class band at the start date; a fee above the cap', async () => {
    const g = await as('guardian2');
    const a = await g.post('/api/applications', { childId: ff.child2, mode: 'full_day', startDate: addDays(ff.today, 7), choices: [fx.pointA] });
    expect(a.status).toBe(201);
    // centre A's toddler-large class is not named by the application; pointA's class fits: use a wrong band by adding one
    const d = await as('director');
    const big = await d.post(`/api/applications/${a.body.id}/offers`, { classId: fx.classA, monthlyFee: 1800 });
    expect(big.status).toBe(400);
    expect(big.body.error.issues[0]).toMatchObject({ field: 'monthlyFee', code: 'fee_over_cap', params: { cap: 1700, band: 'toddler_small' } });
    const far = await d.post(`/api/applications/${a.body.id}/offers`, { classId: fx.classA, startDate: addDays(ff.today, 400) });
    expect(far.status).toBe(400);
    expect(far.body.error.issues[0]).toMatchObject({ field: 'classId', code: 'outside_class_band' });
    // a facility's price above the cap is refused on the facility PATCH path, naming the price
    const patch = await d.patch(`/api/facilities/${fx.pointA}`, { services: [{ mode: 'full_day', price: 1800, unit: 'month' }] });
    expect(patch.status).toBe(400);
    expect(patch.body.error.issues[0]).toMatchObject({ field: 'services.0.price', code: 'fee_over_cap' });
    const fee = await d.req('PUT', `/api/classes/${fx.classA}/fees`, { mode: 'full_day', monthlyFee: 1750, from: ff.today });
    expect(fee.status).toBe(400);
    expect(fee.body.error.issues[0]).toMatchObject({ field: 'monthlyFee', code: 'fee_over_cap' });
  });

  it('hours outside opening hours; a booking overlapping the child’s own booking', async () => {
    const g = await as('guardian2');
    const early = await g.post('/api/bookings', { childId: ff.child2, facilityId: fx.pointA, date: ff.weekday, start: '06:30', end: '08:30' });
    expect(early.status).toBe(400);
    expect(early.body.error.issues[0]).toMatchObject({ field: 'start', code: 'outside_opening_hours' });
    const late = await g.post('/api/bookings', { childId: ff.child2, facilityId: fx.pointA, date: ff.weekday, start: '16:30', end: '18:30' });
    expect(late.body.error.issues[0]).toMatchObject({ field: 'end', code: 'outside_opening_hours' });
    const first = await g.post('/api/bookings', { childId: ff.child2, facilityId: fx.pointA, date: ff.weekday, start: '13:30', end: '15:30' });
    expect(first.status).toBe(201);
    const overlap = await g.post('/api/bookings', { childId: ff.child2, facilityId: fx.pointA, date: ff.weekday, start: '14:30', end: '16:30' });
    expect(overlap.status).toBe(409);
    expect(overlap.body.error.issues[0]).toMatchObject({ field: 'start', code: 'overlaps' });
  });
});
