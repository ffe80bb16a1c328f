/**
 * Errors translated by machine code: the same code and params give the same text whatever the server's English
 * message says (a renamed message changes nothing on screen), params that are vocabulary codes are translated too,
 * and whole failures (rate limits, the network) read as sentences in both languages.
 */
import { describe, expect, it } from 'vitest';
import { ApiError, type FieldIssue } from './http.ts';
import { issueMap, translateError, translateFailure, translateIssue } from './issues.ts';
import { eng, zh } from '../test/i18n.ts';

const overCap: FieldIssue = { field: 'classes.0.capacity', code: 'over_cap', params: { cap: 15, band: 'toddler_small', policy: 'cn-national-2019' }, message: '托小班 (toddler_small) capacity 16 exceeds the national cap of 15 (cn-national-2019)' };

describe('translateIssue', () => {
  it('translates a field issue by its code, with its params', () => {
    expect(translateIssue(overCap, zh)).toBe('超过国家班额上限（15 人）');
    expect(translateIssue(overCap, eng)).toBe('Over the national class cap (15 children)');
  });

  it('shows the same text when the server renames its message (code and params unchanged)', () => {
    const renamed = { ...overCap, message: 'Class too big: the most allowed for this band is 15' };
    expect(translateIssue(renamed, zh)).toBe(translateIssue(overCap, zh));
    expect(translateIssue(renamed, eng)).toBe(translateIssue(overCap, eng));
    expect(translateIssue({ ...overCap, message: '' }, zh)).toBe('超过国家班额上限（15 人）');
  });

  it('says a class below its enrolled children is just that — not a conflict, not a cap', () => {
    const below: FieldIssue = { field: 'classes.0.capacity', code: 'below_enrolled', params: { capacity: 5, enrolled: 10 }, message: '托小班1: capacity 5 is below the 10 children enrolled' };
    expect(translateIssue(below, zh)).toBe('托位数 5 少于在托的 10 名儿童');
    expect(translateIssue(below, eng)).toBe('Capacity 5 is below the 10 children enrolled');
  });

  it('translates params that are codes of a vocabulary (mode, tier) and writes numbers in the locale', () => {
    expect(translateIssue({ field: 'services.1.mode', code: 'duplicate_mode', params: { mode: 'full_day' }, message: 'x' }, zh)).toBe('服务类型重复（全日托）');
    expect(translateIssue({ field: 'supervisorId', code: 'wrong_supervisor_tier', params: { expected: 'county_centre|municipal_centre', actual: 'community' }, message: 'x' }, zh)).toBe(
      '指导中心类型不符（应为县级公办托育中心或市级托育综合服务中心，实为社区托育点）',
    );
    expect(translateIssue({ field: 'classes', code: 'family_point_over_cap', params: { cap: 5, total: 1234 }, message: 'x' }, eng)).toBe('A family point takes at most 5 children in all (now 1,234)');
    expect(translateIssue({ field: 'body', code: 'file_too_large', params: { maximum: 1048576 }, message: 'x' }, zh)).toBe('文件过大（上限 1 MB）');
    expect(translateIssue({ field: 'name', code: 'control_character', params: { index: 0 }, message: 'x' }, eng)).toBe('Contains an invisible control character (character 1)');
    expect(translateIssue({ field: 'p', code: 'invalid_type', params: { expected: 'number' }, message: 'x' }, zh)).toBe('类型不正确（应为数字）');
  });

  it('distinguishes exclusive limits', () => {
    expect(translateIssue({ field: 'minutes', code: 'too_small', params: { minimum: 0, inclusive: false }, message: 'x' }, zh)).toBe('须大于 0');
    expect(translateIssue({ field: 'minutes', code: 'too_small', params: { minimum: 1, inclusive: true }, message: 'x' }, eng)).toBe('Must be at least 1');
  });

  it('falls back to the server sentence, marked as such, for a code this build does not know', () => {
    const future = { field: 'x', code: 'brand_new_rule', message: 'a rule from a newer server' } as unknown as FieldIssue;
    expect(translateIssue(future, zh)).toBe('填写的内容有误（a rule from a newer server）');
  });

  it('maps issues by field, the first per field winning', () => {
    const m = issueMap([overCap, { ...overCap, code: 'required', message: 'x' }, { field: 'name', code: 'required', message: 'x' }], zh);
    expect([...m]).toEqual([
      ['classes.0.capacity', '超过国家班额上限（15 人）'],
      ['name', '此项为必填项'],
    ]);
  });
});

describe('translateError', () => {
  it('says when to try again after too many attempts', () => {
    const e = new ApiError(429, 'rate_limited', 'too many failed logins; try again in 30 seconds', 'username', [{ field: 'username', code: 'rate_limited', params: { retryAfterSeconds: 30 }, message: 'x' }], 30);
    expect(translateError(e, zh)).toBe('尝试次数过多，请 30 秒后再试。');
    expect(translateFailure(e, eng)).toBe('Too many attempts. Please try again in 30 seconds.');
  });

  it('translates the top-level codes, and anything else as an unexpected failure', () => {
    expect(translateError(new ApiError(0, 'network', 'Failed to fetch'), zh)).toBe('网络连接失败，请检查网络后重试。');
    expect(translateError(new ApiError(409, 'full', 'no free place'), eng)).toBe('There is no free place left.');
    expect(translateError(new ApiError(403, 'forbidden', 'x'), zh)).toBe('您没有权限执行此操作。');
    expect(translateError(new TypeError('x is undefined'), zh)).toBe('服务器出错了，请稍后再试。');
  });

  it('gives the first field issue for a failed single action', () => {
    const e = new ApiError(401, 'unauthenticated', 'wrong username or password', 'password', [{ field: 'password', code: 'wrong_credentials', message: 'wrong username or password' }]);
    expect(translateFailure(e, zh)).toBe('用户名或密码不正确。');
  });
});
