/**
 * Health-check flags: WHO's −2/−3 SD cut-offs on real scores of the WHO engine, no nutrition flag from an implausible
 * (WHO-flagged) score, anaemia by WHO's haemoglobin thresholds with the altitude adjustment, follow-up dates.
 */
import { describe, expect, it } from 'vitest';
import { cm, days, kg, loadWhoTables, measureAt, scoreChild, type ChildMeasurement } from '../growth/index.ts';
import { altitudeAdjustmentGL, anaemiaFlag, followUpDue, healthFlags, WHO_FLAG_POLICY } from './health-flags.ts';

const tables = await loadWhoTables();
const at = (ageDays: number, z: number, sex: 1 | 2 = 1): ChildMeasurement => {
  const lengthCm = measureAt(tables, 'lhfa', sex, days(ageDays), z) as number;
  return { sex, ageDays: days(ageDays), weightKg: kg(measureAt(tables, 'wfa', sex, days(ageDays), z) as number), lengthCm: cm(lengthCm), position: ageDays < 731 ? 'l' : 'h', headCm: cm(measureAt(tables, 'hcfa', sex, days(ageDays), 0) as number) };
};

describe('health flags', () => {
  it('a child on the median raises nothing', () => {
    expect(healthFlags(scoreChild(tables, at(400, 0)), 120)).toEqual({ flags: [], implausible: [] });
  });

  it('underweight and stunting below −2 SD are moderate, below −3 SD severe; exactly −2 is not flagged', () => {
    const mod = healthFlags(scoreChild(tables, at(500, -2.5)), null).flags;
    expect(mod.filter((f) => f.kind !== 'wasting' && f.kind !== 'overweight')).toEqual([
      { kind: 'underweight', severity: 'moderate', value: -2.5 },
      { kind: 'stunting', severity: 'moderate', value: -2.5 },
    ]);
    const sev = healthFlags(scoreChild(tables, at(500, -3.4)), null).flags.map((f) => [f.kind, f.severity]);
    expect(sev).toContainEqual(['underweight', 'severe']);
    expect(sev).toContainEqual(['stunting', 'severe']);
    const edge = healthFlags(scoreChild(tables, at(500, -2)), null).flags;
    expect(edge.map((f) => f.kind)).not.toContain('underweight');
  });

  it('wasting and overweight come from weight-for-length/height', () => {
    const m = at(300, 0);
    const wfl = (z: number) => measureAt(tables, 'wfl', 1, m.lengthCm!, z) as number;
    expect(healthFlags(scoreChild(tables, { ...m, weightKg: kg(wfl(-2.4)) }), null).flags).toContainEqual({ kind: 'wasting', severity: 'moderate', value: -2.4 });
    expect(healthFlags(scoreChild(tables, { ...m, weightKg: kg(wfl(2.5)) }), null).flags).toContainEqual({ kind: 'overweight', severity: 'moderate', value: 2.5 });
    expect(healthFlags(scoreChild(tables, { ...m, weightKg: kg(wfl(3.5)) }), null).flags.find((f) => f.kind === 'overweight')?.severity).toBe('severe');
  });

  it('an implausible score (WHO flag) asks for a new measurement instead of a flag', () => {
    const r = healthFlags(scoreChild(tables, { ...at(400, 0), weightKg: kg(2.0) }), null);
    expect(r.implausible).toContain('wfa');
    expect(r.flags.map((f) => f.kind)).not.toContain('underweight');
  });

  it('anaemia: WHO thresholds from 6 months, none before; altitude raises the threshold', () => {
    expect(anaemiaFlag(115, 400)).toBeNull();
    expect(anaemiaFlag(109, 400)).toEqual({ kind: 'anaemia', severity: 'mild', value: 109 });
    expect(anaemiaFlag(99, 400)?.severity).toBe('moderate');
    expect(anaemiaFlag(69, 400)?.severity).toBe('severe');
    expect(anaemiaFlag(95, 120)).toBeNull();
    expect(anaemiaFlag(112, 1900)?.severity).toBe('mild');
    expect(altitudeAdjustmentGL(900)).toBe(0);
    expect(altitudeAdjustmentGL(1600)).toBe(5);
    expect(anaemiaFlag(113, 400, { ...WHO_FLAG_POLICY, altitudeM: 1600 })?.severity).toBe('mild');
    expect(healthFlags(scoreChild(tables, at(400, 0)), 96).flags).toEqual([{ kind: 'anaemia', severity: 'moderate', value: 96 }]);
  });

  it('follow-ups are due by severity', () => {
    expect(followUpDue('2026-01-20', 'severe')).toBe('2026-02-03');
    expect(followUpDue('2026-01-20', 'moderate')).toBe('2026-02-19');
    expect(followUpDue('2026-01-20', 'mild')).toBe('2026-04-20');
  });
});
