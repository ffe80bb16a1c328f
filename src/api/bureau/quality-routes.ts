/**
 * Quality assessments over HTTP (policy row `assessment`): district assessors score the facilities of their division,
 * the city all; directors read their own facility's. The standard (dimensions, items, veto items, grade thresholds)
 * and what each grade earns are public, from the same versioned policies the server scores with.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import { QUALITY_GRADES, standardOn } from '../../care/quality/index.ts';
import { formatFen } from '../../care/money.ts';
import { qualityAwardFor } from '../../care/subsidy/index.ts';
import { requireLogin } from '../auth/session.ts';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json, uuidParam } from '../schemas.ts';
import { cityToday } from '../../shared/city-day.ts';
import { assessmentInputSchema, assessmentPageSchema, assessmentPatchSchema, assessmentQuerySchema, assessmentSchema, qualityStandardSchema } from './schemas.ts';

const standard = createRoute({
  method: 'get',
  path: '/api/policy/quality',
  tags: ['policy'],
  summary: 'The quality assessment standard in force on a date (default today): dimensions, items, veto items, grades and their awards (public)',
  request: { query: z.object({ date: z.iso.date().optional() }).strict() },
  responses: { 200: json(qualityStandardSchema, 'The standard'), 400: errorResponses[400] },
});

const list = createRoute({
  method: 'get',
  path: '/api/assessments',
  tags: ['quality'],
  summary: 'Quality assessments the caller may read, newest first',
  middleware: [requireLogin] as const,
  request: { query: assessmentQuerySchema },
  responses: { 200: json(assessmentPageSchema, 'A page of assessments'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});

const read = createRoute({
  method: 'get',
  path: '/api/assessments/{id}',
  tags: ['quality'],
  summary: 'One quality assessment with its points per dimension',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(assessmentSchema, 'The assessment'), 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const create = createRoute({
  method: 'post',
  path: '/api/assessments',
  tags: ['quality'],
  summary: 'Start (or record, final) a quality assessment of a facility (district officials: their division)',
  middleware: [requireLogin] as const,
  request: { body: { required: true, content: { 'application/json': { schema: assessmentInputSchema } } } },
  responses: { 201: json(assessmentSchema, 'Created'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 409: errorResponses[409] },
});

const update = createRoute({
  method: 'patch',
  path: '/api/assessments/{id}',
  tags: ['quality'],
  summary: 'Change a draft assessment, or make it final',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, body: { required: true, content: { 'application/json': { schema: assessmentPatchSchema } } } },
  responses: { 200: json(assessmentSchema, 'Updated'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 409: errorResponses[409] },
});

/** Registers the quality routes: the public standard, and assessments (list, read, create, update). */
export function qualityRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(standard, (c) => {
    const date = c.req.valid('query').date ?? cityToday();
    const s = standardOn(date);
    return c.json(
      {
        id: s.id,
        effectiveFrom: s.effectiveFrom,
        source: s.source,
        totalPoints: s.totalPoints,
        dimensions: s.dimensions.map((d) => ({ key: d.key, zh: d.zh, en: d.en, maxPoints: d.maxPoints, items: d.items.map((i) => ({ ...i })) })),
        vetoes: s.vetoes.map((v) => ({ ...v })),
        thresholds: s.thresholds.map((t) => ({ ...t })),
        validYears: s.validYears,
        awards: QUALITY_GRADES.map((grade) => {
          const a = qualityAwardFor(grade, date);
          return { grade, amountFen: a.amountFen, formatted: formatFen(a.amountFen) };
        }),
      },
      200,
    );
  });
  app.openapi(list, async (c) => {
    const { page, pageSize, facility, division, status } = c.req.valid('query');
    return c.json(await c.get('repos').quality.list({ facilityId: facility, divisionId: division, status }, page, pageSize), 200);
  });
  app.openapi(read, async (c) => c.json(await c.get('repos').quality.get(c.req.valid('param').id), 200));
  app.openapi(create, async (c) => c.json(await c.get('repos').quality.create(c.req.valid('json')), 201));
  app.openapi(update, async (c) => c.json(await c.get('repos').quality.update(c.req.valid('param').id, c.req.valid('json')), 200));
}
