import { describe, expect, it } from 'vitest';
import { yuan } from '../money.ts';
import { awardTotal, computeConstructionAwards, computeQualityAwards, qualityAwardFor } from './awards.ts';
import { SHANXI_2024 } from './policy.ts';
import { version } from './test-data.ts';

describe('construction awards (新增普惠托位)', () => {
  it('pays the per-place amount for new public and affordable places', () => {
    const lines = computeConstructionAwards([
      { facilityId: 'f1', approvedOn: '2025-03-10', places: 30, ownership: 'affordable' },
      { facilityId: 'f2', approvedOn: '2025-03-10', places: 20, ownership: 'market' },
      { facilityId: 'f3', approvedOn: '2023-06-01', places: 10, ownership: 'public' },
    ]);
    expect(lines.map((l) => [l.facilityId, l.amountFen, l.reasons])).toEqual([
      ['f1', yuan(300_000), []],
      ['f2', 0, ['ownership_not_eligible']],
      ['f3', 0, ['no_policy']],
    ]);
    expect(awardTotal(lines)).toBe(yuan(300_000));
  });

  it('refuses bad input, naming the field', () => {
    expect(() => computeConstructionAwards([{ facilityId: 'f1', approvedOn: '2025-3-1', places: 0, ownership: 'public' }])).toThrow(/approvedOn.*places|places/);
  });
});

describe('quality awards (by grade)', () => {
  it('pays by grade, the year’s best grade once per facility', () => {
    const lines = computeQualityAwards([
      { facilityId: 'f1', assessmentId: 'a1', assessedOn: '2025-04-01', grade: 'B' },
      { facilityId: 'f1', assessmentId: 'a2', assessedOn: '2025-10-01', grade: 'A' },
      { facilityId: 'f1', assessmentId: 'a3', assessedOn: '2026-02-01', grade: 'A' },
      { facilityId: 'f2', assessmentId: 'a4', assessedOn: '2025-05-01', grade: 'C' },
      { facilityId: 'f3', assessmentId: 'a5', assessedOn: '2025-05-01', grade: 'D' },
    ]);
    expect(lines.map((l) => [l.assessmentId, l.amountFen, l.reasons])).toEqual([
      ['a1', 0, ['awarded_this_year']],
      ['a2', yuan(50_000), []],
      ['a3', yuan(50_000), []],
      ['a4', 0, ['no_award_for_grade']],
      ['a5', 0, ['no_award_for_grade']],
    ]);
  });

  it('uses the policy in force in the month of the assessment', () => {
    const v = [SHANXI_2024, { ...version('v2', '2025-07-01'), quality: { byGradeFen: { A: yuan(80_000), B: yuan(30_000), C: yuan(5_000), D: yuan(0) } } }];
    expect(qualityAwardFor('A', '2025-06-30', v)).toEqual({ policyId: SHANXI_2024.id, amountFen: yuan(50_000) });
    expect(qualityAwardFor('A', '2025-07-01', v)).toEqual({ policyId: 'v2', amountFen: yuan(80_000) });
    expect(qualityAwardFor('C', '2025-07-01', v).amountFen).toBe(yuan(5_000));
  });
});
