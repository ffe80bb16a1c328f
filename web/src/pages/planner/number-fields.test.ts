/** The planner's number inputs give the server's issue codes, so they are translated like the server's issues. */
import { describe, expect, it } from 'vitest';
import { checkNumber } from './number-fields.ts';
import { translateIssue } from '../../api/issues.ts';
import { eng, zh } from '../../test/i18n.ts';

describe('checkNumber', () => {
  it('accepts numbers in range', () => {
    expect(checkNumber('p', '5')).toBeNull();
    expect(checkNumber('speedKmh', ' 3.6 ')).toBeNull();
  });

  it('names what is wrong with the server codes, in the UI language', () => {
    const text = (f: Parameters<typeof checkNumber>[0], v: string, t = zh) => translateIssue(checkNumber(f, v)!, t);
    expect(text('p', '')).toBe('此项为必填项');
    expect(text('p', '2.5')).toBe('请输入整数');
    expect(text('p', '0')).toBe('不能小于 1');
    expect(text('minutes', '90')).toBe('不能大于 60');
    expect(text('minutes', '90', eng)).toBe('Must be at most 60');
    expect(text('speedKmh', 'abc', eng)).toBe('Wrong kind of value (expected a number)');
  });
});
