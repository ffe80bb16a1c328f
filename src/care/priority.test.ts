import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PRIORITY_POLICY_2026 as P, rankWaitlist, type WaitlistEntry } from './priority.ts';
import { ADMISSION_POLICY_2026 as A, checkAdmission } from './admission.ts';

const e = (id: string, over: Partial<WaitlistEntry> = {}): WaitlistEntry => ({ applicationId: id, siblingPlaced: false, dualWorking: false, singleParent: false, resident: false, walkMeters: 500, appliedOn: '2026-10-01', createdAt: `2026-10-01T0${id.length}:00:00Z`, ...over });

describe('waiting-list priority', () => {
  it('orders by sibling, family situation, residence, walking minutes, date applied', () => {
    const ranked = rankWaitlist([e('late', { appliedOn: '2026-11-01', walkMeters: 900 }), e('far', { walkMeters: 900 }), e('near', { walkMeters: 200 }), e('resident', { resident: true }), e('dual', { dualWorking: true }), e('single', { singleParent: true, appliedOn: '2026-10-02' }), e('sibling', { siblingPlaced: true, walkMeters: null })], P);
    expect(ranked.map((r) => r.entry.applicationId)).toEqual(['sibling', 'dual', 'single', 'resident', 'near', 'far', 'late']);
    expect(ranked.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(ranked[0]!.reasons[0]).toEqual({ criterion: 'sibling_placed', met: true, value: null });
    expect(ranked[4]!.reasons.find((r) => r.criterion === 'walk_minutes')).toEqual({ criterion: 'walk_minutes', met: true, value: 3 });
  });

  it('is a total order that does not depend on the input order (property)', () => {
    const entry = fc.record({
      applicationId: fc.uuid(),
      siblingPlaced: fc.boolean(),
      dualWorking: fc.boolean(),
      singleParent: fc.boolean(),
      resident: fc.boolean(),
      walkMeters: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null }),
      appliedOn: fc.constantFrom('2026-09-01', '2026-10-01'),
      createdAt: fc.constantFrom('2026-09-01T00:00:00Z', '2026-10-01T00:00:00Z'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (x) => x.applicationId, maxLength: 12 }), (list) => {
        const a = rankWaitlist(list, P).map((r) => r.entry.applicationId);
        const b = rankWaitlist([...list].reverse(), P).map((r) => r.entry.applicationId);
        return JSON.stringify(a) === JSON.stringify(b);
      }),
    );
  });
});

describe('admission: the entry exam', () => {
  it('needs a passed exam on record, examined at most the validity before the first day', () => {
    const first = '2026-12-15';
    expect(checkAdmission([], first, first, A)).toMatchObject({ cleared: false, reason: 'entry_exam_missing' });
    expect(checkAdmission([{ examinedOn: '2026-12-01', passed: false, validUntil: null }], first, first, A)).toMatchObject({ cleared: false, reason: 'entry_exam_failed' });
    expect(checkAdmission([{ examinedOn: '2026-08-01', passed: true, validUntil: null }], first, first, A)).toMatchObject({ cleared: false, reason: 'entry_exam_expired' });
    expect(checkAdmission([{ examinedOn: '2026-12-01', passed: true, validUntil: null }], first, first, A)).toMatchObject({ cleared: true, reason: null });
    // the latest exam on record by the day asked decides
    expect(checkAdmission([{ examinedOn: '2026-12-01', passed: true, validUntil: '2027-03-01' }, { examinedOn: '2026-12-05', passed: false, validUntil: '2027-03-05' }], first, first, A).reason).toBe('entry_exam_failed');
    // an exam after the first day: not cleared before it, cleared from it on
    const late = [{ examinedOn: '2026-12-20', passed: true, validUntil: null }];
    expect(checkAdmission(late, first, '2026-12-18', A).reason).toBe('entry_exam_missing');
    expect(checkAdmission(late, first, '2026-12-20', A).cleared).toBe(true);
  });
});
