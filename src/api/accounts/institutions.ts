/** The medical institutions of the registry (public), for the health worker's binding in the account form. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json } from '../schemas.ts';

const institutionSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(['maternal_child_hospital', 'general_hospital', 'community_health_centre', 'township_health_centre', 'clinic']),
    divisionId: z.string(),
  })
  .openapi('MedicalInstitution');

const list = createRoute({
  method: 'get',
  path: '/api/medical-institutions',
  tags: ['registry'],
  summary: 'Medical institutions (public), by division and name',
  request: { query: z.object({ divisionId: z.string().max(40).optional() }).strict() },
  responses: { 200: json(z.object({ items: z.array(institutionSchema) }).openapi('MedicalInstitutionList'), 'Institutions'), 400: errorResponses[400] },
});

export function institutionRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(list, async (c) => {
    const items = await c.get('repos').institutions.list(c.req.valid('query').divisionId);
    return c.json({ items: items.map((i) => ({ ...i, kind: i.kind as z.infer<typeof institutionSchema>['kind'] })) }, 200);
  });
}
