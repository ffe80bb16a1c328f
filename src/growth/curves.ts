/**
 * Reference curves for growth charts (生长曲线): the SD lines (−3…+3, WHO's "z-score charts") and the centile
 * lines (3rd, 15th, 50th, 85th, 97th, WHO's "percentile charts") of one indicator and sex over an age or length
 * range, and the measurement at a given z. A curve point is the LMS measurement M·(1 + L·S·z)^(1/L) — within ±3 SD
 * this is also what the restricted method gives, so the lines pass exactly through the values WHO's tables print.
 *
 * The shape suits a chart library directly (ECharts: one `x` array, one series per line).
 */
import { AppError } from '../shared/errors.ts';
import { SPECS, isSex, type AxisOf, type Indicator, type IndicatorSpec, type MeasureOf, type Sex } from './indicators.ts';
import { whoMeasureAt } from './lms.ts';
import { zFromPercentile } from './normal.ts';
import { lmsAt, tableOf, type WhoTables } from './tables.ts';

/** One line of a chart. */
export interface CurveLine {
  /** `sd-3` … `sd0` … `sd3`, or `p3`, `p15`, `p50`, `p85`, `p97`. */
  readonly key: string;
  /** The z-score of the line. */
  readonly z: number;
  /** The centile of the line (null for SD lines). */
  readonly centile: number | null;
  /** The measurement at each x (kg, cm or kg/m²). */
  readonly values: readonly number[];
}
/** A set of lines over one x axis. */
export interface Curves {
  readonly indicator: Indicator;
  readonly sex: Sex;
  /** `days` for the age-based tables, `cm` for weight-for-length/height. */
  readonly xUnit: 'days' | 'cm';
  readonly measureUnit: IndicatorSpec['unit'];
  readonly x: readonly number[];
  readonly lines: readonly CurveLine[];
}
/** An x range: defaults to the whole table, one point per row (a day, or 0.1 cm). */
export interface CurveRange {
  readonly from?: number;
  readonly to?: number;
  readonly step?: number;
}

/** The SD lines WHO draws. */
export const SD_LINES: readonly number[] = [-3, -2, -1, 0, 1, 2, 3];
/** The centile lines WHO draws. */
export const CENTILE_LINES: readonly number[] = [3, 15, 50, 85, 97];
/** At most this many x points per request (a chart needs far fewer). */
export const MAX_CURVE_POINTS = 20_000;

function axis(spec: IndicatorSpec, range: CurveRange): number[] {
  const from = range.from ?? spec.from;
  const to = range.to ?? spec.to;
  const step = range.step ?? spec.step;
  const within = (v: number) => Number.isFinite(v) && v >= spec.from - 1e-9 && v <= spec.to + 1e-9;
  const unit = spec.axis === 'age' ? 'days' : 'cm';
  if (!within(from)) throw new AppError('invalid', `from: ${from} ${unit} is outside the ${spec.indicator} table (${spec.from}–${spec.to} ${unit})`, { field: 'from' });
  if (!within(to)) throw new AppError('invalid', `to: ${to} ${unit} is outside the ${spec.indicator} table (${spec.from}–${spec.to} ${unit})`, { field: 'to' });
  if (to < from) throw new AppError('invalid', `to: ${to} is below from ${from}`, { field: 'to' });
  if (!(Number.isFinite(step) && step > 0)) throw new AppError('invalid', `step: must be a positive number, got ${step}`, { field: 'step' });
  const n = Math.floor((to - from) / step + 1e-9) + 1;
  if (n > MAX_CURVE_POINTS) throw new AppError('invalid', `step: ${n} points is more than ${MAX_CURVE_POINTS}; use a larger step`, { field: 'step' });
  const xs: number[] = [];
  // Multiply rather than accumulate, and round to the table's resolution, so 45 + 3·0.1 is 45.3.
  for (let i = 0; i < n; i++) xs.push(+(from + i * step).toFixed(10));
  return xs;
}

function lines(tables: WhoTables, indicator: Indicator, sex: Sex, range: CurveRange, wanted: ReadonlyArray<{ key: string; z: number; centile: number | null }>): Curves {
  if (!isSex(sex)) throw new AppError('invalid', 'sex: give 1 (boy) or 2 (girl)', { field: 'sex' });
  const spec = SPECS[indicator];
  if (!spec) throw new AppError('invalid', `indicator: unknown indicator "${String(indicator)}"`, { field: 'indicator' });
  const xs = axis(spec, range);
  const t = tableOf(tables, indicator, sex);
  const lms = xs.map((x) => lmsAt(t, Math.min(spec.to, Math.max(spec.from, x)))!);
  return {
    indicator,
    sex,
    xUnit: spec.axis === 'age' ? 'days' : 'cm',
    measureUnit: spec.unit,
    x: xs,
    lines: wanted.map((w) => ({ ...w, values: lms.map((p) => whoMeasureAt(p.L, p.M, p.S, w.z, spec.restricted)) })),
  };
}

/**
 * The SD lines (default −3…+3) of an indicator and sex over an age (days) or length (cm) range.
 * @throws AppError `invalid` naming `sex`, `indicator`, `from`, `to` or `step` for a bad request
 */
export function sdCurves(tables: WhoTables, indicator: Indicator, sex: Sex, range: CurveRange = {}, zs: readonly number[] = SD_LINES): Curves {
  for (const v of zs) if (!Number.isFinite(v) || Math.abs(v) > 5) throw new AppError('invalid', `z: SD lines go from −5 to 5, got ${v}`, { field: 'z' });
  return lines(tables, indicator, sex, range, zs.map((v) => ({ key: `sd${v}`, z: v, centile: null })));
}

/**
 * The centile lines (default 3rd, 15th, 50th, 85th, 97th) of an indicator and sex over an age or length range.
 * @throws AppError `invalid` naming the field for a bad request (a centile must be strictly between 0 and 100)
 */
export function centileCurves(tables: WhoTables, indicator: Indicator, sex: Sex, range: CurveRange = {}, centiles: readonly number[] = CENTILE_LINES): Curves {
  for (const c of centiles) if (!(c > 0 && c < 100)) throw new AppError('invalid', `centile: must be between 0 and 100 (exclusive), got ${c}`, { field: 'centile' });
  return lines(tables, indicator, sex, range, centiles.map((c) => ({ key: `p${c}`, z: zFromPercentile(c), centile: c })));
}

/**
 * The measurement whose WHO z-score is `zScore` at one axis point (the inverse of `zScore`, restricted method
 * included). Null outside the table or where no positive measurement has that z.
 * @param at - age in days (whole or fractional) or length/height in cm for wfl/wfh
 */
export function measureAt<I extends Indicator>(tables: WhoTables, indicator: I, sex: Sex, at: AxisOf<I>, zScore: number): MeasureOf<I> | null {
  const spec = SPECS[indicator];
  if (!isSex(sex) || !spec) return null;
  const lms = lmsAt(tableOf(tables, indicator, sex), at);
  if (!lms || !Number.isFinite(zScore)) return null;
  const y = whoMeasureAt(lms.L, lms.M, lms.S, zScore, spec.restricted);
  return Number.isNaN(y) ? null : (y as MeasureOf<I>);
}
