/**
 * The audit trail of children's records over HTTP (PIPL; policy row `audit`): who read which child's record, when
 * and why, without the record — the child as a pseudonymous reference (a guardian sees their own children by name).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { requireLogin } from '../auth/session.ts';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json } from '../schemas.ts';
import { auditPageSchema, auditQuerySchema } from './schemas.ts';

const list = createRoute({
  method: 'get',
  path: '/api/audit',
  tags: ['privacy'],
  summary: "Who read or changed which child's record, when and why (guardians: their children; district officials: children placed in their division; the city and administrators: all)",
  middleware: [requireLogin] as const,
  request: { query: auditQuerySchema },
  responses: { 200: json(auditPageSchema, 'A page of the audit trail, newest first'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});

/** Registers GET /api/audit. */
export function auditRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(list, async (c) => {
    const { page, pageSize, ...filter } = c.req.valid('query');
    return c.json(await c.get('repos').auditTrail.list(filter, page, pageSize), 200);
  });
}
