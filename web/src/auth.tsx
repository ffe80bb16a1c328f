/**
 * The caller, from GET /api/auth/me (200 for everyone: `user` is null when anonymous): who is signed in, the CSRF
 * token for writes, and the capabilities the access policy grants (resource → action → scope). The web app shows
 * and hides by those capabilities — it never lists roles; the server decides again on every request. Login,
 * sign-up and logout keep the query cache in step.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { data, http, setCsrfToken } from './api/http.ts';
import type { Me, Scope } from './api/model.ts';

export const SESSION_KEY = ['session'] as const;

async function fetchMe(signal?: AbortSignal): Promise<Me> {
  const me = await data(http.GET('/api/auth/me', { signal }));
  setCsrfToken(me.csrfToken);
  return me;
}

/** The caller (user, CSRF token, capabilities). */
export function useSession() {
  return useQuery<Me>({ queryKey: SESSION_KEY, queryFn: ({ signal }) => fetchMe(signal), staleTime: 60_000, retry: false });
}

/**
 * The scope a session answer grants for an action on a resource, or null when none (or while loading).
 * @param me - the session answer
 * @param resource - a row of the access policy, e.g. `teacher_account`
 * @param action - e.g. `create`
 */
export function scopeIn(me: Me | undefined, resource: string, action: string): Scope | null {
  const scope = me?.capabilities[resource]?.[action];
  return scope && scope !== 'none' ? scope : null;
}

/** Whether a session answer lets the caller do `action` on rows of `resource` (optionally: with exactly `scope`). */
export function can(me: Me | undefined, resource: string, action: string, scope?: Scope): boolean {
  const s = scopeIn(me, resource, action);
  return s !== null && s !== 'aggregates' && (scope === undefined || s === scope);
}

/**
 * The caller's scope for an action on a resource, or null when the policy grants nothing (or while loading).
 * @param resource - a row of the access policy, e.g. `plan`
 * @param action - e.g. `read`
 */
export function useScope(resource: string, action: string): Scope | null {
  return scopeIn(useSession().data, resource, action);
}

/** Whether the caller may do `action` on some rows of `resource` (aggregates-only scopes count as no). */
export function useCan(resource: string, action: string): boolean {
  return can(useSession().data, resource, action);
}

/** Takes a new session answer (login, sign-up, a changed password): the CSRF token, the cache, the pages. */
export function useAdoptSession() {
  const qc = useQueryClient();
  return (session: Me) => {
    setCsrfToken(session.csrfToken);
    qc.setQueryData(SESSION_KEY, session);
    // pages carry answers that depend on who is asking (a facility's canEdit, the lists)
    void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
  };
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
    mutationFn: (c: Credentials): Promise<Me> => data(http.POST('/api/auth/login', { body: c })),
    onSuccess: (session) => adopt(session),
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await data(http.POST('/api/auth/logout'));
      } finally {
        setCsrfToken(null);
      }
    },
    onSettled: () => {
      // signed out at once (nothing of the user stays on screen), then the anonymous capabilities from the server
      qc.setQueryData<Me>(SESSION_KEY, { user: null, csrfToken: null, capabilities: {} });
      void qc.invalidateQueries({ queryKey: SESSION_KEY });
      void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
    },
  });
}

/** Where a freshly signed-in user starts: choosing a password after a reset, else `next`, else their own page. */
export function landingFor(me: Me, next: string | null): string {
  if (me.user?.mustChangePassword) return '/account';
  if (next && next !== '/') return next;
  if (can(me, 'child', 'read', 'own_children')) return '/family';
  return next ?? '/';
}
