import { describe, expect, it } from 'vitest';
import { ageInMonths, bandsForAge, fitsBand, primaryBand } from './age.ts';
import { addMonths, isIsoDate, isoWeekday } from './dates.ts';
import { NATIONAL_POLICY_2019 as P } from './policy.ts';

describe('age in completed months', () => {
  it('completes a month on the day of the month of birth', () => {
    expect(ageInMonths('2024-05-17', '2024-11-16')).toBe(5);
    expect(ageInMonths('2024-05-17', '2024-11-17')).toBe(6);
    expect(ageInMonths('2024-05-17', '2026-05-17')).toBe(24);
    expect(ageInMonths('2024-01-31', '2024-02-29')).toBe(0);
    expect(ageInMonths('2024-01-31', '2024-03-31')).toBe(2);
  });

  it('files a child under the bands of the policy ([from, to) months)', () => {
    expect(bandsForAge(5, P)).toEqual([]);
    expect(bandsForAge(6, P)).toEqual(['infant']);
    expect(bandsForAge(12, P)).toEqual(['toddler_small']);
    expect(bandsForAge(20, P)).toEqual(['toddler_small', 'mixed']);
    expect(bandsForAge(35, P)).toEqual(['toddler_large', 'mixed']);
    expect(bandsForAge(36, P)).toEqual([]);
    expect(primaryBand(20, P)).toBe('toddler_small');
    expect(primaryBand(40, P)).toBeNull();
    expect(fitsBand('mixed', 17, P)).toBe(false);
    expect(fitsBand('mixed', 18, P)).toBe(true);
  });
});

describe('dates', () => {
  it('checks real calendar dates and weekdays', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isoWeekday('2026-12-01')).toBe(2); // a Tuesday
    expect(isoWeekday('2026-12-06')).toBe(7);
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });
});
