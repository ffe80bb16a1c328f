/** Shared OpenAPI schemas. */
import { z } from '@hono/zod-openapi';

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid' }),
      message: z.string(),
      field: z.string().optional(),
      issues: z.array(z.object({ field: z.string(), message: z.string(), row: z.number().int().optional() })).optional(),
    }),
  })
  .openapi('Error');

export const errorResponses = {
  400: { description: 'Invalid input (names the field)', content: { 'application/json': { schema: errorSchema } } },
  401: { description: 'Login required', content: { 'application/json': { schema: errorSchema } } },
  403: { description: 'Not allowed for this role or resource', content: { 'application/json': { schema: errorSchema } } },
  404: { description: 'Not found (or not visible to the caller)', content: { 'application/json': { schema: errorSchema } } },
  409: { description: 'Conflicts with the current state', content: { 'application/json': { schema: errorSchema } } },
  413: { description: 'Body too large', content: { 'application/json': { schema: errorSchema } } },
} as const;

export const uuidParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: '6f1c2d9e-3a4b-4c5d-8e9f-0a1b2c3d4e5f' }) });
