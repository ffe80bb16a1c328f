/**
 * The registry desk over HTTP on a real PostgreSQL: archive and restore with the live registry's rules, the filing
 * (备案) workflow with its history (every path that changes a filing is recorded, with who and how), the supervision
 * rule of the 1+12+N tree kept by the database, and the managed list with what each caller may do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client } from '../../../test/http.ts';
import { A, B, facilityInput, PASSWORD, seedRegistry, type RegistryFixture } from '../../../test/registry-fixture.ts';

let t: TestDb;
let fx: RegistryFixture;
let app: ReturnType<typeof createApp>;
const as: Record<string, Client> = {};
let n = 0;

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

async function newFacility(over: Parameters<typeof facilityInput>[0] = {}): Promise<string> {
  const r = await as.city!.post('/api/facilities', facilityInput({ name: `台账测试点${++n}`, filingNumber: `T${n}`, ...over }));
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id;
}
const history = async (id: string, c = as.city!) => (await c.get(`/api/facilities/${id}/filings`)).body.items as Array<Record<string, unknown>>;

describe('archive and restore', () => {
  it('restores an archived facility to the live registry (audited), idempotently', async () => {
    const id = await newFacility();
    expect((await as.district!.post(`/api/facilities/${id}/archive`)).body.archived).toBe(true);
    expect((await as.district!.get('/api/registry?state=archived&pageSize=200')).body.items.map((f: { id: string }) => f.id)).toContain(id);
    const r = await as.district!.post(`/api/facilities/${id}/restore`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id, archived: false, canEdit: true });
    expect((await as.district!.post(`/api/facilities/${id}/restore`)).status).toBe(200);
    const [row] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'restore' AND entity = 'facility' AND entity_id = $1`, [id]);
    expect(row!.n).toBe(1);
  });

  it('refuses a restore that would break the live registry, naming the field (409)', async () => {
    const name = `重名测试点${++n}`;
    const first = await newFacility({ name });
    await as.city!.post(`/api/facilities/${first}/archive`);
    await newFacility({ name }); // the name is free again and is taken
    const r = await as.city!.post(`/api/facilities/${first}/restore`);
    expect(r.status).toBe(409);
    expect(r.body.error.issues[0]).toMatchObject({ field: 'name', code: 'duplicate' });
  });

  it('gives a restored point a live supervising centre when its own was archived meanwhile', async () => {
    const point = await newFacility({ supervisorId: fx.centreA });
    await as.city!.post(`/api/facilities/${point}/archive`);
    // the county centre archived meanwhile (directly: the API refuses while points report to it)
    await t.db.query(`UPDATE facilities SET archived_at = now() WHERE id = $1`, [fx.centreA]);
    try {
      const r = await as.city!.post(`/api/facilities/${point}/restore`);
      expect(r.status).toBe(200);
      expect(r.body.supervisor).toMatchObject({ id: fx.municipal, tier: 'municipal_centre' });
    } finally {
      await t.db.query(`UPDATE facilities SET archived_at = NULL WHERE id = $1`, [fx.centreA]);
    }
    await as.city!.post(`/api/facilities/${point}/archive`);
    expect((await as.city!.post(`/api/facilities/${point}/restore`)).body.supervisor.id).toBe(fx.municipal); // a live supervisor is kept
  });

  it("a district official may not restore another division's facility (403)", async () => {
    const id = await newFacility({ divisionId: B, location: { lng: 113.23, lat: 36.33 } });
    await as.city!.post(`/api/facilities/${id}/archive`);
    expect((await as.district!.post(`/api/facilities/${id}/restore`)).status).toBe(403);
  });
});

describe('the filing (备案) workflow', () => {
  it('unfiled → submitted by the director → filed by the district with its number → revoked → resubmitted; every step recorded', async () => {
    await as.city!.patch(`/api/facilities/${fx.pointA}`, { filingStatus: 'unfiled', filingNumber: null });
    let s = await as.director!.get(`/api/facilities/${fx.pointA}/filing`);
    expect(s.body).toMatchObject({ status: 'unfiled', actions: ['submit'] });
    s = await as.director!.post(`/api/facilities/${fx.pointA}/filing`, { action: 'submit', note: '材料已齐' });
    expect(s.status).toBe(200);
    expect(s.body).toMatchObject({ status: 'pending', actions: [] }); // the director may not decide
    expect((await as.director!.post(`/api/facilities/${fx.pointA}/filing`, { action: 'approve', filingNumber: 'X' })).status).toBe(403);
    expect((await as.district!.get(`/api/facilities/${fx.pointA}/filing`)).body.actions).toEqual(['approve', 'return']);
    s = await as.district!.post(`/api/facilities/${fx.pointA}/filing`, { action: 'approve', filingNumber: '晋长卫托备2026777', version: s.body.version });
    expect(s.body).toMatchObject({ status: 'filed', filingNumber: '晋长卫托备2026777', actions: ['revoke'] });
    expect((await as.guardian!.get(`/api/facilities/${fx.pointA}`)).body).toMatchObject({ filingStatus: 'filed', filingNumber: '晋长卫托备2026777' });
    s = await as.district!.post(`/api/facilities/${fx.pointA}/filing`, { action: 'revoke', note: '场地变更未报' });
    expect(s.body.status).toBe('revoked');
    s = await as.director!.post(`/api/facilities/${fx.pointA}/filing`, { action: 'submit' });
    expect(s.body.status).toBe('pending');

    const h = await history(fx.pointA, as.director!);
    expect(h.slice(0, 5).map((e) => [e.via, e.action, e.fromStatus, e.toStatus, (e.actor as { role: string }).role])).toEqual([
      ['workflow', 'submit', 'revoked', 'pending', 'director'],
      ['workflow', 'revoke', 'filed', 'revoked', 'district_official'],
      ['workflow', 'approve', 'pending', 'filed', 'district_official'],
      ['workflow', 'submit', 'unfiled', 'pending', 'director'],
      ['edit', null, 'filed', 'unfiled', 'city_official'],
    ]);
    expect(h[1]).toMatchObject({ note: '场地变更未报', filingNumber: '晋长卫托备2026777', actor: { name: '测试district_official' } });
    expect(h[3]!.note).toBe('材料已齐');
    expect(h.at(-1)).toMatchObject({ via: 'create', fromStatus: null, toStatus: 'filed' });
    // the director was told of the bureau's decisions
    const notices = await t.db.query<{ template: string }>(`SELECT template FROM notifications_outbox WHERE user_id = $1 ORDER BY id`, [fx.users.director]);
    expect(notices.map((x) => x.template)).toEqual(['filing_approve', 'filing_revoke']);
    await as.district!.post(`/api/facilities/${fx.pointA}/filing`, { action: 'approve', filingNumber: '晋长卫托备2026001' });
  });

  it('refuses steps not possible from the status (409), and return/revoke without the reason (400)', async () => {
    const id = await newFacility({ filingStatus: 'unfiled', filingNumber: null });
    let r = await as.district!.post(`/api/facilities/${id}/filing`, { action: 'approve', filingNumber: 'N1' });
    expect(r.status).toBe(409);
    expect(r.body.error.issues[0]).toMatchObject({ field: 'action', code: 'filing_transition', params: { from: 'unfiled', action: 'approve' } });
    await as.district!.post(`/api/facilities/${id}/filing`, { action: 'submit' });
    r = await as.district!.post(`/api/facilities/${id}/filing`, { action: 'return' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0]).toMatchObject({ field: 'note', code: 'filing_note_required' });
    r = await as.district!.post(`/api/facilities/${id}/filing`, { action: 'approve' });
    expect(r.body.error.issues[0]).toMatchObject({ field: 'filingNumber', code: 'filing_number_required' });
    r = await as.district!.post(`/api/facilities/${id}/filing`, { action: 'approve', filingNumber: 'N2', version: 1 });
    expect(r.status).toBe(409);
    expect(r.body.error.issues[0].code).toBe('stale_version');
    r = await as.district!.post(`/api/facilities/${id}/filing`, { action: 'explode' });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('action');
    const h = await history(id);
    expect(h.map((e) => e.toStatus)).toEqual(['pending', 'unfiled']); // nothing of the refused steps
  });

  it('records filing changes made by import too, with the importing official', async () => {
    const csv = `name,tier,ownership,filing_status,filing_number,division_id,address,lng,lat\n导入备案点${++n},community,affordable,pending,,${A},某路${n}号,113.1,36.2\n`;
    expect((await as.district!.post('/api/facilities/import', csv, { 'content-type': 'text/csv' })).status).toBe(200);
    const [f] = await t.db.query<{ id: string }>(`SELECT id FROM facilities WHERE name = $1`, [`导入备案点${n}`]);
    expect((await history(f!.id))[0]).toMatchObject({ via: 'import', toStatus: 'pending', actor: { role: 'district_official' } });
  });

  it('an archived facility takes no step (409)', async () => {
    const id = await newFacility({ filingStatus: 'unfiled', filingNumber: null });
    await as.city!.post(`/api/facilities/${id}/archive`);
    const r = await as.city!.post(`/api/facilities/${id}/filing`, { action: 'submit' });
    expect(r.status).toBe(409);
    expect(r.body.error.issues[0].code).toBe('archived');
    expect((await as.city!.get(`/api/facilities/${id}/filing`)).body.actions).toEqual([]);
  });
});

describe('the 1+12+N tree: supervision links', () => {
  it('a supervising county centre must be of the facility’s own division, whatever path writes it (the database refuses)', async () => {
    const id = await newFacility();
    await expect(t.db.query(`UPDATE facilities SET supervisor_id = $1 WHERE id = $2`, [fx.centreB, id])).rejects.toMatchObject({ code: 'invalid', issues: [{ code: 'rule_violated', params: { rule: 'facilities_supervisor_division' } }] });
    // a county centre that supervises points cannot move to another division
    await expect(t.db.query(`UPDATE facilities SET division_id = $1 WHERE id = $2`, [B, fx.centreA])).rejects.toMatchObject({ issues: [{ params: { rule: 'facilities_supervisor_division' } }] });
  });

  it('a district official links a point to their county centre or the municipal centre, and sees the link in the registry', async () => {
    const id = await newFacility();
    expect((await as.district!.patch(`/api/facilities/${id}`, { supervisorId: fx.municipal })).body.supervisor.id).toBe(fx.municipal);
    const row = (await as.district!.get(`/api/registry?q=${encodeURIComponent(`台账测试点${n}`)}`)).body.items[0];
    expect(row).toMatchObject({ id, supervisor: { id: fx.municipal, tier: 'municipal_centre' }, canEdit: true, canRegister: true, canArchive: true });
  });
});

describe('the registry desk list', () => {
  it('says per row what the caller may do: a district official edits their division only', async () => {
    const r = await as.district!.get('/api/registry?pageSize=200');
    expect(r.status).toBe(200);
    const byId = new Map(r.body.items.map((x: { id: string }) => [x.id, x]));
    expect(byId.get(fx.pointA)).toMatchObject({ canEdit: true, canArchive: true, divisionId: A });
    expect(byId.get(fx.pointB)).toMatchObject({ canEdit: false, canArchive: false, canRegister: false, divisionId: B });
    const mine = (await as.district!.get('/api/registry?pageSize=200&editable=true')).body.items as Array<{ divisionId: string }>;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((x) => x.divisionId === A)).toBe(true);
    const director = (await as.director!.get('/api/registry?pageSize=200&editable=true')).body.items as Array<{ id: string; canRegister: boolean }>;
    expect(director.map((x) => x.id)).toEqual([fx.pointA]);
    expect(director[0]!.canRegister).toBe(false);
    const anon = await new Client(app).get('/api/registry?pageSize=5');
    expect(anon.status).toBe(200);
    expect(anon.body.items.every((x: { canEdit: boolean }) => !x.canEdit)).toBe(true);
  });

  it('lists archived facilities only to those who may restore them', async () => {
    const a = await newFacility();
    const b = await newFacility({ divisionId: B, location: { lng: 113.23, lat: 36.33 } });
    await as.city!.post(`/api/facilities/${a}/archive`);
    await as.city!.post(`/api/facilities/${b}/archive`);
    const ids = async (c: Client) => ((await c.get('/api/registry?state=archived&pageSize=200')).body.items as Array<{ id: string }>).map((x) => x.id);
    expect(await ids(as.city!)).toEqual(expect.arrayContaining([a, b]));
    const district = await ids(as.district!);
    expect(district).toContain(a);
    expect(district).not.toContain(b);
    expect(await ids(new Client(app))).toEqual([]);
    expect(await ids(as.guardian!)).toEqual([]);
  });

  it('filters by tier, filing status and text, and pages with the total', async () => {
    const centres = (await as.city!.get('/api/registry?tier=county_centre')).body;
    expect(centres.items.map((x: { tier: string }) => x.tier)).toEqual(['county_centre', 'county_centre']);
    const unfiled = (await as.city!.get('/api/registry?filing=unfiled&pageSize=200')).body.items as Array<{ filingStatus: string }>;
    expect(unfiled.every((x) => x.filingStatus === 'unfiled')).toBe(true);
    const p1 = (await as.city!.get('/api/registry?pageSize=2')).body;
    const p2 = (await as.city!.get('/api/registry?pageSize=2&page=2')).body;
    expect(p1.total).toBe(p2.total);
    expect(p1.items[0].id).not.toBe(p2.items[0].id);
    expect((await as.city!.get('/api/registry?state=nope')).status).toBe(400);
  });
});
