/** Children's records: scoped by role in the repository, every read audited. */
import type { OpenAPIHono} from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { ApiEnv } from '../context.ts';
import { errorResponses, uuidParam } from '../schemas.ts';
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
    serviceMode: z.string().nullable(),
    status: z.string(),
  })
  .openapi('Child');

const list = createRoute({
  method: 'get',
  path: '/api/children',
  tags: ['children'],
  summary: "The children the caller may see (guardians: their own; staff: their facility's; health workers: signed facilities')",
  middleware: [requireLogin] as const,
  responses: { 200: { description: 'Children', content: { 'application/json': { schema: z.object({ items: z.array(childSchema) }) } } }, 401: errorResponses[401], 403: errorResponses[403] },
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
  app.openapi(list, async (c) => c.json({ items: await c.get('repos').children.list() }, 200));
  app.openapi(read, async (c) => c.json(await c.get('repos').children.get(c.req.valid('param').id), 200));
}
