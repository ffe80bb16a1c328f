/**
 * WHO's LMS tables, checked on load and packed into typed arrays.
 *
 * The tables come from the npm package `@pedi-growth/core` (MIT), which ships WHO's complete daily tables (0–1856
 * days) and the 0.1 cm weight-for-length (45–110 cm) and weight-for-height (65–120 cm) tables. Only its tables are
 * used (its `loadTable`), never its scoring: the all-in-one helper skips WHO's ±0.7 cm position rule and rounds BMI
 * before scoring (domain.md §7). WHO's tables: © World Health Organization, CC BY-NC-SA 3.0 IGO.
 *
 * A table is accepted only if it has the row count WHO publishes, keys exactly on its regular grid (so increasing,
 * no gaps, no duplicates), finite L/M/S in sane ranges, and a rising median where growth must rise. Anything else
 * is a corrupt install and stops loading with one clear message naming the table and the row.
 */
import type { loadTable } from '@pedi-growth/core';
import { AppError } from '../shared/errors.ts';
import { INDICATORS, POSITION_CORRECTION_CM, SPECS, STANDING_FROM_DAYS, rowCount, type Indicator, type IndicatorSpec, type Sex } from './indicators.ts';

/** One row as the package ships it: `age` is days, or cm for weight-for-length/height. */
export interface RawLmsRow {
  readonly age: number;
  readonly L: number;
  readonly M: number;
  readonly S: number;
}
/** The raw tables, per indicator, boys (`1`) and girls (`2`). */
export type RawTables = Readonly<Record<Indicator, Readonly<Record<Sex, readonly RawLmsRow[]>>>>;

/** L (Box-Cox power), M (median), S (coefficient of variation) at one point of a table. */
export interface Lms {
  readonly L: number;
  readonly M: number;
  readonly S: number;
}

/** A checked table: row k is at axis value `from + k·step`. */
export interface LmsTable {
  readonly indicator: Indicator;
  readonly sex: Sex;
  readonly spec: IndicatorSpec;
  readonly rows: number;
  readonly L: Float64Array;
  readonly M: Float64Array;
  readonly S: Float64Array;
}

declare const checked: unique symbol;
/** All twelve checked tables; only `buildWhoTables` / `loadWhoTables` make one. */
export interface WhoTables {
  readonly [checked]: true;
  /** Where the tables came from, for reports. */
  readonly source: string;
  /** `byIndicator[indicator][sex − 1]`. */
  readonly byIndicator: Readonly<Record<Indicator, readonly [LmsTable, LmsTable]>>;
}

/** The table for an indicator and sex. */
export function tableOf(tables: WhoTables, indicator: Indicator, sex: Sex): LmsTable {
  return tables.byIndicator[indicator][sex - 1]!;
}

const SEX_NAME: Record<Sex, string> = { 1: 'boys', 2: 'girls' };
const L_RANGE = [-3, 3] as const;
const S_RANGE = [0.005, 0.3] as const;

function corrupt(name: string, what: string): AppError {
  return new AppError('unavailable', `WHO growth table ${name} is corrupt: ${what}`, { field: name });
}

function checkTable(indicator: Indicator, sex: Sex, raw: unknown): LmsTable {
  const spec = SPECS[indicator];
  const name = `${indicator} ${SEX_NAME[sex]}`;
  if (!Array.isArray(raw)) throw corrupt(name, 'not a list of rows');
  const rows = rowCount(spec);
  if (raw.length !== rows) throw corrupt(name, `${raw.length} rows, expected ${rows} (${spec.from}–${spec.to} by ${spec.step})`);
  const L = new Float64Array(rows);
  const M = new Float64Array(rows);
  const S = new Float64Array(rows);
  for (let k = 0; k < rows; k++) {
    const r = raw[k] as Partial<RawLmsRow> | null;
    const at = `row ${k + 1}`;
    if (r === null || typeof r !== 'object') throw corrupt(name, `${at} is not an object`);
    const { age, L: l, M: m, S: s } = r;
    for (const [field, v] of [['age', age], ['L', l], ['M', m], ['S', s]] as const) {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw corrupt(name, `${at}: ${field} is ${typeof v === 'number' ? String(v) : JSON.stringify(v) ?? 'missing'}, not a finite number`);
    }
    const expected = spec.from + k * spec.step;
    if (Math.abs(age! - expected) > 1e-6) throw corrupt(name, `${at}: key ${age}, expected ${+expected.toFixed(1)} (keys must rise by ${spec.step} without gaps)`);
    if (l! < L_RANGE[0] || l! > L_RANGE[1]) throw corrupt(name, `${at} (${expected.toFixed(spec.step < 1 ? 1 : 0)}): L = ${l} outside ${L_RANGE[0]}…${L_RANGE[1]}`);
    if (m! < spec.mRange[0] || m! > spec.mRange[1]) throw corrupt(name, `${at}: M = ${m} ${spec.unit} outside ${spec.mRange[0]}…${spec.mRange[1]}`);
    if (s! < S_RANGE[0] || s! > S_RANGE[1]) throw corrupt(name, `${at}: S = ${s} outside ${S_RANGE[0]}…${S_RANGE[1]}`);
    // Length-for-age steps down once, by about 0.7 cm, where length (lying) gives way to height (standing).
    const step = indicator === 'lhfa' && expected === STANDING_FROM_DAYS ? POSITION_CORRECTION_CM + 0.3 : 0;
    if (spec.mRises && k > 0 && m! < M[k - 1]! - step) throw corrupt(name, `${at}: median M = ${m} falls below the previous row's ${M[k - 1]}`);
    L[k] = l!;
    M[k] = m!;
    S[k] = s!;
  }
  return Object.freeze({ indicator, sex, spec, rows, L, M, S });
}

/**
 * Checks raw tables (row counts, regular increasing keys, L/M/S ranges, rising medians) and packs them.
 * @param raw - rows per indicator and sex, as `@pedi-growth/core` ships them
 * @param source - a label for reports
 * @throws AppError `unavailable` naming the table and row when a table is corrupt
 */
export function buildWhoTables(raw: RawTables, source = 'custom'): WhoTables {
  const byIndicator = {} as Record<Indicator, readonly [LmsTable, LmsTable]>;
  for (const ind of INDICATORS) {
    const pair = raw[ind];
    if (!pair) throw corrupt(ind, 'missing');
    byIndicator[ind] = Object.freeze([checkTable(ind, 1, pair[1]), checkTable(ind, 2, pair[2])] as const);
  }
  return Object.freeze({ source, byIndicator: Object.freeze(byIndicator) }) as WhoTables;
}

/** The package's table names for the WHO 0–5 years standards. */
type PackageTable = Parameters<typeof loadTable>[0];
const PACKAGE_NAME: Record<Indicator, (sex: 'boys' | 'girls') => PackageTable> = {
  wfa: (s) => `wfa-${s}-0-5`,
  lhfa: (s) => `lhfa-${s}-0-5`,
  wfl: (s) => `wfl-${s}`,
  wfh: (s) => `wfh-${s}`,
  bfa: (s) => `bfa-${s}-0-5`,
  hcfa: (s) => `hcfa-${s}-0-5`,
};

/** Reads the raw WHO tables out of `@pedi-growth/core` (its `loadTable`; nothing else of the package). */
export async function readPackageTables(): Promise<RawTables> {
  const pkg = await import('@pedi-growth/core');
  const entries = await Promise.all(
    INDICATORS.map(async (ind) => {
      const [boys, girls] = await Promise.all([pkg.loadTable(PACKAGE_NAME[ind]('boys')), pkg.loadTable(PACKAGE_NAME[ind]('girls'))]);
      return [ind, { 1: boys, 2: girls }] as const;
    }),
  );
  return Object.fromEntries(entries) as unknown as RawTables;
}

let cached: Promise<WhoTables> | undefined;
/**
 * The WHO tables from `@pedi-growth/core`, checked (once per process; the tables are static data).
 * @throws AppError `unavailable` when a table is missing or corrupt
 */
export function loadWhoTables(): Promise<WhoTables> {
  cached ??= readPackageTables().then(
    (raw) => buildWhoTables(raw, 'WHO Child Growth Standards (2006), tables from @pedi-growth/core'),
    (e: unknown) => {
      cached = undefined;
      throw new AppError('unavailable', `WHO growth tables could not be loaded from @pedi-growth/core: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    },
  );
  return cached;
}

/**
 * L, M and S at an axis value, as anthro looks them up: length tables interpolated linearly between the 0.1 cm
 * rows (low = trunc(10·x)/10, anthro's `low_lenhei`); age tables at the day — scoring always passes a whole day
 * (rounded half up), a fractional day (a chart point at 30.4375 days) is interpolated between the two days.
 * Null outside the table.
 */
export function lmsAt(t: LmsTable, x: number): Lms | null {
  const k = rowIndex(t, x);
  if (k < 0) return null;
  const f = t.spec.axis === 'length' ? lengthFraction(x) : x - t.spec.from - k;
  if (f > 0 && k + 1 < t.rows) {
    return { L: t.L[k]! + f * (t.L[k + 1]! - t.L[k]!), M: t.M[k]! + f * (t.M[k + 1]! - t.M[k]!), S: t.S[k]! + f * (t.S[k + 1]! - t.S[k]!) };
  }
  return { L: t.L[k]!, M: t.M[k]!, S: t.S[k]! };
}

/**
 * The row at or below x (−1 outside the table): the day for age tables, the row of trunc(10·x)/10 for length
 * tables, exactly as anthro computes `low_lenhei`.
 */
export function rowIndex(t: LmsTable, x: number): number {
  const { from, to } = t.spec;
  if (!(x >= from && x <= to)) return -1;
  if (t.spec.axis === 'age') return Math.floor(x - from);
  return Math.min(t.rows - 1, Math.round(Math.trunc(x * 10) - from * 10));
}

/** anthro's `diff_lenhei`: (x − trunc(10·x)/10) / 0.1, the share of the way to the next 0.1 cm row. */
export function lengthFraction(x: number): number {
  return (x - Math.trunc(x * 10) / 10) / 0.1;
}
