/**
 * Site planning over HTTP (选址规划), for city officials and admins (whole city) and district officials (their
 * division); everyone else gets 403 from the plan repositories. Solve a location model on live data and try
 * what-if changes against it (here); candidate sites (candidate-routes.ts); saved scenarios and their exports
 * (scenario-routes.ts). Answers that can be large (a city-wide plan) are written as JSON text by the workers and sent
 * as is.
 */
import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json } from '../schemas.ts';
import { requireLogin } from '../auth/session.ts';
import type { CityNetwork } from '../access/service.ts';
import type { Db } from '../../db/index.ts';
import { candidateRoutes } from './candidate-routes.ts';
import { PlanWorkers } from './pools.ts';
import { solveRun } from './runs.ts';
import { scenarioRoutes } from './scenario-routes.ts';
import { solveResponseSchema, solveSchema, whatIfResponseSchema, whatIfSchema, type SolveResponse } from './schemas.ts';
import { whatIf } from './whatif.ts';
import { rawJson } from './raw-json.ts';

const body = <T extends typeof solveSchema | typeof whatIfSchema>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });

const solveRoute = createRoute({
  method: 'post',
  path: '/api/plan/solve',
  tags: ['plan'],
  summary: 'Solve a location model (MCLP, LSCP, p-median, p-center, capacitated) for the next childcare sites',
  description:
    'Demand: children 0–3 in residential compounds and villages; supply: existing facilities (kept open; closable with maxClosures); candidates: candidate sites. Walking minutes over the street network. HiGHS exact with the time limit, heuristic with bounds otherwise; every answer reports objective, optimal, bound and status ("time_limit" when the limit was hit: the best plan found and its bound). The run is kept for 24 hours (what-ifs, saving as a scenario), on every replica.',
  middleware: [requireLogin] as const,
  request: body(solveSchema),
  responses: { 200: json(solveResponseSchema, 'The plan'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 503: errorResponses[503] },
});

const whatIfRoute = createRoute({
  method: 'post',
  path: '/api/plan/whatif',
  tags: ['plan'],
  summary: 'Open, close or move one site, or change its places, against a run or a saved scenario: the coverage change at once (no re-solve)',
  middleware: [requireLogin] as const,
  request: body(whatIfSchema),
  responses: { 200: json(whatIfResponseSchema, 'Before, after and the change'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 503: errorResponses[503] },
});


/**
 * Registers the planning routes.
 * @param app - the app
 * @param network - the loaded city network (null: solving answers 503; what-ifs on stored plans still work)
 * @param db - the database (the workers open their own pools on it)
 * @returns the planning workers (stop them with `close()`)
 */
export function planRoutes(app: OpenAPIHono<ApiEnv>, network: () => CityNetwork | null, db: Db): PlanWorkers {
  const workers = new PlanWorkers(network, db.url);

  app.openapi(solveRoute, async (c) => {
    return rawJson<SolveResponse, 200>(c, await solveRun(c.get('repos'), workers, c.req.valid('json')), 200);
  });

  app.openapi(whatIfRoute, async (c) => c.json(await whatIf(c.get('repos'), workers, c.req.valid('json')), 200));

  candidateRoutes(app, workers);
  scenarioRoutes(app, workers);
  return workers;
}
