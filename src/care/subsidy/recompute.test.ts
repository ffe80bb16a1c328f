import { describe, expect, it } from 'vitest';
import { FEE_CAPS_DEFAULT } from '../fee-cap.ts';
import { yuan } from '../money.ts';
import { computeOperatingClaims } from './operating.ts';
import { SHANXI_2024 } from './policy.ts';
import { monthsAffected, recomputeAfterPolicyChange, reconcile } from './recompute.ts';
import { childMonth, facility, version } from './test-data.ts';

const months = ['2025-01', '2025-02', '2025-03', '2025-04'];
const paidMonths = months.flatMap((month) => [
  childMonth({ childId: 'a', month }),
  childMonth({ childId: 'b', month, attendedDays: 12 }), // 12 of 21: above half, below 60%
  childMonth({ childId: 'k', month, facilityId: 'kg' }),
]);
const facilities = [facility(), facility({ facilityId: 'kg', tier: 'kindergarten_class' })];

describe('a policy change with an earlier effective date', () => {
  it('recomputes the months it covers and yields the exact clawback per month', () => {
    // Published in May 2025, effective from March: ¥400 instead of ¥500, and 60% attendance instead of half.
    const before = { subsidy: [SHANXI_2024] };
    const after = { subsidy: [SHANXI_2024, version('sx-2025-03', '2025-03-01', { independentFen: yuan(400), minAttendance: { num: 3, den: 5 } })] };
    const r = recomputeAfterPolicyChange(paidMonths, facilities, before, after);
    expect(r.months).toEqual(['2025-03', '2025-04']);
    // f1 paid a ¥500 + b ¥500 = ¥1,000 a month; now a ¥400, b nothing (12 < 0.6 × 21 = 12.6): ¥600 clawed back a month.
    // kg: the kindergarten rate did not change: ¥300, unchanged.
    expect(r.adjustments.map((x) => [x.facilityId, x.month, x.paidFen, x.dueFen, x.deltaFen, x.kind])).toEqual([
      ['f1', '2025-03', yuan(1000), yuan(400), -yuan(600), 'clawback'],
      ['f1', '2025-04', yuan(1000), yuan(400), -yuan(600), 'clawback'],
      ['kg', '2025-03', yuan(300), yuan(300), 0, 'unchanged'],
      ['kg', '2025-04', yuan(300), yuan(300), 0, 'unchanged'],
    ]);
    expect(r.adjustments[0]!.lines).toEqual([
      { childId: 'a', paidFen: yuan(500), dueFen: yuan(400), deltaFen: -yuan(100), paidReasons: [], dueReasons: [] },
      { childId: 'b', paidFen: yuan(500), dueFen: 0, deltaFen: -yuan(500), paidReasons: [], dueReasons: ['below_attendance'] },
    ]);
    expect(r.adjustments[0]).toMatchObject({ paidPolicyId: SHANXI_2024.id, duePolicyId: 'sx-2025-03' });
    expect(r.clawbackFen).toBe(-yuan(1200));
    expect(r.topUpFen).toBe(0);
    expect(r.netFen).toBe(-yuan(1200));
  });

  it('a raise yields the exact top-up', () => {
    const after = { subsidy: [SHANXI_2024, version('sx-2025-02', '2025-02-01', { independentFen: yuan(550), kindergartenClassFen: yuan(350) })] };
    const r = recomputeAfterPolicyChange(paidMonths, facilities, { subsidy: [SHANXI_2024] }, after);
    expect(r.months).toEqual(['2025-02', '2025-03', '2025-04']);
    expect(r.adjustments.every((x) => x.kind === 'top_up')).toBe(true);
    expect(r.topUpFen).toBe(3 * (yuan(100) + yuan(50)));
  });

  it('a lower fee cap from an earlier date disqualifies the months it covers', () => {
    const lower = { ...FEE_CAPS_DEFAULT, id: 'caps-2025-04', effectiveFrom: '2025-04-01', capsFen: { ...FEE_CAPS_DEFAULT.capsFen, toddler_small: yuan(1400) } };
    const r = recomputeAfterPolicyChange(paidMonths, facilities, {}, { feeCaps: [FEE_CAPS_DEFAULT, lower] });
    expect(r.months).toEqual(['2025-04']);
    expect(r.adjustments.map((x) => [x.facilityId, x.deltaFen])).toEqual([
      ['f1', -yuan(1000)],
      ['kg', -yuan(300)],
    ]);
  });

  it('says which months are affected: only those whose applicable version changed', () => {
    const v1 = { subsidy: [SHANXI_2024] };
    expect(monthsAffected(months, v1, v1)).toEqual([]);
    expect(monthsAffected(months, v1, { subsidy: [SHANXI_2024, version('x', '2025-04-01')] })).toEqual(['2025-04']);
    // the same id with other numbers counts as a change
    expect(monthsAffected(months, v1, { subsidy: [{ ...SHANXI_2024, operating: { ...SHANXI_2024.operating, independentFen: yuan(1) } }] })).toEqual(months);
  });

  it('reconcile names months that appear on one side only', () => {
    const a = computeOperatingClaims([childMonth()], [facility()]);
    const b = computeOperatingClaims([childMonth({ month: '2025-04' })], [facility()]);
    expect(reconcile(a, b).map((x) => [x.month, x.deltaFen])).toEqual([
      ['2025-03', -yuan(500)],
      ['2025-04', yuan(500)],
    ]);
  });
});
