/**
 * The monthly report's figures equal independent SQL counts over the same database (issue 13, acceptance 3): the
 * report's queries and the counts below are written separately (the counts walk the month day by day, join instead
 * of sub-selecting, and never share a line with the repository), on a registry with children placed in and out of
 * the month, an archived facility, and subsidy claims in several states. Also: a district official's report is
 * their division's, the XLSX carries the same figures, and the dashboard sums to the same places.
 */
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client } from '../../../test/http.ts';
import { attend, placeChild, weekdaysOf } from '../../../test/fixtures/subsidy.ts';
import { A, facilityInput, PASSWORD, seedRegistry, type RegistryFixture } from '../../../test/registry-fixture.ts';
import { facilityInputSchema } from '../../care/facility.ts';
import { reposFor, systemCaller } from './index.ts';

let t: TestDb;
let fx: RegistryFixture;
const as: Record<string, Client> = {};
let app: ReturnType<typeof createApp>;
const OCT = '2026-10';

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  app = createApp({ db: t.db, webRoot: null });
  for (const u of ['city', 'district']) {
    as[u] = new Client(app);
    expect((await as[u]!.login(u, PASSWORD)).status).toBe(200);
  }
  const sys = reposFor(t.db, systemCaller('test'));
  // children: in October at pointA (three), at pointB (one), one who left in September, one who starts in November
  for (const from of ['2026-09-01', '2026-10-12', '2026-10-31']) await attend(t.db, await placeChild(t.db, { classId: fx.classA, from, to: '2026-12-31' }), weekdaysOf(OCT));
  await placeChild(t.db, { classId: fx.classB, from: '2026-10-01', to: '2026-10-20' });
  await placeChild(t.db, { classId: fx.classA, from: '2026-08-01', to: '2026-09-30' });
  await placeChild(t.db, { classId: fx.classB, from: '2026-11-02', to: '2026-12-31' });
  // a facility archived (it is not in the report) and one without any agreement
  const gone = await sys.facilities.create(facilityInputSchema.parse(facilityInput({ name: '已停办托育点', filingNumber: 'X1' })));
  await sys.facilities.archive(gone.id);
  await sys.facilities.create(facilityInputSchema.parse(facilityInput({ name: '新办托育点', filingNumber: 'X2', ownership: 'market' })));
  // the registry was there all year (the new facility opened today: not in October's report; the archived one was
  // still open on 31 October: in it)
  await sql`UPDATE facilities SET created_at = '2026-01-05' WHERE name <> '新办托育点'`.execute(t.db.k);
  // claims: pointA's October paid, pointB's approved
  const claims = sys.subsidyClaims;
  const a = (await claims.compute(OCT, { facilityId: fx.pointA })).computed[0]!;
  for (const s of ['confirm', 'approve', 'pay'] as const) await claims.step(a.id, s);
  const b = (await claims.compute(OCT, { facilityId: fx.pointB })).computed[0]!;
  for (const s of ['confirm', 'approve'] as const) await claims.step(b.id, s);
});
afterAll(async () => t?.drop());

/** The independent counts, for the city or one division, as of `asOf`, for the month starting `m0`. */
async function counts(m0: string, asOf: string, division: string | null) {
  const inDiv = division ? sql`AND f.division_id = ${division}` : sql``;
  const live = sql`f.created_at::date <= ${asOf}::date AND (f.archived_at IS NULL OR f.archived_at::date > ${asOf}::date) ${inDiv}`;
  const q = async <T,>(s: ReturnType<typeof sql<T>>) => (await s.execute(t.db.k)).rows;
  const [fac] = await q(sql<{ n: number }>`SELECT count(*)::int AS n FROM facilities f WHERE ${live}`);
  const [places] = await q(sql<{ n: number }>`SELECT COALESCE(sum(c.capacity), 0)::int AS n FROM facilities f JOIN classes c ON c.facility_id = f.id AND c.archived_at IS NULL WHERE ${live}`);
  const [kids] = await q(sql<{ n: number }>`
    SELECT count(*)::int AS n FROM children ch WHERE EXISTS (
      SELECT 1 FROM placements p JOIN facilities f ON f.id = p.facility_id
      CROSS JOIN generate_series(${m0}::date, ${asOf}::date, interval '1 day') AS d
      WHERE p.child_id = ch.id AND p.during @> d::date AND ${live})`);
  const [signed] = await q(sql<{ n: number }>`
    SELECT count(DISTINCT f.id)::int AS n FROM facilities f JOIN medical_agreements a ON a.facility_id = f.id
    WHERE ${live} AND a.valid_from <= ${asOf}::date AND COALESCE(a.valid_to, 'infinity'::date) >= ${asOf}::date`);
  const money = await q(sql<{ state: string; fen: string; n: number }>`
    SELECT sc.state, sum(sc.total_fen)::text AS fen, count(*)::int AS n FROM subsidy_claims sc JOIN facilities f ON f.id = sc.facility_id
    WHERE sc.month = ${m0}::date ${inDiv} GROUP BY sc.state`);
  const byTier = await q(sql<{ tier: string; ownership: string; n: number }>`SELECT f.tier, f.ownership, count(*)::int AS n FROM facilities f WHERE ${live} GROUP BY 1, 2 ORDER BY 1, 2`);
  const fen = (s: string[]) => money.filter((m) => s.includes(m.state)).reduce((x, m) => x + Number(m.fen), 0);
  return {
    facilities: fac!.n,
    places: places!.n,
    childrenEnrolled: kids!.n,
    signed: signed!.n,
    claims: money.reduce((x, m) => x + m.n, 0),
    subsidyPaidFen: fen(['paid']),
    subsidyApprovedFen: fen(['approved', 'paid']),
    byTier: byTier.map((r) => `${r.tier}/${r.ownership}:${r.n}`),
  };
}

describe('the monthly report', () => {
  it("the city's October report equals the independent counts", async () => {
    const r = await as.city!.get(`/api/reports/monthly?month=${OCT}`);
    expect(r.status).toBe(200);
    const c = await counts(`${OCT}-01`, r.body.asOf, null);
    expect(r.body).toMatchObject({ facilities: c.facilities, places: c.places, childrenEnrolled: c.childrenEnrolled, signed: c.signed, claims: c.claims, subsidyPaidFen: c.subsidyPaidFen, subsidyApprovedFen: c.subsidyApprovedFen });
    expect(r.body.lines.map((l: { tier: string; ownership: string; facilities: number }) => `${l.tier}/${l.ownership}:${l.facilities}`)).toEqual(c.byTier);
    // and the figures are not trivially equal: there is something to count
    expect(c.childrenEnrolled).toBe(4);
    expect(c.subsidyPaidFen).toBeGreaterThan(0);
    expect(c.subsidyApprovedFen).toBeGreaterThanOrEqual(c.subsidyPaidFen);
  });

  it("this month's report (as of today) equals the counts too, and the dashboard's places agree", async () => {
    const month = (await sql<{ m: string }>`SELECT to_char(current_date, 'YYYY-MM') AS m`.execute(t.db.k)).rows[0]!.m;
    const r = await as.city!.get(`/api/reports/monthly?month=${month}`);
    const c = await counts(`${month}-01`, r.body.asOf, null);
    expect(r.body).toMatchObject({ facilities: c.facilities, places: c.places, childrenEnrolled: c.childrenEnrolled, signed: c.signed });
    const dash = await as.city!.get('/api/desk/figures');
    expect(dash.body.total.places).toBe(c.places);
    expect(dash.body.total.facilities).toBe(c.facilities);
  });

  it("a district official's report is their division's and equals its counts; another division is not theirs", async () => {
    const r = await as.district!.get(`/api/reports/monthly?month=${OCT}`);
    expect(r.status).toBe(200);
    expect(r.body.division.id).toBe(A);
    const c = await counts(`${OCT}-01`, r.body.asOf, A);
    expect(r.body).toMatchObject({ facilities: c.facilities, places: c.places, childrenEnrolled: c.childrenEnrolled, signed: c.signed, subsidyPaidFen: c.subsidyPaidFen, subsidyApprovedFen: c.subsidyApprovedFen });
    expect((await as.district!.get(`/api/reports/monthly?month=${OCT}&division=140406`)).status).toBe(404);
  });

  it('the XLSX carries the same figures', async () => {
    const res = await app.request(`/api/reports/monthly?month=${OCT}&format=xlsx`, { headers: { cookie: as.city!.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const sheet = wb.getWorksheet('月报汇总')!;
    const values = new Map<string, unknown>();
    sheet.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    const json = (await as.city!.get(`/api/reports/monthly?month=${OCT}`)).body;
    expect(values.get('托育机构（家）')).toBe(json.facilities);
    expect(values.get('在托婴幼儿（人）')).toBe(json.childrenEnrolled);
    expect(values.get('运营补贴已拨付（元）')).toBe(json.subsidyPaidFen / 100);
  });

  it('answers a bad or future month with 400 naming it', async () => {
    expect((await as.city!.get('/api/reports/monthly?month=2026-1')).body.error.issues[0].field).toBe('month');
    expect((await as.city!.get('/api/reports/monthly?month=2099-01')).body.error.issues[0]).toMatchObject({ field: 'month', code: 'date_in_future' });
  });
});
