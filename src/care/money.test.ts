import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fen, fenToChineseCapital, fenToYuanText, formatFen, shareOf, sumFen, yuan, yuanToFen } from './money.ts';

describe('fen', () => {
  it('reads yuan exactly, from numbers and decimal text', () => {
    expect(yuanToFen(1500)).toBe(150_000);
    expect(yuanToFen(0.29)).toBe(29); // 0.29 * 100 = 28.999999999999996 in floating point
    expect(yuanToFen(1499.5)).toBe(149_950);
    expect(yuanToFen('1499.50')).toBe(149_950);
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen('-12.3')).toBe(-1230);
  });

  it('refuses what is not an amount of yuan with two decimals at most', () => {
    expect(() => yuanToFen('1,500')).toThrow(/not an amount/);
    expect(() => yuanToFen(0.001)).toThrow(/two decimals/);
    expect(() => yuanToFen(Number.NaN)).toThrow(/not an amount/);
    expect(() => fen(1.5)).toThrow(/whole number/);
  });

  it('round-trips through yuan text', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => yuanToFen(fenToYuanText(fen(n))) === n));
  });

  it('sums exactly', () => {
    expect(sumFen([fen(1), fen(2), fen(3)])).toBe(6);
    expect(sumFen([])).toBe(0);
  });

  it('takes a share rounded half up to the fen', () => {
    expect(shareOf(yuan(500), 10, 21)).toBe(23_810); // 238.095… yuan
    expect(shareOf(fen(5), 1, 2)).toBe(3); // 2.5 → 3
    expect(shareOf(fen(-5), 1, 2)).toBe(-3);
    expect(shareOf(yuan(500), 21, 21)).toBe(50_000);
    expect(shareOf(yuan(500), 0, 21)).toBe(0);
    expect(() => shareOf(yuan(500), 1, 0)).toThrow();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 31 }), fc.integer({ min: 1, max: 31 }), (r, n, d) => {
        const exact = (r * n) / d;
        const got = shareOf(fen(r), n, d);
        return Math.abs(got - exact) <= 0.5 && Number.isInteger(got);
      }),
    );
  });
});

describe('¥ as written in China', () => {
  it('writes ¥ with thousands separators and two decimals', () => {
    expect(formatFen(fen(123_450))).toBe('¥1,234.50');
    expect(formatFen(fen(150_000))).toBe('¥1,500.00');
    expect(formatFen(fen(150_000), { decimals: 'auto' })).toBe('¥1,500');
    expect(formatFen(fen(5))).toBe('¥0.05');
    expect(formatFen(fen(-30_000))).toBe('-¥300.00');
    expect(formatFen(fen(123_456_789_00))).toBe('¥123,456,789.00');
  });

  it('writes capital numerals (大写) as the payment rules ask', () => {
    expect(fenToChineseCapital(fen(123_450))).toBe('人民币壹仟贰佰叁拾肆元伍角');
    expect(fenToChineseCapital(fen(150_000))).toBe('人民币壹仟伍佰元整');
    expect(fenToChineseCapital(fen(100_507))).toBe('人民币壹仟零伍元零柒分');
    expect(fenToChineseCapital(fen(5))).toBe('人民币伍分');
    expect(fenToChineseCapital(fen(0))).toBe('人民币零元整');
    expect(fenToChineseCapital(fen(10_000_000))).toBe('人民币壹拾万元整');
    expect(fenToChineseCapital(fen(10_010_000))).toBe('人民币壹拾万零壹佰元整');
    expect(fenToChineseCapital(fen(101_100_000))).toBe('人民币壹佰零壹万壹仟元整');
    expect(fenToChineseCapital(fen(1_000_000_100))).toBe('人民币壹仟万零壹元整');
    expect(fenToChineseCapital(fen(10_000_000_000))).toBe('人民币壹亿元整');
    expect(fenToChineseCapital(fen(10_000_001_000))).toBe('人民币壹亿零壹拾元整');
    expect(fenToChineseCapital(fen(-30_000))).toBe('负人民币叁佰元整');
    expect(fenToChineseCapital(fen(1_230))).toBe('人民币壹拾贰元叁角');
  });
});
