/**
 * Session middleware: resolves the `cc_session` cookie to a caller and binds the repositories to it; enforces CSRF
 * on cookie-authenticated writes (synchronizer token: the session's token must come back in `X-CSRF-Token`).
 */
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Db } from '../../db/index.ts';
import { ANONYMOUS, AuthStore, callerOf, reposFor } from '../../db/repos/index.ts';
import { AppError } from '../../shared/errors.ts';
import type { ApiEnv } from '../context.ts';
import { timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'cc_session';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What a session opened with a temporary password (set by staff in a reset) may do: choose a password, or leave. */
const WITH_TEMPORARY_PASSWORD = new Set(['GET /api/auth/me', 'POST /api/auth/logout', 'POST /api/auth/password', 'GET /api/health']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function sessionMiddleware(db: Db): MiddlewareHandler<ApiEnv> {
  const store = new AuthStore(db);
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE) ?? null;
    const session = token ? await store.session(token) : null;
    const caller = session ? callerOf(session.user) : ANONYMOUS;
    c.set('caller', caller);
    c.set('repos', reposFor(db, caller));
    c.set('csrfToken', session?.csrfToken ?? null);
    c.set('sessionToken', session ? token : null);
    if (session && !SAFE.has(c.req.method) && !c.req.path.startsWith('/api/auth/login')) {
      const sent = c.req.header('x-csrf-token');
      if (!sent || !sameToken(sent, session.csrfToken)) throw new AppError('forbidden', 'missing or wrong CSRF token (send X-CSRF-Token from /api/auth/me)', { field: 'X-CSRF-Token', code: 'csrf' });
    }
    if (session?.user.password_temporary_until && !WITH_TEMPORARY_PASSWORD.has(`${c.req.method} ${c.req.path}`)) {
      throw new AppError('forbidden', 'the password was set by someone else: choose your own password first (POST /api/auth/password)', { field: 'password', code: 'password_change_required' });
    }
    await next();
  };
}

/** For routes that need a logged-in caller. */
export const requireLogin: MiddlewareHandler<ApiEnv> = async (c, next) => {
  if (c.get('caller').kind !== 'user') throw new AppError('unauthenticated', 'login required', { field: 'session', code: 'wrong_credentials' });
  await next();
};
