import { describe, expect, it } from 'vitest';
import { applyFilingStep, FILING_ACTIONS, filingActionsFrom } from './filing.ts';
import { FILING_STATUSES } from './facility.ts';

describe('the filing (备案) workflow', () => {
  it('unfiled → pending → filed → revoked → pending', () => {
    let s = applyFilingStep('unfiled', null, { action: 'submit' });
    expect(s).toEqual({ status: 'pending', filingNumber: null });
    s = applyFilingStep(s.status, s.filingNumber, { action: 'approve', filingNumber: ' 晋长卫托备2026101 ' });
    expect(s).toEqual({ status: 'filed', filingNumber: '晋长卫托备2026101' });
    s = applyFilingStep(s.status, s.filingNumber, { action: 'revoke', note: '场地不再符合要求' });
    expect(s).toEqual({ status: 'revoked', filingNumber: '晋长卫托备2026101' });
    expect(applyFilingStep(s.status, s.filingNumber, { action: 'submit' }).status).toBe('pending');
  });

  it('a returned submission goes back to unfiled, with the reason', () => {
    expect(applyFilingStep('pending', null, { action: 'return', note: '材料不全' })).toEqual({ status: 'unfiled', filingNumber: null });
    expect(() => applyFilingStep('pending', null, { action: 'return', note: '  ' })).toThrow(/reason/);
    expect(() => applyFilingStep('filed', 'X1', { action: 'revoke' })).toThrow(/reason/);
  });

  it('an approval needs the number', () => {
    expect(() => applyFilingStep('pending', null, { action: 'approve' })).toThrow(expect.objectContaining({ field: 'filingNumber', code: 'invalid' }));
  });

  it('refuses every step not possible from the status, as a 409 naming both', () => {
    for (const status of FILING_STATUSES) {
      for (const action of FILING_ACTIONS) {
        if (filingActionsFrom(status).includes(action)) continue;
        try {
          applyFilingStep(status, null, { action, filingNumber: action === 'approve' ? 'N' : undefined, note: 'x' });
          expect.unreachable(`${action} from ${status}`);
        } catch (e) {
          expect(e).toMatchObject({ code: 'conflict', issues: [{ field: 'action', code: 'filing_transition', params: { from: status, action } }] });
        }
      }
    }
    expect(filingActionsFrom('unfiled')).toEqual(['submit']);
    expect(filingActionsFrom('pending')).toEqual(['approve', 'return']);
    expect(filingActionsFrom('filed')).toEqual(['revoke']);
    expect(filingActionsFrom('revoked')).toEqual(['submit']);
  });
});
