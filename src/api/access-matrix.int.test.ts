/**
 * The access matrix, generated from the access policy (src/db/access/policy.ts): for every resource × action in the
 * table, every principal × {own, other} target gets the status the table's scope implies. A resource or action in
 * the table without a probe here fails the run, so nothing is added to the policy without its cells.
 *
 * "Own" is the caller's facility (director, teacher), division (district official), child (guardian), signed
 * facility (health worker) or account; "other" is the same kind of thing elsewhere. The expected status:
 * - scope none or aggregates → 401 anonymous, 403 logged in;
 * - scope all, or a row scope on the own target → the probe's success status;
 * - a row scope on the other target → 404 for private resources (existence does not leak), 403 for public ones;
 *   a probe of kind `scope` (asking for a whole scope one does not have, e.g. a division's list) → 403.
 * List probes also check what is visible: own rows yes, other rows only with scope all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { Client, type Res } from '../../test/http.ts';
import { A, B, facilityInput, PASSWORD, seedRegistry, USERNAMES, type RegistryFixture } from '../../test/registry-fixture.ts';
import { facilityInputSchema } from '../care/facility.ts';
import { AuthStore, callerOf, POLICY, PRINCIPALS, reposFor, RESOURCES, scopeOf, systemCaller, type Principal, type Resource, type Scope } from '../db/repos/index.ts';

let t: TestDb;
let fx: RegistryFixture;
let app: ReturnType<typeof createApp>;
const clients = new Map<Principal, Client>();
let n = 0;

/** How a probe's "other" target is refused when out of scope (see the header). */
type ProbeKind = 'target' | 'scope' | 'list';

interface Probe {
  name: string;
  kind: ProbeKind;
  /** The success status. */
  ok: number;
  own: (c: Client, who: Principal) => Promise<Res>;
  other: (c: Client, who: Principal) => Promise<Res>;
  /** For list probes: whether the own and the other row are in the answer. */
  visible?: (r: Res) => { own: boolean; other: boolean };
}

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  app = createApp({ db: t.db, webRoot: null });
  for (const w of PRINCIPALS) {
    const c = new Client(app);
    if (w !== 'anonymous') expect((await c.login(USERNAMES[w], PASSWORD)).status).toBe(200);
    clients.set(w, c);
  }
});
afterAll(async () => t?.drop());

const system = () => reposFor(t.db, systemCaller('test'));
const as = async (role: Exclude<Principal, 'anonymous'>) => reposFor(t.db, callerOf((await new AuthStore(t.db).findByUsername(USERNAMES[role]))!));

/** A throwaway community point in county A ("own" for the district official) or B ("other"). */
async function scratchFacility(division: string): Promise<string> {
  const f = await system().facilities.create(facilityInputSchema.parse(facilityInput({ name: `矩阵测试点${++n}`, divisionId: division, filingNumber: `M${n}` })));
  return f.id;
}

/** The facility a director or teacher may edit (their own), or a scratch one in the division. */
const ownFacility = async (who: Principal) => (who === 'director' || who === 'teacher' ? fx.pointA : scratchFacility(A));

const point = (division: string) => ({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [113.12, 36.2] }, properties: { name: `候选${++n}`, divisionId: division } }] });
async function scenarioIn(division: string): Promise<string> {
  const owner = division === A ? await as('district_official') : await as('city_official');
  const s = await owner.plan.saveScenario(`方案${++n}`, division, { objective: 'coverage', p: 1, minutes: 15 }, { coverage: null });
  return s.id;
}
async function candidateIn(division: string): Promise<string> {
  const owner = division === A ? await as('district_official') : await as('city_official');
  const [c] = await owner.plan.upload([{ name: `待删${++n}`, lng: 113.12, lat: 36.2, divisionId: division }], 'matrix');
  return c!.id;
}
const csvRow = (division: string) => `name,tier,ownership,division_id,address,lng,lat\n矩阵导入${++n},community,affordable,${division},某路${n}号,113.1,36.2\n`;
const exportHas = (r: Res) => {
  const text = typeof r.body === 'string' ? r.body : '';
  return { own: text.includes(fx.pointA), other: text.includes(fx.pointB) };
};

/** Probes per resource and action of the policy. */
const PROBES: Partial<Record<Resource, Record<string, Probe[]>>> = {
  facility: {
    read: [
      { name: 'GET /api/facilities/:id', kind: 'target', ok: 200, own: (c) => c.get(`/api/facilities/${fx.pointA}`), other: (c) => c.get(`/api/facilities/${fx.pointB}`) },
      {
        name: 'GET /api/facilities',
        kind: 'list',
        ok: 200,
        own: (c) => c.get('/api/facilities?pageSize=200'),
        other: (c) => c.get('/api/facilities?pageSize=200'),
        visible: (r) => ({ own: r.body.items.some((f: { id: string }) => f.id === fx.pointA), other: r.body.items.some((f: { id: string }) => f.id === fx.pointB) }),
      },
      { name: 'GET /api/facilities.geojson', kind: 'list', ok: 200, own: (c) => c.get('/api/facilities.geojson'), other: (c) => c.get('/api/facilities.geojson'), visible: (r) => ({ own: JSON.stringify(r.body).includes(fx.pointA), other: JSON.stringify(r.body).includes(fx.pointB) }) },
      { name: 'GET /api/network/tree', kind: 'list', ok: 200, own: (c) => c.get('/api/network/tree'), other: (c) => c.get('/api/network/tree'), visible: (r) => ({ own: JSON.stringify(r.body).includes(fx.pointA), other: JSON.stringify(r.body).includes(fx.pointB) }) },
    ],
    create: [
      {
        name: 'POST /api/facilities',
        kind: 'scope',
        ok: 201,
        own: (c) => c.post('/api/facilities', facilityInput({ name: `矩阵新建A${++n}`, divisionId: A, filingNumber: `A${n}` })),
        other: (c) => c.post('/api/facilities', facilityInput({ name: `矩阵新建B${++n}`, divisionId: B, filingNumber: `B${n}` })),
      },
    ],
    update: [
      {
        name: 'PATCH /api/facilities/:id',
        kind: 'target',
        ok: 200,
        own: async (c, who) => c.patch(`/api/facilities/${await ownFacility(who)}`, { outdoorAreaM2: 100 + ++n }),
        other: async (c) => c.patch(`/api/facilities/${await scratchFacility(B)}`, { outdoorAreaM2: 99 }),
      },
    ],
    delete: [
      {
        name: 'POST /api/facilities/:id/archive',
        kind: 'target',
        ok: 200,
        own: async (c) => c.post(`/api/facilities/${await scratchFacility(A)}/archive`),
        other: async (c) => c.post(`/api/facilities/${await scratchFacility(B)}/archive`),
      },
    ],
  },
  facility_registration: {
    read: [{ name: 'GET /api/facilities/:id (tier, filing, supervisor, medical partner)', kind: 'target', ok: 200, own: (c) => c.get(`/api/facilities/${fx.pointA}`), other: (c) => c.get(`/api/facilities/${fx.pointB}`) }],
    update: [
      {
        name: 'PATCH /api/facilities/:id {ownership}',
        kind: 'target',
        ok: 200,
        own: async (c, who) => c.patch(`/api/facilities/${await ownFacility(who)}`, { ownership: n++ % 2 ? 'market' : 'public' }),
        other: async (c) => c.patch(`/api/facilities/${await scratchFacility(B)}`, { ownership: 'market' }),
      },
      {
        name: 'PATCH /api/facilities/:id {medicalInstitutionId} (moves children’s health records to another hospital)',
        kind: 'target',
        ok: 200,
        own: async (c, who) => c.patch(`/api/facilities/${await ownFacility(who)}`, { medicalInstitutionId: fx.clinic }),
        other: async (c) => c.patch(`/api/facilities/${await scratchFacility(B)}`, { medicalInstitutionId: fx.clinic }),
      },
    ],
  },
  registry_file: {
    create: [
      {
        name: 'POST /api/facilities/import',
        kind: 'scope',
        ok: 200,
        own: (c) => c.post('/api/facilities/import', csvRow(A), { 'content-type': 'text/csv' }),
        other: (c) => c.post('/api/facilities/import', csvRow(B), { 'content-type': 'text/csv' }),
      },
    ],
    read: [{ name: 'GET /api/facilities/export', kind: 'list', ok: 200, own: (c) => c.get('/api/facilities/export?format=csv'), other: (c) => c.get('/api/facilities/export?format=csv'), visible: exportHas }],
  },
  division: {
    read: [
      { name: 'GET /api/divisions/:id', kind: 'target', ok: 200, own: (c) => c.get(`/api/divisions/${A}`), other: (c) => c.get(`/api/divisions/${B}`) },
      { name: 'GET /api/divisions', kind: 'list', ok: 200, own: (c) => c.get('/api/divisions'), other: (c) => c.get('/api/divisions'), visible: (r) => ({ own: r.body.items.some((d: { id: string }) => d.id === A), other: r.body.items.some((d: { id: string }) => d.id === B) }) },
    ],
  },
  access_measure: {
    read: [{ name: 'GET /api/access/status', kind: 'scope', ok: 200, own: (c) => c.get('/api/access/status'), other: (c) => c.get('/api/access/status') }],
  },
  plan: {
    read: [
      { name: 'GET /api/plan/candidates?divisionId', kind: 'scope', ok: 200, own: (c) => c.get(`/api/plan/candidates?divisionId=${A}`), other: (c) => c.get(`/api/plan/candidates?divisionId=${B}`) },
      { name: 'GET /api/plan/scenarios/:id', kind: 'target', ok: 200, own: async (c) => c.get(`/api/plan/scenarios/${await scenarioIn(A)}`), other: async (c) => c.get(`/api/plan/scenarios/${await scenarioIn(B)}`) },
    ],
    create: [{ name: 'POST /api/plan/candidates', kind: 'scope', ok: 201, own: (c) => c.post('/api/plan/candidates', point(A)), other: (c) => c.post('/api/plan/candidates', point(B)) }],
    update: [
      {
        name: 'PATCH /api/plan/scenarios/:id',
        kind: 'target',
        ok: 200,
        own: async (c) => c.patch(`/api/plan/scenarios/${await scenarioIn(A)}`, { name: `改名${++n}` }),
        other: async (c) => c.patch(`/api/plan/scenarios/${await scenarioIn(B)}`, { name: `改名${++n}` }),
      },
    ],
    delete: [
      {
        name: 'DELETE /api/plan/candidates/:id',
        kind: 'target',
        ok: 204,
        own: async (c) => c.req('DELETE', `/api/plan/candidates/${await candidateIn(A)}`),
        other: async (c) => c.req('DELETE', `/api/plan/candidates/${await candidateIn(B)}`),
      },
    ],
  },
  child: {
    read: [
      { name: 'GET /api/children/:id', kind: 'target', ok: 200, own: (c) => c.get(`/api/children/${fx.childA}`), other: (c) => c.get(`/api/children/${fx.childB}`) },
      {
        name: 'GET /api/children',
        kind: 'list',
        ok: 200,
        own: (c) => c.get('/api/children'),
        other: (c) => c.get('/api/children'),
        visible: (r) => ({ own: r.body.items.some((x: { id: string }) => x.id === fx.childA), other: r.body.items.some((x: { id: string }) => x.id === fx.childB) }),
      },
    ],
  },
};

function expectedStatus(scope: Scope, who: Principal, target: 'own' | 'other', probe: Probe, resource: Resource): number {
  if (scope === 'none' || scope === 'aggregates') return who === 'anonymous' ? 401 : 403;
  if (scope === 'all' || target === 'own' || probe.kind === 'list') return probe.ok;
  if (probe.kind === 'scope') return 403;
  return POLICY[resource].visibility === 'private' ? 404 : 403;
}

describe('access matrix (generated from the policy table)', () => {
  it('every resource and action of the policy has a probe', () => {
    const missing: string[] = [];
    for (const r of RESOURCES) for (const a of Object.keys(POLICY[r].actions)) if (!PROBES[r]?.[a]?.length) missing.push(`${r}.${a}`);
    expect(missing, 'add probes for these policy rows').toEqual([]);
  });

  for (const resource of RESOURCES) {
    for (const action of Object.keys(POLICY[resource].actions)) {
      for (const probe of PROBES[resource]?.[action] ?? []) {
        it(`${resource}.${action}: ${probe.name}`, async () => {
          const got: Record<string, number | string> = {};
          const want: Record<string, number | string> = {};
          for (const who of PRINCIPALS) {
            const scope = scopeOf(resource, action, who);
            for (const target of ['own', 'other'] as const) {
              const r = await probe[target](clients.get(who)!, who);
              got[`${who}/${target}`] = r.status;
              want[`${who}/${target}`] = expectedStatus(scope, who, target, probe, resource);
              if (probe.visible && r.status === probe.ok && target === 'own') {
                const v = probe.visible(r);
                got[`${who}/sees`] = `own:${v.own} other:${v.other}`;
                want[`${who}/sees`] = `own:true other:${scope === 'all'}`;
              }
            }
          }
          expect(got).toEqual(want);
        });
      }
    }
  }
});

describe('the two holes the review found, now closed (403)', () => {
  it("a director may not change their facility's medical institution (it moves 115 children's health records)", async () => {
    const r = await clients.get('director')!.patch(`/api/facilities/${fx.pointA}`, { medicalInstitutionId: fx.clinic });
    expect(r.status).toBe(403);
    expect(r.body.error.issues[0]).toMatchObject({ field: 'medicalInstitutionId', code: 'set_by_bureau' });
    expect((await clients.get('director')!.get(`/api/facilities/${fx.pointA}`)).body.medicalPartner.id).toBe(fx.hospital);
  });

  it("a district official may not make a facility of their division supervised by another division's centre", async () => {
    const id = await scratchFacility(A);
    const r = await clients.get('district_official')!.patch(`/api/facilities/${id}`, { supervisorId: fx.centreB });
    expect(r.status).toBe(403);
    expect(r.body.error.issues[0]).toMatchObject({ field: 'supervisorId', code: 'outside_your_division' });
    // The rule holds for the city too: a county centre supervises only its own division (400, naming the field).
    const city = await clients.get('city_official')!.patch(`/api/facilities/${id}`, { supervisorId: fx.centreB });
    expect(city.status).toBe(400);
    expect(city.body.error.issues[0]).toMatchObject({ field: 'supervisorId', code: 'supervisor_other_division' });
    // Their own county centre and the municipal centre are fine.
    expect((await clients.get('district_official')!.patch(`/api/facilities/${id}`, { supervisorId: fx.municipal })).status).toBe(200);
    expect((await clients.get('district_official')!.patch(`/api/facilities/${id}`, { supervisorId: fx.centreA })).status).toBe(200);
  });

  it('a director may not change other bureau-set fields of their own facility, each named', async () => {
    const c = clients.get('director')!;
    for (const [field, value] of [['tier', 'private'], ['filingStatus', 'revoked'], ['divisionId', B], ['supervisorId', fx.municipal]] as const) {
      const r = await c.patch(`/api/facilities/${fx.pointA}`, { [field]: value });
      expect(r.status, field).toBe(403);
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
