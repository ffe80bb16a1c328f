/**
 * The access policy for the registry, as pure predicates over the caller and the record (medplum's AccessPolicy,
 * in miniature). Repositories call these; handlers never check roles.
 *
 * | role              | facilities                                      | children                                   |
 * |-------------------|-------------------------------------------------|--------------------------------------------|
 * | anonymous         | read (public registry)                          | —                                          |
 * | guardian          | read                                            | own children only                          |
 * | teacher           | read                                            | children of own facility                   |
 * | director          | read; edit own facility (not tier/filing/etc.)  | children of own facility                   |
 * | health_worker     | read                                            | children of facilities signed with own institution |
 * | district_official | read; create/edit/archive in own division       | aggregates only                            |
 * | city_official     | read; create/edit/archive all                   | aggregates only                            |
 * | admin             | read; create/edit/archive all                   | aggregates only (accounts, not children)   |
 * | system (CLI)      | all                                             | all                                        |
 */
import type { Caller } from './caller.ts';

/** Fields only the health bureau (officials/admin) may change; a director editing them gets 403 naming the field. */
export const BUREAU_ONLY_FIELDS = ['tier', 'ownership', 'filingStatus', 'filingNumber', 'divisionId', 'supervisorId'] as const;

export function canCreateFacilityIn(c: Caller, divisionId: string): boolean {
  if (c.kind === 'system') return true;
  if (c.kind !== 'user') return false;
  if (c.role === 'city_official' || c.role === 'admin') return true;
  return c.role === 'district_official' && c.divisionId === divisionId;
}

export function canEditFacility(c: Caller, f: { id: string; division_id: string }): boolean {
  if (c.kind === 'system') return true;
  if (c.kind !== 'user') return false;
  if (c.role === 'city_official' || c.role === 'admin') return true;
  if (c.role === 'district_official') return c.divisionId === f.division_id;
  if (c.role === 'director') return c.facilityId === f.id;
  return false;
}

export function canArchiveFacility(c: Caller, f: { division_id: string }): boolean {
  if (c.kind === 'system') return true;
  if (c.kind !== 'user') return false;
  if (c.role === 'city_official' || c.role === 'admin') return true;
  return c.role === 'district_official' && c.divisionId === f.division_id;
}

export function isBureau(c: Caller): boolean {
  return c.kind === 'system' || (c.kind === 'user' && (c.role === 'city_official' || c.role === 'admin' || c.role === 'district_official'));
}
