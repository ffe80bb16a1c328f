/**
 * Dates, money and numbers as people in China write them: 2026年11月29日, ¥1,500/月, 1,234 人.
 * English uses the same ¥ amounts with English units and "29 Nov 2026".
 */
import type { TFunction } from 'i18next';
import type { MonthlyPrice, OpeningHours, PriceUnit } from './api/model.ts';

function locale(lang: string): string {
  return lang.startsWith('zh') ? 'zh-CN' : 'en-GB';
}

/** 2026年11月29日 (zh) / 29 November 2026 (en). Accepts ISO date or date-time strings. */
export function formatDate(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00+08:00`) : new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(lang), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Shanghai' }).format(d);
}

/** 1,234 */
export function formatNumber(n: number | null | undefined, lang: string): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 }).format(n);
}

/** A number with exactly `digits` decimals: 3.40 */
export function formatFixed(n: number, digits: number, lang: string): string {
  return new Intl.NumberFormat(locale(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

/** ¥1,500 — yuan with thousands separators, no decimals unless there are fen. */
export function formatYuan(n: number | null | undefined, lang: string): string {
  if (n === null || n === undefined) return '—';
  const whole = Number.isInteger(n);
  return `¥${new Intl.NumberFormat(locale(lang), { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(n)}`;
}

/** ¥1,500/月 (zh) or ¥1,500/month (en). */
export function formatPrice(n: number, unit: PriceUnit, t: TFunction, lang: string): string {
  return `${formatYuan(n, lang)}/${t(`unit.${unit}`)}`;
}

/** 周一至周五 07:30–18:00 (zh) / Mon–Fri 07:30–18:00 (en); non-contiguous days are listed. */
export function formatOpeningHours(h: OpeningHours | null | undefined, t: TFunction, lang: string): string {
  if (!h) return t('facility.noHours');
  const days = [...h.days].sort((a, b) => a - b);
  const contiguous = days.length > 2 && days.every((d, i) => i === 0 || d === days[i - 1]! + 1);
  const zh = lang.startsWith('zh');
  const dayText = contiguous
    ? `${t(`weekday.${days[0]}`)}${zh ? '至' : '–'}${t(`weekday.${days[days.length - 1]}`)}`
    : days.map((d) => t(`weekday.${d}`)).join(zh ? '、' : ', ');
  return `${dayText} ${h.open}–${h.close}`;
}

/**
 * A facility's monthly fees, each with its service mode: "全日托 ¥1,400/月" — never a bare cheapest price, which
 * would hide which care it buys.
 */
export function formatMonthlyPrices(prices: readonly MonthlyPrice[], t: TFunction, lang: string): string[] {
  return prices.map((p) => t('list.modePrice', { mode: t(`mode.${p.mode}`), price: formatPrice(p.price, 'month', t, lang) }));
}
