/**
 * The web app can translate every machine code the API sends: each field-issue code (src/shared/issue-codes.ts)
 * and each top-level error code has a zh-CN and an English text, and a text interpolates only params the code
 * documents (its description ends with them in parentheses), so nothing shows as a bare `{{…}}`.
 */
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/errors.ts';
import { ISSUE_CODE_LIST, ISSUE_CODES } from '../../shared/issue-codes.ts';
import zhCN from '../../../web/src/i18n/zh-CN.ts';
import en from '../../../web/src/i18n/en.ts';

const LANGS = { 'zh-CN': zhCN, en } as const;
/** Params the web app derives from the documented ones (web/src/api/issues.ts). */
const DERIVED: Record<string, string> = { position: 'index' };

function documentedParams(code: keyof typeof ISSUE_CODES): string[] {
  const m = /\(([a-zA-Z]+(?:, [a-zA-Z]+)*)\)$/.exec(ISSUE_CODES[code]);
  return m ? m[1]!.split(', ') : [];
}

describe('translations of the API codes', () => {
  for (const [lang, res] of Object.entries(LANGS)) {
    it(`${lang}: every issue code has a text`, () => {
      const issues = res.issues as Record<string, string>;
      expect(ISSUE_CODE_LIST.filter((c) => !issues[c]?.trim())).toEqual([]);
      expect(Object.keys(issues).filter((k) => !(ISSUE_CODE_LIST as string[]).includes(k))).toEqual([]);
    });

    it(`${lang}: every top-level error code (and the network failing) has a text`, () => {
      const codes = res.errorCode as Record<string, string>;
      expect([...ERROR_CODES, 'network'].filter((c) => !codes[c]?.trim())).toEqual([]);
    });

    it(`${lang}: each issue text interpolates only the params its code documents`, () => {
      const issues = res.issues as Record<string, string>;
      const bad = ISSUE_CODE_LIST.flatMap((code) => {
        const allowed = documentedParams(code);
        const used = [...issues[code]!.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
        return used.filter((p) => !allowed.includes(p) && !allowed.includes(DERIVED[p] ?? '')).map((p) => `${code}: {{${p}}}`);
      });
      expect(bad).toEqual([]);
    });
  }
});
