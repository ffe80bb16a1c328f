/**
 * The health repositories' write/read check on one row: a caller whose scope for the action reaches no rows at all
 * gets the policy's refusal (401/403, as the access matrix expects for scope none), and only then does the row decide
 * (404 for a private row out of reach, 403 for a row seen but not writable) — Access.check alone would answer 404
 * to a role that may never touch the resource.
 */
import type { Action, Resource } from '../access/policy.ts';
import type { Access, Anchors } from '../access/scope.ts';
import type { Kx } from '../pool.ts';

/**
 * Throws unless the caller may act on the row the anchors name.
 * @param access - the caller's policy
 * @param k - the transaction
 */
export async function checkRow(access: Access, k: Kx, resource: Resource, action: Action, anchors: Anchors, opts: { readAs?: Resource; what?: string } = {}): Promise<void> {
  if (!access.reachesRows(resource, action)) throw access.refusal(resource, action);
  await access.check(k, resource, action, anchors, opts);
}
