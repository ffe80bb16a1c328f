/**
 * Field issues and failures in the UI's language, by machine code: the desk uses the app's own translators
 * (web/src/api/issues.ts: `issues.<code>` with params, `errorCode.<code>`), bound to the main namespace.
 */
import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../api/http.ts';
import { issueMap, translateFailure, translateIssue } from '../../api/issues.ts';

/** The main namespace's translator (the desk's pages use their own namespace by default). */
const main = (t: TFunction): TFunction => ((key: string, opts?: object) => t(key, { ns: 'translation', ...opts })) as TFunction;

/** One issue as a sentence. */
export function issueText(i: Pick<FieldIssue, 'code' | 'message' | 'params'>, t: TFunction): string {
  return translateIssue(i, main(t));
}

/** Issues by field (the first per field). */
export function issuesByField(issues: readonly FieldIssue[], t: TFunction): Map<string, string> {
  return issueMap(issues, main(t));
}

/** A failure as one sentence: the first issue, else the top-level code. */
export function failureText(e: unknown, t: TFunction): string {
  return translateFailure(e, main(t));
}
