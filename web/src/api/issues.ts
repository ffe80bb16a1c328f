/**
 * Errors a person can read, in the UI's language, by machine code — never by the server's English message. A field
 * issue `{field, code, params}` becomes `issues.<code>` (web/src/i18n) with its params interpolated; params that are
 * themselves codes of a vocabulary (a class band, a service mode, a tier, a role) are translated first. A whole
 * error becomes `errorCode.<code>` (rate limits say when to try again). The server's message is only a fallback for
 * a code this build does not know yet.
 */
import type { TFunction } from 'i18next';
import { ApiError, type ErrorCode, type FieldIssue } from './http.ts';

type Params = NonNullable<FieldIssue['params']>;
type ParamValue = Params[string];

/** Which params of which codes name a vocabulary entry, and the i18n key prefix that translates them. */
const VOCABULARY_PARAMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  over_cap: { band: 'band' },
  duplicate_mode: { mode: 'mode' },
  wrong_supervisor_tier: { expected: 'tier', actual: 'tier' },
  not_a_county: { level: 'divisionLevel' },
  role_binding: { role: 'role' },
  invalid_type: { expected: 'valueType' },
};

function locale(lang: string): string {
  return lang.startsWith('zh') ? 'zh-CN' : 'en-GB';
}

/** 1048576 → "1 MB" (file limits are given in bytes). */
function bytesText(n: number, lang: string): string {
  const mb = n / (1024 * 1024);
  if (mb >= 1) return `${new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 }).format(mb)} MB`;
  return `${new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 0 }).format(n / 1024)} KB`;
}

/** The params as the translation interpolates them: vocabulary codes translated, numbers in the UI's locale. */
function localParams(code: string, params: Params, t: TFunction, lang: string): Record<string, string> {
  const vocab = VOCABULARY_PARAMS[code] ?? {};
  const out: Record<string, string> = {};
  const text = (key: string, v: ParamValue): string => {
    if (v === null || v === undefined) return '';
    const prefix = vocab[key];
    if (prefix && typeof v === 'string') {
      const sep = lang.startsWith('zh') ? '或' : ' or ';
      return v
        .split('|')
        .map((x) => t(`${prefix}.${x}`, { defaultValue: x }))
        .join(sep);
    }
    if (typeof v === 'number') return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 }).format(v);
    if (key === 'options' && typeof v === 'string') return v.split('|').join(lang.startsWith('zh') ? '、' : ', ');
    return String(v);
  };
  for (const [k, v] of Object.entries(params)) out[k] = text(k, v);
  if (typeof params.index === 'number') out.position = String(params.index + 1);
  if (code === 'file_too_large' && typeof params.maximum === 'number') out.maximum = bytesText(params.maximum, lang);
  return out;
}

/**
 * One field issue in the UI's language.
 * @param issue - the server's issue (its `code` and `params` are what count)
 * @param t - the translator of the main namespace
 */
export function translateIssue(issue: Pick<FieldIssue, 'code' | 'params' | 'message'> & { field?: string }, t: TFunction): string {
  const lang = t('lang.code');
  const params = localParams(issue.code, issue.params ?? {}, t, lang);
  if (issue.code === 'too_small' && issue.params?.inclusive === false) return t('issueDetail.tooSmallExclusive', params);
  if (issue.code === 'too_big' && issue.params?.inclusive === false) return t('issueDetail.tooBigExclusive', params);
  const key = `issues.${issue.code}`;
  // A code newer than this build: say something true rather than nothing (the server's sentence, marked as such).
  return t(key, { ...params, defaultValue: t('issueDetail.unknown', { message: issue.message }) });
}

/** All issues of an error as field → text (the first issue per field wins). */
export function issueMap(issues: readonly FieldIssue[], t: TFunction): Map<string, string> {
  const out = new Map<string, string>();
  for (const i of issues) if (!out.has(i.field)) out.set(i.field, translateIssue(i, t));
  return out;
}

/**
 * A whole failure in the UI's language: the top-level code (full, forbidden, rate_limited with when to retry,
 * network …); anything that is not an ApiError is an unexpected failure.
 * @param err - what a call threw
 * @param t - the translator of the main namespace
 */
export function translateError(err: unknown, t: TFunction): string {
  if (!(err instanceof ApiError)) return t('errorCode.internal');
  const code: ErrorCode = err.code;
  if (code === 'rate_limited' && err.retryAfterSeconds !== undefined) return t('errorCode.rate_limited_wait', { seconds: Math.ceil(err.retryAfterSeconds) });
  return t(`errorCode.${code}`);
}

/**
 * The one sentence for a failure of a single action (sign in, upload, solve): the first field issue when the server
 * named one, else the top-level code.
 */
export function translateFailure(err: unknown, t: TFunction): string {
  if (err instanceof ApiError && err.issues[0]) return translateIssue(err.issues[0], t);
  return translateError(err, t);
}
