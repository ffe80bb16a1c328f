/**
 * The caller as the bureaus' desk needs it: who is signed in, and the scope the access policy grants per resource
 * and action (from /api/auth/me `capabilities`, via the app's scopeIn/can) — pages show and hide by these, never by
 * role names; the server decides again on every request. (The session query already hands the CSRF token to the
 * typed client.)
 */
import type { Me } from '../../api/model.ts';
import { can, scopeIn, useSession } from '../../auth.tsx';

export interface Desk {
  loading: boolean;
  user: Me['user'] | null;
  /** The caller's scope for an action on a resource (null: none). */
  scope: (resource: string, action: string) => string | null;
  /** Whether the caller reaches rows of it (aggregates-only counts as no). */
  can: (resource: string, action: string) => boolean;
}

/** The caller and their capabilities. */
export function useDesk(): Desk {
  const s = useSession();
  const me = s.data;
  return { loading: s.isPending, user: me?.user ?? null, scope: (r, a) => scopeIn(me, r, a), can: (r, a) => can(me, r, a) };
}
