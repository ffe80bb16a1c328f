/** Probes of the registry and children's records (the policy rows that exist before this wave's features; planning: ./plan.ts). */
import type { Res } from '../../../../test/http.ts';
import { A, B, facilityInput } from '../../../../test/registry-fixture.ts';
import type { MatrixContext, ProbeModule } from '../context.ts';

const csvRow = (ctx: MatrixContext, division: string) => `name,tier,ownership,division_id,address,lng,lat\n矩阵导入${++ctx.n},community,affordable,${division},某路${ctx.n}号,113.1,36.2\n`;
const exportHas = (ctx: MatrixContext, r: Res) => {
  const text = typeof r.body === 'string' ? r.body : '';
  return { own: text.includes(ctx.fx.pointA), other: text.includes(ctx.fx.pointB) };
};

export const registryProbes: ProbeModule = {
  probes: (ctx) => {
    return {
  facility: {
    read: [
      { name: 'GET /api/facilities/:id', kind: 'target', ok: 200, own: (c) => c.get(`/api/facilities/${ctx.fx.pointA}`), other: (c) => c.get(`/api/facilities/${ctx.fx.pointB}`) },
      {
        name: 'GET /api/facilities',
        kind: 'list',
        ok: 200,
        own: (c) => c.get('/api/facilities?pageSize=200'),
        other: (c) => c.get('/api/facilities?pageSize=200'),
        visible: (r) => ({ own: r.body.items.some((f: { id: string }) => f.id === ctx.fx.pointA), other: r.body.items.some((f: { id: string }) => f.id === ctx.fx.pointB) }),
      },
      { name: 'GET /api/facilities.geojson', kind: 'list', ok: 200, own: (c) => c.get('/api/facilities.geojson'), other: (c) => c.get('/api/facilities.geojson'), visible: (r) => ({ own: JSON.stringify(r.body).includes(ctx.fx.pointA), other: JSON.stringify(r.body).includes(ctx.fx.pointB) }) },
      { name: 'GET /api/network/tree', kind: 'list', ok: 200, own: (c) => c.get('/api/network/tree'), other: (c) => c.get('/api/network/tree'), visible: (r) => ({ own: JSON.stringify(r.body).includes(ctx.fx.pointA), other: JSON.stringify(r.body).includes(ctx.fx.pointB) }) },
    ],
    create: [
      {
        name: 'POST /api/facilities',
        kind: 'scope',
        ok: 201,
        own: (c) => c.post('/api/facilities', facilityInput({ name: `矩阵新建A${++ctx.n}`, divisionId: A, filingNumber: `A${ctx.n}` })),
        other: (c) => c.post('/api/facilities', facilityInput({ name: `矩阵新建B${++ctx.n}`, divisionId: B, filingNumber: `B${ctx.n}` })),
      },
    ],
    update: [
      {
        name: 'PATCH /api/facilities/:id',
        kind: 'target',
        ok: 200,
        own: async (c, who) => c.patch(`/api/facilities/${await ctx.ownFacility(who)}`, { outdoorAreaM2: 100 + ++ctx.n }),
        other: async (c) => c.patch(`/api/facilities/${await ctx.scratchFacility(B)}`, { outdoorAreaM2: 99 }),
      },
    ],
    delete: [
      {
        name: 'POST /api/facilities/:id/archive',
        kind: 'target',
        ok: 200,
        own: async (c) => c.post(`/api/facilities/${await ctx.scratchFacility(A)}/archive`),
        other: async (c) => c.post(`/api/facilities/${await ctx.scratchFacility(B)}/archive`),
      },
    ],
  },
  facility_registration: {
    read: [{ name: 'GET /api/facilities/:id (tier, filing, supervisor, medical partner)', kind: 'target', ok: 200, own: (c) => c.get(`/api/facilities/${ctx.fx.pointA}`), other: (c) => c.get(`/api/facilities/${ctx.fx.pointB}`) }],
    update: [
      {
        name: 'PATCH /api/facilities/:id {ownership}',
        kind: 'target',
        ok: 200,
        own: async (c, who) => c.patch(`/api/facilities/${await ctx.ownFacility(who)}`, { ownership: ctx.n++ % 2 ? 'market' : 'public' }),
        other: async (c) => c.patch(`/api/facilities/${await ctx.scratchFacility(B)}`, { ownership: 'market' }),
      },
      {
        name: 'PATCH /api/facilities/:id {medicalInstitutionId} (moves children’s health records to another hospital)',
        kind: 'target',
        ok: 200,
        own: async (c, who) => c.patch(`/api/facilities/${await ctx.ownFacility(who)}`, { medicalInstitutionId: ctx.fx.clinic }),
        other: async (c) => c.patch(`/api/facilities/${await ctx.scratchFacility(B)}`, { medicalInstitutionId: ctx.fx.clinic }),
      },
    ],
  },
  registry_file: {
    create: [
      {
        name: 'POST /api/facilities/import',
        kind: 'scope',
        ok: 200,
        own: (c) => c.post('/api/facilities/import', csvRow(ctx, A), { 'content-type': 'text/csv' }),
        other: (c) => c.post('/api/facilities/import', csvRow(ctx, B), { 'content-type': 'text/csv' }),
      },
    ],
    read: [{ name: 'GET /api/facilities/export', kind: 'list', ok: 200, own: (c) => c.get('/api/facilities/export?format=csv'), other: (c) => c.get('/api/facilities/export?format=csv'), visible: (r) => exportHas(ctx, r) }],
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
  child: {
    read: [
      { name: 'GET /api/children/:id', kind: 'target', ok: 200, own: (c) => c.get(`/api/children/${ctx.fx.childA}`), other: (c) => c.get(`/api/children/${ctx.fx.childB}`) },
      {
        name: 'GET /api/children',
        kind: 'list',
        ok: 200,
        own: (c) => c.get('/api/children'),
        other: (c) => c.get('/api/children'),
        visible: (r) => ({ own: r.body.items.some((x: { id: string }) => x.id === ctx.fx.childA), other: r.body.items.some((x: { id: string }) => x.id === ctx.fx.childB) }),
      },
    ],
  },
    };
  },
};
