/**
 * Who is asking. Every repository is constructed for one caller and scopes every read and write to what that
 * caller's role may see (the access policy lives here, in the data layer, not in HTTP handlers).
 */
export const ROLES = ['guardian', 'teacher', 'director', 'health_worker', 'district_official', 'city_official', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface UserCaller {
  kind: 'user';
  userId: string;
  username: string;
  role: Role;
  /** Teacher or director: their facility. */
  facilityId: string | null;
  /** District official: their county-level division. */
  divisionId: string | null;
  /** Health worker: their medical institution. */
  medicalInstitutionId: string | null;
}
export interface AnonymousCaller {
  kind: 'anonymous';
}
/** The system itself (CLI import, demo seeding): full rights, audited as 'system'. */
export interface SystemCaller {
  kind: 'system';
  name: string;
}
export type Caller = UserCaller | AnonymousCaller | SystemCaller;

export const ANONYMOUS: AnonymousCaller = Object.freeze({ kind: 'anonymous' });
export const systemCaller = (name: string): SystemCaller => ({ kind: 'system', name });

/** The role name recorded in the audit log. */
export function auditRole(c: Caller): string {
  return c.kind === 'user' ? c.role : c.kind;
}
export function auditActor(c: Caller): string | null {
  return c.kind === 'user' ? c.userId : null;
}
