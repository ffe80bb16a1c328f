/**
 * The engine against WHO's own igrowup output: every one of the 1,970 expected z-scores of WHO's example survey,
 * from the raw measurements (age in days, length as measured with its position, weight, head circumference) — the
 * ±0.7 cm position rule, the weight-for-length/height choice and BMI are the engine's own.
 */
import { describe, expect, it } from 'vitest';
import { cm, days, kg, loadWhoTables, scoreChild, type Position } from './index.ts';
import { HAS_SURVEY, NO_SURVEY_MESSAGE, expectedFlag, readSurvey } from './test-data.ts';

if (!HAS_SURVEY) console.warn(NO_SURVEY_MESSAGE);

describe.skipIf(!HAS_SURVEY)('WHO igrowup survey (1,970 expected z-scores)', async () => {
  const tables = await loadWhoTables();
  const rows = HAS_SURVEY ? readSurvey() : [];

  it('has the rows its README promises', () => {
    expect(rows).toHaveLength(1970);
  });

  it('reproduces every expected z-score to ±0.005, with the corrected length, the table, the flag and the percentile', () => {
    const misses: string[] = [];
    for (const [i, r] of rows.entries()) {
      const s = scoreChild(tables, {
        sex: r.sex,
        ageDays: days(r.ageDays),
        weightKg: r.weightKg === '' ? null : kg(Number(r.weightKg)),
        lengthCm: r.lengthCm === '' ? null : cm(Number(r.lengthCm)),
        position: (r.position || null) as Position | null,
        headCm: r.indicator === 'hcfa' ? cm(r.measure) : null,
      });
      const key = r.indicator === 'wfl' || r.indicator === 'wfh' ? 'wflh' : r.indicator;
      const got = s[key];
      if (!got.ok) {
        misses.push(`row ${i + 2} ${r.indicator}: not scored (${got.message})`);
        continue;
      }
      if (Math.abs(got.z - r.expectedZ) > 0.005 || Math.abs(got.zRounded - r.expectedZ) > 0.005 + 1e-12) misses.push(`row ${i + 2} ${r.indicator}: z ${got.z}, expected ${r.expectedZ}`);
      if (got.flagged !== expectedFlag(r.indicator, r.expectedZ)) misses.push(`row ${i + 2} ${r.indicator}: flag ${got.flagged}`);
      if (key === 'wflh' && s.wflhTable !== r.indicator) misses.push(`row ${i + 2}: table ${s.wflhTable}, expected ${r.indicator}`);
      if (r.clenheiCm !== '' && Math.abs(s.lengthCm! - Number(r.clenheiCm)) > 1e-9) misses.push(`row ${i + 2}: clenhei ${s.lengthCm}, expected ${r.clenheiCm}`);
      if (Math.abs(got.measure - r.measure) > 5e-6 * r.measure) misses.push(`row ${i + 2} ${r.indicator}: measure ${got.measure}, expected ${r.measure}`);
      if (Math.abs(got.percentile - r.expectedPercentile) > 0.005 + 1e-9) misses.push(`row ${i + 2} ${r.indicator}: percentile ${got.percentile}, expected ${r.expectedPercentile}`);
    }
    expect(misses).toEqual([]);
  });

  it('covers both positions, corrections both ways, both weight tables and scores beyond ±3 SD', () => {
    expect(rows.some((r) => r.position === 'h' && r.ageDays < 731)).toBe(true);
    expect(rows.some((r) => r.position === 'l' && r.ageDays >= 731)).toBe(true);
    expect(new Set(rows.map((r) => r.indicator))).toEqual(new Set(['wfa', 'lhfa', 'wfl', 'wfh', 'bfa', 'hcfa']));
    expect(rows.some((r) => r.expectedZ > 3 && (r.indicator === 'wfa' || r.indicator === 'bfa' || r.indicator === 'wfh'))).toBe(true);
  });
});
