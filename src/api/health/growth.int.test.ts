/**
 * WHO growth over HTTP: one child's measurements scored (bad values come back empty with a reason, status 200 —
 * acceptance 4 for the API), the chart curves, and a child's own growth — read by the guardian, the facility and the
 * signed health worker only, each read audited with its purpose.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client } from '../../../test/http.ts';
import { PASSWORD, seedRegistry, type RegistryFixture } from '../../../test/registry-fixture.ts';
import { healthWorker, newId, plusDays, today } from '../../../test/fixtures/health.ts';
import { days, loadWhoTables, measureAt, zScore, kg } from '../../growth/index.ts';

let t: TestDb;
let fx: RegistryFixture;
let app: ReturnType<typeof createApp>;
const tables = await loadWhoTables();

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

describe('POST /api/growth/score', () => {
  it('scores like the engine: a 12-month-old boy of 9.6 kg, 75.7 cm lying', async () => {
    const r = await new Client(app).post('/api/growth/score', { sex: 'M', ageDays: 365, weightKg: 9.6, lengthCm: 75.7, position: 'l', headCm: 46 });
    expect(r.status).toBe(200);
    const wfa = zScore(tables, 'wfa', 1, days(365), kg(9.6));
    expect(r.body.wfa).toMatchObject({ ok: true, table: 'wfa', flagged: false });
    expect(r.body.wfa.z).toBeCloseTo(wfa.ok ? wfa.z : NaN, 10);
    expect(r.body.lhfa.zRounded).toBeCloseTo(0, 1);
    expect(r.body.wflhTable).toBe('wfl');
    expect(r.body.ageDays).toBe(365);
  });

  it('takes birthDate + date, and a standing height from 731 days is not corrected', async () => {
    const r = await new Client(app).post('/api/growth/score', { sex: 2, birthDate: '2023-01-10', date: '2025-03-01', weightKg: '12.1', lengthCm: 88, position: 'h' });
    expect(r.status).toBe(200);
    expect(r.body.ageDays).toBe(781);
    expect(r.body.lengthCm).toBe(88);
    expect(r.body.wflhTable).toBe('wfh');
  });

  it('bad input → an empty value with a reason, never an error (zero weight, unknown sex, age beyond the tables, length outside wfl)', async () => {
    const c = new Client(app);
    const zero = await c.post('/api/growth/score', { sex: 'F', ageDays: 300, weightKg: 0, lengthCm: 70, position: 'l' });
    expect(zero.status).toBe(200);
    expect(zero.body.wfa).toMatchObject({ ok: false, reason: 'weight_invalid' });
    expect(zero.body.lhfa.ok).toBe(true);
    const neg = await c.post('/api/growth/score', { sex: 'F', ageDays: 300, weightKg: -3 });
    expect(neg.body.wfa.reason).toBe('weight_invalid');
    const sex = await c.post('/api/growth/score', { sex: 'X', ageDays: 300, weightKg: 8 });
    expect(sex.status).toBe(200);
    for (const k of ['wfa', 'lhfa', 'wflh', 'bfa', 'hcfa']) expect(sex.body[k]).toMatchObject({ ok: false, reason: 'sex_unknown' });
    const old = await c.post('/api/growth/score', { sex: 'M', ageDays: 2000, weightKg: 18 });
    expect(old.body.wfa.reason).toBe('age_out_of_range');
    const short = await c.post('/api/growth/score', { sex: 'M', ageDays: 60, weightKg: 2, lengthCm: 40, position: 'l' });
    expect(short.body.wflh).toMatchObject({ ok: false, reason: 'length_out_of_range' });
    const huge = await c.post('/api/growth/score', { sex: 'M', ageDays: 100, weightKg: 1e308, lengthCm: 1e308, position: 'l', headCm: 1e308 });
    expect(huge.status).toBe(200);
    expect([huge.body.wfa, huge.body.lhfa, huge.body.wflh, huge.body.hcfa].map((s: { reason?: string }) => s.reason)).toEqual(['weight_invalid', 'length_invalid', 'length_out_of_range', 'head_invalid']);
    const birth = await c.post('/api/growth/score', { sex: 'F', birthDate: '2025-01-01', date: '2024-01-01', weightKg: 9 });
    expect(birth.body.wfa.reason).toBe('age_invalid');
    const text = await c.post('/api/growth/score', { sex: 'M', ageDays: 'abc', weightKg: 'heavy' });
    expect(text.status).toBe(200);
    expect(text.body.wfa.reason).toBe('age_invalid');
  });

  it('refuses only what is not a measurement at all (unknown fields), naming the field', async () => {
    const r = await new Client(app).post('/api/growth/score', { sex: 'M', weight: 9 });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('weight');
  });
});

describe('GET /api/growth/curves', () => {
  it('SD lines pass through WHO’s printed values; centiles are named', async () => {
    const r = await new Client(app).get('/api/growth/curves?indicator=wfa&sex=M&from=0&to=0');
    expect(r.status).toBe(200);
    expect(r.body.lines.map((l: { values: number[] }) => Math.round(l.values[0]! * 10) / 10)).toEqual([2.1, 2.5, 2.9, 3.3, 3.9, 4.4, 5.0]);
    const p = await new Client(app).get('/api/growth/curves?indicator=lhfa&sex=F&kind=centile&from=0&to=730&step=30');
    expect(p.body.lines.map((l: { key: string }) => l.key)).toEqual(['p3', 'p15', 'p50', 'p85', 'p97']);
    expect(p.body.x).toHaveLength(25);
  });
  it('a range outside the table is a 400 naming the field', async () => {
    const r = await new Client(app).get('/api/growth/curves?indicator=wfl&sex=F&from=30');
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('from');
  });
});

describe("a child's growth", () => {
  it('the guardian sees the measurements scored with a reading; the read is audited with its purpose', async () => {
    const hw = await as('health');
    const birth = '2024-09-01';
    const on = [plusDays(today(), -200), plusDays(today(), -20)];
    for (const d of on) {
      const age = (Date.parse(d) - Date.parse(birth)) / 86_400_000;
      const r = await hw.post(`/api/children/${fx.childA}/health-checks`, {
        id: newId(),
        kind: 'periodic',
        examinedOn: d,
        weightKg: Math.round(measureAt(tables, 'wfa', 2, days(age), 0.3)! * 100) / 100,
        lengthCm: Math.round(measureAt(tables, 'lhfa', 2, days(age), 0.1)! * 10) / 10,
        position: age < 731 ? 'l' : 'h',
      });
      expect(r.status).toBe(201);
    }
    const g = await (await as('guardian')).get(`/api/children/${fx.childA}/growth`);
    expect(g.status).toBe(200);
    expect(g.body.child).toMatchObject({ id: fx.childA, sex: 'F', birthDate: birth });
    expect(g.body.visits).toHaveLength(2);
    expect(g.body.visits[1].scores.wfa.zRounded).toBeCloseTo(0.3, 1);
    const wfa = g.body.reading.find((x: { indicator: string }) => x.indicator === 'wfa');
    expect(wfa).toMatchObject({ band: 'typical', trend: 'steady' });
    const [a] = await t.db.query<{ purpose: string; actor_role: string }>(`SELECT purpose, actor_role FROM audit_log WHERE entity = 'health_record' AND child_id = $1 AND action = 'read' ORDER BY id DESC LIMIT 1`, [fx.childA]);
    expect(a).toEqual({ purpose: 'growth_chart', actor_role: 'guardian' });
  });

  it("someone else's child is not found; a health worker of an institution without an agreement gets 404", async () => {
    expect((await (await as('guardian')).get(`/api/children/${fx.childB}/growth`)).status).toBe(404);
    const clinic = await healthWorker(t.db, fx.clinic);
    expect((await (await as(clinic.username)).get(`/api/children/${fx.childA}/growth`)).status).toBe(404);
    expect((await (await as('teacher')).get(`/api/children/${fx.childA}/growth`)).status).toBe(403);
    expect((await new Client(app).get(`/api/children/${fx.childA}/growth`)).status).toBe(401);
  });
});
