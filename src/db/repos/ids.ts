/** Ids as the database keeps them. A malformed id names nothing, so it is "not found" (404), never a 500. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `s` is a UUID in the canonical 8-4-4-4-12 form. */
export function isUuid(s: string): boolean {
  return UUID.test(s);
}
