/** Fees over HTTP: a class's own monthly fee (capped for affordable facilities), monthly statements, paid marks. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json, uuidParam } from '../schemas.ts';
import { requireLogin } from '../auth/session.ts';
import { isoDate, month, placeMode, statementSchema } from './schemas.ts';

const tags = ['families'];
const err = (...codes: Array<keyof typeof errorResponses>) => Object.fromEntries(codes.map((c) => [c, errorResponses[c]]));
const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

const classFee = createRoute({
  method: 'put',
  path: '/api/classes/{id}/fees',
  tags,
  summary: 'Set a class’s own monthly fee for a mode from a date (an affordable facility: at most the cap of the class band)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, ...body(z.object({ mode: placeMode, monthlyFee: z.number().min(0).max(100_000), from: isoDate }).strict().openapi('ClassFeeInput')) },
  responses: { 200: json(z.object({ classId: z.string(), mode: z.string(), monthlyFee: z.number(), from: z.string() }).openapi('ClassFee'), 'Set'), ...err(400, 401, 403, 404) },
});
const issue = createRoute({
  method: 'post',
  path: '/api/facilities/{id}/statements',
  tags,
  summary: 'Issue (or recompute, while unpaid) a month’s fee statements of every child placed or booked at the facility',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, ...body(z.object({ month }).strict().openapi('IssueStatements')) },
  responses: { 200: json(z.object({ issued: z.number().int(), updated: z.number().int(), paidUnchanged: z.number().int() }).openapi('StatementsIssued'), 'Issued'), ...err(400, 401, 403, 404) },
});
const list = createRoute({
  method: 'get',
  path: '/api/statements',
  tags,
  summary: 'Fee statements the caller may see (a family: its children’s; a director: the facility’s)',
  middleware: [requireLogin] as const,
  request: { query: z.object({ childId: z.string().max(100).optional(), facilityId: z.string().max(100).optional(), month: month.optional() }).strict() },
  responses: { 200: json(z.object({ items: z.array(statementSchema) }).openapi('StatementList'), 'Statements'), ...err(400, 401, 403) },
});
const read = createRoute({
  method: 'get',
  path: '/api/statements/{id}',
  tags,
  summary: 'One monthly fee statement (the printable page reads it)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(statementSchema, 'The statement'), ...err(401, 403, 404) },
});
const paid = createRoute({
  method: 'patch',
  path: '/api/statements/{id}',
  tags,
  summary: 'Mark a statement paid or unpaid (collecting payments is out of scope)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, ...body(z.object({ paid: z.boolean() }).strict().openapi('StatementPaid')) },
  responses: { 200: json(statementSchema, 'Updated'), ...err(400, 401, 403, 404) },
});

/** Registers the fee routes. */
export function feeRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(classFee, async (c) => c.json(await c.get('repos').families.statements.setClassFee(c.req.valid('param').id, c.req.valid('json')), 200));
  app.openapi(issue, async (c) => c.json(await c.get('repos').families.statements.issue(c.req.valid('param').id, c.req.valid('json').month), 200));
  app.openapi(list, async (c) => c.json({ items: await c.get('repos').families.statements.list(c.req.valid('query')) }, 200));
  app.openapi(read, async (c) => c.json(await c.get('repos').families.statements.get(c.req.valid('param').id), 200));
  app.openapi(paid, async (c) => c.json(await c.get('repos').families.statements.markPaid(c.req.valid('param').id, c.req.valid('json').paid), 200));
}
