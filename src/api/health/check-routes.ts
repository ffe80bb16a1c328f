/**
 * Health checks over HTTP: record a check (client-made id: 201 the first time, 200 with the stored check on a
 * repeat), a child's checks, the health desk (children due or overdue for a visit), flags and their follow-ups.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { CheckRecord } from '../../db/repos/health-checks.ts';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json, pageOf, pageQuery, uuidParam } from '../schemas.ts';
import { requireLogin } from '../auth/session.ts';
import { checkInputSchema, checkSchema, deskPageSchema, flagItemSchema, flagSchema, scoresWire, uuid } from './schemas.ts';

const PURPOSES = ['health_care', 'follow_up', 'admission', 'guardian_access'] as const;

const record = createRoute({
  method: 'post',
  path: '/api/children/{id}/health-checks',
  tags: ['health'],
  summary: 'Record a health check of a child (health workers of a signed institution; the facility’s director): scores, flags, follow-ups',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, body: { required: true, content: { 'application/json': { schema: checkInputSchema } } } },
  responses: {
    201: json(checkSchema, 'Recorded, with the WHO scores and any flags (each a follow-up task)'),
    200: json(checkSchema, 'The same id was sent before: the stored check'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    409: errorResponses[409],
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/children/{id}/health-checks',
  tags: ['health'],
  summary: "A child's health checks, newest first (audited with the purpose)",
  middleware: [requireLogin] as const,
  request: { params: uuidParam, query: z.object({ purpose: z.enum(PURPOSES).default('health_care') }).strict() },
  responses: { 200: json(z.object({ items: z.array(checkSchema) }).openapi('HealthCheckList'), 'The checks'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const desk = createRoute({
  method: 'get',
  path: '/api/health/desk',
  tags: ['health'],
  summary: 'Children placed today in the facilities one looks after, with the child-health visit due, overdue or upcoming',
  middleware: [requireLogin] as const,
  request: {
    query: z
      .object({
        facilityId: uuid.optional(),
        status: z.enum(['attention', 'due', 'overdue', 'upcoming', 'all']).default('attention').openapi({ description: 'attention: due or overdue' }),
        ...pageQuery,
      })
      .strict(),
  },
  responses: { 200: json(deskPageSchema, 'A page of children, most urgent first, and the counts'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const flags = createRoute({
  method: 'get',
  path: '/api/health/flags',
  tags: ['health'],
  summary: 'Flags (underweight, stunting, wasting, overweight, anaemia) with their follow-up tasks, open first',
  middleware: [requireLogin] as const,
  request: { query: z.object({ facilityId: uuid.optional(), childId: uuid.optional(), status: z.enum(['open', 'done', 'all']).default('open'), ...pageQuery }).strict() },
  responses: { 200: json(pageOf(flagItemSchema).openapi('HealthFlagPage'), 'A page of flags'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const complete = createRoute({
  method: 'patch',
  path: '/api/health/flags/{id}',
  tags: ['health'],
  summary: 'Mark a follow-up done, with its outcome',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, body: { required: true, content: { 'application/json': { schema: z.object({ outcome: z.string().trim().min(1).max(2000) }).strict().openapi('FollowUpDone') } } } },
  responses: { 200: json(flagSchema, 'Done'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 409: errorResponses[409] },
});

const wire = (r: CheckRecord) => ({ ...r, scores: scoresWire(r.scores) });

export function checkRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(record, async (c) => {
    const { check, created } = await c.get('repos').healthChecks.record(c.req.valid('param').id, c.req.valid('json'));
    return created ? c.json(wire(check), 201) : c.json(wire(check), 200);
  });
  app.openapi(list, async (c) => {
    const items = await c.get('repos').healthChecks.listForChild(c.req.valid('param').id, c.req.valid('query').purpose);
    return c.json({ items: items.map(wire) }, 200);
  });
  app.openapi(desk, async (c) => {
    const { page, pageSize, ...filter } = c.req.valid('query');
    return c.json(await c.get('repos').healthDesk.schedule(filter, page, pageSize), 200);
  });
  app.openapi(flags, async (c) => {
    const { page, pageSize, ...filter } = c.req.valid('query');
    return c.json(await c.get('repos').healthDesk.flags(filter, page, pageSize), 200);
  });
  app.openapi(complete, async (c) => c.json(await c.get('repos').healthChecks.completeFlag(c.req.valid('param').id, c.req.valid('json').outcome), 200));
}
