/**
 * Accounts over HTTP (administrators; everyone for their own): `POST /api/users` is the HTTP contract's
 * (`{username, password, role, displayName, facilityId?, divisionId?, medicalInstitutionId?}` → 201 `{id}`; this
 * answer adds the account and, when no password was given, the temporary one). Each handler is a schema plus one
 * call into the caller-scoped AccountRepo; the policy decides who may.
 */
import type { OpenAPIHono , z } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { ROLE_BINDINGS, ROLES, scopeOf } from '../../db/repos/index.ts';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json, uuidParam } from '../schemas.ts';
import { accountPageSchema, accountPatchSchema, accountQuerySchema, accountSchema, createdAccountSchema, newAccountSchema, passwordResetAnswer, resetRequestSchema, roleInfoSchema } from './schemas.ts';

const e = errorResponses;
const body = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });

const roles = createRoute({
  method: 'get',
  path: '/api/account-roles',
  tags: ['accounts'],
  summary: 'The roles an account can have and what each is bound to (for the create form)',
  responses: { 200: json(roleInfoSchema, 'Roles and bindings') },
});

const list = createRoute({
  method: 'get',
  path: '/api/users',
  tags: ['accounts'],
  summary: "Accounts the caller may see, newest first (administrators: all; directors: their facility's; others: their own)",
  request: { query: accountQuerySchema },
  responses: { 200: json(accountPageSchema, 'A page of accounts'), 400: e[400], 401: e[401], 403: e[403] },
});

const create = createRoute({
  method: 'post',
  path: '/api/users',
  tags: ['accounts'],
  summary: 'Create an account of any role (administrators); the role’s binding is checked',
  request: body(newAccountSchema),
  responses: { 201: json(createdAccountSchema, 'Created'), 400: e[400], 401: e[401], 403: e[403], 409: e[409] },
});

const read = createRoute({
  method: 'get',
  path: '/api/users/{id}',
  tags: ['accounts'],
  summary: 'One account (404 outside the caller’s scope)',
  request: { params: uuidParam },
  responses: { 200: json(accountSchema, 'The account'), 401: e[401], 404: e[404] },
});

const patch = createRoute({
  method: 'patch',
  path: '/api/users/{id}',
  tags: ['accounts'],
  summary: 'Rename an account (one’s own; administrators: any)',
  request: { params: uuidParam, ...body(accountPatchSchema) },
  responses: { 200: json(accountSchema, 'Changed'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});

const disable = createRoute({
  method: 'post',
  path: '/api/users/{id}/disable',
  tags: ['accounts'],
  summary: 'Disable an account (administrators); its sessions end at once',
  request: { params: uuidParam },
  responses: { 200: json(accountSchema, 'Disabled'), 401: e[401], 403: e[403], 404: e[404], 409: e[409] },
});

const enable = createRoute({
  method: 'post',
  path: '/api/users/{id}/enable',
  tags: ['accounts'],
  summary: 'Enable a disabled account (administrators)',
  request: { params: uuidParam },
  responses: { 200: json(accountSchema, 'Enabled'), 401: e[401], 403: e[403], 404: e[404], 409: e[409] },
});

const reset = createRoute({
  method: 'post',
  path: '/api/users/{id}/reset-password',
  tags: ['accounts'],
  summary: 'Give an account a temporary password (administrators): shown once, valid 72 hours, to be changed at first login; its sessions end',
  request: { params: uuidParam, body: { required: false, content: { 'application/json': { schema: resetRequestSchema } } } },
  responses: { 200: json(passwordResetAnswer, 'The temporary password'), 400: e[400], 401: e[401], 403: e[403], 404: e[404], 409: e[409] },
});

export function userRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(roles, (c) => c.json({ items: ROLES.map((role) => ({ role, binding: ROLE_BINDINGS[role], secondFactor: scopeOf('second_factor', 'update', role) !== 'none' })) }, 200));

  app.openapi(list, async (c) => {
    const { page, pageSize, disabled, ...filter } = c.req.valid('query');
    return c.json(await c.get('repos').accounts.list({ ...filter, disabled: disabled === undefined ? undefined : disabled === 'true' }, page, pageSize), 200);
  });

  app.openapi(create, async (c) => {
    const r = await c.get('repos').accounts.create(c.req.valid('json'));
    return c.json({ id: r.account.id, ...r }, 201);
  });

  app.openapi(read, async (c) => c.json(await c.get('repos').accounts.get(c.req.valid('param').id), 200));
  app.openapi(patch, async (c) => c.json(await c.get('repos').accounts.update(c.req.valid('param').id, c.req.valid('json')), 200));
  app.openapi(disable, async (c) => c.json(await c.get('repos').accounts.setDisabled('account', c.req.valid('param').id, true), 200));
  app.openapi(enable, async (c) => c.json(await c.get('repos').accounts.setDisabled('account', c.req.valid('param').id, false), 200));
  app.openapi(reset, async (c) => {
    const opts = c.req.header('content-type')?.includes('json') ? c.req.valid('json') : {};
    return c.json(await c.get('repos').accounts.resetPassword('account', c.req.valid('param').id, opts ?? {}), 200);
  });
}
