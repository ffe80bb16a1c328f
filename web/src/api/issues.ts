/**
 * Turns the API's field issues (English messages from the server) into localised messages, keyed by field path.
 * Known rules are recognised by field and message shape (e.g. "exceeds the national cap of 15"); anything else is
 * shown as the server wrote it.
 */
import type { TFunction } from 'i18next';
import { CLASS_CAPS, FAMILY_POINT_CAP } from '../caps.ts';
import { CLASS_BANDS, type ClassBand, type FieldIssue } from './types.ts';

/**
 * The localised message for one issue.
 * @param issue - the server's issue
 * @param t - the translator
 * @param bandOf - the band of class N in the form (for the client copy of the caps when the message has no number)
 */
export function localizeIssue(issue: FieldIssue, t: TFunction, bandOf?: (index: number) => ClassBand | undefined): string {
  const { field, message } = issue;
  const m = message.toLowerCase();
  const classCap = /^classes\.(\d+)\.capacity$/.exec(field);
  if (classCap && /cap|exceed|班额|上限/.test(m)) {
    const fromMessage = /cap(?:\s+is|\s+of)?\s*(\d+)/i.exec(message) ?? /上限\D{0,6}(\d+)/.exec(message);
    const band = bandOf?.(Number(classCap[1])) ?? CLASS_BANDS.find((b) => message.includes(b));
    const cap = fromMessage ? Number(fromMessage[1]) : band ? CLASS_CAPS[band] : undefined;
    if (cap !== undefined) return t('errors.overCap', { cap });
  }
  if (field === 'classes' && /family point|家庭托育点/.test(m)) {
    const n = /at most (\d+)/.exec(message);
    return t('errors.familyOverCap', { cap: n ? Number(n[1]) : FAMILY_POINT_CAP });
  }
  if (field === 'filingNumber' && /filing number|备案/.test(m)) return t('errors.filingNumber');
  if (/^services\.\d+\.mode$/.test(field) && /twice/.test(m)) return t('errors.duplicateMode');
  if (/^classes\.\d+\.name$/.test(field) && /twice/.test(m)) return t('errors.duplicateName');
  if (/HH:MM/.test(message)) return t('errors.time');
  if (/close must be after open/.test(m)) return t('errors.closeAfterOpen');
  if (/phone/.test(m)) return t('errors.phone');
  if (/expected number|nan|invalid input: expected number/.test(m)) return t('errors.number');
  if (/expected int|integer/.test(m)) return t('errors.integer');
  if (/too small|>=\s*1|at least 1/.test(m) && /capacity|price/.test(field)) return t('errors.positive');
  if (/too small|at least/.test(m)) return t('errors.tooShort');
  if (/too big|at most/.test(m)) return t('errors.tooLong');
  if (/required/.test(m)) return t('errors.required');
  return t('errors.unknown', { message });
}

/** All issues of an error as a field → localised message map (the first message per field wins). */
export function issueMap(issues: readonly FieldIssue[], t: TFunction, bandOf?: (index: number) => ClassBand | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const i of issues) if (!out.has(i.field)) out.set(i.field, localizeIssue(i, t, bandOf));
  return out;
}
