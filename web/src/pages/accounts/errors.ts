/**
 * The API's errors in the user's language, by machine code: a field issue's code is translated with its parameters
 * (`issues.<code>` in the main i18n files); the server's English message is the fallback for a code the UI does not
 * know yet.
 */
import i18n from '../../i18n/index.ts';
import { ApiError, type FieldIssue } from '../../api/http.ts';

/** One issue, localised. */
export function issueText(issue: FieldIssue): string {
  const key = `issues.${issue.code}`;
  return i18n.exists(key, { ns: 'translation' }) ? i18n.t(key, { ns: 'translation', ...(issue.params ?? {}) }) : issue.message;
}

/** Field → localised message, for the inputs of a form (the first issue per field). */
export function fieldErrors(err: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (err instanceof ApiError) for (const i of err.issues) out[i.field] ??= issueText(i);
  return out;
}

/** One sentence for an error as a whole (the first issue, else the error code). */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.code === 'network') return i18n.t('errors.network', { ns: 'translation' });
    const first = err.issues[0];
    if (first) return issueText(first);
    const key = `issues.${err.code}`;
    if (i18n.exists(key, { ns: 'translation' })) return i18n.t(key, { ns: 'translation' });
    return i18n.t('errors.generic', { ns: 'translation', message: err.message });
  }
  return i18n.t('errors.generic', { ns: 'translation', message: err instanceof Error ? err.message : String(err) });
}
