/**
 * The dashboard figures (city → division → facility, with monthly trends from the snapshots), the snapshot of a
 * month, and the monthly report to the province — each as JSON or, with `format=xlsx`, as an Excel workbook
 * (policy rows `desk_figures`, `desk_snapshot`, `monthly_report`).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import { OWNERSHIP_ZH, TIER_ZH } from '../../care/facility.ts';
import { PLANNING_POLICY } from '../../care/policy.ts';
import { tableToXlsx, type XlsxColumn } from '../../care/table-xlsx.ts';
import { requireLogin } from '../auth/session.ts';
import type { ApiEnv } from '../context.ts';
import { errorResponses as e, json } from '../schemas.ts';
import { deskFiguresSchema, figuresQuerySchema, monthlyReportSchema, reportQuerySchema, snapshotInputSchema, snapshotSchema } from './desk-schemas.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const xlsxBody = z.string().openapi({ format: 'binary', description: 'An Excel workbook (format=xlsx)' });

const figures = createRoute({
  method: 'get',
  path: '/api/desk/figures',
  tags: ['desk'],
  summary: 'The dashboard: the city (rows: divisions), a division (rows: facilities) or one facility, today, with the monthly trend',
  middleware: [requireLogin] as const,
  request: { query: figuresQuerySchema },
  responses: { 200: { description: 'The figures (or their table as XLSX)', content: { 'application/json': { schema: deskFiguresSchema }, [XLSX]: { schema: xlsxBody } } }, 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});

const snapshot = createRoute({
  method: 'post',
  path: '/api/desk/snapshots',
  tags: ['desk'],
  summary: "Takes a month's snapshot of the figures (city, divisions, facilities) for the trends; a month taken is kept",
  middleware: [requireLogin] as const,
  request: { body: { required: true, content: { 'application/json': { schema: snapshotInputSchema } } } },
  responses: { 200: json(snapshotSchema, 'Taken (or kept)'), 400: e[400], 401: e[401], 403: e[403] },
});

const report = createRoute({
  method: 'get',
  path: '/api/reports/monthly',
  tags: ['desk'],
  summary: 'The monthly report to the province (the city, or a division), as JSON or XLSX',
  middleware: [requireLogin] as const,
  request: { query: reportQuerySchema },
  responses: { 200: { description: 'The report (or its workbook)', content: { 'application/json': { schema: monthlyReportSchema }, [XLSX]: { schema: xlsxBody } } }, 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});

const pct = '0.0%';
const yuanFmt = '#,##0.00';
const FIGURE_COLUMNS: XlsxColumn[] = [
  { key: 'name', header: '名称', width: 34 },
  { key: 'tier', header: '层级' },
  { key: 'facilities', header: '机构数' },
  { key: 'places', header: '托位数' },
  { key: 'placesPer1000', header: '千人口托位数' },
  { key: 'enrolled', header: '在托人数' },
  { key: 'occupancy', header: '托位使用率', format: pct },
  { key: 'waiting', header: '排队人数' },
  { key: 'signingRate', header: '医育签约率', format: pct },
  { key: 'trainingRate', header: '在岗培训率', format: pct },
  { key: 'grade', header: '质量等级' },
  { key: 'subsidyPaid', header: '本年已拨运营补贴（元）', format: yuanFmt },
];

const attachment = (c: { body: (b: Uint8Array, s: 200, h: Record<string, string>) => Response }, buf: Buffer, name: string) =>
  c.body(new Uint8Array(buf), 200, { 'Content-Type': XLSX, 'Content-Disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}` });

/** Registers the dashboard, snapshot and monthly-report routes. */
export function deskRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(figures, async (c) => {
    const { division, facility, format } = c.req.valid('query');
    const f = await c.get('repos').deskFigures.figures({ divisionId: division, facilityId: facility });
    if (format === 'xlsx') {
      const rows = f.rows.map((r) => ({ ...r, tier: r.tier ? TIER_ZH[r.tier] : '', subsidyPaid: r.subsidyPaidFen / 100 }));
      const total = { ...f.total, name: '合计', tier: '', grade: '', subsidyPaid: f.total.subsidyPaidFen / 100 };
      const buf = await tableToXlsx([{ name: '托育服务概况', title: [`${f.unit.name} 托育服务概况`, `截至 ${f.asOf}；千人口托位数目标 ${PLANNING_POLICY.placesPer1000Target}`], columns: FIGURE_COLUMNS, rows: [...rows, total] }]);
      return attachment(c, buf, `figures-${f.unit.id}-${f.asOf}.xlsx`) as never;
    }
    return c.json({ ...f, target: { placesPer1000: PLANNING_POLICY.placesPer1000Target } }, 200);
  });
  app.openapi(snapshot, async (c) => c.json(await c.get('repos').deskFigures.snapshot(c.req.valid('json').month), 200));
  app.openapi(report, async (c) => {
    const { month, division, format } = c.req.valid('query');
    const r = await c.get('repos').monthlyReport.report(month, division);
    if (format === 'xlsx') {
      const where = r.division?.name ?? '全市';
      const summary = [
        { item: '托育机构（家）', value: r.facilities },
        { item: '托位（个）', value: r.places },
        { item: '在托婴幼儿（人）', value: r.childrenEnrolled },
        { item: '医育结合签约机构（家）', value: r.signed },
        { item: '医育结合签约率', value: r.signingRate },
        { item: '运营补贴申报（份）', value: r.claims },
        { item: '运营补贴已审核（元）', value: r.subsidyApprovedFen / 100 },
        { item: '运营补贴已拨付（元）', value: r.subsidyPaidFen / 100 },
      ];
      const buf = await tableToXlsx([
        { name: '月报汇总', title: [`${where}托育服务月报 ${r.month}`, `统计截至 ${r.asOf}`], columns: [{ key: 'item', header: '项目', width: 30 }, { key: 'value', header: '数值', width: 18 }], rows: summary },
        {
          name: '按层级和性质',
          columns: [{ key: 'tier', header: '层级', width: 20 }, { key: 'ownership', header: '性质' }, { key: 'facilities', header: '机构数' }, { key: 'places', header: '托位数' }, { key: 'childrenEnrolled', header: '在托人数' }, { key: 'signed', header: '签约机构数' }],
          rows: r.lines.map((l) => ({ ...l, tier: TIER_ZH[l.tier], ownership: OWNERSHIP_ZH[l.ownership] })),
        },
      ]);
      return attachment(c, buf, `monthly-report-${r.division?.id ?? 'city'}-${r.month}.xlsx`) as never;
    }
    return c.json(r, 200);
  });
}
