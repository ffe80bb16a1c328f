/**
 * One's own sign-in settings: changing the password (the current one is needed; other sessions end) and the optional
 * TOTP second factor (set up → confirm with a code → ten recovery codes shown once; off with a code).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/index.ts';
import { AuthStore, publicUser, sha256 } from '../../db/repos/index.ts';
import { AppError } from '../../shared/errors.ts';
import { MAX_PASSWORD_LENGTH } from '../../shared/account-rules.ts';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json } from '../schemas.ts';
import { newPasswordField } from '../accounts/schemas.ts';
import { sessionSchema } from './routes.ts';
import { capabilitiesFor } from './session-cookie.ts';

const e = errorResponses;
const body = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });
const totpCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(\d{6}|[a-z0-9]{4}-[a-z0-9]{4})$/, 'invalid_format')
  .openapi({ description: 'Six digits from the authenticator app (or, to turn it off, a recovery code xxxx-xxxx)', example: '123456' });

const changePassword = createRoute({
  method: 'post',
  path: '/api/auth/password',
  tags: ['auth'],
  summary: 'Change one’s own password (also the way out of a temporary one); every other session ends',
  request: body(z.object({ currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH), newPassword: newPasswordField }).strict()),
  responses: { 200: json(sessionSchema, 'Changed; the session stays'), 400: e[400], 401: e[401], 403: e[403] },
});

const setup = createRoute({
  method: 'post',
  path: '/api/auth/totp/setup',
  tags: ['auth'],
  summary: 'Start the second factor: a new secret and its otpauth:// URI for an authenticator app (officials, administrators)',
  responses: {
    200: json(
      z
        .object({
          secret: z.string().openapi({ description: 'Base32, for entering by hand' }),
          uri: z.string().openapi({ example: 'otpauth://totp/CareCircle:city?issuer=CareCircle&secret=…&algorithm=SHA1&digits=6&period=30' }),
          issuer: z.string(),
          account: z.string(),
        })
        .openapi('TotpSetup'),
      'Pending until confirmed',
    ),
    401: e[401],
    403: e[403],
    409: e[409],
  },
});

const confirm = createRoute({
  method: 'post',
  path: '/api/auth/totp/confirm',
  tags: ['auth'],
  summary: 'Turn the second factor on with a code from the app; answers ten recovery codes, shown once',
  request: body(z.object({ code: totpCode }).strict()),
  responses: { 200: json(z.object({ recoveryCodes: z.array(z.string()) }).openapi('RecoveryCodes'), 'On'), 400: e[400], 401: e[401], 403: e[403], 409: e[409] },
});

const disable = createRoute({
  method: 'post',
  path: '/api/auth/totp/disable',
  tags: ['auth'],
  summary: 'Turn the second factor off with a current code or a recovery code',
  request: body(z.object({ code: totpCode }).strict()),
  responses: { 200: json(z.object({ ok: z.boolean() }), 'Off'), 400: e[400], 401: e[401], 403: e[403], 409: e[409] },
});

export function securityRoutes(app: OpenAPIHono<ApiEnv>, db: Db): void {
  const store = new AuthStore(db);

  app.openapi(changePassword, async (c) => {
    const { currentPassword, newPassword } = c.req.valid('json');
    const token = c.get('sessionToken');
    await c.get('repos').accounts.changeOwnPassword(currentPassword, newPassword, token ? sha256(token) : null);
    const caller = c.get('caller');
    const user = caller.kind === 'user' ? await store.findById(caller.userId) : null;
    if (!user) throw new AppError('unauthenticated', 'login required');
    return c.json({ user: publicUser(user), csrfToken: c.get('csrfToken') ?? '', capabilities: capabilitiesFor(user) }, 200);
  });

  app.openapi(setup, async (c) => c.json(await c.get('repos').secondFactor.setup(), 200));
  app.openapi(confirm, async (c) => c.json({ recoveryCodes: await c.get('repos').secondFactor.confirm(c.req.valid('json').code) }, 200));
  app.openapi(disable, async (c) => {
    await c.get('repos').secondFactor.disable(c.req.valid('json').code);
    return c.json({ ok: true }, 200);
  });
}
