/**
 * src/growth — WHO Child Growth Standards (2006) for children under five (儿童生长标准), pure: typed values in,
 * typed values out; no database, no HTTP, no clock. Computed as WHO's anthro software computes them (domain.md §7).
 * Tables: WHO's, via the npm package @pedi-growth/core (MIT), checked on load — © WHO, CC BY-NC-SA 3.0 IGO.
 *
 * Public API
 *   Tables
 *     loadWhoTables(): Promise<WhoTables>                      the checked WHO tables (once per process)
 *     buildWhoTables(raw, source?): WhoTables                  check + pack raw LMS rows (throws on a corrupt table)
 *     lmsAt(table, x) · tableOf(tables, indicator, sex)        L, M, S at a day or a length (0.1 cm interpolation)
 *   Scores
 *     scoreChild(tables, measurement): ChildScores             all five scores of a visit (position rule, wfl/wfh, flags)
 *     scoreRecord(tables, record): ChildScores                 the same from loosely typed fields (CSV row, request body)
 *     zScore(tables, indicator, sex, at, value): Score         one z-score in one table
 *     percentileFromZ(z) · zFromPercentile(p)                  100·Φ(z) and its inverse
 *   Charts
 *     sdCurves(tables, indicator, sex, range?, zs?): Curves    SD lines −3…+3 over days or cm
 *     centileCurves(tables, indicator, sex, range?, ps?)       centile lines 3, 15, 50, 85, 97
 *     measureAt(tables, indicator, sex, at, z)                 the measurement at a z (inverse of zScore)
 *   Reading (for guardians)
 *     growthReading(visits): IndicatorReading[]               latest centile, band and trend per indicator
 *   CSV
 *     scoreCsv(tables, text): ScoredCsv                        the `carecircle growth score` contract
 *   Units (./units.ts)
 *     kg · cm · days · kgPerM2 · z — branded numbers; cmFromMetres, daysFromMonths convert at the edge
 */
export type { Branded, Cm, Days, Kg, KgPerM2, Percentile, Z } from './units.ts';
export { bmiOf, cm, cmFromMetres, days, daysFromMonths, DAYS_PER_MONTH, kg, kgFromGrams, kgPerM2, monthsFromDays, percentileOf, z } from './units.ts';
export type { AxisOf, Indicator, IndicatorSpec, IndicatorUnits, MeasureOf, ScoreKey, Sex } from './indicators.ts';
export { INDICATORS, isSex, LAST_TABLE_DAY, POSITION_CORRECTION_CM, SCORE_KEYS, SPECS, STANDING_FROM_DAYS, UNDER_MONTHS } from './indicators.ts';
export type { Lms, LmsTable, RawLmsRow, RawTables, WhoTables } from './tables.ts';
export { buildWhoTables, lmsAt, loadWhoTables, readPackageTables, tableOf } from './tables.ts';
export { lmsMeasureAt, lmsZ, whoMeasureAt, whoZ } from './lms.ts';
export { normalCdf, normalQuantile, percentileFromZ, zFromPercentile } from './normal.ts';
export type { NotScored, ReasonCode, Score, Scored } from './score.ts';
export { isFlagged, REASON_CODES, roundZ, zScore } from './score.ts';
export type { ChildMeasurement, ChildScores, Position } from './child.ts';
export { scoreChild } from './child.ts';
export type { ChildRecord, ParsedRecord } from './record.ts';
export { ageDaysBetween, parseChildRecord, parseOedema, parsePosition, parseSex, scoreRecord } from './record.ts';
export type { CurveLine, CurveRange, Curves } from './curves.ts';
export { CENTILE_LINES, centileCurves, MAX_CURVE_POINTS, measureAt, SD_LINES, sdCurves } from './curves.ts';
export type { ScoredCsv } from './csv.ts';
export { INPUT_COLUMNS, OUTPUT_COLUMNS, scoreCsv } from './csv.ts';
export type { IndicatorReading, ReadingBand, ReadingTrend } from './reading.ts';
export { bandOf, growthReading, READING_BANDS, READING_INDICATORS, TREND_MIN_DAYS, TREND_SD } from './reading.ts';
