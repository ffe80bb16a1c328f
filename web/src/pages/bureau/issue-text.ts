/**
 * Field issues in the UI's language by their machine code: `issues.<code>` of the main translations with the
 * issue's params interpolated; for a code this build does not know, the server's own sentence.
 */
import type { TFunction } from 'i18next';
import { ApiError, type FieldIssue } from '../../api/http.ts';

/** One issue as a sentence. */
export function issueText(i: Pick<FieldIssue, 'code' | 'message' | 'params'>, t: TFunction): string {
  const params = Object.fromEntries(Object.entries(i.params ?? {}).map(([k, v]) => [k, v === null ? '' : String(v)]));
  return t(`issues.${i.code}`, { ns: 'translation', ...params, defaultValue: i.message });
}

/** Issues by field (the first per field). */
export function issuesByField(issues: readonly FieldIssue[], t: TFunction): Map<string, string> {
  const out = new Map<string, string>();
  for (const i of issues) if (!out.has(i.field)) out.set(i.field, issueText(i, t));
  return out;
}

/** A failure as one sentence: the first issue, else the status. */
export function failureText(e: unknown, t: TFunction): string {
  if (e instanceof ApiError) {
    if (e.issues[0]) return issueText(e.issues[0], t);
    return t(`bureau:failure.${e.code}`, { defaultValue: t('bureau:failure.other', { message: e.message }) });
  }
  return t('bureau:failure.other', { message: e instanceof Error ? e.message : String(e) });
}
