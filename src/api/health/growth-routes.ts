/**
 * WHO growth over HTTP: score one child's measurements (bad values → an empty score with its reason, never an
 * error), the reference curves for charts (−3…+3 SD or the 3rd–97th centiles), and a child's own growth with the
 * plain-language reading (guardians, the facility, signed health workers; audited).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { centileCurves, loadWhoTables, scoreRecord, sdCurves } from '../../growth/index.ts';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json, uuidParam } from '../schemas.ts';
import { requireLogin } from '../auth/session.ts';
import { curvesQuerySchema, curvesSchema, growthViewSchema, scoreRequestSchema, scoresSchema, scoresWire } from './schemas.ts';
import { requireRows } from './util.ts';

const score = createRoute({
  method: 'post',
  path: '/api/growth/score',
  tags: ['health'],
  summary: "Score one child's measurements (WHO 2006: weight-for-age, length/height-for-age, weight-for-length/height, BMI-for-age, head-for-age)",
  description:
    'Computed as WHO anthro does: age in days (or birthDate + date), the ±0.7 cm position rule, weight-for-length below 731 days and weight-for-height from 731, the restricted method beyond ±3 SD, WHO flags. A value that cannot be scored (zero or negative weight, unknown sex, age beyond the tables, a length outside the weight-for-length range) comes back `ok: false` with a reason — the answer is still 200.',
  request: { body: { required: true, content: { 'application/json': { schema: scoreRequestSchema } } } },
  responses: { 200: json(scoresSchema, 'The five scores, each a value or a reason'), 400: errorResponses[400] },
});

const curves = createRoute({
  method: 'get',
  path: '/api/growth/curves',
  tags: ['health'],
  summary: 'WHO reference curves for a chart: SD lines −3…+3 or centile lines 3rd–97th, over days or cm',
  request: { query: curvesQuerySchema },
  responses: { 200: json(curvesSchema, 'One x axis and one series per line'), 400: errorResponses[400] },
});

const childGrowth = createRoute({
  method: 'get',
  path: '/api/children/{id}/growth',
  tags: ['health'],
  summary: "A child's measurements over time, scored, with a plain-language reading (audited: growth_chart)",
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(growthViewSchema, 'The growth'), 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

export function growthRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(score, async (c) => {
    requireRows(c.get('repos'), 'growth_standard', 'read');
    const b = c.req.valid('json');
    const tables = await loadWhoTables();
    const s = scoreRecord(tables, { sex: b.sex, age_days: b.ageDays, birth_date: b.birthDate, date: b.date, weight_kg: b.weightKg, length_cm: b.lengthCm, position: b.position, head_cm: b.headCm, oedema: b.oedema });
    return c.json(scoresWire(s), 200);
  });

  app.openapi(curves, async (c) => {
    requireRows(c.get('repos'), 'growth_standard', 'read');
    const q = c.req.valid('query');
    const tables = await loadWhoTables();
    const sex = q.sex === 'M' ? 1 : 2;
    const range = { from: q.from, to: q.to, step: q.step };
    const r = q.kind === 'centile' ? centileCurves(tables, q.indicator, sex, range) : sdCurves(tables, q.indicator, sex, range);
    return c.json({ indicator: r.indicator, sex: q.sex, xUnit: r.xUnit, measureUnit: r.measureUnit, x: [...r.x], lines: r.lines.map((l) => ({ key: l.key, z: l.z, centile: l.centile, values: l.values.map((v) => Math.round(v * 1000) / 1000) })), source: tables.source }, 200);
  });

  app.openapi(childGrowth, async (c) => {
    const g = await c.get('repos').healthChecks.growth(c.req.valid('param').id);
    return c.json({ ...g, visits: g.visits.map((v) => ({ ...v, scores: scoresWire(v.scores) })), reading: g.reading.map((r) => ({ ...r })) }, 200);
  });
}
