/**
 * The caller, from GET /api/auth/me (200 for everyone: `user` is null when anonymous): who is signed in, the CSRF
 * token for writes, and the capabilities the access policy grants (resource → action → scope). The web app shows
 * and hides by those capabilities — it never lists roles; the server decides again on every request.
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
 * The caller's scope for an action on a resource, or null when the policy grants nothing (or while loading).
 * @param resource - a row of the access policy, e.g. `plan`
 * @param action - e.g. `read`
 */
export function useScope(resource: string, action: string): Scope | null {
  const caps = useSession().data?.capabilities;
  const scope = caps?.[resource]?.[action];
  return scope && scope !== 'none' ? scope : null;
}

/** Whether the caller may do `action` on some rows of `resource` (aggregates-only scopes count as no). */
export function useCan(resource: string, action: string): boolean {
  const scope = useScope(resource, action);
  return scope !== null && scope !== 'aggregates';
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ username, password }: { username: string; password: string }): Promise<Me> => {
      const s = await data(http.POST('/api/auth/login', { body: { username, password } }));
      setCsrfToken(s.csrfToken);
      return s;
    },
    onSuccess: (session) => {
      qc.setQueryData(SESSION_KEY, session);
      // facility pages carry canEdit, which depends on who is asking
      void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
    },
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
