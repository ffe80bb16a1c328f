/**
 * The five WHO Child Growth Standards (2006) indicators for children under five, as WHO's anthro software scores
 * them (WorldHealthOrganization/anthro, R/z-score-*.R; domain.md §7):
 *
 * | key  | 中文          | table axis      | measure      | restricted beyond ±3 SD | flag (implausible) |
 * |------|---------------|-----------------|--------------|-------------------------|--------------------|
 * | wfa  | 年龄别体重    | age, days 0–1856 | weight, kg  | yes                     | z < −6 or z > 5    |
 * | lhfa | 年龄别身长/身高 | age, days 0–1856 | length, cm | no                      | abs(z) > 6         |
 * | wfl  | 身长别体重    | length, 45–110 cm | weight, kg | yes                     | abs(z) > 5         |
 * | wfh  | 身高别体重    | height, 65–120 cm | weight, kg | yes                     | abs(z) > 5         |
 * | bfa  | 年龄别BMI     | age, days 0–1856 | BMI, kg/m² | yes                     | abs(z) > 5         |
 * | hcfa | 年龄别头围    | age, days 0–1856 | head, cm    | no                      | abs(z) > 5         |
 *
 * A child has one weight-for-length/height score (`wflh`): the length table below 731 days, the height table from
 * 731 days.
 */
import type { Cm, Days, Kg, KgPerM2 } from './units.ts';

/** A WHO table: the six indicator tables (weight-for-length and weight-for-height are separate tables). */
export type Indicator = 'wfa' | 'lhfa' | 'wfl' | 'wfh' | 'bfa' | 'hcfa';
/** The five scores of one child (weight-for-length/height is one score, from one of two tables). */
export type ScoreKey = 'wfa' | 'lhfa' | 'wflh' | 'bfa' | 'hcfa';
/** Sex as WHO codes it: 1 = male (男), 2 = female (女). */
export type Sex = 1 | 2;

/** All six tables, in WHO's order. */
export const INDICATORS: readonly Indicator[] = ['wfa', 'lhfa', 'wfl', 'wfh', 'bfa', 'hcfa'];
/** The five per-child scores, in the CLI's column order. */
export const SCORE_KEYS: readonly ScoreKey[] = ['wfa', 'lhfa', 'wflh', 'bfa', 'hcfa'];

/** The unit of each table's axis (`x`) and of the measure it scores (`y`), so units cannot be swapped. */
export interface IndicatorUnits {
  wfa: { x: Days; y: Kg };
  lhfa: { x: Days; y: Cm };
  wfl: { x: Cm; y: Kg };
  wfh: { x: Cm; y: Kg };
  bfa: { x: Days; y: KgPerM2 };
  hcfa: { x: Days; y: Cm };
}
/** The axis value type of an indicator: days for the age-based tables, cm for weight-for-length/height. */
export type AxisOf<I extends Indicator> = IndicatorUnits[I]['x'];
/** The measure type of an indicator. */
export type MeasureOf<I extends Indicator> = IndicatorUnits[I]['y'];

/** What the engine needs to know about a table. */
export interface IndicatorSpec {
  readonly indicator: Indicator;
  /** Axis: `age` (whole days) or `length` (0.1 cm rows, interpolated between). */
  readonly axis: 'age' | 'length';
  /** First and last axis value of the table, and the spacing of its rows. */
  readonly from: number;
  readonly to: number;
  readonly step: number;
  /** WHO's restricted method beyond ±3 SD (wfa, wfl/wfh, bfa). */
  readonly restricted: boolean;
  /** A z-score (rounded to 2 decimals, as anthro does) below `flagBelow` or above `flagAbove` is flagged. */
  readonly flagBelow: number;
  readonly flagAbove: number;
  /** Plausible range of the median M, for the load-time check. */
  readonly mRange: readonly [number, number];
  /** The median rises along the axis (length and head grow; weight-for-length rises with length). */
  readonly mRises: boolean;
  /** The measure's name and unit, for messages and chart axes. */
  readonly measure: 'weight' | 'length' | 'bmi' | 'head';
  readonly unit: 'kg' | 'cm' | 'kg/m²';
}

const age = { axis: 'age', from: 0, to: 1856, step: 1 } as const;
/** Per-table facts (rows, ranges, restricted method, WHO's flag limits). */
export const SPECS: Readonly<Record<Indicator, IndicatorSpec>> = {
  wfa: { indicator: 'wfa', ...age, restricted: true, flagBelow: -6, flagAbove: 5, mRange: [2, 30], mRises: false, measure: 'weight', unit: 'kg' },
  lhfa: { indicator: 'lhfa', ...age, restricted: false, flagBelow: -6, flagAbove: 6, mRange: [40, 130], mRises: true, measure: 'length', unit: 'cm' },
  wfl: { indicator: 'wfl', axis: 'length', from: 45, to: 110, step: 0.1, restricted: true, flagBelow: -5, flagAbove: 5, mRange: [1.5, 25], mRises: true, measure: 'weight', unit: 'kg' },
  wfh: { indicator: 'wfh', axis: 'length', from: 65, to: 120, step: 0.1, restricted: true, flagBelow: -5, flagAbove: 5, mRange: [5, 30], mRises: true, measure: 'weight', unit: 'kg' },
  bfa: { indicator: 'bfa', ...age, restricted: true, flagBelow: -5, flagAbove: 5, mRange: [10, 25], mRises: false, measure: 'bmi', unit: 'kg/m²' },
  hcfa: { indicator: 'hcfa', ...age, restricted: false, flagBelow: -5, flagAbove: 5, mRange: [30, 60], mRises: true, measure: 'head', unit: 'cm' },
};

/** Number of rows a complete table has: 1,857 daily rows (0–1856 d), 651 (45–110 cm), 551 (65–120 cm). */
export function rowCount(spec: IndicatorSpec): number {
  return Math.round((spec.to - spec.from) / spec.step) + 1;
}

/** The last day of the age tables (60 completed months and 30 days). */
export const LAST_TABLE_DAY = 1856;
/** anthro scores a child only while age in months (days / 30.4375, unrounded) is below 60: up to day 1826. */
export const UNDER_MONTHS = 60;
/** Below 731 days a child is measured lying and scored weight-for-length; from 731 days standing, weight-for-height. */
export const STANDING_FROM_DAYS = 731;
/** WHO's position correction: standing height is 0.7 cm less than recumbent length. */
export const POSITION_CORRECTION_CM = 0.7;
/** With no age and no position, anthro takes a length below 87 cm as lying. */
export const LYING_BELOW_CM_WITHOUT_AGE = 87;

/** True for a whole-number sex code WHO knows. */
export function isSex(v: unknown): v is Sex {
  return v === 1 || v === 2;
}
