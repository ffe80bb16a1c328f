/**
 * The API's errors for the account forms, in the UI's language by machine code (the app's translators in
 * web/src/api/issues.ts): field → message for the inputs, one sentence for the rest.
 */
import i18n from '../../i18n/index.ts';
import { ApiError } from '../../api/http.ts';
import { translateFailure, translateIssue } from '../../api/issues.ts';

const t = () => i18n.getFixedT(null, 'translation');

/** Field → localised message, for the inputs of a form (the first issue per field). */
export function fieldErrors(err: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (err instanceof ApiError) for (const i of err.issues) out[i.field] ??= translateIssue(i, t());
  return out;
}

/** One sentence for an error as a whole (the first field issue, else the error's code). */
export function errorText(err: unknown): string {
  return translateFailure(err, t());
}
