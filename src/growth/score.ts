/**
 * One z-score from one table, exactly as WHO's anthro software computes it (R/z-score-helper.R): the age looked up
 * at the whole day (rounded half up), lengths interpolated between the 0.1 cm rows, the restricted method beyond
 * ±3 SD for weight-based indicators, z rounded to 2 decimals before WHO's implausibility flags are applied.
 *
 * Nothing here throws on bad input: a value that cannot be scored gets `{ ok: false, reason, message }` — the
 * reason a stable code for programs, the message a sentence for people.
 */
import { SPECS, LAST_TABLE_DAY, UNDER_MONTHS, type AxisOf, type Indicator, type IndicatorSpec, type MeasureOf, type Sex, isSex } from './indicators.ts';
import { whoZ } from './lms.ts';
import { percentileFromZ } from './normal.ts';
import { lengthFraction, rowIndex, tableOf, type LmsTable, type WhoTables } from './tables.ts';
import { DAYS_PER_MONTH, z as asZ, type Percentile, type Z } from './units.ts';

/** Why a value was not computed. */
export type ReasonCode =
  | 'sex_unknown' // sex is not 1/M or 2/F
  | 'age_missing' // no age (an age-based score needs one)
  | 'age_invalid' // not a number, negative, or dates that do not parse
  | 'age_out_of_range' // 60 months or more / beyond the tables (WHO scores children under 60 months)
  | 'weight_missing'
  | 'weight_invalid' // zero, negative or not a number
  | 'length_missing'
  | 'length_invalid'
  | 'position_invalid' // not l (lying) or h (standing)
  | 'head_missing'
  | 'head_invalid'
  | 'length_out_of_range' // outside the weight-for-length (45–110 cm) or weight-for-height (65–120 cm) table
  | 'oedema'; // WHO does not compute weight-based scores for a child with oedema

/** Every reason code (for API schemas). */
export const REASON_CODES: readonly ReasonCode[] = [
  'sex_unknown', 'age_missing', 'age_invalid', 'age_out_of_range', 'weight_missing', 'weight_invalid', 'length_missing', 'length_invalid',
  'position_invalid', 'head_missing', 'head_invalid', 'length_out_of_range', 'oedema',
];

/** A computed z-score. */
export interface Scored {
  readonly ok: true;
  /** The table used (for a child's weight-for-length/height: `wfl` or `wfh`). */
  readonly indicator: Indicator;
  /** The z-score, unrounded. */
  readonly z: Z;
  /** The z-score rounded to 2 decimals, as anthro reports it (and flags it). */
  readonly zRounded: number;
  /** WHO's implausible-value flag on the rounded z (e.g. weight-for-age below −6 or above 5). */
  readonly flagged: boolean;
  /** 100·Φ(z). */
  readonly percentile: Percentile;
  /** The axis value looked up: whole days, or cm (corrected length/height). */
  readonly at: number;
  /** The measurement scored: kg, cm, or kg/m². */
  readonly measure: number;
}
/** A value that could not be computed, with the reason. */
export interface NotScored {
  readonly ok: false;
  /** The table, when known (a child's weight-for-length/height may fail before one is chosen). */
  readonly indicator: Indicator | null;
  readonly reason: ReasonCode;
  readonly message: string;
}
/** The outcome of scoring one value. */
export type Score = Scored | NotScored;

/** A failed score. */
export function notScored(indicator: Indicator | null, reason: ReasonCode, message: string): NotScored {
  return { ok: false, indicator, reason, message };
}

/** Rounds a z-score the way WHO reports it (2 decimals; halves away from zero). */
export function roundZ(v: number, digits = 2): number {
  const f = 10 ** digits;
  const r = (Math.sign(v) * Math.round(Math.abs(v) * f)) / f;
  return r === 0 ? 0 : r;
}

/** WHO's implausible-value flag for a z-score already rounded to 2 decimals. */
export function isFlagged(indicator: Indicator, zRounded: number): boolean {
  const s = SPECS[indicator];
  return zRounded < s.flagBelow || zRounded > s.flagAbove;
}

const MEASURE_WORDS: Record<IndicatorSpec['measure'], [code: 'weight' | 'length' | 'head' | 'bmi', words: string]> = {
  weight: ['weight', 'weight'],
  length: ['length', 'length/height'],
  head: ['head', 'head circumference'],
  bmi: ['bmi', 'BMI'],
};

/** Formats a number for a message. */
export function show(v: number): string {
  return Number.isFinite(v) ? String(+v.toPrecision(10)) : Number.isNaN(v) ? 'not a number' : String(v);
}

/** Checks an age in days for an age-based table; returns the table row's day, or a NotScored. */
export function checkAge(indicator: Indicator | null, ageDays: number | null | undefined): number | NotScored {
  if (ageDays === null || ageDays === undefined) return notScored(indicator, 'age_missing', 'age is missing');
  if (!Number.isFinite(ageDays) || ageDays < 0) return notScored(indicator, 'age_invalid', `age must be 0 days or more, got ${show(ageDays)}`);
  const day = Math.floor(ageDays) + (ageDays - Math.floor(ageDays) >= 0.5 ? 1 : 0);
  if (day > LAST_TABLE_DAY) return notScored(indicator, 'age_out_of_range', `age ${show(ageDays)} days is beyond the WHO tables (0–${LAST_TABLE_DAY} days)`);
  if (ageDays / DAYS_PER_MONTH >= UNDER_MONTHS) {
    return notScored(indicator, 'age_out_of_range', `age ${show(ageDays)} days is ${UNDER_MONTHS} months or more: WHO scores children under ${UNDER_MONTHS} months (up to ${Math.ceil(UNDER_MONTHS * DAYS_PER_MONTH) - 1} days)`);
  }
  return day;
}

/** Checks a measurement (present, finite, positive). */
export function checkMeasure(indicator: Indicator, value: number | null | undefined): NotScored | null {
  const spec = SPECS[indicator];
  const [code, words] = MEASURE_WORDS[spec.measure];
  if (value === null || value === undefined) return notScored(indicator, `${code === 'bmi' ? 'weight' : code}_missing`, `${words} is missing`);
  if (!Number.isFinite(value) || value <= 0) return notScored(indicator, `${code === 'bmi' ? 'weight' : code}_invalid`, `${words} must be a positive number of ${spec.unit}, got ${show(value)}`);
  return null;
}

/** Checks a length/height for the weight-for-length or weight-for-height table. */
export function checkLengthAxis(indicator: 'wfl' | 'wfh', lengthCm: number): NotScored | null {
  const s = SPECS[indicator];
  if (lengthCm >= s.from && lengthCm <= s.to) return null;
  const table = indicator === 'wfl' ? 'weight-for-length' : 'weight-for-height';
  return notScored(indicator, 'length_out_of_range', `${indicator === 'wfl' ? 'length' : 'height'} ${show(lengthCm)} cm is outside the ${table} table (${s.from}–${s.to} cm)`);
}

/**
 * Scores y at a checked axis value (a whole day inside an age table, or a length inside a length table). A
 * measurement so far out that its z-score overflows (e.g. 1e308 kg) is not scored: `*_invalid`, never a z of null.
 * @internal the checks above come first
 */
export function scoreAt(t: LmsTable, x: number, y: number): Score {
  const k = rowIndex(t, x);
  let L = t.L[k]!;
  let M = t.M[k]!;
  let S = t.S[k]!;
  if (t.spec.axis === 'length') {
    const f = lengthFraction(x);
    if (f > 0 && k + 1 < t.rows) {
      L += f * (t.L[k + 1]! - L);
      M += f * (t.M[k + 1]! - M);
      S += f * (t.S[k + 1]! - S);
    }
  }
  const zz = whoZ(L, M, S, y, t.spec.restricted);
  const zRounded = roundZ(zz);
  if (!Number.isFinite(zRounded)) {
    const [code, words] = MEASURE_WORDS[t.spec.measure];
    return notScored(t.indicator, `${code === 'bmi' ? 'weight' : code}_invalid`, `${words} ${show(y)} ${t.spec.unit} is too far outside the table to score`);
  }
  return { ok: true, indicator: t.indicator, z: asZ(zz), zRounded, flagged: isFlagged(t.indicator, zRounded), percentile: percentileFromZ(zz), at: x, measure: y };
}

/**
 * WHO z-score of one measurement in one table (no position correction: give weight-for-length/height and
 * length-for-age the length as WHO scores it; `scoreChild` applies the ±0.7 cm rule).
 * @param tables - from `loadWhoTables()`
 * @param indicator - the table
 * @param sex - 1 boy, 2 girl
 * @param at - age in days (rounded half up; under 60 months), or length/height in cm for wfl/wfh
 * @param value - the measurement (kg, cm or kg/m²)
 */
export function zScore<I extends Indicator>(tables: WhoTables, indicator: I, sex: Sex | null, at: AxisOf<I>, value: MeasureOf<I>): Score {
  if (!isSex(sex)) return notScored(indicator, 'sex_unknown', 'sex is unknown: give 1 or M (boy), 2 or F (girl)');
  const spec = SPECS[indicator];
  let x: number = at;
  if (spec.axis === 'age') {
    const day = checkAge(indicator, at);
    if (typeof day !== 'number') return day;
    x = day;
  } else {
    if (at === null || at === undefined) return notScored(indicator, 'length_missing', 'length/height is missing');
    if (!Number.isFinite(at) || at <= 0) return notScored(indicator, 'length_invalid', `length/height must be a positive number of cm, got ${show(at)}`);
    const out = checkLengthAxis(indicator as 'wfl' | 'wfh', at);
    if (out) return out;
  }
  const bad = checkMeasure(indicator, value);
  if (bad) return bad;
  return scoreAt(tableOf(tables, indicator, sex), x, value);
}
