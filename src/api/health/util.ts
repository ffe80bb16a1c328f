/** Small helpers the health routes share. */
import type { Action, Repos, Resource } from '../../db/repos/index.ts';

/**
 * Refuses (401/403, as the access policy says) a caller whose scope for the action reaches no rows — for
 * endpoints that read no stored rows, so the policy table still decides who may call them.
 */
export function requireRows(repos: Repos, resource: Resource, action: Action): void {
  if (!repos.access.reachesRows(resource, action)) throw repos.access.refusal(resource, action);
}

/** The city's today as an ISO date in the configured time zone (the database's `current_date`). */
export function isoToday(timeZone = process.env.CARECIRCLE_TIMEZONE ?? 'Asia/Shanghai'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
