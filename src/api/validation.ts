/**
 * zod → our error body, for request validation (the OpenAPIHono default hook). Unknown fields are rejected by the
 * schemas themselves (`.strict()`), and the message names every field.
 */
import type { z } from 'zod';
import { AppError, type FieldIssue } from '../shared/errors.ts';

export function zodToAppError(error: z.ZodError, where: string): AppError {
  const issues: FieldIssue[] = error.issues.map((i) => {
    const keys = (i as { keys?: string[] }).keys;
    const path = i.path.map(String).join('.');
    if (i.code === 'unrecognized_keys' && keys) return { field: path ? `${path}.${keys[0]}` : keys[0]!, message: `unknown field(s): ${keys.join(', ')}` };
    return { field: path || where, message: i.message };
  });
  const first = issues[0]!;
  const msg = issues.length === 1 ? `${first.field}: ${first.message}` : `${issues.length} problems: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`;
  return new AppError('invalid', msg, { issues });
}
