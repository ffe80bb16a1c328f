/**
 * The caller as the bureaus' desk needs it: who is signed in, and the scope the access policy grants per resource
 * and action (from /api/auth/me `capabilities`) — pages show and hide by these, never by role names; the server
 * decides again on every request. Also hands the session's CSRF token to the typed client for writes.
 */
import { useEffect } from 'react';
import { setCsrfToken } from '../../api/http.ts';
import { useSession } from '../../auth.tsx';

type Capabilities = Record<string, Record<string, string>>;
interface SessionData {
  user?: { id: string; displayName: string; role: string; divisionId?: string | null; facilityId?: string | null } | null;
  csrfToken?: string | null;
  capabilities?: Capabilities;
}

export interface Desk {
  loading: boolean;
  user: NonNullable<SessionData['user']> | null;
  /** The caller's scope for an action on a resource (null: none). */
  scope: (resource: string, action: string) => string | null;
  /** Whether the caller reaches rows of it (aggregates-only counts as no). */
  can: (resource: string, action: string) => boolean;
}

/** The caller, their capabilities, and the CSRF token handed to the typed client. */
export function useDesk(): Desk {
  const s = useSession();
  const d = (s.data ?? null) as SessionData | null;
  const token = d?.csrfToken ?? null;
  useEffect(() => {
    if (token) setCsrfToken(token);
  }, [token]);
  const caps = d?.capabilities ?? {};
  const scope = (resource: string, action: string) => {
    const v = caps[resource]?.[action];
    return v && v !== 'none' ? v : null;
  };
  return { loading: s.isPending, user: d?.user ?? null, scope, can: (r, a) => !!scope(r, a) && scope(r, a) !== 'aggregates' };
}
