/**
 * The session, from /api/auth/me: the signed-in user (or none), the CSRF token and the caller's capabilities (the
 * access policy's row for them: resource → action → scope). Pages show and hide by capabilities (`can`), never by
 * role names. Login, sign-up and logout keep the query cache in step.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from './api/client.ts';
import { data, http, type Schemas } from './api/http.ts';

export const SESSION_KEY = ['session'] as const;
export type Me = Schemas['Me'];
export type SessionUser = Schemas['User'];

/** Keeps the query cache and both HTTP clients' CSRF token in step with a new session answer. */
export function useAdoptSession() {
  const qc = useQueryClient();
  return (session: Me) => {
    setCsrfToken(session.csrfToken);
    qc.setQueryData(SESSION_KEY, session);
    // pages carry answers that depend on who is asking (a facility's canEdit, the lists)
    void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
  };
}

export function useSession() {
  return useQuery<Me>({
    queryKey: SESSION_KEY,
    queryFn: async ({ signal }) => {
      const me = await data(http.GET('/api/auth/me', { signal }));
      setCsrfToken(me.csrfToken);
      return me;
    },
    staleTime: 60_000,
    retry: false,
  });
}

/**
 * The caller's scope for an action, or null when they have none.
 * @param me - the session answer
 * @param resource - a row of the access policy, e.g. `teacher_account`
 * @param action - e.g. `create`
 */
export function scopeOf(me: Me | undefined, resource: string, action: string): string | null {
  return me?.capabilities[resource]?.[action] ?? null;
}

/** Whether the caller may do `action` on `resource` (optionally: with exactly this scope). */
export function can(me: Me | undefined, resource: string, action: string, scope?: string): boolean {
  const s = scopeOf(me, resource, action);
  return s !== null && (scope === undefined || s === scope);
}

export interface Credentials {
  username: string;
  password: string;
  /** The second factor, when the account has one: six digits or a recovery code. */
  totp?: string;
}

export function useLogin() {
  const adopt = useAdoptSession();
  return useMutation({
    mutationFn: (c: Credentials) => data(http.POST('/api/auth/login', { body: c })),
    onSuccess: (session) => adopt(session),
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => data(http.POST('/api/auth/logout')),
    onSettled: () => {
      setCsrfToken(null);
      void qc.invalidateQueries();
    },
  });
}

/** Where a freshly signed-in user starts: their own page, else `next`. */
export function landingFor(me: Me, next: string | null): string {
  if (me.user?.mustChangePassword) return '/account';
  if (next && next !== '/') return next;
  if (can(me, 'child', 'read', 'own_children')) return '/family';
  return next ?? '/';
}
