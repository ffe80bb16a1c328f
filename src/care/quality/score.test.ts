import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gradeFor, gradeValidUntil, scoreAssessment } from './score.ts';
import { QUALITY_STANDARDS, standardOn, standardProblems, WS_T_821_2023 } from './standard.ts';

const S = WS_T_821_2023;
const ITEMS = S.dimensions.flatMap((d) => d.items);
/** Every item at a share of its maximum (rounded down). */
const at = (share: number) => Object.fromEntries(ITEMS.map((i) => [i.key, Math.floor(i.maxPoints * share)]));

describe('WS/T 821—2023 standard', () => {
  it('has 1000 points in 7 dimensions and 16 veto items, consistently', () => {
    expect(S.totalPoints).toBe(1000);
    expect(S.dimensions.map((d) => d.zh)).toEqual(['办托条件', '托育队伍', '保育照护', '卫生保健', '养育支持', '安全保障', '机构管理']);
    expect(S.vetoes).toHaveLength(16);
    for (const s of QUALITY_STANDARDS) expect(standardProblems(s)).toEqual([]);
  });

  it('finds the problems of an inconsistent version', () => {
    const bad = { ...S, totalPoints: 990, thresholds: [{ grade: 'A' as const, minPoints: 700 }, { grade: 'B' as const, minPoints: 800 }, { grade: 'C' as const, minPoints: 600 }] };
    expect(standardProblems(bad)).toEqual(['dimensions add up to 1000, not 990', 'thresholds must fall from A to C']);
  });

  it('picks the version in force', () => {
    expect(standardOn('2025-01-01').id).toBe('ws-t-821-2023');
  });
});

describe('scoring', () => {
  it('full marks are grade A; the thresholds decide the rest', () => {
    const r = scoreAssessment(S, { scores: at(1), vetoes: [] });
    expect(r).toMatchObject({ totalPoints: 1000, maxPoints: 1000, grade: 'A', complete: true, vetoed: false, missing: [] });
    expect(r.dimensions.map((d) => d.points)).toEqual(S.dimensions.map((d) => d.maxPoints));
    expect(gradeFor(S, 900, false)).toBe('A');
    expect(gradeFor(S, 899, false)).toBe('B');
    expect(gradeFor(S, 750, false)).toBe('B');
    expect(gradeFor(S, 749, false)).toBe('C');
    expect(gradeFor(S, 600, false)).toBe('C');
    expect(gradeFor(S, 599, false)).toBe('D');
  });

  it('any veto item gives the lowest grade whatever the points (一票否决)', () => {
    for (const v of S.vetoes) expect(scoreAssessment(S, { scores: at(1), vetoes: [v.key] }).grade).toBe('D');
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.subarray(S.vetoes.map((v) => v.key), { minLength: 1 }), (share, vetoes) => scoreAssessment(S, { scores: at(share), vetoes }).grade === 'D'),
    );
  });

  it('the total is the sum of the items, and the grade never falls when a score rises', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: ITEMS.length, maxLength: ITEMS.length }), fc.integer({ min: 0, max: ITEMS.length - 1 }), (raw, k) => {
        const scores = Object.fromEntries(ITEMS.map((i, j) => [i.key, Math.min(i.maxPoints, raw[j]!)]));
        const r = scoreAssessment(S, { scores, vetoes: [] });
        expect(r.totalPoints).toBe(Object.values(scores).reduce((a, b) => a + b, 0));
        const item = ITEMS[k]!;
        const up = scoreAssessment(S, { scores: { ...scores, [item.key]: item.maxPoints }, vetoes: [] });
        expect('ABCD'.indexOf(up.grade)).toBeLessThanOrEqual('ABCD'.indexOf(r.grade));
      }),
    );
  });

  it('an assessment in progress lists the items not yet scored', () => {
    const r = scoreAssessment(S, { scores: { licence: 20, space: 35 }, vetoes: [] });
    expect(r.complete).toBe(false);
    expect(r.totalPoints).toBe(55);
    expect(r.missing).toHaveLength(ITEMS.length - 2);
    expect(r.dimensions[0]).toMatchObject({ key: 'conditions', points: 55, missing: ['equipment', 'toys_materials', 'indoor_environment'] });
  });

  it('refuses bad scores and vetoes, naming each field', () => {
    try {
      scoreAssessment(S, { scores: { licence: 21, space: -1, equipment: 2.5, castle: 3 }, vetoes: ['abuse', 'abuse', 'dragons'] });
      expect.unreachable();
    } catch (e) {
      expect((e as { issues: Array<{ field: string; code: string }> }).issues.map((i) => [i.field, i.code])).toEqual([
        ['scores.licence', 'too_big'],
        ['scores.space', 'too_small'],
        ['scores.equipment', 'not_integer'],
        ['scores.castle', 'unknown_field'],
        ['vetoes.1', 'duplicate'],
        ['vetoes.2', 'unknown_veto'],
      ]);
    }
  });

  it('a grade stands for the standard’s validity', () => {
    expect(gradeValidUntil('2025-05-20', S)).toBe('2028-05-20');
    expect(gradeValidUntil('2024-02-29', S)).toBe('2027-02-28');
  });
});
