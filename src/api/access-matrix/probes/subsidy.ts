/**
 * Probes of the monthly subsidy claims (issue 13): "own" is a claim of pointA (the director's point, in the district
 * official's county A), "other" a claim of pointB in county B. Each target probe gets a fresh claim in the state the
 * step starts from (a month of its own: claims are unique per facility and month).
 */
import type { Res } from '../../../../test/http.ts';
import type { MatrixContext, ProbeModule } from '../context.ts';

/** A month of its own for each fixture claim (2000-01 onward: before any subsidy policy, so the claims are empty). */
let months = 0;
const nextMonth = () => {
  const n = months++;
  return `${2000 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
};

/** A claim of the facility in the given state, made by the system caller. */
async function claimIn(ctx: MatrixContext, facilityId: string, state: 'computed' | 'confirmed' | 'approved'): Promise<string> {
  const repo = ctx.system().subsidyClaims;
  const month = nextMonth();
  const id = (await repo.compute(month, { facilityId })).computed[0]!.id;
  if (state !== 'computed') await repo.step(id, 'confirm');
  if (state === 'approved') await repo.step(id, 'approve');
  return id;
}

const sx = { ownClaim: '', otherClaim: '' };
const sees = (r: Res) => ({ own: r.body.items.some((c: { id: string }) => c.id === sx.ownClaim), other: r.body.items.some((c: { id: string }) => c.id === sx.otherClaim) });

export const subsidyProbes: ProbeModule = {
  setup: async (ctx) => {
    sx.ownClaim = await claimIn(ctx, ctx.fx.pointA, 'computed');
    sx.otherClaim = await claimIn(ctx, ctx.fx.pointB, 'computed');
  },
  probes: (ctx) => ({
    subsidy_claim: {
      read: [
        { name: 'GET /api/subsidy-claims/:id', kind: 'target', ok: 200, own: (c) => c.get(`/api/subsidy-claims/${sx.ownClaim}`), other: (c) => c.get(`/api/subsidy-claims/${sx.otherClaim}`) },
        { name: 'GET /api/subsidy-claims/:id/adjustment', kind: 'target', ok: 200, own: (c) => c.get(`/api/subsidy-claims/${sx.ownClaim}/adjustment`), other: (c) => c.get(`/api/subsidy-claims/${sx.otherClaim}/adjustment`) },
        { name: 'GET /api/subsidy-claims', kind: 'list', ok: 200, own: (c) => c.get('/api/subsidy-claims?pageSize=200'), other: (c) => c.get('/api/subsidy-claims?pageSize=200'), visible: sees },
      ],
      compute: [
        {
          name: 'POST /api/subsidy-claims/run {facilityId}',
          kind: 'scope',
          ok: 200,
          own: (c) => c.post('/api/subsidy-claims/run', { month: '2026-10', facilityId: ctx.fx.pointA }),
          other: (c) => c.post('/api/subsidy-claims/run', { month: '2026-10', facilityId: ctx.fx.pointB }),
        },
      ],
      confirm: [
        {
          name: 'POST /api/subsidy-claims/:id/steps {confirm}',
          kind: 'target',
          ok: 200,
          own: async (c) => c.post(`/api/subsidy-claims/${await claimIn(ctx, ctx.fx.pointA, 'computed')}/steps`, { action: 'confirm' }),
          other: async (c) => c.post(`/api/subsidy-claims/${await claimIn(ctx, ctx.fx.pointB, 'computed')}/steps`, { action: 'confirm' }),
        },
      ],
      decide: [
        {
          name: 'POST /api/subsidy-claims/:id/steps {approve}',
          kind: 'target',
          ok: 200,
          own: async (c) => c.post(`/api/subsidy-claims/${await claimIn(ctx, ctx.fx.pointA, 'confirmed')}/steps`, { action: 'approve' }),
          other: async (c) => c.post(`/api/subsidy-claims/${await claimIn(ctx, ctx.fx.pointB, 'confirmed')}/steps`, { action: 'approve' }),
        },
        {
          name: 'POST /api/subsidy-claims/:id/steps {return}',
          kind: 'target',
          ok: 200,
          own: async (c) => c.post(`/api/subsidy-claims/${await claimIn(ctx, ctx.fx.pointA, 'confirmed')}/steps`, { action: 'return', note: '材料不全' }),
          other: async (c) => c.post(`/api/subsidy-claims/${await claimIn(ctx, ctx.fx.pointB, 'confirmed')}/steps`, { action: 'return', note: '材料不全' }),
        },
      ],
      pay: [
        {
          name: 'POST /api/subsidy-claims/:id/steps {pay}',
          kind: 'target',
          ok: 200,
          own: async (c) => c.post(`/api/subsidy-claims/${await claimIn(ctx, ctx.fx.pointA, 'approved')}/steps`, { action: 'pay' }),
          other: async (c) => c.post(`/api/subsidy-claims/${await claimIn(ctx, ctx.fx.pointB, 'approved')}/steps`, { action: 'pay' }),
        },
      ],
    },
    subsidy_claim_line: {
      read: [{ name: 'GET /api/subsidy-claims/:id/lines', kind: 'target', ok: 200, own: (c) => c.get(`/api/subsidy-claims/${sx.ownClaim}/lines`), other: (c) => c.get(`/api/subsidy-claims/${sx.otherClaim}/lines`) }],
    },
  }),
};
