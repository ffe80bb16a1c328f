/**
 * The monthly operating-subsidy claims over HTTP (policy rows `subsidy_claim`, `subsidy_claim_line`): the run, the
 * list and one claim (figures, history, children-months by reason), the facility's child-level lines, the workflow
 * steps (confirm → approve/return → pay) and what a recomputation would owe or claw back.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import { requireLogin } from '../auth/session.ts';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json, pageQuery, uuidParam } from '../schemas.ts';
import { claimAdjustmentSchema, claimDetailSchema, claimLinePageSchema, claimPageSchema, claimQuerySchema, claimRunInputSchema, claimRunSchema, claimStepSchema } from './subsidy-schemas.ts';

const tags = ['subsidies'];
const e = errorResponses;

const list = createRoute({
  method: 'get',
  path: '/api/subsidy-claims',
  tags,
  summary: 'Subsidy claims the caller may read (month, division, facility, state), with the sum of all matching',
  middleware: [requireLogin] as const,
  request: { query: claimQuerySchema },
  responses: { 200: json(claimPageSchema, 'A page of claims'), 400: e[400], 401: e[401], 403: e[403] },
});

const run = createRoute({
  method: 'post',
  path: '/api/subsidy-claims/run',
  tags,
  summary: "The monthly run: computes each eligible facility's claim from placements and attendance (claims not yet confirmed are recomputed)",
  middleware: [requireLogin] as const,
  request: { body: { required: true, content: { 'application/json': { schema: claimRunInputSchema } } } },
  responses: { 200: json(claimRunSchema, 'What the run computed and what it left'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});

const read = createRoute({
  method: 'get',
  path: '/api/subsidy-claims/{id}',
  tags,
  summary: 'One claim: figures, history, children-months by reason',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(claimDetailSchema, 'The claim'), 401: e[401], 403: e[403], 404: e[404] },
});

const lines = createRoute({
  method: 'get',
  path: '/api/subsidy-claims/{id}/lines',
  tags,
  summary: "The claim's children-months with the children's names (the facility itself; audited)",
  middleware: [requireLogin] as const,
  request: { params: uuidParam, query: z.object({ ...pageQuery }).strict() },
  responses: { 200: json(claimLinePageSchema, 'A page of lines'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});

const step = createRoute({
  method: 'post',
  path: '/api/subsidy-claims/{id}/steps',
  tags,
  summary: 'A workflow step: confirm (the facility), approve or return (the district), pay (the city)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, body: { required: true, content: { 'application/json': { schema: claimStepSchema } } } },
  responses: { 200: json(claimDetailSchema, 'The claim after the step'), 400: e[400], 401: e[401], 403: e[403], 404: e[404], 409: e[409] },
});

const adjustment = createRoute({
  method: 'get',
  path: '/api/subsidy-claims/{id}/adjustment',
  tags,
  summary: "What recomputing the claim now (today's policies and records) would owe or claw back, without changing it",
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(claimAdjustmentSchema, 'The difference'), 401: e[401], 403: e[403], 404: e[404] },
});

/** Registers the subsidy-claim routes. */
export function subsidyRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(list, async (c) => {
    const { page, pageSize, month, division, facility, state } = c.req.valid('query');
    return c.json(await c.get('repos').subsidyClaims.list({ month, divisionId: division, facilityId: facility, state }, page, pageSize), 200);
  });
  app.openapi(run, async (c) => {
    const { month, facilityId, divisionId } = c.req.valid('json');
    return c.json(await c.get('repos').subsidyClaims.compute(month, { facilityId, divisionId }), 200);
  });
  app.openapi(read, async (c) => c.json(await c.get('repos').subsidyClaims.get(c.req.valid('param').id), 200));
  app.openapi(lines, async (c) => {
    const { page, pageSize } = c.req.valid('query');
    return c.json(await c.get('repos').subsidyClaims.lines(c.req.valid('param').id, page, pageSize), 200);
  });
  app.openapi(step, async (c) => {
    const { action, note, version } = c.req.valid('json');
    return c.json(await c.get('repos').subsidyClaims.step(c.req.valid('param').id, action, { note, version }), 200);
  });
  app.openapi(adjustment, async (c) => c.json(await c.get('repos').subsidyClaims.adjustment(c.req.valid('param').id), 200));
}
