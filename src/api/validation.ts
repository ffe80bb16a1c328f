/**
 * zod → our error body, for request validation (the OpenAPIHono default hook). Unknown fields are rejected by the
 * schemas themselves (`.strict()`); every issue names its field and carries a machine code (src/shared/zod-issues.ts).
 */
import type { z } from 'zod';
import { AppError } from '../shared/errors.ts';
import { zodToIssues } from '../shared/zod-issues.ts';

export function zodToAppError(error: z.ZodError, where: string): AppError {
  const issues = zodToIssues(error, where === 'json' ? 'body' : where);
  const first = issues[0]!;
  const msg = issues.length === 1 ? `${first.field}: ${first.message}` : `${issues.length} problems: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`;
  return new AppError('invalid', msg, { issues });
}
