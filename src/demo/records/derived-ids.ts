/**
 * Ids of the many rows one parent owns (a child's checks, a session's registrations): one stable UUID per parent
 * (src/demo/rng.ts stableUuid, a SHA-256), and the n-th row replaces its last four hex digits with n — unique as long
 * as n < 65,536, and tens of thousands of hashes cheaper.
 */

/**
 * The n-th id under a parent's stable UUID.
 * @param base - a stable UUID
 * @param n - 0 … 65,535
 */
export function derivedId(base: string, n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 0xffff) throw new RangeError(`derivedId: ${n} is not in 0…65535`);
  return `${base.slice(0, 32)}${n.toString(16).padStart(4, '0')}`;
}
