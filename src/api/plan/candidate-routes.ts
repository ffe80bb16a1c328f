/**
 * Candidate sites over HTTP: a page of the candidates in scope (derived from the demo city's compounds, or uploaded),
 * uploads of GeoJSON points, and deleting an upload.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json, pageQuery } from '../schemas.ts';
import { requireLogin } from '../auth/session.ts';
import type { PlanWorkers } from './pools.ts';
import { candidatePageSchema, candidateQuery, uploadResponseSchema, uploadSchema } from './schemas.ts';

const listRoute = createRoute({
  method: 'get',
  path: '/api/plan/candidates',
  tags: ['plan'],
  summary: 'A page of the candidate sites in the caller’s scope (vacant community rooms, kindergartens with space, uploads), by id',
  middleware: [requireLogin] as const,
  request: { query: candidateQuery.extend(pageQuery).strict() },
  responses: { 200: json(candidatePageSchema, 'A page of candidates and their total'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});

const uploadRoute = createRoute({
  method: 'post',
  path: '/api/plan/candidates',
  tags: ['plan'],
  summary: 'Upload candidate sites as a GeoJSON FeatureCollection of points (WGS-84; properties name, places, divisionId)',
  middleware: [requireLogin] as const,
  request: { body: { required: true, content: { 'application/json': { schema: uploadSchema } } } },
  responses: { 201: json(uploadResponseSchema, 'The stored candidates'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/api/plan/candidates/{id}',
  tags: ['plan'],
  summary: 'Delete an uploaded candidate site',
  middleware: [requireLogin] as const,
  request: { params: z.object({ id: z.string().max(100).openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: { 204: { description: 'Deleted' }, 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

/**
 * Registers the candidate routes.
 * @param app - the app
 * @param workers - the planning pools (a planner reading candidates will ask what-ifs soon: start the state worker)
 */
export function candidateRoutes(app: OpenAPIHono<ApiEnv>, workers: PlanWorkers): void {
  app.openapi(listRoute, async (c) => {
    const { page, pageSize, kinds, divisionId } = c.req.valid('query');
    const answer = await c.get('repos').plan.candidatePage({ ...(kinds ? { kinds } : {}), ...(divisionId ? { divisionId } : {}) }, page, pageSize);
    workers.warm();
    return c.json(answer, 200);
  });

  app.openapi(uploadRoute, async (c) => {
    const fc = c.req.valid('json');
    const points = fc.features.map((f, i) => {
      const p = f.properties ?? {};
      const name = p.name ?? (f.id !== undefined ? String(f.id) : `${fc.name ?? 'upload'} #${i + 1}`);
      return { name, lng: f.geometry.coordinates[0], lat: f.geometry.coordinates[1], ...(p.places !== undefined ? { places: p.places } : {}), ...(p.divisionId ? { divisionId: p.divisionId } : {}) };
    });
    return c.json({ items: await c.get('repos').plan.upload(points, fc.name ? `upload:${fc.name}` : 'upload') }, 201);
  });

  app.openapi(deleteRoute, async (c) => {
    await c.get('repos').plan.deleteCandidate(c.req.valid('param').id);
    return c.body(null, 204);
  });
}
