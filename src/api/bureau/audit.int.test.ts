/**
 * The PIPL audit page's data over HTTP: who read which child's record, when and why — without the record. Officials
 * see a pseudonymous child reference and the facility, never a name; a district official only children placed in
 * their division; a guardian the reads of their own children (by name) and who read them by role and workplace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client } from '../../../test/http.ts';
import { B, PASSWORD, seedRegistry, type RegistryFixture } from '../../../test/registry-fixture.ts';
import { createUser } from '../../db/repos/index.ts';

let t: TestDb;
let fx: RegistryFixture;
let app: ReturnType<typeof createApp>;
const as: Record<string, Client> = {};

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  await t.db.tx((k) => createUser(k, { username: 'district-b', password: PASSWORD, displayName: '潞城区卫健局', role: 'district_official', divisionId: B }));
  app = createApp({ db: t.db, webRoot: null });
  for (const u of ['city', 'district', 'district-b', 'teacher', 'guardian', 'admin', 'director']) {
    as[u] = new Client(app);
    expect((await as[u]!.login(u, PASSWORD)).status).toBe(200);
  }
  // The teacher reads the guardian's child; the city reads child B's record through the system (an export).
  expect((await as.teacher!.get(`/api/children/${fx.childA}`)).status).toBe(200);
  await t.db.query(`INSERT INTO audit_log (actor_id, actor_role, action, entity, entity_id, child_id, purpose) VALUES ($1, 'city_official', 'export', 'child', $2::text, $3::uuid, 'annual report')`, [fx.users.city_official, fx.childB, fx.childB]);
});
afterAll(async () => t?.drop());

type Entry = { actor: { id: string | null; name: string | null; role: string; workplace: string | null }; child: { ref: string; name: string | null }; facility: { id: string; name: string } | null; action: string; purpose: string | null };
const items = async (c: Client, q = '') => {
  const r = await c.get(`/api/audit?pageSize=200${q}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.items as Entry[];
};

describe('the audit trail of children’s records', () => {
  it('a district official sees who read children placed in the division — a pseudonymous reference, never a name', async () => {
    const r = await as.district!.get('/api/audit?pageSize=200');
    const list = r.body.items as Entry[];
    const read = list.find((e) => e.action === 'read' && e.actor.role === 'teacher')!;
    expect(read).toMatchObject({ actor: { id: fx.users.teacher, name: '测试teacher', workplace: '英雄社区托育点' }, facility: { id: fx.pointA, name: '英雄社区托育点' }, child: { name: null } });
    expect(read.child.ref).toMatch(/^[0-9a-f]{8}$/);
    // nothing of the child's record: no name, no birth date, no id
    const text = JSON.stringify(r.body);
    for (const secret of ['小雨', '李', '2024-09-01', fx.childA, '子涵']) expect(text).not.toContain(secret);
    // and nothing of the other division
    expect(list.some((e) => e.facility?.id === fx.pointB)).toBe(false);
    expect(list.some((e) => e.purpose === 'annual report')).toBe(false);
  });

  it('the same child always has the same reference; another child another one', async () => {
    const city = await items(as.city!);
    const refA = city.filter((e) => e.facility?.id === fx.pointA).map((e) => e.child.ref);
    const refB = city.filter((e) => e.facility?.id === fx.pointB).map((e) => e.child.ref);
    expect(new Set(refA).size).toBe(1);
    expect(new Set(refB).size).toBe(1);
    expect(refA[0]).not.toBe(refB[0]);
    expect((await items(as['district-b']!)).map((e) => e.child.ref)).toEqual([refB[0]]);
  });

  it('the city and the administrator see every division; the filters narrow by facility, actor, action and day', async () => {
    expect((await items(as.city!)).some((e) => e.purpose === 'annual report')).toBe(true);
    expect((await items(as.admin!)).length).toBe((await items(as.city!)).length);
    expect((await items(as.city!, `&facility=${fx.pointB}`)).map((e) => e.purpose)).toEqual(['annual report']);
    expect((await items(as.city!, `&actor=${fx.users.teacher}`)).every((e) => e.actor.role === 'teacher')).toBe(true);
    expect((await items(as.city!, '&action=export')).map((e) => e.action)).toEqual(['export']);
    expect(await items(as.city!, '&from=2000-01-01&to=2000-01-31')).toEqual([]);
    const [today] = await t.db.query<{ d: string }>(`SELECT current_date::text AS d`);
    expect((await items(as.city!, `&from=${today!.d}&to=${today!.d}`)).length).toBeGreaterThan(1);
    const bad = await as.city!.get('/api/audit?from=2026-05-02&to=2026-05-01');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('to');
  });

  it('a guardian sees who read their own child (by role and workplace, not by name), and only that', async () => {
    const list = await items(as.guardian!);
    expect(list.length).toBeGreaterThan(0);
    for (const e of list) {
      expect(e.child.name).toBe('李小雨');
      expect(e.actor.id).toBeNull();
      expect(e.actor.name).toBeNull();
    }
    expect(list.find((e) => e.actor.role === 'teacher')).toMatchObject({ actor: { workplace: '英雄社区托育点' } });
    expect(list.some((e) => e.purpose === 'annual report')).toBe(false);
  });

  it('staff do not read the audit trail (403); anonymous callers log in first (401)', async () => {
    expect((await as.teacher!.get('/api/audit')).status).toBe(403);
    expect((await as.director!.get('/api/audit')).status).toBe(403);
    expect((await new Client(app).get('/api/audit')).status).toBe(401);
  });
});
