/**
 * The planner form's number inputs, checked in the page (not by the browser, whose bubbles speak the browser's
 * language) with the server's own issue codes, so their messages are translated like the server's.
 */
import type { FieldIssue } from '../../api/http.ts';

/** The form's number inputs, by the request field each one fills, with the range the page accepts. */
export const NUMBER_FIELDS = {
  p: { min: 1, max: 200, integer: true },
  targetShare: { min: 1, max: 100, integer: false },
  minutes: { min: 1, max: 60, integer: false },
  speedKmh: { min: 1, max: 8, integer: false },
  timeLimitSeconds: { min: 1, max: 60, integer: true },
} as const;
export type NumberField = keyof typeof NUMBER_FIELDS;

/**
 * Checks one number input as the server would, giving the server's issue codes (translated like its own issues).
 * @param field - which input
 * @param text - what is typed in it
 */
export function checkNumber(field: NumberField, text: string): FieldIssue | null {
  const rule = NUMBER_FIELDS[field];
  const v = text.trim();
  if (v === '') return { field, code: 'required', message: 'required' };
  const n = Number(v);
  if (!Number.isFinite(n)) return { field, code: 'invalid_type', params: { expected: 'number' }, message: 'invalid_type' };
  if (rule.integer && !Number.isInteger(n)) return { field, code: 'not_integer', message: 'not_integer' };
  if (n < rule.min) return { field, code: 'too_small', params: { minimum: rule.min }, message: 'too_small' };
  if (n > rule.max) return { field, code: 'too_big', params: { maximum: rule.max }, message: 'too_big' };
  return null;
}

