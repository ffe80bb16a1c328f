/** Children's records: scoped by role in the repository, every read audited. */
import type { OpenAPIHono} from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { ApiEnv } from '../context.ts';
import { errorResponses, pageOf, pageQuery, uuidParam } from '../schemas.ts';
import { requireLogin } from '../auth/session.ts';

const childSchema = z
  .object({
    id: z.string(),
    familyName: z.string(),
    givenName: z.string(),
    sex: z.enum(['M', 'F']),
    birthDate: z.string().openapi({ example: '2024-05-17' }),
    facilityId: z.string().nullable(),
    classId: z.string().nullable(),
    serviceMode: z.enum(['full_day', 'half_day']).nullable(),
    status: z.enum(['placed', 'upcoming', 'not_placed']).openapi({ description: "placed: a placement covers today; upcoming: one starts later; not_placed: neither" }),
  })
  .openapi('Child');

const list = createRoute({
  method: 'get',
  path: '/api/children',
  tags: ['children'],
  summary: "The children the caller may see (guardians: their own; staff: their facility's; health workers: signed facilities')",
  middleware: [requireLogin] as const,
  request: { query: z.object(pageQuery).strict() },
  responses: { 200: { description: 'A page of children, by name', content: { 'application/json': { schema: pageOf(childSchema).openapi('ChildPage') } } }, 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});
const read = createRoute({
  method: 'get',
  path: '/api/children/{id}',
  tags: ['children'],
  summary: "One child's record (404 when outside the caller's scope)",
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: { description: 'The child', content: { 'application/json': { schema: childSchema } } }, 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

export function childRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(list, async (c) => {
    const { page, pageSize } = c.req.valid('query');
    return c.json(await c.get('repos').children.list(page, pageSize), 200);
  });
  app.openapi(read, async (c) => c.json(await c.get('repos').children.get(c.req.valid('param').id), 200));
}
