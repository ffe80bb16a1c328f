/**
 * Quality assessments over HTTP: a district assessor scores a facility of their division (draft → final), the
 * engine's points and grade are stored, a veto item gives the lowest grade, a final assessment never changes, and
 * the public facility card shows the grade; the standard and the award per grade are public.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WS_T_821_2023 } from '../../care/quality/index.ts';
import { createApp } from '../app.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client } from '../../../test/http.ts';
import { facilityInput, PASSWORD, seedRegistry, type RegistryFixture } from '../../../test/registry-fixture.ts';

let t: TestDb;
let fx: RegistryFixture;
let app: ReturnType<typeof createApp>;
const as: Record<string, Client> = {};
let n = 0;

const ITEMS = WS_T_821_2023.dimensions.flatMap((d) => d.items);
/** Every item at a share of its maximum. */
const at = (share: number) => Object.fromEntries(ITEMS.map((i) => [i.key, Math.floor(i.maxPoints * share)]));

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  app = createApp({ db: t.db, webRoot: null });
  for (const u of ['city', 'district', 'director', 'guardian']) {
    as[u] = new Client(app);
    expect((await as[u]!.login(u, PASSWORD)).status).toBe(200);
  }
});
afterAll(async () => t?.drop());

async function newFacility(): Promise<string> {
  return (await as.city!.post('/api/facilities', facilityInput({ name: `评估测试点${++n}`, filingNumber: `Q${n}` }))).body.id;
}

describe('scoring a facility', () => {
  it('a district assessor drafts, completes and finalises an assessment; the card shows the grade', async () => {
    const id = await newFacility();
    let r = await as.district!.post('/api/assessments', { facilityId: id, assessedOn: '2026-03-02', scores: { licence: 18, space: 36 }, notes: '首次评估' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ status: 'draft', standardId: 'ws-t-821-2023', totalPoints: 54, maxPoints: 1000, complete: false, assessor: { role: 'district_official' } });
    expect(r.body.missing).toHaveLength(ITEMS.length - 2);
    expect((await as.guardian!.get(`/api/facilities/${id}`)).body.qualityGrade).toBeNull();
    const aid = r.body.id;
    // final before every item is scored: refused, naming status
    r = await as.district!.patch(`/api/assessments/${aid}`, { status: 'final' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0]).toMatchObject({ field: 'status', code: 'assessment_incomplete', params: { missing: ITEMS.length - 2 } });
    r = await as.district!.patch(`/api/assessments/${aid}`, { scores: at(0.92), version: 1 });
    expect(r.body).toMatchObject({ complete: true, grade: 'A', version: 2 });
    expect(r.body.totalPoints).toBe(Object.values(at(0.92)).reduce((a, b) => a + b, 0));
    r = await as.district!.patch(`/api/assessments/${aid}`, { status: 'final', version: 2 });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'final', grade: 'A', award: { amountFen: 5_000_000, formatted: '¥50,000.00' } });
    expect(r.body.finalizedAt).not.toBeNull();
    const card = (await new Client(app).get(`/api/facilities/${id}`)).body;
    expect(card.qualityGrade).toEqual({ grade: 'A', assessedOn: '2026-03-02', validUntil: '2029-03-02', standardId: 'ws-t-821-2023' });
    // the public never sees the points
    expect(JSON.stringify(card)).not.toContain('"licence"');
    // a final assessment never changes
    r = await as.city!.patch(`/api/assessments/${aid}`, { notes: '改' });
    expect(r.status).toBe(409);
    expect(r.body.error.issues[0].code).toBe('assessment_final');
    await expect(t.db.query(`UPDATE quality_assessments SET notes = 'x' WHERE id = $1`, [aid])).rejects.toMatchObject({ issues: [{ params: { rule: 'quality_assessments_final' } }] });
  });

  it('any veto item gives grade D whatever the points, and a newer final grade replaces the older on the card', async () => {
    const id = await newFacility();
    const a = await as.district!.post('/api/assessments', { facilityId: id, assessedOn: '2026-01-10', scores: at(0.8), status: 'final' });
    expect(a.body).toMatchObject({ grade: 'B', status: 'final' });
    const b = await as.district!.post('/api/assessments', { facilityId: id, assessedOn: '2026-02-10', scores: at(1), vetoes: ['cctv_gap'], status: 'final' });
    expect(b.body).toMatchObject({ totalPoints: 1000, grade: 'D', vetoes: ['cctv_gap'], award: { amountFen: 0 } });
    expect((await as.guardian!.get(`/api/facilities/${id}`)).body.qualityGrade.grade).toBe('D');
  });

  it('refuses bad scores, unknown veto items, a future date and a second draft, naming the field', async () => {
    const id = await newFacility();
    let r = await as.district!.post('/api/assessments', { facilityId: id, assessedOn: '2026-01-10', scores: { licence: 21, castle: 1 }, vetoes: ['dragons'] });
    expect(r.status).toBe(400);
    expect(r.body.error.issues.map((i: { field: string; code: string }) => [i.field, i.code])).toEqual([
      ['scores.licence', 'too_big'],
      ['scores.castle', 'unknown_field'],
      ['vetoes.0', 'unknown_veto'],
    ]);
    r = await as.district!.post('/api/assessments', { facilityId: id, assessedOn: '2999-01-01' });
    expect(r.body.error.issues[0]).toMatchObject({ field: 'assessedOn', code: 'date_in_future' });
    r = await as.district!.post('/api/assessments', { facilityId: id, assessedOn: '2026-02-30' });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('assessedOn');
    r = await as.district!.post('/api/assessments', { facilityId: id, assessedOn: '2026-01-10', standardId: 'iso-9001' });
    expect(r.body.error.issues[0]).toMatchObject({ field: 'standardId', code: 'unknown_standard' });
    const first = await as.district!.post('/api/assessments', { facilityId: id, assessedOn: '2026-01-10' });
    expect(first.status).toBe(201);
    r = await as.district!.post('/api/assessments', { facilityId: id, assessedOn: '2026-01-11' });
    expect(r.status).toBe(409);
    expect(r.body.error.issues[0]).toMatchObject({ field: 'facilityId', code: 'draft_exists', params: { id: first.body.id } });
    r = await as.district!.post('/api/assessments', { facilityId: '00000000-0000-4000-8000-000000000000', assessedOn: '2026-01-10' });
    expect(r.status).toBe(404);
    expect(r.body.error.field).toBe('facilityId');
  });

  it("a district official may not assess another division's facility (403), nor read its assessments (404)", async () => {
    const other = await as.city!.post('/api/assessments', { facilityId: fx.pointB, assessedOn: '2026-01-10', scores: at(0.7), status: 'final' });
    expect(other.status).toBe(201);
    expect((await as.district!.post('/api/assessments', { facilityId: fx.pointB, assessedOn: '2026-01-10' })).status).toBe(403);
    expect((await as.district!.get(`/api/assessments/${other.body.id}`)).status).toBe(404);
    const list = (await as.district!.get('/api/assessments?pageSize=200')).body.items as Array<{ divisionId: string }>;
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((a) => a.divisionId === '140403')).toBe(true);
    // the director reads their own facility's, the guardian none
    expect((await as.director!.get('/api/assessments?pageSize=200')).body.items.every((a: { facilityId: string }) => a.facilityId === fx.pointA)).toBe(true);
    expect((await as.guardian!.get('/api/assessments')).status).toBe(403);
  });

  it('filters by facility and status, paged', async () => {
    const id = await newFacility();
    await as.district!.post('/api/assessments', { facilityId: id, assessedOn: '2026-01-10', scores: at(0.5), status: 'final' });
    await as.district!.post('/api/assessments', { facilityId: id, assessedOn: '2026-02-10' });
    const r = (await as.city!.get(`/api/assessments?facility=${id}`)).body;
    expect(r.total).toBe(2);
    expect(r.items.map((a: { status: string }) => a.status)).toEqual(['draft', 'final']);
    expect((await as.city!.get(`/api/assessments?facility=${id}&status=final`)).body.items[0].grade).toBe('D'); // 500 points < 600
  });
});

describe('public policies', () => {
  it('serves the standard with the award per grade, and the money policies as written in China', async () => {
    const s = (await new Client(app).get('/api/policy/quality?date=2026-06-01')).body;
    expect(s).toMatchObject({ id: 'ws-t-821-2023', totalPoints: 1000 });
    expect(s.dimensions).toHaveLength(7);
    expect(s.vetoes).toHaveLength(16);
    expect(s.awards).toEqual([
      { grade: 'A', amountFen: 5_000_000, formatted: '¥50,000.00' },
      { grade: 'B', amountFen: 2_000_000, formatted: '¥20,000.00' },
      { grade: 'C', amountFen: 0, formatted: '¥0.00' },
      { grade: 'D', amountFen: 0, formatted: '¥0.00' },
    ]);
    const m = (await new Client(app).get('/api/policy/subsidy?date=2026-06-01')).body;
    expect(m.inForce).toEqual({ subsidy: 'sx-subsidy-2024', feeCaps: 'cc-fee-caps-2024' });
    expect(m.subsidy[0].operating.independent).toEqual({ fen: 50_000, formatted: '¥500.00' });
    expect(m.subsidy[0].operating.kindergartenClass.formatted).toBe('¥300.00');
    expect(m.feeCaps[0].caps).toContainEqual({ band: 'infant', cap: { fen: 210_000, formatted: '¥2,100.00' } });
    expect((await new Client(app).get('/api/policy/subsidy?date=2026-13-01')).status).toBe(400);
  });
});
