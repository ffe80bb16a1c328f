/** GET /api/health: whether the API and its database answer (load balancers, the web app's "server unreachable" banner). */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/index.ts';
import type { ApiEnv } from '../context.ts';
import { json } from '../schemas.ts';

const healthSchema = z
  .object({ ok: z.boolean(), db: z.enum(['up', 'down']), version: z.string().openapi({ example: '0.1.0' }) })
  .openapi('Health');

const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['health'],
  summary: 'Whether the API and its database answer (public)',
  responses: { 200: json(healthSchema, 'Up'), 503: json(healthSchema, 'The database does not answer') },
});

/** Registers /api/health. */
export function healthRoutes(app: OpenAPIHono<ApiEnv>, db: Db, version: string): void {
  app.openapi(health, async (c) => {
    const up = await db.ping();
    return up ? c.json({ ok: true, db: 'up' as const, version }, 200) : c.json({ ok: false, db: 'down' as const, version }, 503);
  });
}
