/**
 * Site planning over HTTP (选址规划), for city officials and admins (whole city) and district officials (their
 * division); everyone else gets 403 from the plan repository. Solve a location model on live data, try what-if
 * changes against a plan, keep candidate sites (derived from the demo city, or uploaded as GeoJSON points), save
 * scenarios and export them as GeoJSON or XLSX.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from '../context.ts';
import { errorResponses } from '../schemas.ts';
import { requireLogin } from '../auth/session.ts';
import { AppError } from '../../shared/errors.ts';
import { CANDIDATE_KINDS, type PlanRepo } from '../../db/repos/plan.ts';
import type { CityNetwork } from '../access/service.ts';
import { PlanService, type SolveResponse } from './service.ts';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });
const anyObject = z.record(z.string(), z.unknown());

const kindEnum = z.enum(CANDIDATE_KINDS);
const divisionId = z.string().regex(/^\d{6}$/, 'a 6-digit county-level division code');

/** The solve request (also stored with saved scenarios). */
export const solveSchema = z
  .object({
    objective: z.enum(['coverage', 'setcover', 'median', 'center', 'capacitated']).default('coverage').openapi({ description: 'coverage = MCLP, setcover = LSCP, median = p-median, center = p-center, capacitated = capacitated coverage' }),
    p: z.number().int('p must be a whole number').min(0, 'p must be ≥ 0').max(1000).optional().openapi({ description: 'new sites to open (all models but setcover)' }),
    targetShare: z.number().gt(0, 'targetShare must be > 0').max(1, 'targetShare must be ≤ 1').optional().openapi({ description: 'setcover: share of children 0–3 to cover, (0, 1]' }),
    minutes: z.number().gt(0, 'minutes must be > 0').max(60, 'minutes must be ≤ 60').default(15),
    speedKmh: z.number().gt(0, 'speedKmh must be > 0').max(20, 'speedKmh must be ≤ 20').default(4),
    maxClosures: z.number().int().min(0, 'maxClosures must be ≥ 0').max(100).default(0).openapi({ description: 'existing facilities the model may close (each frees one new site)' }),
    timeLimitSeconds: z.number().gt(0, 'timeLimitSeconds must be > 0').max(60, 'timeLimitSeconds must be ≤ 60').default(10),
    divisionId: divisionId.optional().openapi({ description: 'plan within one county-level division (district officials: always theirs)' }),
    candidates: z
      .object({ kinds: z.array(kindEnum).min(1).optional(), ids: z.array(z.string().max(64)).min(1).max(5000).optional() })
      .strict()
      .optional(),
  })
  .strict()
  .openapi('PlanSolveRequest');

const solveRoute = createRoute({
  method: 'post',
  path: '/api/plan/solve',
  tags: ['plan'],
  summary: 'Solve a location model (MCLP, LSCP, p-median, p-center, capacitated) for the next childcare sites',
  description:
    'Demand: children 0–3 in residential compounds and villages; supply: existing facilities (kept open; closable with maxClosures); candidates: candidate sites. Walking minutes over the street network. HiGHS exact with the time limit, heuristic with bounds otherwise; every answer reports objective, optimal, bound and status ("time_limit" when the limit was hit: the best plan found and its bound).',
  middleware: [requireLogin] as const,
  request: body(solveSchema),
  responses: { 200: json(anyObject.openapi('PlanSolveResponse'), 'The plan'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 503: { description: 'No walking network loaded' } },
});

const whatIfSchema = z
  .object({
    runId: z.string().uuid().optional(),
    scenarioId: z.string().uuid().optional(),
    open: z.array(z.string()).max(5000).optional().openapi({ description: 'candidate ids open in the base (default: the plan’s new sites)' }),
    closed: z.array(z.string()).max(5000).optional().openapi({ description: 'existing facility ids closed in the base (default: the plan’s closures)' }),
    change: z
      .object({
        action: z.enum(['open', 'close', 'move', 'places']),
        site: z.string().min(1),
        to: z.string().min(1).optional(),
        places: z.number().min(0, 'places must be ≥ 0').max(10_000).optional(),
      })
      .strict(),
  })
  .strict()
  .openapi('PlanWhatIfRequest');

const whatIfRoute = createRoute({
  method: 'post',
  path: '/api/plan/whatif',
  tags: ['plan'],
  summary: 'Open, close or move one site, or change its places, against a plan: the coverage change at once (no re-solve)',
  middleware: [requireLogin] as const,
  request: body(whatIfSchema),
  responses: { 200: json(anyObject.openapi('PlanWhatIfResponse'), 'Before, after and the change'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const candidatesRoute = createRoute({
  method: 'get',
  path: '/api/plan/candidates',
  tags: ['plan'],
  summary: 'Candidate sites in the caller’s scope (vacant community rooms, kindergartens with space, uploads)',
  middleware: [requireLogin] as const,
  request: {
    query: z
      .object({
        kinds: z
          .string()
          .regex(/^[a-z_]+(,[a-z_]+)*$/, 'kinds: names separated by commas')
          .transform((s) => s.split(','))
          .pipe(z.array(kindEnum))
          .optional(),
        divisionId: divisionId.optional(),
      })
      .strict(),
  },
  responses: { 200: json(z.object({ items: z.array(anyObject), total: z.number().int() }), 'Candidates'), 401: errorResponses[401], 403: errorResponses[403] },
});

const pointFeature = z.object({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  geometry: z.object({ type: z.literal('Point', 'only Point geometries are accepted'), coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).rest(z.number()) }),
  properties: z
    .object({
      name: z.string().trim().min(1).max(200).optional(),
      places: z.number().int().min(0).max(1000).optional(),
      divisionId: divisionId.optional(),
    })
    .passthrough()
    .nullable()
    .optional(),
});
const uploadSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    name: z.string().max(200).optional(),
    features: z.array(pointFeature).min(1, 'the upload holds no points').max(2000, 'at most 2,000 points per upload'),
  })
  .passthrough()
  .openapi('PlanCandidateUpload');

const uploadRoute = createRoute({
  method: 'post',
  path: '/api/plan/candidates',
  tags: ['plan'],
  summary: 'Upload candidate sites as a GeoJSON FeatureCollection of points (WGS-84; properties name, places, divisionId)',
  middleware: [requireLogin] as const,
  request: body(uploadSchema),
  responses: { 201: json(z.object({ items: z.array(anyObject) }), 'Stored'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});

const idParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) });

const deleteCandidateRoute = createRoute({
  method: 'delete',
  path: '/api/plan/candidates/{id}',
  tags: ['plan'],
  summary: 'Delete an uploaded candidate site',
  middleware: [requireLogin] as const,
  request: { params: idParam },
  responses: { 204: { description: 'Deleted' }, 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const listScenariosRoute = createRoute({
  method: 'get',
  path: '/api/plan/scenarios',
  tags: ['plan'],
  summary: 'Saved planning scenarios in scope, newest first',
  middleware: [requireLogin] as const,
  responses: { 200: json(z.object({ items: z.array(anyObject) }), 'Scenarios'), 401: errorResponses[401], 403: errorResponses[403] },
});

const createScenarioRoute = createRoute({
  method: 'post',
  path: '/api/plan/scenarios',
  tags: ['plan'],
  summary: 'Save a solved plan (by its runId) as a named scenario',
  middleware: [requireLogin] as const,
  request: body(z.object({ name: z.string().trim().min(1, 'name is required').max(200), runId: z.string().uuid() }).strict().openapi('PlanScenarioInput')),
  responses: { 201: json(anyObject.openapi('PlanScenario'), 'Saved'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const readScenarioRoute = createRoute({
  method: 'get',
  path: '/api/plan/scenarios/{id}',
  tags: ['plan'],
  summary: 'One scenario with its request and result',
  middleware: [requireLogin] as const,
  request: { params: idParam },
  responses: { 200: json(anyObject, 'The scenario'), 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const renameScenarioRoute = createRoute({
  method: 'patch',
  path: '/api/plan/scenarios/{id}',
  tags: ['plan'],
  summary: 'Rename a scenario',
  middleware: [requireLogin] as const,
  request: { params: idParam, ...body(z.object({ name: z.string().trim().min(1, 'name is required').max(200) }).strict()) },
  responses: { 200: json(anyObject, 'The scenario'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const deleteScenarioRoute = createRoute({
  method: 'delete',
  path: '/api/plan/scenarios/{id}',
  tags: ['plan'],
  summary: 'Delete a scenario',
  middleware: [requireLogin] as const,
  request: { params: idParam },
  responses: { 204: { description: 'Deleted' }, 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const exportScenarioRoute = createRoute({
  method: 'get',
  path: '/api/plan/scenarios/{id}/export',
  tags: ['plan'],
  summary: 'Export a scenario as GeoJSON (new sites, closures, newly covered compounds) or XLSX (summary, sites, demand)',
  middleware: [requireLogin] as const,
  request: { params: idParam, query: z.object({ format: z.enum(['geojson', 'xlsx']).default('geojson') }).strict() },
  responses: { 200: { description: 'The file' }, 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

/**
 * Registers the planning routes.
 * @param app - the app
 * @param network - the loaded city network (null: solving answers 503)
 * @returns the service (its workers stop with `close()`)
 */
export function planRoutes(app: OpenAPIHono<ApiEnv>, network: () => CityNetwork | null): PlanService {
  const service = new PlanService(network);
  const repo = (c: { get(k: 'repos'): ApiEnv['Variables']['repos'] }): PlanRepo => c.get('repos').plan;
  const userId = (c: { get(k: 'caller'): ApiEnv['Variables']['caller'] }): string => {
    const caller = c.get('caller');
    if (caller.kind !== 'user') throw new AppError('unauthenticated', 'login required');
    return caller.userId;
  };

  app.openapi(solveRoute, async (c) => {
    const req = c.req.valid('json');
    return c.json((await service.solve(repo(c), userId(c), req)) as unknown as Record<string, unknown>, 200);
  });

  app.openapi(whatIfRoute, async (c) => {
    const req = c.req.valid('json');
    return c.json((await service.whatIf(repo(c), userId(c), req)) as unknown as Record<string, unknown>, 200);
  });

  app.openapi(candidatesRoute, async (c) => {
    const q = c.req.valid('query');
    const items = await repo(c).candidates({ ...(q.kinds ? { kinds: q.kinds } : {}), ...(q.divisionId ? { divisionId: q.divisionId } : {}) });
    return c.json({ items: items as unknown as Array<Record<string, unknown>>, total: items.length }, 200);
  });

  app.openapi(uploadRoute, async (c) => {
    const fc = c.req.valid('json');
    const points = fc.features.map((f, i) => {
      const p = f.properties ?? {};
      const name = p.name ?? (f.id !== undefined ? String(f.id) : `${fc.name ?? 'upload'} #${i + 1}`);
      return { name, lng: f.geometry.coordinates[0], lat: f.geometry.coordinates[1], ...(p.places !== undefined ? { places: p.places } : {}), ...(p.divisionId ? { divisionId: p.divisionId } : {}) };
    });
    const items = await repo(c).upload(points, fc.name ? `upload:${fc.name}` : 'upload');
    return c.json({ items: items as unknown as Array<Record<string, unknown>> }, 201);
  });

  app.openapi(deleteCandidateRoute, async (c) => {
    await repo(c).deleteCandidate(c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.openapi(listScenariosRoute, async (c) => {
    const items = await repo(c).listScenarios();
    return c.json({ items: items as unknown as Array<Record<string, unknown>> }, 200);
  });

  app.openapi(createScenarioRoute, async (c) => {
    const { name, runId } = c.req.valid('json');
    const r = repo(c);
    r.scope();
    const run: SolveResponse = service.run(runId, userId(c));
    const s = await r.saveScenario(name, run.request.divisionId ?? null, run.request, run);
    return c.json(s as unknown as Record<string, unknown>, 201);
  });

  app.openapi(readScenarioRoute, async (c) => c.json((await repo(c).getScenario(c.req.valid('param').id)) as unknown as Record<string, unknown>, 200));

  app.openapi(renameScenarioRoute, async (c) => {
    const s = await repo(c).renameScenario(c.req.valid('param').id, c.req.valid('json').name);
    return c.json(s as unknown as Record<string, unknown>, 200);
  });

  app.openapi(deleteScenarioRoute, async (c) => {
    await repo(c).deleteScenario(c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.openapi(exportScenarioRoute, async (c) => {
    const { format } = c.req.valid('query');
    const f = await service.export(repo(c), userId(c), c.req.valid('param').id, format);
    return c.body(typeof f.body === 'string' ? f.body : new Uint8Array(f.body), 200, { 'Content-Type': f.contentType, 'Content-Disposition': `attachment; filename="${f.filename}"` });
  });

  return service;
}
