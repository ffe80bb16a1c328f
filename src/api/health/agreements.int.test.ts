/**
 * Medical partners against a real PostgreSQL: the public ledger; no two agreements of a facility for the same service
 * on the same day (decided by the EXCLUDE constraint, also under concurrent writers); the registry's PATCH
 * medicalInstitutionId still signs; ending shortens only; the signed document as a file; expiry reminders queued once;
 * the signing rate by division; visiting-doctor logs; (migration 0600 on old rows: src/db/health-migration.int.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client } from '../../../test/http.ts';
import { A, B, PASSWORD, seedRegistry, type RegistryFixture } from '../../../test/registry-fixture.ts';
import { healthWorker, plusDays, today } from '../../../test/fixtures/health.ts';
import { queueAgreementReminders } from '../../db/repos/agreement-reminders.ts';

let t: TestDb;
let fx: RegistryFixture;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  app = createApp({ db: t.db, webRoot: null });
});
afterAll(async () => t?.drop());

async function as(username: string): Promise<Client> {
  const c = new Client(app);
  expect((await c.login(username, PASSWORD)).status).toBe(200);
  return c;
}

describe('the agreement ledger', () => {
  it('is public, with services, status and days left; the registry card still shows the partner', async () => {
    const r = await new Client(app).get(`/api/agreements?facilityId=${fx.pointA}`);
    expect(r.status).toBe(200);
    expect(r.body.items).toHaveLength(1);
    expect(r.body.items[0]).toMatchObject({ institution: { id: fx.hospital, name: '长治市妇幼保健院' }, status: 'current', validTo: null, daysLeft: null });
    expect(r.body.items[0].services).toEqual(['development_guidance', 'growth_assessment', 'health_check', 'parent_class', 'tcm_massage', 'visiting_doctor']);
    expect((await new Client(app).get(`/api/facilities/${fx.pointA}`)).body.medicalPartner).toMatchObject({ id: fx.hospital });
  });

  it('refuses a second agreement covering a service already covered in the period (409 naming the service); other services are fine', async () => {
    const d = await as('district');
    const clash = await d.post('/api/agreements', { facilityId: fx.pointA, institutionId: fx.clinic, validFrom: plusDays(today(), 10), validTo: plusDays(today(), 400), services: ['staff_training', 'health_check'] });
    expect(clash.status).toBe(409);
    expect(clash.body.error.issues[0]).toMatchObject({ field: 'services', code: 'service_already_covered', params: { service: 'health_check', institution: '长治市妇幼保健院' } });
    const ok = await d.post('/api/agreements', { facilityId: fx.pointA, institutionId: fx.clinic, validFrom: today(), validTo: plusDays(today(), 45), services: ['staff_training'], note: '岗位培训' });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ services: ['staff_training'], status: 'current', daysLeft: 45 });
    expect((await d.post('/api/agreements', { facilityId: fx.pointB, institutionId: fx.clinic, validFrom: today(), services: ['health_check'] })).status).toBe(403);
    expect((await (await as('director')).post('/api/agreements', { facilityId: fx.pointA, institutionId: fx.clinic, validFrom: today(), services: ['tcm_massage'] })).status).toBe(403);
    const bad = await d.post('/api/agreements', { facilityId: fx.pointA, institutionId: fx.clinic, validFrom: today(), validTo: plusDays(today(), -3), services: ['tcm_massage'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].code).toBe('end_before_start');
    expect((await d.post('/api/agreements', { facilityId: fx.pointA, institutionId: fx.clinic, validFrom: today(), services: [] })).body.error.field).toBe('services');
  });

  it('two concurrent writers for the same facility and service: exactly one wins (the EXCLUDE decides)', async () => {
    const id = (await (await as('city')).post('/api/facilities', { ...(await import('../../../test/registry-fixture.ts')).facilityInput({ name: `并发签约点${Date.now()}`, filingNumber: `C${Date.now()}` }) })).body.id as string;
    const city = [await as('city'), await as('city'), await as('city')];
    const rs = await Promise.all(city.map((c, i) => c.post('/api/agreements', { facilityId: id, institutionId: i % 2 ? fx.clinic : fx.hospital, validFrom: today(), services: ['parent_class'] })));
    expect(rs.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    for (const r of rs.filter((x) => x.status === 409)) expect(r.body.error.issues[0].code).toBe('service_already_covered');
  });

  it("a bureau official's PATCH medicalInstitutionId signs from today and ends the agreement in force", async () => {
    const c = await as('city');
    const id = (await c.post('/api/facilities', (await import('../../../test/registry-fixture.ts')).facilityInput({ name: `换签测试点${Date.now()}`, filingNumber: `P${Date.now()}`, medicalInstitutionId: fx.hospital }))).body.id as string;
    await t.db.query(`UPDATE medical_agreements SET valid_from = current_date - 100 WHERE facility_id = $1`, [id]);
    const r = await c.patch(`/api/facilities/${id}`, { medicalInstitutionId: fx.clinic });
    expect(r.status).toBe(200);
    expect(r.body.medicalPartner.id).toBe(fx.clinic);
    const all = (await c.get(`/api/agreements?facilityId=${id}`)).body.items;
    expect(all.map((a: { institution: { id: string }; status: string; validTo: string | null }) => [a.institution.id, a.status, a.validTo])).toEqual([
      [fx.clinic, 'current', null],
      [fx.hospital, 'ended', plusDays(today(), -1)],
    ]);
  });

  it('ending only shortens, and not twice', async () => {
    const d = await as('district');
    const a = (await d.post('/api/agreements', { facilityId: fx.pointA, institutionId: fx.clinic, validFrom: plusDays(today(), 100), validTo: plusDays(today(), 200), services: ['staff_training'] })).body;
    expect(a.status).toBe('future');
    const longer = await d.post(`/api/agreements/${a.id}/end`, { validTo: plusDays(today(), 300) });
    expect(longer.status).toBe(400);
    expect(longer.body.error.issues[0].code).toBe('shorten_only');
    const shorter = await d.post(`/api/agreements/${a.id}/end`, { validTo: plusDays(today(), 150), reason: '提前终止' });
    expect(shorter.body).toMatchObject({ validTo: plusDays(today(), 150), endedReason: '提前终止' });
    expect((await (await as('director')).post(`/api/agreements/${a.id}/end`, { validTo: plusDays(today(), 120) })).status).toBe(403);
  });
});

describe('the signed document', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  it('is attached by the bureau and read by the facility, the institution and the bureau — not by others', async () => {
    const a = (await new Client(app).get(`/api/agreements?facilityId=${fx.pointA}&status=current`)).body.items.find((x: { institution: { id: string } }) => x.institution.id === fx.hospital);
    const d = await as('district');
    const up = await d.req('PUT', `/api/agreements/${a.id}/document?fileName=${encodeURIComponent('医育结合协议.pdf')}`, pdf, { 'content-type': 'application/pdf' });
    expect(up.status).toBe(200);
    expect(up.body.document).toMatchObject({ fileName: '医育结合协议.pdf', contentType: 'application/pdf', bytes: pdf.length });
    for (const who of ['director', 'health', 'district', 'city']) {
      const r = await (await as(who)).get(`/api/agreements/${a.id}/document`);
      expect(r.status, who).toBe(200);
      expect(r.headers.get('content-type')).toBe('application/pdf');
      expect(r.body).toContain('%PDF-1.4');
    }
    expect((await (await as('guardian')).get(`/api/agreements/${a.id}/document`)).status).toBe(403);
    const clinicWorker = await healthWorker(t.db, fx.clinic);
    expect((await (await as(clinicWorker.username)).get(`/api/agreements/${a.id}/document`)).status).toBe(404);
    const fake = await d.req('PUT', `/api/agreements/${a.id}/document`, Buffer.from('not a pdf'), { 'content-type': 'application/pdf' });
    expect(fake.status).toBe(415);
    expect(fake.body.error.issues[0].code).toBe('not_a_pdf_or_image');
    const empty = await d.req('PUT', `/api/agreements/${a.id}/document`, Buffer.alloc(0), { 'content-type': 'application/pdf' });
    expect(empty.status).toBe(400);
    const big = await d.req('PUT', `/api/agreements/${a.id}/document`, Buffer.concat([pdf, Buffer.alloc(11 * 1024 * 1024)]), { 'content-type': 'application/pdf' });
    expect(big.status).toBe(413);
  });
});

describe('expiry reminders', () => {
  it('are queued once per stage to the director and the district officials, not when a follow-on agreement exists', async () => {
    const city = await as('city');
    const { facilityInput } = await import('../../../test/registry-fixture.ts');
    const soon = (await city.post('/api/facilities', facilityInput({ name: `到期测试点${Date.now()}`, filingNumber: `R${Date.now()}` }))).body.id as string;
    const renewed = (await city.post('/api/facilities', facilityInput({ name: `续签测试点${Date.now()}`, filingNumber: `S${Date.now()}` }))).body.id as string;
    await t.db.query(`UPDATE users SET facility_id = $1 WHERE id = $2`, [soon, fx.users.director]);
    const a = (await city.post('/api/agreements', { facilityId: soon, institutionId: fx.hospital, validFrom: plusDays(today(), -300), validTo: plusDays(today(), 25), services: ['health_check'] })).body;
    await city.post('/api/agreements', { facilityId: renewed, institutionId: fx.hospital, validFrom: plusDays(today(), -300), validTo: plusDays(today(), 20), services: ['health_check'] });
    await city.post('/api/agreements', { facilityId: renewed, institutionId: fx.hospital, validFrom: plusDays(today(), 21), validTo: null, services: ['health_check'] });
    const first = await t.db.tx((k) => queueAgreementReminders(k));
    expect(first.agreements).toBeGreaterThanOrEqual(1);
    const rows = await t.db.query<{ agreement_id: string; stage: number }>(`SELECT agreement_id, stage FROM medical_agreement_reminders`);
    expect(rows).toContainEqual({ agreement_id: a.id, stage: 30 });
    expect(rows.filter((r) => r.agreement_id !== a.id).map((r) => r.agreement_id)).not.toContain(renewed);
    const notes = await t.db.query<{ user_id: string; channel: string; params: { agreementId: string; daysLeft: number } }>(`SELECT user_id, channel, params FROM notifications_outbox WHERE template = 'agreement_expiring'`);
    const forA = notes.filter((n) => n.params.agreementId === a.id);
    expect(forA.map((n) => n.user_id).sort()).toEqual([fx.users.director, fx.users.district_official].sort());
    expect(forA[0]!.params.daysLeft).toBe(25);
    const second = await t.db.tx((k) => queueAgreementReminders(k));
    expect(second).toEqual({ agreements: 0, notices: 0 });
    await t.db.query(`UPDATE users SET facility_id = $1 WHERE id = $2`, [fx.pointA, fx.users.director]);
  });
});

describe('the signing rate by division', () => {
  it('counts facilities signed today; district officials see their division only', async () => {
    const r = await (await as('city')).get('/api/health/reports/signing');
    expect(r.status).toBe(200);
    expect(r.body.target).toBe(1);
    const a = r.body.rows.find((x: { divisionId: string }) => x.divisionId === A);
    const b = r.body.rows.find((x: { divisionId: string }) => x.divisionId === B);
    const [n] = await t.db.query<{ f: number; s: number }>(`SELECT count(*)::int AS f, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM signed_facilities s WHERE s.facility_id = f.id))::int AS s FROM facilities f WHERE division_id = $1 AND archived_at IS NULL`, [A]);
    expect(a).toMatchObject({ facilities: n!.f, signed: n!.s });
    expect(a.rate).toBeCloseTo(n!.s / n!.f, 10);
    expect(b).toMatchObject({ facilities: 2, signed: 0, rate: 0 });
    const mine = await (await as('district')).get('/api/health/reports/signing');
    expect(mine.body.rows.map((x: { divisionId: string }) => x.divisionId)).toEqual([A]);
    expect((await (await as('district')).get(`/api/health/reports/signing?divisionId=${B}`)).status).toBe(403);
    expect((await (await as('director')).get('/api/health/reports/signing')).status).toBe(403);
  });
});

describe('visiting-doctor logs', () => {
  it('a health worker logs a visit to a signed facility; the director and the bureau read it; unsigned facilities are refused', async () => {
    const hw = await as('health');
    const v = await hw.post('/api/visits', { facilityId: fx.pointA, visitedOn: today(), minutes: 90, activities: ['health_check', 'hygiene_inspection'], childrenSeen: 12, notes: '晨检流程规范' });
    expect(v.status).toBe(201);
    expect(v.body).toMatchObject({ facility: { id: fx.pointA }, institution: { id: fx.hospital }, childrenSeen: 12 });
    expect((await hw.post('/api/visits', { facilityId: fx.pointB, visitedOn: today() })).status).toBe(404);
    expect((await hw.post('/api/visits', { facilityId: fx.pointA, visitedOn: '2000-01-01' })).body.error.issues[0].code).toBe('no_agreement_on_date');
    expect((await hw.post('/api/visits', { facilityId: fx.pointA, visitedOn: plusDays(today(), 2) })).body.error.issues[0].code).toBe('in_future');
    const seen = await (await as('director')).get(`/api/visits?facilityId=${fx.pointA}`);
    expect(seen.body.items.map((x: { id: string }) => x.id)).toContain(v.body.id);
    expect((await (await as('district')).get('/api/visits')).body.total).toBeGreaterThanOrEqual(1);
    expect((await (await as('guardian')).get('/api/visits')).status).toBe(403);
    expect((await (await as('director')).post('/api/visits', { facilityId: fx.pointA, visitedOn: today() })).status).toBe(403);
  });
});
