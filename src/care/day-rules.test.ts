import { describe, expect, it } from 'vitest';
import { DAILY_CARE_2012 } from './daily-policy.ts';
import { absencesToFollowUp, notCollected, outdoorShortClasses, pickupAllowed } from './day-rules.ts';
import { ratioStatus } from './ratio.ts';
import { addDays, isoWeekday, weekStart } from './days.ts';

describe('the rules on the clock', () => {
  it('absence follow-up: only after the deadline, only children with neither check-in nor notice', () => {
    const kids = [
      { childId: 'in', checkedIn: true, absenceReported: false },
      { childId: 'told', checkedIn: false, absenceReported: true },
      { childId: 'missing', checkedIn: false, absenceReported: false },
    ];
    expect(absencesToFollowUp(kids, 9 * 60 + 29, '09:30')).toEqual([]);
    expect(absencesToFollowUp(kids, 9 * 60 + 30, '09:30')).toEqual(['missing']);
  });

  it('outdoor time: classes with full-day children present and under 2 hours, from 15:00', () => {
    const classes = [
      { classId: 'short', fullDayPresent: 8, minutes: 60 },
      { classId: 'enough', fullDayPresent: 8, minutes: 120 },
      { classId: 'empty', fullDayPresent: 0, minutes: 0 },
    ];
    expect(outdoorShortClasses(classes, 14 * 60 + 59, DAILY_CARE_2012)).toEqual([]);
    expect(outdoorShortClasses(classes, 15 * 60, DAILY_CARE_2012)).toEqual(['short']);
  });

  it('not collected at closing time', () => {
    const kids = [
      { childId: 'gone', checkedIn: true, checkedOut: true },
      { childId: 'still', checkedIn: true, checkedOut: false },
      { childId: 'absent', checkedIn: false, checkedOut: false },
    ];
    expect(notCollected(kids, 17 * 60 + 59, '18:00')).toEqual([]);
    expect(notCollected(kids, 18 * 60, '18:00')).toEqual(['still']);
  });

  it('pickup: listed and not revoked', () => {
    const list = [
      { id: 'mum', revoked: false },
      { id: 'ex', revoked: true },
    ];
    expect(pickupAllowed('mum', list)).toBe(true);
    expect(pickupAllowed('ex', list)).toBe(false);
    expect(pickupAllowed('stranger', list)).toBe(false);
    expect(pickupAllowed(null, list)).toBe(false);
  });

  it('ratio: carers needed for the children present (infant class 1:3)', () => {
    expect(ratioStatus(0, 0, 3)).toMatchObject({ needed: 0, ok: true });
    expect(ratioStatus(9, 3, 3)).toMatchObject({ needed: 3, ok: true });
    expect(ratioStatus(10, 3, 3)).toMatchObject({ needed: 4, ok: false });
  });

  it('days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(isoWeekday('2026-12-06')).toBe(7);
    expect(weekStart('2026-12-06')).toBe('2026-11-30');
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
  });
});
