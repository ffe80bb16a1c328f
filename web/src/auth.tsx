/** The signed-in user, from /api/auth/me; login and logout keep the query cache in step. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './api/client.ts';
import type { Session } from './api/types.ts';

export const SESSION_KEY = ['session'] as const;

export function useSession() {
  return useQuery<Session | null>({ queryKey: SESSION_KEY, queryFn: ({ signal }) => api.me(signal), staleTime: 60_000, retry: false });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ username, password }: { username: string; password: string }) => api.login(username, password),
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
    mutationFn: () => api.logout(),
    onSettled: () => {
      qc.setQueryData(SESSION_KEY, null);
      void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
    },
  });
}
