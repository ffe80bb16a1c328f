/** Dates, fees and opening hours written as people in China write them (and in English). */
import { describe, expect, it } from 'vitest';
import { formatDate, formatMonthlyPrices, formatOpeningHours, formatPrice, formatYuan } from './format.ts';
import { eng, zh } from './test/i18n.ts';

describe('formats', () => {
  it('writes dates and fees as people in China do', () => {
    expect(formatDate('2026-11-29', 'zh-CN')).toBe('2026年11月29日');
    expect(formatDate('2026-11-28T18:30:00Z', 'zh-CN')).toBe('2026年11月29日'); // Beijing time
    expect(formatDate('2026-11-29', 'en')).toBe('29 November 2026');
    expect(formatPrice(1500, 'month', zh, 'zh-CN')).toBe('¥1,500/月');
    expect(formatPrice(30, 'hour', zh, 'zh-CN')).toBe('¥30/小时');
    expect(formatPrice(1500, 'month', eng, 'en')).toBe('¥1,500/month');
    expect(formatYuan(12.5, 'zh-CN')).toBe('¥12.50');
    expect(formatYuan(null, 'zh-CN')).toBe('—');
  });

  it('names the mode of every monthly fee (never a bare cheapest price)', () => {
    const prices = [
      { mode: 'full_day', price: 1400 },
      { mode: 'half_day', price: 850 },
    ] as const;
    expect(formatMonthlyPrices(prices, zh, 'zh-CN')).toEqual(['全日托 ¥1,400/月', '半日托 ¥850/月']);
    expect(formatMonthlyPrices(prices, eng, 'en')).toEqual(['Full day ¥1,400/month', 'Half day ¥850/month']);
    expect(formatMonthlyPrices([], zh, 'zh-CN')).toEqual([]);
  });

  it('writes opening hours as a day range', () => {
    expect(formatOpeningHours({ days: [1, 2, 3, 4, 5], open: '07:30', close: '18:00' }, zh, 'zh-CN')).toBe('周一至周五 07:30–18:00');
    expect(formatOpeningHours({ days: [1, 2, 3, 4, 5], open: '07:30', close: '18:00' }, eng, 'en')).toBe('Mon–Fri 07:30–18:00');
    expect(formatOpeningHours({ days: [6, 1], open: '08:00', close: '12:00' }, zh, 'zh-CN')).toBe('周一、周六 08:00–12:00');
    expect(formatOpeningHours(null, zh, 'zh-CN')).toBe('未公布');
  });
});
