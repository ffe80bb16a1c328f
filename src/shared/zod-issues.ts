/**
 * zod issues → our field issues, each with a machine code and parameters (src/shared/issue-codes.ts), for request
 * validation and file imports alike. A schema can name a code directly as its message
 * (`z.string().regex(RE, 'time_hhmm')`, `.refine(fn, { message: 'close_before_open' })`).
 */
import type { z } from 'zod';
import { issue, type FieldIssue, type IssueParams } from './errors.ts';
import { ISSUE_CODES, isIssueCode, type IssueCode } from './issue-codes.ts';

type ZIssue = z.core.$ZodIssue;

function num(v: unknown): number | string {
  return typeof v === 'bigint' ? Number(v) : (v as number);
}

/** The code and params for one zod issue. */
function classify(i: ZIssue): { code: IssueCode; params?: IssueParams; message?: string } {
  if (isIssueCode(i.message)) return { code: i.message, params: (i as { params?: IssueParams }).params };
  switch (i.code) {
    case 'invalid_type':
      if (i.input === undefined) return { code: 'required' };
      if (i.expected === 'int') return { code: 'not_integer' };
      return { code: 'invalid_type', params: { expected: String(i.expected) } };
    case 'too_small': {
      const minimum = num(i.minimum);
      if (i.origin === 'string') return { code: Number(minimum) <= 1 && i.input === '' ? 'required' : 'too_short', params: { minimum } };
      if (i.origin === 'array' || i.origin === 'set') return { code: 'too_few', params: { minimum } };
      return { code: 'too_small', params: { minimum, inclusive: i.inclusive ?? true } };
    }
    case 'too_big': {
      const maximum = num(i.maximum);
      if (i.origin === 'string') return { code: 'too_long', params: { maximum } };
      if (i.origin === 'array' || i.origin === 'set') return { code: 'too_many', params: { maximum } };
      return { code: 'too_big', params: { maximum, inclusive: i.inclusive ?? true } };
    }
    case 'invalid_format':
      if (i.format === 'uuid' || i.format === 'guid') return { code: 'invalid_uuid' };
      if (i.format === 'date') return { code: 'invalid_date' };
      return { code: 'invalid_format', params: { format: i.format } };
    case 'invalid_value':
      return { code: 'invalid_choice', params: { options: i.values.map(String).join('|') } };
    case 'not_multiple_of':
      return { code: 'not_multiple_of', params: { divisor: num(i.divisor) } };
    case 'unrecognized_keys':
      return { code: 'unknown_field', message: `unknown field(s): ${i.keys.join(', ')}` };
    default:
      return { code: 'invalid' };
  }
}

/**
 * Converts a zod error into field issues (dotted paths; an unknown key names itself).
 * @param err - the zod error
 * @param where - the field to name when an issue has no path (e.g. `body`, `query`)
 * @param row - the data row of an imported file
 */
export function zodToIssues(err: z.ZodError, where = '', row?: number): FieldIssue[] {
  return err.issues.map((i) => {
    const path = i.path.map(String).join('.');
    const { code, params, message } = classify(i);
    let field = path || where;
    if (i.code === 'unrecognized_keys' && i.keys[0]) field = path ? `${path}.${i.keys[0]}` : i.keys[0];
    const text = message ?? (isIssueCode(i.message) ? ISSUE_CODES[code] : i.message);
    return issue(field, code, text, params, row);
  });
}
