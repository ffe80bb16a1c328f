/**
 * Opening a session for a user whose credentials were just proven (login, sign-up): a new random token in an
 * HttpOnly, SameSite=Lax cookie (Secure over HTTPS), and the answer the web app keeps — the user, the session's CSRF
 * token and the caller's capabilities.
 */
import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { AuthStore, capabilitiesOf, publicUser, type PublicUser, type UserRecord } from '../../db/repos/index.ts';
import type { Db } from '../../db/index.ts';
import type { ApiEnv } from '../context.ts';
import { viaHttps } from './client-address.ts';
import { SESSION_COOKIE } from './session.ts';

export interface SessionAnswer {
  user: PublicUser;
  csrfToken: string;
  capabilities: ReturnType<typeof capabilitiesOf>;
}

/** What a session may do: nothing but choose a password while the password is a temporary one set by staff. */
export function capabilitiesFor(user: UserRecord): ReturnType<typeof capabilitiesOf> {
  return user.password_temporary_until ? capabilitiesOf('anonymous') : capabilitiesOf(user.role);
}

/**
 * Creates the session, sets its cookie and returns the session answer.
 * @param c - the request
 * @param opts - cookie settings of the app
 */
export async function openSession(c: Context<ApiEnv>, db: Db, user: UserRecord, opts: { secureCookies: boolean; trustProxy: boolean }): Promise<SessionAnswer> {
  const s = await new AuthStore(db).createSession(user.id);
  setCookie(c, SESSION_COOKIE, s.token, { httpOnly: true, sameSite: 'Lax', path: '/', secure: opts.secureCookies || viaHttps(c, opts.trustProxy), expires: s.expiresAt });
  return { user: publicUser(user), csrfToken: s.csrfToken, capabilities: capabilitiesFor(user) };
}
