/**
 * A director's teachers (我的教师): add, disable, enable, reset — at the director's own facility only (administrators:
 * any facility). A new teacher gets a temporary password, shown once, that must be changed at the first login.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json, uuidParam } from '../schemas.ts';
import { accountPageSchema, accountSchema, createdAccountSchema, newTeacherSchema, passwordResetAnswer, teacherQuerySchema } from './schemas.ts';

const e = errorResponses;

const list = createRoute({
  method: 'get',
  path: '/api/teachers',
  tags: ['accounts'],
  summary: "Teachers' accounts (directors: their facility's; administrators: all)",
  request: { query: teacherQuerySchema },
  responses: { 200: json(accountPageSchema, 'A page of teachers'), 400: e[400], 401: e[401], 403: e[403] },
});

const create = createRoute({
  method: 'post',
  path: '/api/teachers',
  tags: ['accounts'],
  summary: "Add a teacher to the director's facility; answers a temporary password, shown once",
  request: { body: { required: true, content: { 'application/json': { schema: newTeacherSchema } } } },
  responses: { 201: json(createdAccountSchema, 'Created'), 400: e[400], 401: e[401], 403: e[403], 409: e[409] },
});

const read = createRoute({
  method: 'get',
  path: '/api/teachers/{id}',
  tags: ['accounts'],
  summary: "One teacher's account",
  request: { params: uuidParam },
  responses: { 200: json(accountSchema, 'The teacher'), 401: e[401], 403: e[403], 404: e[404] },
});

const action = (path: string, summary: string, schema: typeof accountSchema | typeof passwordResetAnswer) =>
  createRoute({
    method: 'post',
    path: `/api/teachers/{id}/${path}`,
    tags: ['accounts'],
    summary,
    request: { params: uuidParam },
    responses: { 200: json(schema, 'Done'), 401: e[401], 403: e[403], 404: e[404], 409: e[409] },
  });

const disable = action('disable', "Disable a teacher's account; its sessions end at once", accountSchema);
const enable = action('enable', "Enable a teacher's account", accountSchema);
const reset = action('reset-password', "Give a teacher a temporary password (shown once, valid 72 hours); the teacher's sessions end", passwordResetAnswer);

export function teacherRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(list, async (c) => {
    const { page, pageSize, disabled, ...filter } = c.req.valid('query');
    return c.json(await c.get('repos').accounts.list({ ...filter, disabled: disabled === undefined ? undefined : disabled === 'true' }, page, pageSize, 'teacher_account'), 200);
  });
  app.openapi(create, async (c) => {
    const r = await c.get('repos').accounts.createTeacher(c.req.valid('json'));
    return c.json({ id: r.account.id, ...r }, 201);
  });
  app.openapi(read, async (c) => c.json(await c.get('repos').accounts.get(c.req.valid('param').id, 'teacher_account'), 200));
  app.openapi(disable, async (c) => c.json(await c.get('repos').accounts.setDisabled('teacher_account', c.req.valid('param').id, true), 200));
  app.openapi(enable, async (c) => c.json(await c.get('repos').accounts.setDisabled('teacher_account', c.req.valid('param').id, false), 200));
  app.openapi(reset, async (c) => c.json(await c.get('repos').accounts.resetPassword('teacher_account', c.req.valid('param').id), 200));
}
