/**
 * The access matrix: every role × every endpoint × own/other resource gives the expected status. "Own" means the
 * caller's facility (director, teacher), division (district official), child (guardian) or signed facility
 * (health worker); "other" is the same kind of resource elsewhere. 404 is expected where existence itself is
 * private (children outside the caller's scope).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { Client } from '../../test/http.ts';
import { A, B, facilityInput, PASSWORD, seedRegistry, USERNAMES, type RegistryFixture } from '../../test/registry-fixture.ts';
import { facilityInputSchema } from '../care/facility.ts';
import { reposFor, systemCaller, type Role } from '../db/repos/index.ts';

type Who = Role | 'anonymous';
const WHO: Who[] = ['anonymous', 'guardian', 'teacher', 'director', 'health_worker', 'district_official', 'city_official', 'admin'];

let t: TestDb;
let fx: RegistryFixture;
let app: ReturnType<typeof createApp>;
const clients = new Map<Who, Client>();
let n = 0;

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  app = createApp({ db: t.db, webRoot: null });
  for (const w of WHO) {
    const c = new Client(app);
    if (w !== 'anonymous') expect((await c.login(USERNAMES[w], PASSWORD)).status).toBe(200);
    clients.set(w, c);
  }
});
afterAll(async () => t?.drop());

/** A throwaway community point in county A ("own" for the district official) or B ("other"). */
async function scratchFacility(division: string): Promise<string> {
  const f = await reposFor(t.db, systemCaller('test')).facilities.create(
    facilityInputSchema.parse(facilityInput({ name: `矩阵测试点${++n}`, divisionId: division, filingNumber: `M${n}` })),
  );
  return f.id;
}

interface Case {
  name: string;
  run: (c: Client, who: Who) => Promise<number>;
  expect: Record<Who, number>;
}

const all = (s: number) => Object.fromEntries(WHO.map((w) => [w, s])) as Record<Who, number>;
const roles = (base: number, over: Partial<Record<Who, number>>) => ({ ...all(base), ...over });

const cases: Case[] = [
  { name: 'GET /api/facilities', run: async (c) => (await c.get('/api/facilities')).status, expect: all(200) },
  { name: 'GET /api/facilities/:id', run: async (c) => (await c.get(`/api/facilities/${fx.pointB}`)).status, expect: all(200) },
  { name: 'GET /api/facilities.geojson', run: async (c) => (await c.get('/api/facilities.geojson')).status, expect: all(200) },
  { name: 'GET /api/divisions', run: async (c) => (await c.get('/api/divisions')).status, expect: all(200) },
  { name: 'GET /api/network/tree', run: async (c) => (await c.get('/api/network/tree')).status, expect: all(200) },
  { name: 'GET /api/auth/me', run: async (c) => (await c.get('/api/auth/me')).status, expect: roles(200, { anonymous: 401 }) },
  {
    name: 'POST /api/facilities (own division)',
    run: async (c) => (await c.post('/api/facilities', facilityInput({ name: `矩阵新建A${++n}`, divisionId: A, filingNumber: `A${n}` }))).status,
    expect: roles(403, { anonymous: 401, district_official: 201, city_official: 201, admin: 201 }),
  },
  {
    name: 'POST /api/facilities (other division)',
    run: async (c) => (await c.post('/api/facilities', facilityInput({ name: `矩阵新建B${++n}`, divisionId: B, filingNumber: `B${n}` }))).status,
    expect: roles(403, { anonymous: 401, city_official: 201, admin: 201 }),
  },
  {
    name: 'PATCH /api/facilities/:own',
    run: async (c, who) => {
      const id = who === 'director' || who === 'teacher' ? fx.pointA : await scratchFacility(A);
      return (await c.patch(`/api/facilities/${id}`, { outdoorAreaM2: 100 + n })).status;
    },
    expect: roles(403, { anonymous: 401, director: 200, district_official: 200, city_official: 200, admin: 200 }),
  },
  {
    name: 'PATCH /api/facilities/:other',
    run: async (c) => (await c.patch(`/api/facilities/${await scratchFacility(B)}`, { outdoorAreaM2: 99 })).status,
    expect: roles(403, { anonymous: 401, city_official: 200, admin: 200 }),
  },
  {
    name: 'PATCH /api/facilities/:missing',
    run: async (c) => (await c.patch('/api/facilities/00000000-0000-4000-8000-000000000000', { outdoorAreaM2: 99 })).status,
    expect: roles(404, { anonymous: 401 }),
  },
  {
    name: 'POST /api/facilities/:own/archive',
    run: async (c) => (await c.post(`/api/facilities/${await scratchFacility(A)}/archive`)).status,
    expect: roles(403, { anonymous: 401, district_official: 200, city_official: 200, admin: 200 }),
  },
  {
    name: 'POST /api/facilities/:other/archive',
    run: async (c) => (await c.post(`/api/facilities/${await scratchFacility(B)}/archive`)).status,
    expect: roles(403, { anonymous: 401, city_official: 200, admin: 200 }),
  },
  {
    name: 'POST /api/facilities/import',
    run: async (c) => (await c.post('/api/facilities/import', `name,tier,ownership,division_id,address,lng,lat\n矩阵导入${++n},community,affordable,${A},潞州区某路1号,113.1,36.2\n`, { 'content-type': 'text/csv' })).status,
    expect: roles(403, { anonymous: 401, district_official: 200, city_official: 200, admin: 200 }),
  },
  {
    name: 'GET /api/facilities/export',
    run: async (c) => (await c.get('/api/facilities/export?format=csv')).status,
    expect: roles(403, { anonymous: 401, district_official: 200, city_official: 200, admin: 200 }),
  },
  {
    name: 'GET /api/children',
    run: async (c) => (await c.get('/api/children')).status,
    expect: roles(403, { anonymous: 401, guardian: 200, teacher: 200, director: 200, health_worker: 200 }),
  },
  {
    name: 'GET /api/children/:own',
    run: async (c) => (await c.get(`/api/children/${fx.childA}`)).status,
    expect: roles(403, { anonymous: 401, guardian: 200, teacher: 200, director: 200, health_worker: 200 }),
  },
  {
    name: 'GET /api/children/:other',
    run: async (c) => (await c.get(`/api/children/${fx.childB}`)).status,
    expect: roles(403, { anonymous: 401, guardian: 404, teacher: 404, director: 404, health_worker: 404 }),
  },
];

describe('access matrix', () => {
  for (const k of cases) {
    it(k.name, async () => {
      const got: Record<string, number> = {};
      for (const w of WHO) got[w] = await k.run(clients.get(w)!, w);
      expect(got).toEqual(k.expect);
    });
  }

  it('a director may not change bureau-only fields of their own facility', async () => {
    const c = clients.get('director')!;
    for (const [field, value] of [['tier', 'private'], ['filingStatus', 'revoked'], ['divisionId', B]] as const) {
      const r = await c.patch(`/api/facilities/${fx.pointA}`, { [field]: value });
      expect(r.status).toBe(403);
      expect(r.body.error.field).toBe(field);
    }
  });

  it('a district official may not move a facility out of their division', async () => {
    const id = await scratchFacility(A);
    const r = await clients.get('district_official')!.patch(`/api/facilities/${id}`, { divisionId: B });
    expect(r.status).toBe(403);
    expect(r.body.error.field).toBe('divisionId');
  });
});
