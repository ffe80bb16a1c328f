/**
 * Login, logout and "who am I". Passwords are checked with scrypt; failures are rate-limited per username and per
 * client address (5 per 15 minutes per user, 30 per address), counted in the database so every replica agrees.
 */
import type { OpenAPIHono} from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Db } from '../../db/index.ts';
import { AuthStore, publicUser, ROLES } from '../../db/repos/index.ts';
import { AppError } from '../../shared/errors.ts';
import { verifyPassword } from '../../shared/password.ts';
import type { ApiEnv } from '../context.ts';
import { SESSION_COOKIE } from './session.ts';
import { errorSchema } from '../schemas.ts';

export const USER_FAILURES = 5;
export const ADDRESS_FAILURES = 30;
export const WINDOW_SECONDS = 15 * 60;

// A fixed hash so that unknown usernames take as long as wrong passwords (no user enumeration by timing).
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

const userSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    facilityId: z.string().nullable(),
    divisionId: z.string().nullable(),
    medicalInstitutionId: z.string().nullable(),
  })
  .openapi('User');
const meSchema = z.object({ user: userSchema, csrfToken: z.string() }).openapi('Session');

const login = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags: ['auth'],
  summary: 'Log in with username and password; sets the session cookie',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) }).strict() } },
    },
  },
  responses: {
    200: { description: 'Logged in', content: { 'application/json': { schema: meSchema } } },
    401: { description: 'Wrong username or password', content: { 'application/json': { schema: errorSchema } } },
    429: { description: 'Too many failed attempts', content: { 'application/json': { schema: errorSchema } } },
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
  summary: 'The logged-in user and the CSRF token for writes',
  responses: {
    200: { description: 'The session', content: { 'application/json': { schema: meSchema } } },
    401: { description: 'Not logged in', content: { 'application/json': { schema: errorSchema } } },
  },
});

export function authRoutes(app: OpenAPIHono<ApiEnv>, db: Db, secureCookies: boolean): void {
  const store = new AuthStore(db);

  app.openapi(login, async (c) => {
    const { username, password } = c.req.valid('json');
    let address = 'unknown';
    try {
      address = getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      /* not running on node-server (tests through app.request) */
    }
    const name = username.trim().toLowerCase();
    const userKey = `user:${name}`;
    const ipKey = `ip:${address}`;
    if ((await store.recentFailures([userKey], WINDOW_SECONDS)) >= USER_FAILURES || (await store.recentFailures([ipKey], WINDOW_SECONDS)) >= ADDRESS_FAILURES) {
      throw new AppError('rate_limited', 'too many failed logins; try again in 15 minutes');
    }
    const user = await store.findByUsername(name);
    const ok = await verifyPassword(password, user?.password_hash ?? DUMMY_HASH);
    if (!user || !ok || user.disabled) {
      await store.recordFailure([userKey, ipKey]);
      throw new AppError('unauthenticated', 'wrong username or password');
    }
    await store.clearFailures([userKey]);
    const s = await store.createSession(user.id);
    setCookie(c, SESSION_COOKIE, s.token, { httpOnly: true, sameSite: 'Lax', path: '/', secure: secureCookies, expires: s.expiresAt });
    return c.json({ user: publicUser(user), csrfToken: s.csrfToken }, 200);
  });

  app.openapi(logout, async (c) => {
    const token = c.get('sessionToken');
    if (token) await store.deleteSession(token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.openapi(me, async (c) => {
    const caller = c.get('caller');
    if (caller.kind !== 'user') throw new AppError('unauthenticated', 'not logged in');
    const user = await store.findByUsername(caller.username);
    if (!user) throw new AppError('unauthenticated', 'not logged in');
    return c.json({ user: publicUser(user), csrfToken: c.get('csrfToken') ?? '' }, 200);
  });
}
