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
import { A, B } from '../../../test/registry-fixture.ts';
import { POLICY, PRINCIPALS, RESOURCES, scopeOf, type Principal, type Resource, type Scope } from '../../db/repos/index.ts';
import { MatrixContext, type Probe, type Probes } from './context.ts';
import { PROBE_MODULES } from './probes/index.ts';

const ctx = new MatrixContext();
const PROBES: Probes = {};
beforeAll(async () => {
  await ctx.init();
  for (const m of PROBE_MODULES) await m.setup?.(ctx);
});
afterAll(async () => ctx.t?.drop());
// Probes are built from the modules up front (their functions read the context when they run).
for (const m of PROBE_MODULES) {
  for (const [r, actions] of Object.entries(m.probes(ctx)) as Array<[Resource, Record<string, Probe[]>]>) {
    const into = (PROBES[r] ??= {});
    for (const [a, list] of Object.entries(actions)) (into[a] ??= []).push(...list);
  }
}

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
              const run = probe[target];
              if (!run) continue;
              const r = await run(ctx.client(who), who);
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
    const r = await ctx.client('director').patch(`/api/facilities/${ctx.fx.pointA}`, { medicalInstitutionId: ctx.fx.clinic });
    expect(r.status).toBe(403);
    expect(r.body.error.issues[0]).toMatchObject({ field: 'medicalInstitutionId', code: 'set_by_bureau' });
    expect((await ctx.client('director').get(`/api/facilities/${ctx.fx.pointA}`)).body.medicalPartner.id).toBe(ctx.fx.hospital);
  });

  it("a district official may not make a facility of their division supervised by another division's centre", async () => {
    const id = await ctx.scratchFacility(A);
    const r = await ctx.client('district_official').patch(`/api/facilities/${id}`, { supervisorId: ctx.fx.centreB });
    expect(r.status).toBe(403);
    expect(r.body.error.issues[0]).toMatchObject({ field: 'supervisorId', code: 'outside_your_division' });
    // The rule holds for the city too: a county centre supervises only its own division (400, naming the field).
    const city = await ctx.client('city_official').patch(`/api/facilities/${id}`, { supervisorId: ctx.fx.centreB });
    expect(city.status).toBe(400);
    expect(city.body.error.issues[0]).toMatchObject({ field: 'supervisorId', code: 'supervisor_other_division' });
    // Their own county centre and the municipal centre are fine.
    expect((await ctx.client('district_official').patch(`/api/facilities/${id}`, { supervisorId: ctx.fx.municipal })).status).toBe(200);
    expect((await ctx.client('district_official').patch(`/api/facilities/${id}`, { supervisorId: ctx.fx.centreA })).status).toBe(200);
  });

  it('a director may not change other bureau-set fields of their own facility, each named', async () => {
    const c = ctx.client('director');
    for (const [field, value] of [['tier', 'private'], ['filingStatus', 'revoked'], ['divisionId', B], ['supervisorId', ctx.fx.municipal]] as const) {
      const r = await c.patch(`/api/facilities/${ctx.fx.pointA}`, { [field]: value });
      expect(r.status, field).toBe(403);
      expect(r.body.error.field).toBe(field);
    }
  });

  it('a district official may not move a facility out of their division', async () => {
    const id = await ctx.scratchFacility(A);
    const r = await ctx.client('district_official').patch(`/api/facilities/${id}`, { divisionId: B });
    expect(r.status).toBe(403);
    expect(r.body.error.field).toBe('divisionId');
  });
});
