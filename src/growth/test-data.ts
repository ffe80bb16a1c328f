/**
 * Test vectors: WHO's own igrowup output for its example survey (1,970 expected z-scores), read in place from
 * ../shared/data/growth beside the project root (GROWTH_DATA overrides the folder; see the folder's README).
 * Tests that need it skip with a message when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** The folder of the growth test vectors. */
export const GROWTH_DATA = process.env.GROWTH_DATA ?? join(import.meta.dirname, '../../../shared/data/growth');
/** The survey file. */
export const SURVEY = join(GROWTH_DATA, 'who-igrowup-survey.csv');
/** Whether the survey file is there. */
export const HAS_SURVEY = existsSync(SURVEY);
/** What a skipped test says. */
export const NO_SURVEY_MESSAGE = `skipping the WHO igrowup survey tests: ${SURVEY} not found (set GROWTH_DATA or add ../shared/data/growth)`;

/** One expected z-score. */
export interface SurveyRow {
  readonly indicator: 'wfa' | 'lhfa' | 'wfl' | 'wfh' | 'bfa' | 'hcfa';
  readonly sex: 1 | 2;
  readonly ageDays: number;
  readonly lengthCm: string;
  readonly position: string;
  readonly clenheiCm: string;
  readonly weightKg: string;
  readonly measure: number;
  readonly expectedZ: number;
  readonly expectedPercentile: number;
}

/** The survey's rows (throws if the file is absent: guard with HAS_SURVEY). */
export function readSurvey(): SurveyRow[] {
  const rows = parse(readFileSync(SURVEY, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return rows.map((r) => ({
    indicator: r.indicator as SurveyRow['indicator'],
    sex: Number(r.sex) as 1 | 2,
    ageDays: Number(r.age_days),
    lengthCm: r.length_cm!,
    position: r.position!,
    clenheiCm: r.clenhei_cm!,
    weightKg: r.weight_kg!,
    measure: Number(r.measure),
    expectedZ: Number(r.expected_z),
    expectedPercentile: Number(r.expected_percentile),
  }));
}

/** WHO's flag rule applied to an expected z-score (the survey file carries z-scores, not flags). */
export function expectedFlag(indicator: SurveyRow['indicator'], zz: number): boolean {
  const [lo, hi] = indicator === 'wfa' ? [-6, 5] : indicator === 'lhfa' ? [-6, 6] : [-5, 5];
  return zz < lo || zz > hi;
}
