/**
 * Answers whose JSON text was written elsewhere (by a worker, or by PostgreSQL from a jsonb column) are sent as is:
 * a city-wide plan is parsed and serialised again on the event loop otherwise. The text is typed as the route's
 * schema type by whoever wrote it (the workers build it from the schemas' inferred types).
 */
import type { Context, TypedResponse } from 'hono';

export const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * A JSON answer from ready JSON text.
 * @param c - the request context
 * @param text - JSON text of a `T`
 * @param status - 200 or 201
 */
export function rawJson<T, S extends 200 | 201>(c: Context, text: string, status: S): TypedResponse<T, S, 'json'> {
  return c.body(text, status, { 'Content-Type': JSON_TYPE }) as unknown as TypedResponse<T, S, 'json'>;
}
