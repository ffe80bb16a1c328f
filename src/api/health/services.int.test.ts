/**
 * Services and training against a real PostgreSQL: guardians register for a parent class until it is full (the next
 * gets 409 `full`) — also when many race for the last places at once; massage sessions by age band; cancelling frees a
 * place; attendance and the per-child counts the city reports. Training: a course's last place under concurrency,
 * completion writing the training record whose hours the profile shows (computed), compliance per facility.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client } from '../../../test/http.ts';
import { A, PASSWORD, seedRegistry, type RegistryFixture } from '../../../test/registry-fixture.ts';
import { addMonthsIso } from '../../care/health-schedule.ts';
import { guardianWithChild, healthWorker, plusDays, session, staffMember, today, trainingHours } from '../../../test/fixtures/health.ts';

let t: TestDb;
let fx: RegistryFixture;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  app = createApp({ db: t.db, webRoot: null });
});
afterAll(async () => t?.drop());

const sessions = new Map<string, Client>();
/** One logged-in client per user (logging in again and again would meet the login throttle). */
async function as(username: string): Promise<Client> {
  const known = sessions.get(username);
  if (known) return known;
  const c = new Client(app);
  expect((await c.login(username, PASSWORD)).status).toBe(200);
  sessions.set(username, c);
  return c;
}

describe('service sessions', () => {
  it('guardians register until the class is full; the next gets 409 full; cancelling frees the place', async () => {
    const id = await session(t.db, fx.pointA, { capacity: 2, title: '家长课堂：婴幼儿喂养' });
    const families = [await guardianWithChild(t.db, fx.classA, '2025-03-01'), await guardianWithChild(t.db, fx.classA, '2025-04-01'), await guardianWithChild(t.db, fx.classA, '2025-05-01')];
    const clients = await Promise.all(families.map((f) => as(f.username)));
    const r0 = await clients[0]!.post(`/api/services/sessions/${id}/registrations`, { childId: families[0]!.childId });
    expect(r0.status).toBe(201);
    expect((await clients[1]!.post(`/api/services/sessions/${id}/registrations`, { childId: families[1]!.childId })).status).toBe(201);
    const full = await clients[2]!.post(`/api/services/sessions/${id}/registrations`, { childId: families[2]!.childId });
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('full');
    const seen = await clients[0]!.get(`/api/services/sessions/${id}`);
    expect(seen.body).toMatchObject({ capacity: 2, registered: 2, free: 0, mine: [{ registrationId: r0.body.id, childId: families[0]!.childId }] });
    expect((await clients[0]!.post(`/api/services/sessions/${id}/registrations`, { childId: families[0]!.childId })).status).toBe(409);
    expect((await clients[1]!.req('DELETE', `/api/services/registrations/${r0.body.id}`)).status).toBe(404);
    expect((await clients[0]!.req('DELETE', `/api/services/registrations/${r0.body.id}`)).body.cancelled).toBe(true);
    expect((await clients[2]!.post(`/api/services/sessions/${id}/registrations`, { childId: families[2]!.childId })).status).toBe(201);
  });

  it('twelve guardians racing for five places: exactly five get one (the lock on the session decides)', async () => {
    const id = await session(t.db, fx.pointA, { capacity: 5 });
    const families = await Promise.all(Array.from({ length: 12 }, (_, i) => guardianWithChild(t.db, fx.classA, plusDays('2025-01-01', i))));
    const clients = await Promise.all(families.map((f) => as(f.username)));
    const rs = await Promise.all(clients.map((c, i) => c.post(`/api/services/sessions/${id}/registrations`, { childId: families[i]!.childId })));
    expect(rs.filter((r) => r.status === 201)).toHaveLength(5);
    expect(rs.filter((r) => r.status === 409).every((r) => r.body.error.code === 'full')).toBe(true);
    const [n] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM service_registrations WHERE session_id = $1 AND cancelled_at IS NULL`, [id]);
    expect(n!.n).toBe(5);
  });

  it('a massage session is for one age band; children outside it are refused with their age', async () => {
    const dir = await as('director');
    const day = plusDays(today(), 10);
    const s = await dir.post('/api/services/sessions', { kind: 'tcm_massage', title: '小儿推拿：摩腹捏脊', facilityId: fx.pointA, startsAt: `${day}T15:00:00+08:00`, endsAt: `${day}T16:00:00+08:00`, capacity: 10, ageFromMonths: 6 });
    expect(s.status).toBe(201);
    expect(s.body).toMatchObject({ ageFromMonths: 6, ageToMonths: 17, techniques: ['摩腹', '捏脊'], institution: null });
    const baby = await guardianWithChild(t.db, fx.classA, addMonthsIso(day, -8));
    const older = await guardianWithChild(t.db, fx.classA, addMonthsIso(day, -20));
    expect((await (await as(baby.username)).post(`/api/services/sessions/${s.body.id}/registrations`, { childId: baby.childId })).status).toBe(201);
    const no = await (await as(older.username)).post(`/api/services/sessions/${s.body.id}/registrations`, { childId: older.childId });
    expect(no.status).toBe(400);
    expect(no.body.error.issues[0]).toMatchObject({ code: 'age_outside_session', params: { age: 20, from: 6, to: 17 } });
    const wide = await dir.post('/api/services/sessions', { kind: 'tcm_massage', title: 'x', facilityId: fx.pointA, startsAt: `${day}T15:00:00+08:00`, endsAt: `${day}T16:00:00+08:00`, capacity: 10, ageFromMonths: 12, ageToMonths: 24 });
    expect(wide.status).toBe(400);
    expect(wide.body.error.field).toBe('ageToMonths');
    expect((await dir.post('/api/services/sessions', { kind: 'parent_class', title: 'x', facilityId: fx.pointB, startsAt: `${day}T15:00:00+08:00`, endsAt: `${day}T16:00:00+08:00`, capacity: 10 })).status).toBe(404);
    expect((await dir.post('/api/services/sessions', { kind: 'parent_class', title: 'x', facilityId: fx.pointA, startsAt: '2020-01-01T09:00:00+08:00', endsAt: '2020-01-01T10:00:00+08:00', capacity: 10 })).body.error.issues[0].code).toBe('in_past');
  });

  it("guardians see sessions at their children's facilities only, and cannot register other children", async () => {
    const a = await session(t.db, fx.pointA);
    const b = await session(t.db, fx.pointB);
    const g = await as('guardian');
    const list = await g.get('/api/services/sessions');
    const ids = list.body.items.map((s: { id: string }) => s.id);
    expect(ids).toContain(a);
    expect(ids).not.toContain(b);
    expect((await g.get(`/api/services/sessions/${b}`)).status).toBe(404);
    expect((await g.post(`/api/services/sessions/${b}/registrations`, { childId: fx.childA })).status).toBe(404);
    expect((await g.post(`/api/services/sessions/${a}/registrations`, { childId: fx.childB })).status).toBe(404);
  });

  it('attendance by the facility or the running institution, and the per-child counts and the city report', async () => {
    const hw = await as('health');
    const day = plusDays(today(), 3);
    const s = await hw.post('/api/services/sessions', { kind: 'development_guidance', title: '早期发展指导', facilityId: fx.pointA, startsAt: `${day}T10:00:00+08:00`, endsAt: `${day}T11:00:00+08:00`, capacity: 30 });
    expect(s.status).toBe(201);
    expect(s.body.institution).toMatchObject({ id: fx.hospital });
    const reg = await (await as('guardian')).post(`/api/services/sessions/${s.body.id}/registrations`, { childId: fx.childA });
    expect(reg.status).toBe(201);
    const roster = await hw.get(`/api/services/sessions/${s.body.id}/registrations`);
    expect(roster.body.items.map((r: { child: { id: string } }) => r.child.id)).toEqual([fx.childA]);
    expect((await hw.patch(`/api/services/registrations/${reg.body.id}`, { attended: true })).body.attended).toBe(true);
    expect((await (await as('guardian')).patch(`/api/services/registrations/${reg.body.id}`, { attended: true })).status).toBe(403);
    const counts = await (await as('guardian')).get(`/api/children/${fx.childA}/services`);
    expect(counts.body.counts.find((c: { kind: string }) => c.kind === 'development_guidance')).toEqual({ kind: 'development_guidance', attended: 1, registered: 0 });
    const report = await (await as('district')).get(`/api/health/reports/services?from=${today()}&to=${plusDays(today(), 30)}`);
    expect(report.status).toBe(200);
    const rowA = report.body.rows.find((r: { divisionId: string }) => r.divisionId === A);
    expect(rowA.byKind.find((k: { kind: string }) => k.kind === 'development_guidance')).toMatchObject({ children: 1, attendances: 1, sessions: 1 });
    expect(rowA.childrenPlaced).toBeGreaterThan(1);
    expect((await (await as('director')).get('/api/health/reports/services')).status).toBe(403);
  });
});

describe('staff training', () => {
  it('a hospital announces a course; directors register their staff until full (under concurrency); the provider records completion', async () => {
    const hw = await as('health');
    const c = await hw.post('/api/training/courses', { kind: 'in_service', title: '婴幼儿回应性照护', startsOn: plusDays(today(), -5), endsOn: today(), hours: 16, capacity: 3, certificateValidMonths: 24 });
    expect(c.status).toBe(201);
    expect(c.body.provider).toMatchObject({ kind: 'institution', id: fx.hospital });
    const staff = await Promise.all(Array.from({ length: 6 }, () => staffMember(t.db, fx.pointA, 'carer')));
    const dirs = await Promise.all(staff.map(() => as('director')));
    const rs = await Promise.all(dirs.map((d, i) => d.post(`/api/training/courses/${c.body.id}/registrations`, { staffId: staff[i] })));
    expect(rs.filter((r) => r.status === 201)).toHaveLength(3);
    expect(rs.filter((r) => r.status === 409).every((r) => r.body.error.code === 'full')).toBe(true);
    const other = await staffMember(t.db, fx.pointB, 'carer');
    expect((await dirs[0]!.post(`/api/training/courses/${c.body.id}/registrations`, { staffId: other })).status).toBe(404);
    const won = rs.find((r) => r.status === 201)!.body;
    const done = await hw.post(`/api/training/registrations/${won.id}/complete`, { certificateNo: 'CZ-2026-0001' });
    expect(done.status).toBe(200);
    expect(done.body.completed).toMatchObject({ hours: 16, certificateNo: 'CZ-2026-0001', certificateValidTo: plusDays(addMonthsIso(today(), 24), -1) });
    expect((await hw.post(`/api/training/registrations/${won.id}/complete`, {})).status).toBe(409);
    expect((await (await as('director')).post(`/api/training/registrations/${won.id}/complete`, {})).status).toBe(404);
    const [p] = await t.db.query<{ training_in_hours: number }>(`SELECT training_in_hours FROM staff_profiles WHERE id = $1`, [won.staff.id]);
    expect(p!.training_in_hours).toBe(16);
    const roster = await hw.get(`/api/training/courses/${c.body.id}/registrations`);
    expect(roster.body.items).toHaveLength(3);
    expect((await (await as('teacher')).get(`/api/training/courses/${c.body.id}/registrations`)).status).toBe(403);
    expect((await (await as('guardian')).get('/api/training/courses')).status).toBe(403);
    expect((await (await as('teacher')).get('/api/training/courses')).body.items.map((x: { id: string }) => x.id)).toContain(c.body.id);
    const clinicWorker = await healthWorker(t.db, fx.clinic);
    expect((await (await as(clinicWorker.username)).post(`/api/training/registrations/${won.id}/complete`, {})).status).toBe(404);
  });

  it("a facility's staff with computed hours, certificates and compliance (director ≥ 60 h, valid health certificates)", async () => {
    const dirStaff = await staffMember(t.db, fx.pointA, 'director', { userId: fx.users.director });
    await trainingHours(t.db, dirStaff, 'in_service', 40);
    const expired = await staffMember(t.db, fx.pointA, 'carer', { healthCertValidTo: plusDays(today(), -1) });
    const d = await as('director');
    const r1 = await d.get(`/api/training/staff?facilityId=${fx.pointA}`);
    expect(r1.status).toBe(200);
    const me = r1.body.staff.find((s: { id: string }) => s.id === dirStaff);
    expect(me).toMatchObject({ role: 'director', hours: { pre_service: 0, in_service: 40, safety: 0 }, issues: ['director_hours_short'] });
    expect(r1.body.staff.find((s: { id: string }) => s.id === expired).issues).toEqual(['health_cert_expired']);
    expect(r1.body.compliance.compliant).toBe(false);
    await trainingHours(t.db, dirStaff, 'in_service', 24);
    const r2 = await d.get(`/api/training/staff?facilityId=${fx.pointA}`);
    expect(r2.body.staff.find((s: { id: string }) => s.id === dirStaff)).toMatchObject({ hours: { in_service: 64 }, issues: [] });
    expect((await d.get(`/api/training/staff?facilityId=${fx.pointB}`)).status).toBe(404);
    const report = await (await as('district')).get('/api/health/reports/training');
    const rowA = report.body.rows.find((x: { facilityId: string }) => x.facilityId === fx.pointA);
    expect(rowA).toMatchObject({ directors: 1, directorsCompliant: 1, compliant: false });
    expect(rowA.staff - rowA.healthCertsValid).toBe(1);
    // a teacher sees only their own profile
    const mine = await staffMember(t.db, fx.pointA, 'carer', { userId: fx.users.teacher });
    const t1 = await (await as('teacher')).get(`/api/training/staff?facilityId=${fx.pointA}`);
    expect(t1.body.staff.map((s: { id: string }) => s.id)).toEqual([mine]);
  });
});
