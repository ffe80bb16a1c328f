/**
 * The web app's pure helpers, without a browser: server issues localised by field and message, dates and money
 * written the Chinese way, and both languages carrying the same keys.
 */
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import zhCN from '../../web/src/i18n/zh-CN.ts';
import en from '../../web/src/i18n/en.ts';
import { issueMap, localizeIssue } from '../../web/src/api/issues.ts';
import { formatDate, formatOpeningHours, formatPrice, formatYuan } from '../../web/src/format.ts';
import { toQueryString } from '../../web/src/api/client.ts';

const zh = i18next.createInstance();
await zh.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: zhCN } }, interpolation: { escapeValue: false } });
const eng = i18next.createInstance();
await eng.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('localised API issues', () => {
  it('turns the server cap message into 超过国家班额上限 with the cap it names', () => {
    const issue = { field: 'classes.0.capacity', message: '托小班 (toddler_small) capacity 16 exceeds the national cap of 15 (cn-national-2019)' };
    expect(localizeIssue(issue, zh.t)).toBe('超过国家班额上限（15 人）');
    expect(localizeIssue(issue, eng.t)).toBe('Over the national class cap (15 children)');
  });

  it('falls back to the client copy of the caps by the class band', () => {
    expect(localizeIssue({ field: 'classes.2.capacity', message: 'over the class cap' }, zh.t, () => 'infant')).toBe('超过国家班额上限（10 人）');
  });

  it('knows the family point total, the filing number and duplicate modes', () => {
    const m = issueMap(
      [
        { field: 'classes', message: 'a family point (家庭托育点) takes at most 5 children in all; its classes total 7' },
        { field: 'filingNumber', message: 'a filed (已备案) facility needs its filing number' },
        { field: 'services.1.mode', message: 'service mode full_day is listed twice' },
      ],
      zh.t,
    );
    expect(m.get('classes')).toBe('家庭托育点共计不得超过 5 人');
    expect(m.get('filingNumber')).toBe('已备案机构须填写备案编号');
    expect(m.get('services.1.mode')).toBe('服务类型重复');
  });

  it('shows an unknown message as the server wrote it', () => {
    expect(localizeIssue({ field: 'x', message: 'something new' }, zh.t)).toBe('something new');
  });
});

describe('formats', () => {
  it('writes dates and fees as people in China do', () => {
    expect(formatDate('2026-11-29', 'zh-CN')).toBe('2026年11月29日');
    expect(formatDate('2026-11-28T18:30:00Z', 'zh-CN')).toBe('2026年11月29日'); // Beijing time
    expect(formatPrice(1500, 'month', zh.t, 'zh-CN')).toBe('¥1,500/月');
    expect(formatPrice(30, 'hour', zh.t, 'zh-CN')).toBe('¥30/小时');
    expect(formatPrice(1500, 'month', eng.t, 'en')).toBe('¥1,500/month');
    expect(formatYuan(12.5, 'zh-CN')).toBe('¥12.50');
  });

  it('writes opening hours as a day range', () => {
    expect(formatOpeningHours({ days: [1, 2, 3, 4, 5], open: '07:30', close: '18:00' }, zh.t, 'zh-CN')).toBe('周一至周五 07:30–18:00');
    expect(formatOpeningHours({ days: [6, 1], open: '08:00', close: '12:00' }, zh.t, 'zh-CN')).toBe('周一、周六 08:00–12:00');
    expect(formatOpeningHours(null, zh.t, 'zh-CN')).toBe('未公布');
  });

  it('drops empty query values', () => {
    expect(toQueryString({ tier: 'community', q: '', page: 2, free: false, band: undefined })).toBe('?tier=community&page=2');
  });
});

describe('translations', () => {
  it('has every key in both languages', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });
});
