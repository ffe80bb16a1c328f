/**
 * Probes of the bureaus' desk (issue 13): restoring archived facilities, the registry desk list, the filing (备案)
 * workflow, quality assessments and the audit trail. "Own" is division A (潞州区, the district official's) or the
 * director's point; "other" is division B.
 */
import { facilityInputSchema } from '../../../care/facility.ts';
import { WS_T_821_2023 } from '../../../care/quality/index.ts';
import { audit, systemCaller } from '../../../db/repos/index.ts';
import { A, B, facilityInput } from '../../../../test/registry-fixture.ts';
import type { Res } from '../../../../test/http.ts';
import type { MatrixContext, ProbeModule } from '../context.ts';

const FULL = Object.fromEntries(WS_T_821_2023.dimensions.flatMap((d) => d.items.map((i) => [i.key, i.maxPoints])));

interface BureauFixture {
  assessmentA: string;
  assessmentB: string;
  draftA: string;
  draftB: string;
}
const bx: BureauFixture = { assessmentA: '', assessmentB: '', draftA: '', draftB: '' };

/** A scratch facility in a division with a given filing status. */
async function facilityIn(ctx: MatrixContext, division: string, filingStatus: 'unfiled' | 'filed' = 'filed'): Promise<string> {
  const n = ++ctx.n;
  const f = await ctx.system().facilities.create(facilityInputSchema.parse(facilityInput({ name: `备案测试点${n}`, divisionId: division, filingStatus, filingNumber: filingStatus === 'filed' ? `F${n}` : null })));
  return f.id;
}
/** A facility waiting for the bureau's decision (submitted). */
async function pendingIn(ctx: MatrixContext, division: string): Promise<string> {
  const id = await facilityIn(ctx, division, 'unfiled');
  await ctx.system().filing.step(id, { action: 'submit' });
  return id;
}
async function archivedIn(ctx: MatrixContext, division: string): Promise<string> {
  const id = await ctx.scratchFacility(division);
  await ctx.system().facilities.archive(id);
  return id;
}
const submit = { action: 'submit' };

/** The director's own point, made submittable for the probe (and left filed again afterwards). */
async function directorSubmits(ctx: MatrixContext, call: (id: string) => Promise<Res>): Promise<Res> {
  const sys = ctx.system().facilities;
  await sys.update(ctx.fx.pointA, { filingStatus: 'unfiled', filingNumber: null });
  try {
    return await call(ctx.fx.pointA);
  } finally {
    await sys.update(ctx.fx.pointA, { filingStatus: 'filed', filingNumber: '晋长卫托备2026001' });
  }
}

const auditSees = (r: Res) => {
  const items = (r.body?.items ?? []) as Array<{ purpose: string | null }>;
  return { own: items.some((i) => i.purpose === 'matrix-own'), other: items.some((i) => i.purpose === 'matrix-other') };
};

export const bureauProbes: ProbeModule = {
  setup: async (ctx) => {
    const city = await ctx.as('city_official');
    const final = (facilityId: string) => city.quality.create({ facilityId, assessedOn: '2026-01-15', scores: FULL, vetoes: [], status: 'final' });
    bx.assessmentA = (await final(ctx.fx.pointA)).id;
    bx.assessmentB = (await final(ctx.fx.pointB)).id;
    bx.draftA = (await city.quality.create({ facilityId: await ctx.scratchFacility(A), assessedOn: '2026-01-15', scores: { licence: 10 }, vetoes: [] })).id;
    bx.draftB = (await city.quality.create({ facilityId: await ctx.scratchFacility(B), assessedOn: '2026-01-15', scores: { licence: 10 }, vetoes: [] })).id;
    // One read of each fixture child in the audit trail, marked so the list probe can find them.
    await ctx.t.db.tx(async (trx) => {
      await audit(trx, systemCaller('matrix'), 'export', 'child', ctx.fx.childA, { childIds: [ctx.fx.childA], purpose: 'matrix-own' });
      await audit(trx, systemCaller('matrix'), 'export', 'child', ctx.fx.childB, { childIds: [ctx.fx.childB], purpose: 'matrix-other' });
    });
  },
  probes: (ctx) => ({
    facility: {
      read: [
        {
          name: 'GET /api/registry',
          kind: 'list',
          ok: 200,
          own: (c) => c.get('/api/registry?pageSize=200&state=all'),
          other: (c) => c.get('/api/registry?pageSize=200&state=all'),
          visible: (r) => ({ own: r.body.items.some((f: { id: string }) => f.id === ctx.fx.pointA), other: r.body.items.some((f: { id: string }) => f.id === ctx.fx.pointB) }),
        },
      ],
      delete: [
        {
          name: 'POST /api/facilities/:id/restore',
          kind: 'target',
          ok: 200,
          own: async (c) => c.post(`/api/facilities/${await archivedIn(ctx, A)}/restore`),
          other: async (c) => c.post(`/api/facilities/${await archivedIn(ctx, B)}/restore`),
        },
      ],
    },
    facility_filing: {
      read: [
        { name: 'GET /api/facilities/:id/filings', kind: 'target', ok: 200, own: async (c, who) => c.get(`/api/facilities/${await ctx.ownFacility(who)}/filings`), other: (c) => c.get(`/api/facilities/${ctx.fx.pointB}/filings`) },
        { name: 'GET /api/facilities/:id/filing', kind: 'target', ok: 200, own: async (c, who) => c.get(`/api/facilities/${await ctx.ownFacility(who)}/filing`), other: (c) => c.get(`/api/facilities/${ctx.fx.pointB}/filing`) },
      ],
      submit: [
        {
          name: 'POST /api/facilities/:id/filing {submit}',
          kind: 'target',
          ok: 200,
          own: async (c, who) => (who === 'director' ? directorSubmits(ctx, (id) => c.post(`/api/facilities/${id}/filing`, submit)) : c.post(`/api/facilities/${await facilityIn(ctx, A, 'unfiled')}/filing`, submit)),
          other: async (c) => c.post(`/api/facilities/${await facilityIn(ctx, B, 'unfiled')}/filing`, submit),
        },
      ],
      decide: [
        {
          name: 'POST /api/facilities/:id/filing {approve}',
          kind: 'target',
          ok: 200,
          own: async (c) => c.post(`/api/facilities/${await pendingIn(ctx, A)}/filing`, { action: 'approve', filingNumber: `晋长卫托备A${++ctx.n}` }),
          other: async (c) => c.post(`/api/facilities/${await pendingIn(ctx, B)}/filing`, { action: 'approve', filingNumber: `晋长卫托备B${++ctx.n}` }),
        },
        {
          name: 'POST /api/facilities/:id/filing {return}',
          kind: 'target',
          ok: 200,
          own: async (c) => c.post(`/api/facilities/${await pendingIn(ctx, A)}/filing`, { action: 'return', note: '材料不全' }),
          other: async (c) => c.post(`/api/facilities/${await pendingIn(ctx, B)}/filing`, { action: 'return', note: '材料不全' }),
        },
      ],
    },
    assessment: {
      read: [
        { name: 'GET /api/assessments/:id', kind: 'target', ok: 200, own: (c) => c.get(`/api/assessments/${bx.assessmentA}`), other: (c) => c.get(`/api/assessments/${bx.assessmentB}`) },
        {
          name: 'GET /api/assessments',
          kind: 'list',
          ok: 200,
          own: (c) => c.get('/api/assessments?pageSize=200'),
          other: (c) => c.get('/api/assessments?pageSize=200'),
          visible: (r) => ({ own: r.body.items.some((a: { id: string }) => a.id === bx.assessmentA), other: r.body.items.some((a: { id: string }) => a.id === bx.assessmentB) }),
        },
      ],
      create: [
        {
          name: 'POST /api/assessments',
          kind: 'scope',
          ok: 201,
          own: async (c) => c.post('/api/assessments', { facilityId: await ctx.scratchFacility(A), assessedOn: '2026-02-01', scores: { licence: 15 } }),
          other: async (c) => c.post('/api/assessments', { facilityId: await ctx.scratchFacility(B), assessedOn: '2026-02-01', scores: { licence: 15 } }),
        },
      ],
      update: [
        {
          name: 'PATCH /api/assessments/:id',
          kind: 'target',
          ok: 200,
          own: (c) => c.patch(`/api/assessments/${bx.draftA}`, { notes: `复核${++ctx.n}` }),
          other: (c) => c.patch(`/api/assessments/${bx.draftB}`, { notes: `复核${++ctx.n}` }),
        },
      ],
    },
    audit: {
      read: [{ name: 'GET /api/audit', kind: 'list', ok: 200, own: (c) => c.get('/api/audit?action=export&pageSize=200'), other: (c) => c.get('/api/audit?action=export&pageSize=200'), visible: auditSees }],
    },
  }),
};
