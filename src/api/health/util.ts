/** Small helpers the health routes share. */
import type { Action, Repos, Resource } from '../../db/repos/index.ts';

/**
 * Refuses (401/403, as the access policy says) a caller whose scope for the action reaches no rows — for
 * endpoints that read no stored rows, so the policy table still decides who may call them.
 */
export function requireRows(repos: Repos, resource: Resource, action: Action): void {
  if (!repos.access.reachesRows(resource, action)) throw repos.access.refusal(resource, action);
}
