/**
 * The registry desk over HTTP: the managed list (live and archived, with what the caller may do per row), restoring
 * an archived facility, and the filing (备案) workflow with its history. Each handler is a schema plus one call into
 * a caller-scoped repository; the access policy decides inside (rows `facility`, `facility_filing`).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { requireLogin } from '../auth/session.ts';
import type { ApiEnv } from '../context.ts';
import { facilitySchema } from '../facilities/schemas.ts';
import { errorResponses, json, pageQuery, uuidParam } from '../schemas.ts';
import { z } from '@hono/zod-openapi';
import { filingPageSchema, filingStateSchema, filingStepSchema, registryPageSchema, registryQuerySchema } from './schemas.ts';

const list = createRoute({
  method: 'get',
  path: '/api/registry',
  tags: ['registry'],
  summary: 'The registry as the bureaus manage it: filing, supervising centre, and what the caller may do to each facility (live facilities: public; archived ones: to those who may restore them)',
  request: { query: registryQuerySchema },
  responses: { 200: json(registryPageSchema, 'A page of the registry'), 400: errorResponses[400] },
});

const restore = createRoute({
  method: 'post',
  path: '/api/facilities/{id}/restore',
  tags: ['facilities'],
  summary: 'Restore an archived facility (the counterpart of archive; district officials: their division)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(facilitySchema, 'Restored (or already live)'), 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 409: errorResponses[409] },
});

const filingState = createRoute({
  method: 'get',
  path: '/api/facilities/{id}/filing',
  tags: ['registry'],
  summary: "A facility's filing (备案) status and the steps the caller may take",
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(filingStateSchema, 'The filing status'), 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const filingStep = createRoute({
  method: 'post',
  path: '/api/facilities/{id}/filing',
  tags: ['registry'],
  summary: 'Take a filing (备案) step: submit (the facility or the bureau), approve with the filing number, return or revoke with the reason (the bureau)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, body: { required: true, content: { 'application/json': { schema: filingStepSchema } } } },
  responses: { 200: json(filingStateSchema, 'The status after the step'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 409: errorResponses[409] },
});

const filingHistory = createRoute({
  method: 'get',
  path: '/api/facilities/{id}/filings',
  tags: ['registry'],
  summary: "A facility's filing history, newest first: every status and number change, who made it, when, how and why",
  middleware: [requireLogin] as const,
  request: { params: uuidParam, query: z.object(pageQuery).strict() },
  responses: { 200: json(filingPageSchema, 'A page of the history'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

/** Registers the registry desk routes: the managed list, restore, the filing workflow and its history. */
export function registryDeskRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(list, async (c) => {
    const { page, pageSize, ...filter } = c.req.valid('query');
    return c.json(await c.get('repos').registryDesk.list(filter, page, pageSize), 200);
  });
  app.openapi(restore, async (c) => c.json(await c.get('repos').facilities.restore(c.req.valid('param').id), 200));
  app.openapi(filingState, async (c) => c.json(await c.get('repos').filing.state(c.req.valid('param').id), 200));
  app.openapi(filingStep, async (c) => {
    const { version, ...step } = c.req.valid('json');
    return c.json(await c.get('repos').filing.step(c.req.valid('param').id, step, version), 200);
  });
  app.openapi(filingHistory, async (c) => {
    const { page, pageSize } = c.req.valid('query');
    return c.json(await c.get('repos').filing.history(c.req.valid('param').id, page, pageSize), 200);
  });
}
