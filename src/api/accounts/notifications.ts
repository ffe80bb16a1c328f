/** The in-app inbox (站内消息): the caller's notices, newest first, the unread count, marking read. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json } from '../schemas.ts';

const e = errorResponses;

const noticeSchema = z
  .object({
    id: z.string(),
    template: z.string().openapi({ description: 'Stable name the web app translates, e.g. welcome, password_changed, second_factor_changed', example: 'password_changed' }),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).openapi({ description: 'Values the translation interpolates', example: { by: 'self' } }),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .openapi('Notice');

const inboxSchema = z
  .object({ items: z.array(noticeSchema), total: z.number().int(), unread: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .openapi('Inbox');

const noticeParam = z.object({ id: z.string().max(40).openapi({ param: { name: 'id', in: 'path' }, example: '42' }) });

const list = createRoute({
  method: 'get',
  path: '/api/notifications',
  tags: ['notifications'],
  summary: 'The caller’s in-app notices, newest first, with the unread count',
  request: {
    query: z
      .object({
        page: z.coerce.number().int().min(1).max(100_000).default(1),
        pageSize: z.coerce.number().int().min(1).max(100).default(20),
        unread: z.enum(['true', 'false']).optional().openapi({ description: 'true: only unread notices' }),
      })
      .strict(),
  },
  responses: { 200: json(inboxSchema, 'A page of the inbox'), 400: e[400], 401: e[401] },
});

const markRead = createRoute({
  method: 'post',
  path: '/api/notifications/{id}/read',
  tags: ['notifications'],
  summary: 'Mark one of the caller’s notices read',
  request: { params: noticeParam },
  responses: { 200: json(noticeSchema, 'The notice'), 401: e[401], 404: e[404] },
});

const markAll = createRoute({
  method: 'post',
  path: '/api/notifications/read-all',
  tags: ['notifications'],
  summary: 'Mark all of the caller’s notices read',
  responses: { 200: json(z.object({ marked: z.number().int() }).openapi('MarkedRead'), 'How many were unread'), 401: e[401] },
});

export function notificationRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    return c.json(await c.get('repos').inbox.list(q.page, q.pageSize, q.unread === 'true'), 200);
  });
  app.openapi(markAll, async (c) => c.json({ marked: await c.get('repos').inbox.markAllRead() }, 200));
  app.openapi(markRead, async (c) => c.json(await c.get('repos').inbox.markRead(c.req.valid('param').id), 200));
}
