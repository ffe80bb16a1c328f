/**
 * Saved scenarios over HTTP: save a run under a name, a page of the scenarios in scope, one scenario with its
 * answer, rename, delete, and export as GeoJSON or XLSX. A scenario's answer is sent as the JSON text PostgreSQL
 * holds (never parsed and serialised again on the event loop).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json, pageQuery, uuidParam } from '../schemas.ts';
import { requireLogin } from '../auth/session.ts';
import type { ScenarioRecord } from '../../db/repos/plan-scenarios.ts';
import { exportScenario, XLSX_TYPE } from './exports.ts';
import type { PlanWorkers } from './pools.ts';
import { rawJson } from './raw-json.ts';
import { scenarioGeoJsonSchema, scenarioInputSchema, scenarioPageSchema, scenarioRenameSchema, scenarioSchema } from './schemas.ts';

type Scenario = z.infer<typeof scenarioSchema>;

const jsonBody = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });

const listRoute = createRoute({
  method: 'get',
  path: '/api/plan/scenarios',
  tags: ['plan'],
  summary: 'A page of the saved planning scenarios in scope, newest first',
  middleware: [requireLogin] as const,
  request: { query: z.object(pageQuery).strict() },
  responses: { 200: json(scenarioPageSchema, 'A page of scenarios and their total'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});

const createRoute_ = createRoute({
  method: 'post',
  path: '/api/plan/scenarios',
  tags: ['plan'],
  summary: 'Save a run (by its runId, while it is kept) as a named scenario',
  middleware: [requireLogin] as const,
  request: jsonBody(scenarioInputSchema),
  responses: { 201: json(scenarioSchema, 'Saved'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const readRoute = createRoute({
  method: 'get',
  path: '/api/plan/scenarios/{id}',
  tags: ['plan'],
  summary: 'One scenario with its request and its plan',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: json(scenarioSchema, 'The scenario'), 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const renameRoute = createRoute({
  method: 'patch',
  path: '/api/plan/scenarios/{id}',
  tags: ['plan'],
  summary: 'Rename a scenario (its owner, or a city-wide planner)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, ...jsonBody(scenarioRenameSchema) },
  responses: { 200: json(scenarioSchema, 'The scenario'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/api/plan/scenarios/{id}',
  tags: ['plan'],
  summary: 'Delete a scenario (its owner, or a city-wide planner)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 204: { description: 'Deleted' }, 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/api/plan/scenarios/{id}/export',
  tags: ['plan'],
  summary: 'Export a scenario as GeoJSON (new sites, closures, newly covered compounds) or XLSX (summary, sites, demand)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam, query: z.object({ format: z.enum(['geojson', 'xlsx']).default('geojson') }).strict() },
  responses: {
    200: {
      description: 'The file (Content-Disposition: attachment): format=geojson → application/geo+json, format=xlsx → an Excel workbook with the sheets summary, sites and demand',
      content: {
        'application/geo+json': { schema: scenarioGeoJsonSchema },
        [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary', description: 'Office Open XML workbook' }) },
      },
    },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    503: errorResponses[503],
  },
});

/** A scenario as JSON text: its fields, then its answer as stored. */
function scenarioJson(s: ScenarioRecord): string {
  const { resultJson, ...rest } = s;
  return `${JSON.stringify(rest).slice(0, -1)},"result":${resultJson}}`;
}

/** Registers the scenario routes (reading the list starts the state worker: what-ifs and exports follow). */
export function scenarioRoutes(app: OpenAPIHono<ApiEnv>, workers: PlanWorkers): void {
  app.openapi(listRoute, async (c) => {
    const { page, pageSize } = c.req.valid('query');
    const answer = await c.get('repos').planScenarios.page(page, pageSize);
    workers.warm();
    return c.json(answer, 200);
  });

  app.openapi(createRoute_, async (c) => {
    const { name, runId } = c.req.valid('json');
    const repos = c.get('repos');
    repos.plan.scope();
    return rawJson<Scenario, 201>(c, scenarioJson(await repos.planScenarios.saveFromRun(name, runId)), 201);
  });

  app.openapi(readRoute, async (c) => {
    const repos = c.get('repos');
    repos.plan.scope();
    return rawJson<Scenario, 200>(c, scenarioJson(await repos.planScenarios.get(c.req.valid('param').id)), 200);
  });

  app.openapi(renameRoute, async (c) => {
    const repos = c.get('repos');
    repos.plan.scope();
    return rawJson<Scenario, 200>(c, scenarioJson(await repos.planScenarios.rename(c.req.valid('param').id, c.req.valid('json').name)), 200);
  });

  app.openapi(deleteRoute, async (c) => {
    const repos = c.get('repos');
    repos.plan.scope();
    await repos.planScenarios.delete(c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.openapi(exportRoute, async (c) => {
    const { format } = c.req.valid('query');
    const f = await exportScenario(c.get('repos'), workers, c.req.valid('param').id, format);
    return c.body(typeof f.body === 'string' ? f.body : new Uint8Array(f.body), 200, { 'Content-Type': f.contentType, 'Content-Disposition': `attachment; filename="${f.filename}"` });
  });
}

