/**
 * "No request ever yields a 500": random methods, paths, query strings, headers and bodies (fast-check) against
 * every route, as anonymous and as a logged-in official, always get a status below 500 and our error shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createApp } from './app.ts';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { Client } from '../../test/http.ts';
import { PASSWORD, seedRegistry, type RegistryFixture } from '../../test/registry-fixture.ts';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CityNetwork } from './access/service.ts';

// A real street network for the access and planning routes (skipped, with the rest still fuzzed, when absent).
const OSM = fileURLToPath(new URL('../../../shared/data/osm/beijing-bupt-haidian.osm', import.meta.url));
let net: CityNetwork | null = null;

let t: TestDb;
let fx: RegistryFixture;
let app: ReturnType<typeof createApp>;
let city: Client;

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  if (existsSync(OSM)) net = await CityNetwork.load({ osmPath: OSM });
  app = createApp({ db: t.db, webRoot: null, network: () => net });
  city = new Client(app);
  await city.login('city', PASSWORD);
  documented = Object.keys(((await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> }).paths);
});
afterAll(async () => {
  await net?.close();
  await t?.drop();
});

let documented: string[] = [];

/**
 * Every path of the OpenAPI document (so new operations are fuzzed too), with fixture ids, malformed ids and a few
 * paths that are not routes at all.
 */
const paths = () => [
  ...documented.flatMap((p) => (p.includes('{') ? [p.replace(/\{id\}/g, fx.pointA).replace(/\{(\w+)\}/g, 'x'), p.replace(/\{(\w+)\}/g, '00000000-0000-4000-8000-000000000000'), p.replace(/\{(\w+)\}/g, 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz')] : [p])),
  `/api/children/${fx.childA}`,
  '/api/facilities/%E4%B8%AD',
  '/api/facilities/../../etc/passwd',
  `/api/users/${fx.users.teacher}`,
  '/api/%00',
];

const jsonish = fc.oneof(
  fc.json(),
  fc.string(),
  fc.constant('{"name":'),
  fc.record({ name: fc.string(), tier: fc.string(), classes: fc.array(fc.record({ name: fc.string(), band: fc.string(), capacity: fc.integer() })) }),
  fc.record({ location: fc.record({ lng: fc.double(), lat: fc.double() }), version: fc.oneof(fc.integer(), fc.string()) }),
  fc.record({ objective: fc.constantFrom('coverage', 'median', 'center', 'setcover', 'capacitated', 'x'), p: fc.oneof(fc.integer({ min: -2, max: 50 }), fc.string()), minutes: fc.oneof(fc.double(), fc.integer({ min: -5, max: 90 })), targetShare: fc.double(), timeLimitSeconds: fc.constantFrom(1, 2, -1, 0, 1e9) }, { requiredKeys: [] }),
  fc.dictionary(fc.string(), fc.anything()).map((o) => JSON.stringify(o)),
);

describe('robustness', () => {
  it('answers a well-formed but non-UUID id with 404 naming the id, as for any unknown id', async () => {
    for (const path of ['/api/facilities/zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz', '/api/children/zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz', '/api/plan/scenarios/zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz']) {
      const r = await city.get(path);
      expect(r.status, path).toBe(path.includes('children') ? 403 : 404);
      if (r.status === 404) expect(r.body.error.issues?.[0]?.code ?? r.body.error.code).toMatch(/not_found/);
    }
    const r = await city.patch('/api/facilities/zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz', { outdoorAreaM2: 1 });
    expect(r.status).toBe(404);
    expect(r.body.error.field).toBe('id');
  });

  it('never answers 500, whatever is sent', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PATCH', 'PUT', 'DELETE'),
        fc.constantFrom(...paths()),
        fc.dictionary(fc.constantFrom('page', 'pageSize', 'tier', 'free', 'band', 'q', 'division', 'format', 'level', 'x', 'minutes', 'speedKmh', 'lng', 'lat', 'facility', 'crs'), fc.string({ maxLength: 12 })),
        jsonish,
        fc.constantFrom('application/json', 'text/csv', 'application/geo+json', 'text/plain', 'application/octet-stream', ''),
        fc.boolean(),
        async (method, path, query, body, type, loggedIn) => {
          const qs = new URLSearchParams(query).toString();
          const c = loggedIn ? city : new Client(app);
          const payload = method === 'GET' ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
          const r = await c.req(method, qs ? `${path}?${qs}` : path, payload, type ? { 'content-type': type } : {});
          if (r.status >= 500) throw new Error(`${method} ${path}?${qs} (${type}) → ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
          if (r.status >= 400) expect(r.body?.error?.code, `${method} ${path}`).toEqual(expect.any(String));
        },
      ),
      { numRuns: 400, seed: 20261129 },
    );
  });
});
