/**
 * Login, logout and "who am I". Passwords are checked with scrypt; attempts are throttled per (account, address)
 * pair and capped per address (src/db/repos/login-throttle.ts), counted in the database so every replica agrees;
 * every refusal is audited. `/api/auth/me` answers 200 for everyone, with the caller's capabilities from the access
 * policy (the web app shows and hides by them).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie } from 'hono/cookie';
import type { Db } from '../../db/index.ts';
import { audit, AuthStore, capabilitiesOf, publicUser, ROLES, SCOPES, systemCaller } from '../../db/repos/index.ts';
import { LoginThrottle } from '../../db/repos/login-throttle.ts';
import { AppError } from '../../shared/errors.ts';
import { needsRehash, verifyPassword } from '../../shared/password.ts';
import type { ApiEnv } from '../context.ts';
import { SESSION_COOKIE } from './session.ts';
import { clientAddress } from './client-address.ts';
import { capabilitiesFor, openSession } from './session-cookie.ts';
import { errorResponses, json } from '../schemas.ts';
import { AccountStore } from '../../db/repos/accounts.ts';

// A fixed hash so that unknown usernames take as long as wrong passwords (no user enumeration by timing).
const DUMMY_HASH = 'scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export const userSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    facilityId: z.string().nullable(),
    divisionId: z.string().nullable(),
    medicalInstitutionId: z.string().nullable(),
    mustChangePassword: z.boolean().openapi({ description: 'The password was set by staff (a reset): the session may only choose a new one (POST /api/auth/password)' }),
    secondFactor: z.boolean().openapi({ description: 'Whether the TOTP second factor is on' }),
  })
  .openapi('User');

const scopeSchema = z.enum(SCOPES).openapi('Scope');
export const capabilitiesSchema = z
  .record(z.string(), z.record(z.string(), scopeSchema))
  .openapi('Capabilities', { description: 'resource → action → scope, from the access policy (only actions the caller has)', example: { facility: { read: 'all', update: 'own_facility' } } });

export const sessionSchema = z.object({ user: userSchema, csrfToken: z.string(), capabilities: capabilitiesSchema }).openapi('Session');
const meSchema = z
  .object({ user: z.union([userSchema, z.null()]), csrfToken: z.string().nullable(), capabilities: capabilitiesSchema })
  .openapi('Me', { description: 'The signed-in user (null when anonymous), the CSRF token for writes, and what the caller may do.' });

const login = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags: ['auth'],
  summary: 'Log in with username and password; sets the session cookie',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              username: z.string().min(1).max(64),
              password: z.string().min(1).max(200),
              totp: z.string().regex(/^(\d{6}|[a-z0-9]{4}-[a-z0-9]{4})$/, 'invalid_format').optional().openapi({ description: 'Second factor, when enabled: a 6-digit code or a recovery code' }),
            })
            .strict(),
        },
      },
    },
  },
  responses: {
    200: json(sessionSchema, 'Logged in'),
    400: errorResponses[400],
    401: errorResponses[401],
    429: errorResponses[429],
  },
});

const logout = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  tags: ['auth'],
  summary: 'End the session',
  responses: { 204: { description: 'Logged out' } },
});

const me = createRoute({
  method: 'get',
  path: '/api/auth/me',
  tags: ['auth'],
  summary: 'The signed-in user (or none), the CSRF token for writes, and the caller’s capabilities',
  responses: { 200: json(meSchema, 'Who is asking') },
});

export function authRoutes(app: OpenAPIHono<ApiEnv>, db: Db, opts: { secureCookies: boolean; trustProxy: boolean }): void {
  const store = new AuthStore(db);
  const throttle = new LoginThrottle(db);
  const accounts = new AccountStore(db);

  app.openapi(login, async (c) => {
    const { username, password, totp } = c.req.valid('json');
    const address = clientAddress(c, opts.trustProxy);
    const name = username.trim().toLowerCase();
    const slot = await throttle.reserve(name, address);
    if (!slot.granted) {
      await db.tx((trx) => audit(trx, systemCaller('login'), 'refuse', 'login', null, { detail: { username: name, address, limit: slot.limit } }));
      const wait = slot.retryAfterSeconds;
      const msg = slot.limit === 'address' ? `too many login attempts from your network; try again in ${wait} seconds` : `too many failed logins for this account from your address; try again in ${wait} seconds`;
      throw new AppError('rate_limited', msg, { field: 'username', code: 'rate_limited', params: { retryAfterSeconds: wait }, retryAfterSeconds: wait });
    }
    const user = await store.findByUsername(name);
    const ok = await verifyPassword(password, user?.password_hash ?? DUMMY_HASH);
    if (!user || !ok || user.disabled) {
      await throttle.failed(name, address);
      throw new AppError('unauthenticated', 'wrong username or password', { field: 'password', code: 'wrong_credentials' });
    }
    if (user.password_temporary_until && user.password_temporary_until.getTime() < Date.now()) {
      throw new AppError('unauthenticated', 'the temporary password has expired; ask for a new reset', { field: 'password', code: 'temporary_password_expired' });
    }
    if (user.totp_enabled_at) {
      if (!totp) throw new AppError('unauthenticated', 'enter the code from your authenticator app', { field: 'totp', code: 'totp_required' });
      if (!(await accounts.checkSecondFactor(user, totp))) {
        await throttle.failed(name, address);
        throw new AppError('unauthenticated', 'the code is wrong or has expired', { field: 'totp', code: 'wrong_code' });
      }
    }
    await throttle.succeeded(name, address);
    if (needsRehash(user.password_hash)) await accounts.rehash(user.id, password);
    return c.json(await openSession(c, db, user, opts), 200);
  });

  app.openapi(logout, async (c) => {
    const token = c.get('sessionToken');
    if (token) await store.deleteSession(token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.openapi(me, async (c) => {
    const caller = c.get('caller');
    if (caller.kind !== 'user') return c.json({ user: null, csrfToken: null, capabilities: capabilitiesOf('anonymous') }, 200);
    const user = await store.findById(caller.userId);
    if (!user || user.disabled) return c.json({ user: null, csrfToken: null, capabilities: capabilitiesOf('anonymous') }, 200);
    return c.json({ user: publicUser(user), csrfToken: c.get('csrfToken') ?? '', capabilities: capabilitiesFor(user) }, 200);
  });
}
