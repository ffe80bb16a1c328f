import { describe, expect, it } from 'vitest';
import { checkFeeCap, FEE_CAPS_DEFAULT, feeCapFen, feeCapPolicyOn } from './fee-cap.ts';
import { yuan } from './money.ts';

describe('the affordable fee cap', () => {
  it('caps affordable facilities per band (¥2,100 / ¥1,700 / ¥1,400; mixed as toddler-small)', () => {
    expect(feeCapFen(FEE_CAPS_DEFAULT, 'affordable', 'infant')).toBe(yuan(2100));
    expect(feeCapFen(FEE_CAPS_DEFAULT, 'affordable', 'toddler_small')).toBe(yuan(1700));
    expect(feeCapFen(FEE_CAPS_DEFAULT, 'affordable', 'toddler_large')).toBe(yuan(1400));
    expect(feeCapFen(FEE_CAPS_DEFAULT, 'affordable', 'mixed')).toBe(yuan(1700));
    expect(feeCapFen(FEE_CAPS_DEFAULT, 'market', 'infant')).toBeNull();
    expect(feeCapFen(FEE_CAPS_DEFAULT, 'public', 'infant')).toBeNull();
  });

  it('a fee at the cap keeps it; one fen above does not', () => {
    expect(checkFeeCap(FEE_CAPS_DEFAULT, 'affordable', 'toddler_large', yuan(1400)).over).toBe(false);
    expect(checkFeeCap(FEE_CAPS_DEFAULT, 'affordable', 'toddler_large', (yuan(1400) + 1) as never)).toMatchObject({ over: true, capFen: yuan(1400), policyId: FEE_CAPS_DEFAULT.id });
    expect(checkFeeCap(FEE_CAPS_DEFAULT, 'market', 'toddler_large', yuan(9000)).over).toBe(false);
  });

  it('picks the version in force on a date', () => {
    const v2 = { ...FEE_CAPS_DEFAULT, id: 'v2', effectiveFrom: '2026-07-01' };
    expect(feeCapPolicyOn('2026-06-30', [v2, FEE_CAPS_DEFAULT]).id).toBe(FEE_CAPS_DEFAULT.id);
    expect(feeCapPolicyOn('2026-07-01', [v2, FEE_CAPS_DEFAULT]).id).toBe('v2');
    expect(feeCapPolicyOn('2020-01-01', [v2, FEE_CAPS_DEFAULT]).id).toBe(FEE_CAPS_DEFAULT.id);
    expect(() => feeCapPolicyOn('2026-13-01')).toThrow(/not a date/);
  });
});
