/**
 * Probes of site planning (the `plan` policy row): candidates, plan runs (what-if, save as scenario) and scenarios.
 * "Own" is county A, "other" county B. Runs are their owner's: the probes store a run of the calling principal in
 * A or B (test/fixtures/plan.ts), so what separates own from other is the policy's division anchor. Solving itself
 * needs a walking network and is covered by src/api/plan/plan.int.test.ts.
 */
import { A, B, USERNAMES } from '../../../../test/registry-fixture.ts';
import { FIXTURE_SITES, insertFixtureRun } from '../../../../test/fixtures/plan.ts';
import { AuthStore, type Principal } from '../../../db/repos/index.ts';
import type { MatrixContext, ProbeModule } from '../context.ts';

const point = (ctx: MatrixContext, division: string) => ({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [113.12, 36.2] }, properties: { name: `候选${++ctx.n}`, divisionId: division } }] });

async function userId(ctx: MatrixContext, who: Principal): Promise<string> {
  const u = await new AuthStore(ctx.t.db).findByUsername(USERNAMES[who === 'anonymous' ? 'district_official' : who]);
  return u!.id;
}

/** A run of the calling principal (anonymous: the district official's) in a division. */
async function runOf(ctx: MatrixContext, who: Principal, division: string): Promise<string> {
  return insertFixtureRun(ctx.t.db, await userId(ctx, who), division);
}

/** A scenario in a division: the district official's in A, the city official's in B. */
async function scenarioIn(ctx: MatrixContext, division: string): Promise<string> {
  const owner = division === A ? 'district_official' : 'city_official';
  const runId = await runOf(ctx, owner, division);
  return (await (await ctx.as(owner)).planScenarios.saveFromRun(`方案${++ctx.n}`, runId)).id;
}

async function candidateIn(ctx: MatrixContext, division: string): Promise<string> {
  const owner = division === A ? await ctx.as('district_official') : await ctx.as('city_official');
  const [c] = await owner.plan.upload([{ name: `待删${++ctx.n}`, lng: 113.12, lat: 36.2, divisionId: division }], 'matrix');
  return c!.id;
}

const listed = (ids: { own: string; other: string }) => (r: { body: { items: Array<{ id: string }> } }) => ({ own: r.body.items.some((s) => s.id === ids.own), other: r.body.items.some((s) => s.id === ids.other) });
const scenarios = { own: '', other: '' };

export const planProbes: ProbeModule = {
  setup: async (ctx) => {
    scenarios.own = await scenarioIn(ctx, A);
    scenarios.other = await scenarioIn(ctx, B);
  },
  probes: (ctx) => ({
    plan: {
      read: [
        { name: 'GET /api/plan/candidates?divisionId', kind: 'scope', ok: 200, own: (c) => c.get(`/api/plan/candidates?divisionId=${A}`), other: (c) => c.get(`/api/plan/candidates?divisionId=${B}`) },
        { name: 'GET /api/plan/scenarios/:id', kind: 'target', ok: 200, own: async (c) => c.get(`/api/plan/scenarios/${await scenarioIn(ctx, A)}`), other: async (c) => c.get(`/api/plan/scenarios/${await scenarioIn(ctx, B)}`) },
        { name: 'GET /api/plan/scenarios', kind: 'list', ok: 200, own: (c) => c.get('/api/plan/scenarios?pageSize=200'), other: (c) => c.get('/api/plan/scenarios?pageSize=200'), visible: listed(scenarios) },
        {
          name: 'POST /api/plan/whatif {runId} (the caller’s own run, in A or B)',
          kind: 'target',
          ok: 200,
          own: async (c, who) => c.post('/api/plan/whatif', { runId: await runOf(ctx, who, A), change: { action: 'close', site: FIXTURE_SITES.candidate } }),
          other: async (c, who) => c.post('/api/plan/whatif', { runId: await runOf(ctx, who, B), change: { action: 'close', site: FIXTURE_SITES.candidate } }),
        },
      ],
      create: [
        { name: 'POST /api/plan/candidates', kind: 'scope', ok: 201, own: (c) => c.post('/api/plan/candidates', point(ctx, A)), other: (c) => c.post('/api/plan/candidates', point(ctx, B)) },
        {
          name: 'POST /api/plan/scenarios {runId} (the caller’s own run, in A or B)',
          kind: 'target',
          ok: 201,
          own: async (c, who) => c.post('/api/plan/scenarios', { name: `存${++ctx.n}`, runId: await runOf(ctx, who, A) }),
          other: async (c, who) => c.post('/api/plan/scenarios', { name: `存${++ctx.n}`, runId: await runOf(ctx, who, B) }),
        },
      ],
      update: [
        {
          name: 'PATCH /api/plan/scenarios/:id',
          kind: 'target',
          ok: 200,
          own: async (c) => c.patch(`/api/plan/scenarios/${await scenarioIn(ctx, A)}`, { name: `改名${++ctx.n}` }),
          other: async (c) => c.patch(`/api/plan/scenarios/${await scenarioIn(ctx, B)}`, { name: `改名${++ctx.n}` }),
        },
      ],
      delete: [
        {
          name: 'DELETE /api/plan/candidates/:id',
          kind: 'target',
          ok: 204,
          own: async (c) => c.req('DELETE', `/api/plan/candidates/${await candidateIn(ctx, A)}`),
          other: async (c) => c.req('DELETE', `/api/plan/candidates/${await candidateIn(ctx, B)}`),
        },
        {
          name: 'DELETE /api/plan/scenarios/:id',
          kind: 'target',
          ok: 204,
          own: async (c) => c.req('DELETE', `/api/plan/scenarios/${await scenarioIn(ctx, A)}`),
          other: async (c) => c.req('DELETE', `/api/plan/scenarios/${await scenarioIn(ctx, B)}`),
        },
      ],
    },
  }),
};
