/**
 * The planning API against the real PostgreSQL on a synthetic street grid (3 km × 3 km, 50 m blocks; src/access
 * gridGraph): candidates derived from synthetic compounds and uploaded as GeoJSON (paged), MCLP with before/after
 * coverage and places per 1,000, what-if changes, scenarios (save, list, scope, export), the access policy, and bad
 * input → 400 naming the field; a solve that hits its time limit says so and returns its best plan with the bound.
 * Plan runs live in PostgreSQL: a second app instance on the same database (another replica) answers what-ifs on a
 * run solved by the first; runs are their owner's, expire, and one planner's runs never push out another's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessPool, gridGraph } from '../../access/index.ts';
import { createApp } from '../app.ts';
import type { CityNetwork } from '../access/service.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client } from '../../../test/http.ts';
import { A, B, PASSWORD, seedRegistry } from '../../../test/registry-fixture.ts';
import { upsertDivisions } from '../../db/registry-admin.ts';
import { Db } from '../../db/index.ts';
import { RUNS_PER_OWNER } from '../../db/repos/plan-runs.ts';
import { insertFixtureRun } from '../../../test/fixtures/plan.ts';
import { candidatePageSchema, scenarioGeoJsonSchema, scenarioPageSchema, scenarioSchema, solveResponseSchema, whatIfResponseSchema } from './schemas.ts';

const ORIGIN = [113.1, 36.19] as const;
const STREET = '140403001';
const C1 = '140403001001';
const C2 = '140403001002';
const C3 = '140403001003';

let t: TestDb;
let pool: AccessPool;
let app: ReturnType<typeof createApp>;
let noNet: ReturnType<typeof createApp>;

async function login(as: string): Promise<Client> {
  const c = new Client(app);
  const r = await c.login(as, PASSWORD);
  expect(r.status).toBe(200);
  return c;
}

describe('plan API', () => {
  beforeAll(async () => {
    t = await createTestDb();
    await seedRegistry(t.db);
    await t.db.tx((q) =>
      upsertDivisions(q, [
        { id: STREET, name: '英雄街道', level: 'street', parentId: A, lng: 113.11, lat: 36.2 },
        { id: C1, name: '英雄社区', level: 'community', parentId: STREET, lng: 113.116, lat: 36.196 },
        { id: C2, name: '东湖社区', level: 'community', parentId: STREET, lng: 113.128, lat: 36.212 },
        { id: C3, name: '西岭村', level: 'community', parentId: STREET, lng: 113.105, lat: 36.214 },
      ]),
    );
    // One compound next to the registry's facilities in A (covered), three far in the north (not covered), and one
    // off the network (never coverable).
    await t.db.query(
      `INSERT INTO residential_compounds (name, kind, division_id, street_id, community_id, lng, lat, residents, children_age0, children_age1, children_age2, synthetic) VALUES
        ('英雄小区', 'compound', $1, $2, $3, 113.1165, 36.1960, 3000, 3, 3, 4, true),
        ('东湖花园', 'compound', $1, $2, $4, 113.1280, 36.2120, 4000, 6, 7, 7, true),
        ('东湖雅苑', 'compound', $1, $2, $4, 113.1290, 36.2130, 2500, 5, 5, 5, true),
        ('西岭村', 'village', $1, $2, $5, 113.1050, 36.2140, 1500, 4, 4, 4, true)`,
      [A, STREET, C1, C2, C3],
    );
    pool = AccessPool.create(gridGraph(60, 60, 50, ORIGIN), { threads: 1 });
    const net = { pool, graph: pool.graph } as unknown as CityNetwork;
    app = createApp({ db: t.db, webRoot: null, network: () => net });
    noNet = createApp({ db: t.db, webRoot: null });
  });
  afterAll(async () => {
    await pool?.destroy();
    await t?.drop();
  });

  it('lets only officials plan (401 anonymous, 403 other roles) and scopes district officials to their division', async () => {
    expect((await new Client(app).get('/api/plan/candidates')).status).toBe(401);
    for (const role of ['guardian', 'teacher', 'director', 'health']) {
      const r = await (await login(role)).get('/api/plan/candidates');
      expect(r.status, role).toBe(403);
    }
    const city = await (await login('city')).get('/api/plan/candidates');
    expect(city.status).toBe(200);
    const kinds = city.body.items.map((c: { kind: string }) => c.kind).sort();
    expect(kinds).toEqual(['community_room', 'community_room', 'community_room', 'kindergarten']);
    expect(city.body.items.find((c: { name: string }) => c.name.startsWith('东湖社区服务用房'))).toMatchObject({ places: 20, synthetic: true, divisionId: A });
    const district = await login('district');
    expect((await district.get('/api/plan/candidates')).body.total).toBe(4);
    // paged: page + total, no silent cap
    expect(() => candidatePageSchema.parse(city.body)).not.toThrow();
    const first = await district.get('/api/plan/candidates?pageSize=3');
    expect(first.body).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(first.body.items).toHaveLength(3);
    const second = await district.get('/api/plan/candidates?pageSize=3&page=2');
    expect(second.body.items.map((x: { id: string }) => x.id)).toEqual(city.body.items.slice(3).map((x: { id: string }) => x.id));
    expect((await district.get('/api/plan/candidates?pageSize=3&page=9')).body).toMatchObject({ items: [], total: 4 });
    expect((await district.get('/api/plan/candidates?pageSize=500')).body.error.field).toBe('pageSize');
    const other = await district.get(`/api/plan/candidates?divisionId=${B}`);
    expect(other.status).toBe(403);
  });

  let runId = '';
  let sites: Array<{ id: string; name: string; newlyCovered: number }> = [];
  it('solves MCLP: proposed sites with the children they newly cover, coverage and places per 1,000 before/after', async () => {
    const c = await login('city');
    const r = await c.post('/api/plan/solve', { objective: 'coverage', p: 2, minutes: 15, candidates: { kinds: ['community_room'] } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const b = r.body;
    expect(b.solve).toMatchObject({ objectiveName: 'coverage', optimal: true, status: 'optimal', objective: 57, bound: 57, timeLimitHit: false });
    expect(b.coverage.before).toMatchObject({ children: 57, covered: 10 });
    expect(b.coverage.after).toMatchObject({ children: 57, covered: 57 });
    sites = b.sites;
    expect(sites.map((s) => [s.name.slice(0, 4), s.newlyCovered])).toEqual([
      ['东湖社区', 35],
      ['西岭村委', 12],
    ]);
    const a = b.coverage.divisions.find((d: { divisionId: string }) => d.divisionId === A);
    expect(a).toMatchObject({ children: 57, coveredBefore: 10, coveredAfter: 57, population: 1_000_000, placesAfter: a.placesBefore + 40 });
    expect(a.per1000After).toBeGreaterThan(a.per1000Before);
    expect(b.places.after - b.places.before).toBe(40);
    expect(b.newlyCovered).toHaveLength(3);
    expect(b.counts.stateBytes).toBeGreaterThan(0);
    expect(Date.parse(b.expiresAt) - Date.now()).toBeGreaterThan(23 * 3_600_000);
    expect(b).not.toHaveProperty('engine');
    expect(() => solveResponseSchema.parse(b)).not.toThrow(); // the answer is what the OpenAPI document says
    runId = b.runId;
  });

  it('answers what-if changes from incremental counters in well under 50 ms', async () => {
    const c = await login('city');
    const close = await c.post('/api/plan/whatif', { runId, change: { action: 'close', site: sites[0]!.id } });
    expect(close.status, JSON.stringify(close.body)).toBe(200);
    expect(close.body.before.covered).toBe(57);
    expect(close.body.delta.covered).toBe(-35);
    expect(close.body.delta.places).toBe(-20);
    expect(close.body.ms).toBeLessThan(50);
    expect(() => whatIfResponseSchema.parse(close.body)).not.toThrow();
    const places = await c.post('/api/plan/whatif', { runId, change: { action: 'places', site: sites[0]!.id, places: 50 } });
    expect(places.body.delta).toMatchObject({ covered: 0, places: 30 });
    const cands = (await c.get('/api/plan/candidates?kinds=community_room')).body.items as Array<{ id: string; name: string }>;
    const near = cands.find((x) => x.name.startsWith('英雄社区'))!;
    const move = await c.post('/api/plan/whatif', { runId, change: { action: 'move', site: sites[1]!.id, to: near.id } });
    expect(move.body.delta.covered).toBe(-12);
    // the base stays the plan: a change never accumulates
    const again = await c.post('/api/plan/whatif', { runId, change: { action: 'open', site: near.id } });
    expect(again.body.before.covered).toBe(57);
    const bad = await c.post('/api/plan/whatif', { runId, change: { action: 'open', site: 'nope' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0]).toMatchObject({ field: 'change.site', code: 'unknown_site' });
    const badMove = await c.post('/api/plan/whatif', { runId, change: { action: 'move', site: near.id, to: sites[0]!.id } });
    expect(badMove.body.error.issues[0]).toMatchObject({ field: 'change.site', code: 'not_open' });
    const unknownRun = await c.post('/api/plan/whatif', { runId: '6f1c2d9e-3a4b-4c5d-8e9f-0a1b2c3d4e5f', change: { action: 'close', site: sites[0]!.id } });
    expect(unknownRun.status).toBe(404);
    expect(unknownRun.body.error.field).toBe('runId');
  });

  it('rejects bad input with 400 naming the field', async () => {
    const c = await login('city');
    const cases: Array<[unknown, string]> = [
      [{ objective: 'coverage', p: 9, minutes: 15 }, 'p'],
      [{ objective: 'coverage', minutes: 15 }, 'p'],
      [{ objective: 'coverage', p: 1, minutes: -5 }, 'minutes'],
      [{ objective: 'coverage', p: 1, speedKmh: 0 }, 'speedKmh'],
      [{ objective: 'coverage', p: 1, timeLimitSeconds: 600 }, 'timeLimitSeconds'],
      [{ objective: 'setcover', targetShare: 1.5 }, 'targetShare'],
      [{ objective: 'nearest', p: 1 }, 'objective'],
      [{ objective: 'coverage', p: 1, extra: true }, 'extra'],
    ];
    for (const [body, field] of cases) {
      const r = await c.post('/api/plan/solve', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.field, JSON.stringify(r.body)).toBe(field);
    }
    // a compound off the street network can never be covered: covering everyone is infeasible
    await t.db.query(`INSERT INTO residential_compounds (name, kind, division_id, lng, lat, residents, children_age0, synthetic) VALUES ('远郊村', 'village', $1, 113.30, 36.40, 300, 2, true)`, [A]);
    try {
      const r = await c.post('/api/plan/solve', { objective: 'setcover', targetShare: 1, minutes: 15 });
      expect(r.status, JSON.stringify(r.body)).toBe(400);
      expect(r.body.error.field).toBe('targetShare');
      expect(r.body.error.message).toMatch(/infeasible/);
    } finally {
      await t.db.query(`DELETE FROM residential_compounds WHERE name = '远郊村'`);
    }
  });

  it('solves LSCP for a target share and p-median', async () => {
    const c = await login('city');
    const lscp = await c.post('/api/plan/solve', { objective: 'setcover', targetShare: 1, minutes: 15 });
    expect(lscp.status, JSON.stringify(lscp.body)).toBe(200);
    expect(lscp.body.solve).toMatchObject({ objective: 2, optimal: true });
    expect(lscp.body.coverage.after.share).toBe(1);
    const median = await c.post('/api/plan/solve', { objective: 'median', p: 1, minutes: 15 });
    expect(median.status, JSON.stringify(median.body)).toBe(200);
    expect(median.body.sites).toHaveLength(1);
    expect(median.body.solve.bound).not.toBeNull();
  });

  let scenarioId = '';
  it('saves, lists, reads, exports, renames and deletes scenarios within scope', async () => {
    const c = await login('city');
    const bad = await c.post('/api/plan/scenarios', { name: '', runId });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('name');
    const s = await c.post('/api/plan/scenarios', { name: '东湖+西岭', runId });
    expect(s.status, JSON.stringify(s.body)).toBe(201);
    scenarioId = s.body.id;
    expect(s.body).toMatchObject({ name: '东湖+西岭', divisionId: null, request: { objective: 'coverage', p: 2, minutes: 15 } });
    expect(s.body.result.coverage.after.covered).toBe(57);
    expect(() => scenarioSchema.parse(s.body)).not.toThrow();
    const list = await c.get('/api/plan/scenarios');
    expect(list.body).toMatchObject({ total: 1, page: 1, pageSize: 50 });
    expect(() => scenarioPageSchema.parse(list.body)).not.toThrow();
    expect(list.body.items[0]).toMatchObject({ id: scenarioId, objective: 'coverage', p: 2, coveredBefore: 10, coveredAfter: 57 });
    // a district official sees only scenarios of their division
    expect((await (await login('district')).get('/api/plan/scenarios')).body.items).toHaveLength(0);
    expect((await (await login('district')).get(`/api/plan/scenarios/${scenarioId}`)).status).toBe(404);
    const geo = await c.get(`/api/plan/scenarios/${scenarioId}/export?format=geojson`);
    expect(geo.status).toBe(200);
    expect(geo.headers.get('content-type')).toContain('geo+json');
    const fc = typeof geo.body === 'string' ? JSON.parse(geo.body) : geo.body;
    expect(fc.features.filter((f: { properties: { role: string } }) => f.properties.role === 'new')).toHaveLength(2);
    expect(() => scenarioGeoJsonSchema.parse(fc)).not.toThrow();
    const xlsx = await new Client(app).req('GET', `/api/plan/scenarios/${scenarioId}/export?format=xlsx`, undefined, { cookie: c.cookie });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    // what-if against the saved scenario (rebuilt on demand)
    const w = await c.post('/api/plan/whatif', { scenarioId, change: { action: 'close', site: sites[0]!.id } });
    expect(w.status, JSON.stringify(w.body)).toBe(200);
    expect(w.body).toMatchObject({ delta: { covered: -35 }, rebuilt: false });
    // a scenario saved before states were kept is rebuilt from live data once
    const [old] = await t.db.query<{ id: string }>(
      `INSERT INTO plan_scenarios (name, owner_id, division_id, request, result) SELECT name || '（旧）', owner_id, division_id, request, result FROM plan_scenarios WHERE id = $1 RETURNING id::text`,
      [scenarioId],
    );
    const legacy = await c.post('/api/plan/whatif', { scenarioId: old!.id, change: { action: 'close', site: sites[0]!.id } });
    expect(legacy.body).toMatchObject({ delta: { covered: -35 }, rebuilt: true });
    expect((await c.post('/api/plan/whatif', { scenarioId: old!.id, change: { action: 'close', site: sites[1]!.id } })).body).toMatchObject({ delta: { covered: -12 }, rebuilt: false });
    const oldXlsx = await new Client(app).req('GET', `/api/plan/scenarios/${old!.id}/export?format=xlsx`, undefined, { cookie: c.cookie });
    expect(oldXlsx.status).toBe(200);
    expect((await c.req('DELETE', `/api/plan/scenarios/${old!.id}`)).status).toBe(204);
    const renamed = await c.patch(`/api/plan/scenarios/${scenarioId}`, { name: '方案甲' });
    expect(renamed.body.name).toBe('方案甲');
    expect((await c.req('DELETE', `/api/plan/scenarios/${scenarioId}`)).status).toBe(204);
    expect((await c.get(`/api/plan/scenarios/${scenarioId}`)).status).toBe(404);
  });

  it('stores uploaded GeoJSON points as candidates of the uploader, and checks every point', async () => {
    const d = await login('district');
    const fc = { type: 'FeatureCollection', name: 'rooms.geojson', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [113.125, 36.21] }, properties: { name: '东湖物业闲置用房', places: 25 } }] };
    const r = await d.post('/api/plan/candidates', fc);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.items[0]).toMatchObject({ name: '东湖物业闲置用房', kind: 'uploaded', divisionId: A, places: 25, source: 'upload:rooms.geojson' });
    expect((await d.get('/api/plan/candidates?kinds=uploaded')).body.total).toBe(1);
    // uploads are the uploader's own
    expect((await (await login('city')).get('/api/plan/candidates?kinds=uploaded')).body.total).toBe(0);
    const badCoord = await d.post('/api/plan/candidates', { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [200, 36.2] }, properties: {} }] });
    expect(badCoord.status).toBe(400);
    expect(badCoord.body.error.field).toBe('features.0.geometry.coordinates.0');
    const outside = await d.post('/api/plan/candidates', { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [113.125, 36.21] }, properties: { divisionId: B } }] });
    expect(outside.status).toBe(403);
    // the district official's plan uses their division only, uploads included
    const plan = await d.post('/api/plan/solve', { objective: 'coverage', p: 1, minutes: 15, candidates: { kinds: ['uploaded'] } });
    expect(plan.status, JSON.stringify(plan.body)).toBe(200);
    expect(plan.body.sites[0]).toMatchObject({ name: '东湖物业闲置用房', newlyCovered: 35 });
    expect(plan.body.coverage.divisions.map((x: { divisionId: string }) => x.divisionId)).toEqual([A]);
    expect((await d.req('DELETE', `/api/plan/candidates/${r.body.items[0].id}`)).status).toBe(204);
  });

  it('keeps runs in PostgreSQL: another app instance on the same database (a replica, even without the walking network) answers what-ifs on them and saves them', async () => {
    const c = await login('city');
    const solved = await c.post('/api/plan/solve', { objective: 'coverage', p: 2, minutes: 15, candidates: { kinds: ['community_room'] } });
    expect(solved.status).toBe(200);
    const db2 = new Db(t.url, 4);
    try {
      const replica = new Client(createApp({ db: db2, webRoot: null }));
      replica.cookie = c.cookie;
      replica.csrf = c.csrf;
      const w = await replica.post('/api/plan/whatif', { runId: solved.body.runId, change: { action: 'close', site: solved.body.sites[0].id } });
      expect(w.status, JSON.stringify(w.body)).toBe(200);
      expect(w.body).toMatchObject({ before: { covered: 57 }, delta: { covered: -35 }, rebuilt: false });
      const s = await replica.post('/api/plan/scenarios', { name: '副本上保存', runId: solved.body.runId });
      expect(s.status, JSON.stringify(s.body)).toBe(201);
      expect(s.body.result.runId).toBe(solved.body.runId);
      expect((await c.get(`/api/plan/scenarios/${s.body.id}`)).body.name).toBe('副本上保存');
      // solving needs the walking network: that replica says so
      expect((await replica.post('/api/plan/solve', { objective: 'coverage', p: 1 })).status).toBe(503);
    } finally {
      await db2.close();
    }
  });

  it('keeps runs per owner: another planner never sees them, and their solves never push them out', async () => {
    const city = await login('city');
    const mine = await city.post('/api/plan/solve', { objective: 'coverage', p: 1, minutes: 15, candidates: { kinds: ['community_room'] } });
    const change = { action: 'close', site: mine.body.sites[0].id };
    // the admin plans the whole city too, but the run is the city official's
    expect((await (await login('admin')).post('/api/plan/whatif', { runId: mine.body.runId, change })).status).toBe(404);
    // a district official solves more often than a process-wide list of 8 ever held
    const district = await login('district');
    for (let k = 0; k < 9; k++) expect((await district.post('/api/plan/solve', { objective: 'coverage', p: 1, minutes: 15, candidates: { kinds: ['community_room'] } })).status).toBe(200);
    expect((await district.post('/api/plan/whatif', { runId: mine.body.runId, change })).status).toBe(404);
    expect((await city.post('/api/plan/whatif', { runId: mine.body.runId, change })).status).toBe(200);
    // a planner keeps their newest runs: their own oldest go first
    const districtId = (await t.db.query<{ id: string }>(`SELECT id FROM users WHERE username = 'district'`))[0]!.id;
    for (let k = 0; k < RUNS_PER_OWNER; k++) await insertFixtureRun(t.db, districtId, A);
    await district.post('/api/plan/solve', { objective: 'coverage', p: 1, minutes: 15, candidates: { kinds: ['community_room'] } });
    const counts = await t.db.query<{ owner: string; n: number }>(`SELECT u.username AS owner, count(*)::int AS n FROM plan_runs r JOIN users u ON u.id = r.owner_id GROUP BY 1`);
    expect(Object.fromEntries(counts.map((r) => [r.owner, r.n]))).toMatchObject({ district: RUNS_PER_OWNER });
    expect((await city.post('/api/plan/whatif', { runId: mine.body.runId, change })).status).toBe(200);
  });

  it('lets runs expire: a what-if on an expired run is 404 naming runId, and the next solve deletes it', async () => {
    const c = await login('city');
    const r = await c.post('/api/plan/solve', { objective: 'coverage', p: 1, minutes: 15, candidates: { kinds: ['community_room'] } });
    await t.db.query(`UPDATE plan_runs SET created_at = now() - interval '2 days', expires_at = now() - interval '1 day' WHERE id = $1`, [r.body.runId]);
    const w = await c.post('/api/plan/whatif', { runId: r.body.runId, change: { action: 'close', site: r.body.sites[0].id } });
    expect(w.status).toBe(404);
    expect(w.body.error.field).toBe('runId');
    expect((await c.post('/api/plan/scenarios', { name: '过期', runId: r.body.runId })).status).toBe(404);
    await c.post('/api/plan/solve', { objective: 'coverage', p: 1, minutes: 15, candidates: { kinds: ['community_room'] } });
    expect(await t.db.query(`SELECT id FROM plan_runs WHERE id = $1`, [r.body.runId])).toEqual([]);
  });

  it('says when a solve hits its time limit and returns its best plan with the bound', async () => {
    // a denser instance (900 compounds with uneven children, 400 uploaded candidates, p = 25 at 6 minutes) whose
    // Lagrangian bound leaves a gap that HiGHS cannot close in 0.05 s
    await t.db.query(
      `INSERT INTO residential_compounds (name, kind, division_id, lng, lat, residents, children_age0, synthetic)
       SELECT 'g' || i || '-' || j, 'block', $1, 113.1 + i * 0.00105, 36.19 + j * 0.00085, 100, 1 + ((i * 7 + j * 13 + i * j) % 11), false
       FROM generate_series(0, 29) i, generate_series(0, 29) j`,
      [A],
    );
    const fc = { type: 'FeatureCollection', features: Array.from({ length: 400 }, (_, k) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [113.1005 + (k % 20) * 0.00155, 36.1905 + Math.floor(k / 20) * 0.00125] }, properties: { name: `候选${k}`, divisionId: A } })) };
    const c = await login('city');
    expect((await c.post('/api/plan/candidates', fc)).status).toBe(201);
    const r = await c.post('/api/plan/solve', { objective: 'coverage', p: 25, minutes: 6, timeLimitSeconds: 0.01, candidates: { kinds: ['uploaded'] } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.sites).toHaveLength(25);
    expect(r.body.solve.bound).toBeGreaterThanOrEqual(r.body.solve.objective);
    expect(r.body.solve).toMatchObject({ status: 'time_limit', timeLimitHit: true, optimal: false });
    expect(r.body.solve.bound).toBeGreaterThan(r.body.solve.objective);
    expect(r.body.solve.message).toMatch(/time limit/);
  });

  it('answers 503 without a walking network', async () => {
    const c = new Client(noNet);
    await c.login('city', PASSWORD);
    const r = await c.post('/api/plan/solve', { objective: 'coverage', p: 1, minutes: 15 });
    expect(r.status).toBe(503);
  });
});
