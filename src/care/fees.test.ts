import { describe, expect, it } from 'vitest';
import { checkFacilityFees, FEE_POLICY_2026 as P, feeAfterSubsidy, statementAmounts, workingDays } from './fees.ts';

describe('affordable fee caps', () => {
  it('refuses a listed monthly price above the cap of a class it applies to, naming the price', () => {
    const issues = checkFacilityFees({ ownership: 'affordable', services: [{ mode: 'full_day', price: 1500, unit: 'month' }, { mode: 'temporary', price: 900, unit: 'hour' }], classes: [{ band: 'toddler_small' }, { band: 'toddler_large' }] }, P);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: 'services.0.price', code: 'fee_over_cap', params: { cap: 1400, band: 'toddler_large' } });
  });

  it('lets a class with its own fee, a market facility, and prices within the cap pass', () => {
    expect(checkFacilityFees({ ownership: 'affordable', services: [{ mode: 'full_day', price: 1500, unit: 'month' }], classes: [{ band: 'toddler_small' }, { band: 'toddler_large', ownFees: ['full_day'] }] }, P)).toEqual([]);
    expect(checkFacilityFees({ ownership: 'market', services: [{ mode: 'full_day', price: 3000, unit: 'month' }], classes: [{ band: 'toddler_large' }] }, P)).toEqual([]);
    expect(checkFacilityFees({ ownership: 'affordable', services: [{ mode: 'full_day', price: 2100, unit: 'month' }], classes: [{ band: 'infant' }] }, P)).toEqual([]);
  });
});

describe('monthly statement', () => {
  it('counts the working days of a month (opening weekdays)', () => {
    expect(workingDays('2026-11-01', [1, 2, 3, 4, 5])).toHaveLength(21);
    expect(workingDays('2026-11-01', [1, 2, 3, 4, 5], '2026-11-16')).toHaveLength(11);
    expect(workingDays('2026-11-01', [1, 2, 3, 4, 5], '2026-12-16')).toHaveLength(0);
  });

  it('prorates the fee, applies the subsidy when attendance reaches half, adds hourly care', () => {
    const base = { tier: 'community' as const, ownership: 'affordable' as const, band: 'toddler_small' as const, monthlyFee: 1500, workingDays: 20, placedDays: 20, hourlyCare: 60 };
    expect(statementAmounts({ ...base, attendedDays: 10 }, P)).toEqual({ fee: 1500, subsidy: 500, hourlyCare: 60, amountDue: 1060 });
    expect(statementAmounts({ ...base, attendedDays: 9 }, P)).toEqual({ fee: 1500, subsidy: 0, hourlyCare: 60, amountDue: 1560 });
    expect(statementAmounts({ ...base, placedDays: 10, attendedDays: 10 }, P)).toEqual({ fee: 750, subsidy: 250, hourlyCare: 60, amountDue: 560 });
    expect(statementAmounts({ ...base, tier: 'kindergarten_class', attendedDays: 20 }, P).subsidy).toBe(300);
    expect(statementAmounts({ ...base, ownership: 'market', attendedDays: 20 }, P).subsidy).toBe(0);
    expect(statementAmounts({ ...base, monthlyFee: null, placedDays: 0, attendedDays: 0 }, P)).toEqual({ fee: 0, subsidy: 0, hourlyCare: 60, amountDue: 60 });
  });

  it('shows the fee after subsidy only where the place earns one', () => {
    expect(feeAfterSubsidy('community', 'affordable', 1500, 'toddler_small', P)).toBe(1000);
    expect(feeAfterSubsidy('community', 'affordable', 1500, 'toddler_large', P)).toBe(1500); // above the cap: no subsidy
    expect(feeAfterSubsidy('private', 'market', 2500, 'infant', P)).toBe(2500);
  });
});
