/**
 * The access endpoints on a real OpenStreetMap extract (Beijing, BUPT campus; © OpenStreetMap contributors, ODbL):
 * roads for the map, isochrones around a facility and a clicked point, coverage of children in compounds, and the
 * 4xx/503 answers for bad input or no network.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client } from '../../../test/http.ts';
import { facilityInput, seedRegistry, A } from '../../../test/registry-fixture.ts';
import { reposFor, systemCaller } from '../../db/repos/index.ts';
import { facilityInputSchema } from '../../care/facility.ts';
import { CityNetwork } from './service.ts';
import { accessStatusSchema, coverageSchema, isochronesSchema, roadsSchema } from './routes.ts';

const OSM = fileURLToPath(new URL('../../../../shared/data/osm/beijing-bupt-haidian.osm', import.meta.url));
const have = existsSync(OSM);
if (!have) console.warn(`skipping access API tests: ${OSM} not found (../shared/data/osm)`);

let t: TestDb;
let net: CityNetwork;
let app: ReturnType<typeof createApp>;
let facilityId: string;

describe.skipIf(!have)('access API on a real OSM extract', () => {
  beforeAll(async () => {
    t = await createTestDb();
    await seedRegistry(t.db);
    // A facility in the middle of the campus, two compounds of children: one near, one far outside the extract.
    const f = await reposFor(t.db, systemCaller('test')).facilities.create(facilityInputSchema.parse(facilityInput({ name: '北邮社区托育点', location: { lng: 116.3525, lat: 39.9605 }, filingNumber: 'BJ1' })));
    facilityId = f.id;
    await t.db.query(
      `INSERT INTO residential_compounds (name, kind, division_id, lng, lat, residents, children_age0, children_age1, children_age2)
       VALUES ('近的小区', 'compound', $1, 116.3510, 39.9620, 800, 3, 4, 5), ('远的小区', 'compound', $1, 116.30, 39.90, 600, 2, 2, 2)`,
      [A],
    );
    net = await CityNetwork.load({ osmPath: OSM });
    app = createApp({ db: t.db, webRoot: null, network: () => net });
  });
  afterAll(async () => {
    await net?.close();
    await t?.drop();
  });

  it('reports the network and serves the roads layer', async () => {
    const c = new Client(app);
    const s = await c.get('/api/access/status');
    expect(s.body.loaded).toBe(true);
    expect(s.body.nodes).toBeGreaterThan(400);
    expect(s.body.attribution).toMatch(/OpenStreetMap/);
    const roads = await c.get('/api/access/roads.geojson');
    expect(roads.headers.get('content-type')).toContain('geo+json');
    expect(roads.body.features.length).toBeGreaterThan(100);
    expect(roads.body.features[0].geometry.type).toBe('LineString');
    // the answers are what the OpenAPI document says they are
    expect(accessStatusSchema.safeParse(s.body).error).toBeUndefined();
    expect(roadsSchema.safeParse(roads.body).error).toBeUndefined();
  });

  it('draws nested isochrones around a facility and around a clicked point', async () => {
    const c = new Client(app);
    const r = await c.get(`/api/access/isochrones?facility=${facilityId}&minutes=5,10`);
    expect(r.status).toBe(200);
    const polys = r.body.features as Array<{ properties: { minutes: number; facility: string }; geometry: { type: string } }>;
    expect(polys.map((p) => p.properties.minutes).sort()).toEqual([10, 5].sort());
    expect(polys.every((p) => p.geometry.type === 'MultiPolygon' || p.geometry.type === 'Polygon')).toBe(true);
    const p = await c.get('/api/access/isochrones?lng=116.352&lat=39.961&minutes=15');
    expect(p.status).toBe(200);
    expect(p.body.features.length).toBeGreaterThan(0);
    expect(isochronesSchema.safeParse(r.body).error).toBeUndefined();
    expect(isochronesSchema.safeParse(p.body).error).toBeUndefined();
  });

  it('measures coverage of children within 15 minutes, overall and by division', async () => {
    const r = await new Client(app).get('/api/access/coverage?minutes=15');
    expect(r.status).toBe(200);
    expect(r.body.summary).toMatchObject({ children: 18, covered: 12, demandPoints: 2 });
    expect(r.body.summary.share).toBeCloseTo(12 / 18, 6);
    expect(r.body.divisions).toEqual([expect.objectContaining({ divisionId: A, name: '潞州区', children: 18, covered: 12 })]);
    expect(coverageSchema.safeParse(r.body).error).toBeUndefined();
    expect(r.body.distribution.bins.length).toBeGreaterThan(1);
  });

  it('rejects bad parameters naming the field', async () => {
    const c = new Client(app);
    const bad = [
      ['/api/access/coverage?minutes=0', 'minutes'],
      ['/api/access/coverage?speedKmh=-1', 'speedKmh'],
      ['/api/access/isochrones?lng=200&lat=39', 'lng'],
      ['/api/access/isochrones?minutes=5,abc&lng=116.35&lat=39.96', 'minutes'],
      ['/api/access/isochrones', 'lng'],
    ] as const;
    for (const [url, field] of bad) {
      const r = await c.get(url);
      expect(r.status, url).toBe(400);
      expect(r.body.error.field, url).toBe(field);
    }
    expect((await c.get('/api/access/isochrones?facility=00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('names the rule of the walking minutes by code and parameters (what the UI translates)', async () => {
    const c = new Client(app);
    const codes = [
      ['minutes=5,abc', 'minutes_list', undefined],
      ['minutes=5,99', 'minutes_range', { maximum: 60 }],
      ['minutes=1,2,3,4,5,6,7', 'too_many', { maximum: 6 }],
    ] as const;
    for (const [q, code, params] of codes) {
      const r = await c.get(`/api/access/isochrones?${q}&lng=116.35&lat=39.96`);
      expect(r.status, q).toBe(400);
      expect(r.body.error.issues[0], q).toMatchObject({ field: 'minutes', code, ...(params ? { params } : {}) });
    }
  });

  it('answers 503 with a clear message when no network is loaded', async () => {
    const bare = createApp({ db: t.db, webRoot: null });
    const r = await new Client(bare).get('/api/access/coverage');
    expect(r.status).toBe(503);
    expect(r.body.error.message).toMatch(/no walking network/);
    expect((await new Client(bare).get('/api/access/status')).body.loaded).toBe(false);
  });
});
