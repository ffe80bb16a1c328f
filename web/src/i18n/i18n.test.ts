/** Both languages carry the same keys, and English is written with English punctuation. */
import { describe, expect, it } from 'vitest';
import zhCN from './zh-CN.ts';
import en from './en.ts';

function entries(o: object, prefix = ''): Array<[string, string]> {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v ? entries(v as object, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)] as [string, string]]));
}

describe('translations', () => {
  it('has every key in both languages', () => {
    expect(entries(en).map(([k]) => k).sort()).toEqual(entries(zhCN).map(([k]) => k).sort());
  });

  it('writes no full-width punctuation in English', () => {
    expect(entries(en).filter(([, v]) => /[：（），。、；]/.test(v))).toEqual([]);
  });

  it('interpolates the same params in both languages', () => {
    const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const zh = new Map(entries(zhCN));
    expect(entries(en).filter(([k, v]) => JSON.stringify(params(v)) !== JSON.stringify(params(zh.get(k) ?? '')))).toEqual([]);
  });
});
