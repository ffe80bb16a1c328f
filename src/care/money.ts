/**
 * Money as integer fen (分, 1/100 yuan): subsidies, awards and claims are sums of many small amounts, and a float
 * that drifts by 0.01 yuan makes a claim disagree with its own lines. Amounts are branded `Fen` so yuan and fen do
 * not mix; conversion from the registry's yuan prices happens once, at the edge (`yuanToFen`). Formatting follows how
 * amounts are written in China: ¥1,234.50 (小写) and 人民币壹仟贰佰叁拾肆元伍角 (大写, on claim forms and receipts,
 * after the People's Bank of China's rules for 中文大写金额 in 《支付结算办法》附件《正确填写票据和结算凭证的基本规定》).
 */
import { AppError } from '../shared/errors.ts';

declare const fenBrand: unique symbol;
/** An amount in fen (分): a safe integer. */
export type Fen = number & { readonly [fenBrand]: 'fen' };

/**
 * An amount in fen, checked to be a safe integer.
 * @param n - the amount in fen
 */
export function fen(n: number): Fen {
  if (!Number.isSafeInteger(n)) throw new AppError('invalid', `an amount in fen must be a whole number, got ${n}`, { field: 'amount', code: 'not_whole' });
  return n as Fen;
}

/** Whole yuan as fen: `yuan(500)` = 50,000 fen. */
export function yuan(n: number): Fen {
  return fen(n * 100);
}

/**
 * Yuan (a number or decimal text with at most two decimals, as the registry stores prices) → fen, exactly: the
 * decimal digits are read as text, so 0.29 yuan is 29 fen (not 28.999…).
 * @param v - yuan, e.g. 1500, 1499.5 or '1499.50'
 */
export function yuanToFen(v: number | string): Fen {
  const s = typeof v === 'number' ? (Number.isFinite(v) ? v.toFixed(6) : 'NaN') : v.trim();
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) throw new AppError('invalid', `not an amount of yuan: ${v}`, { field: 'amount', code: 'not_a_number' });
  const decimals = (m[3] ?? '').replace(/0+$/, '');
  if (decimals.length > 2) throw new AppError('invalid', `an amount of yuan has at most two decimals (fen), got ${v}`, { field: 'amount', code: 'invalid_format', params: { format: 'yuan' } });
  const n = Number(m[2]) * 100 + Number(decimals.padEnd(2, '0'));
  return fen(m[1] ? -n : n);
}

/** Fen → yuan as a decimal string with two places ('1234.50'), for spreadsheets and reports. */
export function fenToYuanText(f: Fen): string {
  const neg = f < 0;
  const a = Math.abs(f);
  return `${neg ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** The sum of amounts (exact: integers). */
export function sumFen(amounts: Iterable<Fen>): Fen {
  let s = 0;
  for (const a of amounts) s += a;
  return fen(s);
}

/**
 * `rate × num / den`, rounded half up to a whole fen (half away from zero for negatives), in integer arithmetic —
 * a monthly rate for the share of a month, a per-place award for a number of places.
 * @param rate - the amount in fen
 * @param num - numerator of the share (≥ 0)
 * @param den - denominator of the share (> 0)
 */
export function shareOf(rate: Fen, num: number, den: number): Fen {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || num < 0 || den <= 0) throw new AppError('invalid', `a share needs whole numbers num ≥ 0 and den > 0, got ${num}/${den}`, { field: 'share', code: 'invalid' });
  const sign = rate < 0 ? -1 : 1;
  const p = Math.abs(rate) * num;
  if (!Number.isSafeInteger(p)) throw new AppError('invalid', 'the amount is too large', { field: 'amount', code: 'too_big' });
  return fen(sign * Math.floor((2 * p + den) / (2 * den)));
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * ¥1,234.50 — the yuan sign, thousands separators, always two decimals (as on a claim or a bank slip); negative
 * amounts (a clawback) as -¥300.00.
 * @param f - the amount in fen
 * @param opts - `decimals: 'auto'` drops ".00" for whole yuan (¥1,500, as prices are shown to families)
 */
export function formatFen(f: Fen, opts: { decimals?: 'always' | 'auto' } = {}): string {
  const neg = f < 0;
  const a = Math.abs(f);
  const whole = groupThousands(String(Math.floor(a / 100)));
  const cents = a % 100;
  const tail = opts.decimals === 'auto' && cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`;
  return `${neg ? '-' : ''}¥${whole}${tail}`;
}

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const;
const BIG_UNITS = ['', '万', '亿', '万亿'] as const;

/** A group of up to four digits in 大写 (e.g. 1005 → 壹仟零伍), with zeros collapsed. */
function group4(n: number): string {
  let out = '';
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d]! + SMALL_UNITS[i]!;
  }
  return out;
}

/**
 * The amount in Chinese capital numerals (中文大写金额), as written on claim forms and receipts:
 * 1,234.50 → 人民币壹仟贰佰叁拾肆元伍角; 1,500.00 → 人民币壹仟伍佰元整; 0.05 → 人民币伍分; 1,005.07 → 人民币壹仟零伍元零柒分.
 * Negative amounts are prefixed 负.
 * @param f - the amount in fen
 */
export function fenToChineseCapital(f: Fen): string {
  const neg = f < 0;
  const a = Math.abs(f);
  const yuanPart = Math.floor(a / 100);
  const jiao = Math.floor(a / 10) % 10;
  const fenPart = a % 10;
  let y = '';
  if (yuanPart > 0) {
    const groups: number[] = [];
    for (let v = yuanPart; v > 0; v = Math.floor(v / 10_000)) groups.push(v % 10_000);
    if (groups.length > BIG_UNITS.length) throw new AppError('invalid', 'the amount is too large to write out', { field: 'amount', code: 'too_big' });
    let needZero = false;
    for (let i = groups.length - 1; i >= 0; i--) {
      const g = groups[i]!;
      if (g === 0) {
        needZero = y !== '';
        continue;
      }
      if (y && (needZero || g < 1000)) y += '零';
      needZero = false;
      y += group4(g) + BIG_UNITS[i]!;
    }
    y += '元';
  }
  let tail: string;
  if (jiao === 0 && fenPart === 0) tail = yuanPart > 0 ? '整' : '零元整';
  else if (fenPart === 0) tail = `${DIGITS[jiao]}角`;
  else if (jiao === 0) tail = `${yuanPart > 0 ? '零' : ''}${DIGITS[fenPart]}分`;
  else tail = `${DIGITS[jiao]}角${DIGITS[fenPart]}分`;
  return `${neg ? '负' : ''}人民币${y}${tail}`;
}
