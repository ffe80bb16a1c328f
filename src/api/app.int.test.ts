/**
 * The registry API against a real PostgreSQL: public reads, login/session/CSRF/rate limit, validation (fields
 * named, unknown fields rejected, 413 for oversized bodies), optimistic locking under concurrency, and the audit
 * trail of children's records.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { Client } from '../../test/http.ts';
import { A, B, facilityInput, PASSWORD, seedRegistry, type RegistryFixture } from '../../test/registry-fixture.ts';
import { facilityCollectionSchema, facilitySchema } from './facilities/schemas.ts';

let t: TestDb;
let fx: RegistryFixture;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  app = createApp({ db: t.db, webRoot: null });
});
afterAll(async () => t?.drop());

const anon = () => new Client(app);
async function as(username: string): Promise<Client> {
  const c = new Client(app);
  const r = await c.login(username, PASSWORD);
  expect(r.status).toBe(200);
  return c;
}

describe('public registry', () => {
  it('lists facilities with filters and pagination', async () => {
    const all = await anon().get('/api/facilities?pageSize=2');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(5);
    expect(all.body.items).toHaveLength(2);
    expect(all.body.items[0].tier).toBe('municipal_centre');
    const centres = await anon().get('/api/facilities?tier=county_centre');
    expect(centres.body.items.map((f: { name: string }) => f.name).sort()).toEqual(['潞城区公办托育中心', '潞州区公办综合托育中心']);
    const inB = await anon().get(`/api/facilities?division=${B}`);
    expect(inB.body.total).toBe(2);
    const q = await anon().get(`/api/facilities?q=${encodeURIComponent('妈妈宝屋')}`);
    expect(q.body.items).toHaveLength(1);
    const temp = await anon().get('/api/facilities?mode=temporary&tier=community');
    expect(temp.body.total).toBe(2);
    const infantsFree = await anon().get('/api/facilities?band=infant&free=true');
    expect(infantsFree.body.items.map((f: { id: string }) => f.id)).toEqual([fx.municipal]);
    const page2 = await anon().get('/api/facilities?pageSize=2&page=3');
    expect(page2.body.items).toHaveLength(1);
    expect(page2.body.total).toBe(5);
  });

  it('reads one facility with classes, places, supervisor and medical partner', async () => {
    const r = await anon().get(`/api/facilities/${fx.pointA}`);
    expect(r.status).toBe(200);
    expect(r.body.classes[0]).toMatchObject({ band: 'toddler_small', capacity: 15, enrolled: 1, free: 14 });
    expect(r.body.supervisor).toMatchObject({ id: fx.centreA, tier: 'county_centre' });
    expect(r.body.medicalPartner?.name).toBe('长治市妇幼保健院');
    expect(r.body.canEdit).toBe(false);
    expect(r.body.minMonthlyPrice).toBe(1500);
    expect(r.body.monthlyPrices).toEqual([{ mode: 'full_day', price: 1500 }]);
    expect(facilitySchema.safeParse(r.body).error).toBeUndefined();
  });

  it('serves the 1+12+N tree, divisions with places per 1,000 and GeoJSON', async () => {
    const tree = await anon().get('/api/network/tree');
    expect(tree.body.root.id).toBe(fx.municipal);
    expect(tree.body.root.children.map((n: { id: string }) => n.id).sort()).toEqual([fx.centreA, fx.centreB].sort());
    const a = tree.body.root.children.find((n: { id: string }) => n.id === fx.centreA);
    expect(a.children.map((n: { id: string }) => n.id)).toEqual([fx.pointA]);
    const div = await anon().get(`/api/divisions/${A}`);
    expect(div.body).toMatchObject({ name: '潞州区', facilities: 3, places: 10 + 20 + 15, placesPer1000: 0.05 });
    const geo = await anon().get('/api/facilities.geojson?tier=community');
    expect(geo.headers.get('content-type')).toContain('application/geo+json');
    expect(geo.body.features).toHaveLength(2);
    expect(geo.body.features[0].geometry.type).toBe('Point');
    expect(facilityCollectionSchema.safeParse(geo.body).error).toBeUndefined();
    const dgeo = await anon().get('/api/divisions.geojson');
    expect(dgeo.body.features).toHaveLength(2);
  });

  it('publishes an OpenAPI 3.1 document and a docs page', async () => {
    const doc = await anon().get('/api/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/facilities', '/api/facilities/{id}', '/api/auth/login', '/api/network/tree']));
    const page = await anon().get('/api/docs');
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('CareCircle API');
  });

  it('answers unknown endpoints and bad ids with 404, never 500', async () => {
    expect((await anon().get('/api/nope')).status).toBe(404);
    expect((await anon().get('/api/facilities/not-a-uuid')).status).toBe(404);
    expect((await anon().get('/api/facilities/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const bad = await anon().get('/api/facilities?tier=castle');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('tier');
    const unknownParam = await anon().get('/api/facilities?colour=red');
    expect(unknownParam.status).toBe(400);
    expect(unknownParam.body.error.field).toBe('colour');
  });
});

describe('sessions', () => {
  it('logs in, reports the session, logs out', async () => {
    const c = anon();
    const before = await c.get('/api/auth/me');
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ user: null, csrfToken: null });
    expect(before.body.capabilities.facility).toEqual({ read: 'all' });
    expect(before.body.capabilities.child).toBeUndefined();
    const r = await c.login('director', PASSWORD);
    expect(r.body.capabilities.facility).toMatchObject({ read: 'all', update: 'own_facility' });
    expect(r.body.capabilities.facility_registration).toEqual({ read: 'all' });
    expect(r.body.user).toMatchObject({ username: 'director', role: 'director', facilityId: fx.pointA });
    expect(r.body.user.password_hash).toBeUndefined();
    expect(c.cookie).toMatch(/^cc_session=/);
    const me = await c.get('/api/auth/me');
    expect(me.body.csrfToken).toBe(c.csrf);
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    const after = await c.get('/api/auth/me');
    expect(after.status).toBe(200);
    expect(after.body.user).toBeNull();
  });

  it('sets an HttpOnly SameSite cookie', async () => {
    const r = await anon().req('POST', '/api/auth/login', { username: 'teacher', password: PASSWORD });
    const cookie = r.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
  });

  it('marks the cookie Secure behind a trusted HTTPS proxy, and only then', async () => {
    const proxied = new Client(createApp({ db: t.db, webRoot: null, trustProxy: true }));
    const https = await proxied.req('POST', '/api/auth/login', { username: 'teacher', password: PASSWORD }, { 'x-forwarded-proto': 'https' });
    expect(https.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    const http = await proxied.req('POST', '/api/auth/login', { username: 'teacher', password: PASSWORD }, { 'x-forwarded-proto': 'http' });
    expect(http.headers.get('set-cookie')).not.toMatch(/Secure/i);
    // Without --trust-proxy the header is not believed.
    const direct = await anon().req('POST', '/api/auth/login', { username: 'teacher', password: PASSWORD }, { 'x-forwarded-proto': 'https' });
    expect(direct.headers.get('set-cookie')).not.toMatch(/Secure/i);
    const always = await new Client(createApp({ db: t.db, webRoot: null, secureCookies: true })).req('POST', '/api/auth/login', { username: 'teacher', password: PASSWORD });
    expect(always.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
  });

  it('refuses wrong passwords and rate-limits repeated failures', async () => {
    const c = anon();
    for (let i = 0; i < 5; i++) expect((await c.login('health', 'wrong-password')).status).toBe(401);
    const blocked = await c.login('health', PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('rate_limited');
    const wait = Number(blocked.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(blocked.body.error.issues[0]).toMatchObject({ field: 'username', code: 'rate_limited', params: { retryAfterSeconds: wait } });
    expect(blocked.body.error.message).toContain(`${wait} seconds`);
    expect((await anon().login('nobody', 'x')).status).toBe(401);
  });

  it('requires the CSRF token on cookie-authenticated writes', async () => {
    const c = await as('city');
    const r = await c.patch(`/api/facilities/${fx.pointA}`, { address: '新地址 1 号' }, { 'x-csrf-token': 'forged' });
    expect(r.status).toBe(403);
    expect(r.body.error.field).toBe('X-CSRF-Token');
    const ok = await c.patch(`/api/facilities/${fx.pointA}`, { address: '长治市潞州区英雄中路1号' });
    expect(ok.status).toBe(200);
  });
});

describe('validation', () => {
  it('refuses a class over its national cap, naming the field, and writes nothing', async () => {
    const c = await as('director');
    const before = await c.get(`/api/facilities/${fx.pointA}`);
    const r = await c.patch(`/api/facilities/${fx.pointA}`, {
      classes: [{ id: fx.classA, name: '托小班1', band: 'toddler_small', capacity: 18 }],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('classes.0.capacity');
    expect(r.body.error.message).toContain('15');
    const after = await c.get(`/api/facilities/${fx.pointA}`);
    expect(after.body.version).toBe(before.body.version);
    expect(after.body.classes[0].capacity).toBe(15);
  });

  it('refuses a family point over 5 children in all', async () => {
    const c = await as('city');
    const r = await c.post('/api/facilities', facilityInput({ name: '家庭托育点甲', tier: 'family_point', classes: [{ name: '混龄', band: 'mixed', capacity: 6 }] }));
    expect(r.status).toBe(400);
    expect(r.body.error.issues.map((i: { field: string }) => i.field)).toContain('classes');
  });

  it('rejects unknown fields, malformed JSON, wrong types and oversized bodies', async () => {
    const c = await as('city');
    const unknown = await c.post('/api/facilities', { ...facilityInput({ name: '未知字段测试' }), colour: 'red' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe('colour');
    const nested = await c.patch(`/api/facilities/${fx.pointA}`, { contact: { person: '王', email: 'x@y' } });
    expect(nested.status).toBe(400);
    expect(nested.body.error.field).toBe('contact.email');
    const malformed = await c.req('POST', '/api/facilities', '{"name": ', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    const typed = await c.post('/api/facilities', facilityInput({ name: '类型', location: { lng: 'east' as unknown as number, lat: 36 } }));
    expect(typed.status).toBe(400);
    expect(typed.body.error.field).toBe('location.lng');
    const big = await c.post('/api/facilities', { ...facilityInput(), address: 'x'.repeat(1_100_000) });
    expect(big.status).toBe(413);
    const lat = await c.post('/api/facilities', facilityInput({ name: '坐标越界', location: { lng: 113, lat: 95 } }));
    expect(lat.status).toBe(400);
    expect(lat.body.error.field).toBe('location.lat');
  });

  it('converts GCJ-02 input to stored WGS-84', async () => {
    const c = await as('city');
    const r = await c.post('/api/facilities', facilityInput({ name: '坐标系测试点', location: { lng: 113.1163, lat: 36.1954, crs: 'gcj02' } }));
    expect(r.status).toBe(201);
    // GCJ-02 is offset by a few hundred metres in China; the stored WGS-84 point differs from the input.
    expect(Math.abs(r.body.location.lng - 113.1163)).toBeGreaterThan(0.001);
    expect(Math.abs(r.body.location.lng - 113.1163)).toBeLessThan(0.01);
    expect((await c.post(`/api/facilities/${r.body.id}/archive`)).status).toBe(200);
  });

  it('rejects a stale version with 409 (one of two concurrent edits wins)', async () => {
    const c1 = await as('district');
    const c2 = await as('city');
    const cur = await c1.get(`/api/facilities/${fx.pointA}`);
    const [r1, r2] = await Promise.all([
      c1.patch(`/api/facilities/${fx.pointA}`, { version: cur.body.version, floorAreaM2: 330 }),
      c2.patch(`/api/facilities/${fx.pointA}`, { version: cur.body.version, floorAreaM2: 340 }),
    ]);
    expect([r1.status, r2.status].sort()).toEqual([200, 409]);
  });
});

describe('children and the audit trail', () => {
  it('guardians see only their own children; every read is logged', async () => {
    const g = await as('guardian');
    const list = await g.get('/api/children');
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([fx.childA]);
    expect((await g.get(`/api/children/${fx.childA}`)).status).toBe(200);
    expect((await g.get(`/api/children/${fx.childB}`)).status).toBe(404);
    const rows = await t.db.query<{ action: string; child_id: string; actor_id: string }>(`SELECT action, child_id, actor_id FROM audit_log WHERE entity = 'child' AND actor_id = $1 ORDER BY id`, [fx.users.guardian]);
    expect(rows.map((r) => [r.action, r.child_id])).toEqual([
      ['list', fx.childA],
      ['read', fx.childA],
    ]);
  });

  it('officials get aggregates, not children', async () => {
    for (const u of ['district', 'city', 'admin']) {
      expect((await (await as(u)).get('/api/children')).status).toBe(403);
    }
  });
});
