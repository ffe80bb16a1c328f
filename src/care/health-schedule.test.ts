/** The child-health visit schedule: calendar months, windows that never share a check, statuses through time. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonthsIso, completedMonths, visitNeedingAttention, visitSchedule } from './health-schedule.ts';

describe('calendar helpers', () => {
  it('adds months clamping to the month end and counts completed months', () => {
    expect(addMonthsIso('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsIso('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonthsIso('2024-11-15', 3)).toBe('2025-02-15');
    expect(addMonthsIso('2024-03-10', -3)).toBe('2023-12-10');
    expect(completedMonths('2024-01-15', '2024-07-14')).toBe(5);
    expect(completedMonths('2024-01-15', '2024-07-15')).toBe(6);
    expect(completedMonths('2024-01-31', '2024-02-29')).toBe(1);
    expect(completedMonths('2024-05-01', '2024-04-01')).toBe(0);
  });
});

describe('visit schedule (3, 6, 8, 12, 18, 24, 30, 36 months)', () => {
  const birth = '2025-01-10';

  it('marks done, due, overdue, missed, upcoming and future on one day', () => {
    const v = visitSchedule(birth, [{ id: 'c3', examinedOn: '2025-04-12' }, { id: 'c6', examinedOn: '2025-07-20' }], '2026-01-20');
    expect(v.map((x) => [x.months, x.dueOn, x.status])).toEqual([
      [3, '2025-04-10', 'done'],
      [6, '2025-07-10', 'done'],
      [8, '2025-09-10', 'missed'],
      [12, '2026-01-10', 'due'],
      [18, '2026-07-10', 'future'],
      [24, '2027-01-10', 'future'],
      [30, '2027-07-10', 'future'],
      [36, '2028-01-10', 'future'],
    ]);
    expect(v[0]!.checkId).toBe('c3');
    expect(visitNeedingAttention(v)?.months).toBe(12);
    expect(visitSchedule(birth, [], '2026-02-01')[3]!.status).toBe('overdue');
    expect(visitSchedule(birth, [], '2025-12-20')[3]!.status).toBe('upcoming');
  });

  it('never counts one check for two visits, and windows tile the time from the first to the last', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: -60, max: 1300 }), (b, offset) => {
        const birthDate = new Date(Date.UTC(2020, 0, 1) + b * 86_400_000).toISOString().slice(0, 10);
        const on = new Date(Date.parse(`${birthDate}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
        const v = visitSchedule(birthDate, [{ id: 'x', examinedOn: on }], on);
        expect(v.filter((x) => x.checkId === 'x').length).toBeLessThanOrEqual(1);
        for (let i = 1; i < v.length; i++) {
          const gap = (Date.parse(v[i]!.windowFrom) - Date.parse(v[i - 1]!.windowTo)) / 86_400_000;
          expect(gap).toBe(1);
        }
      }),
    );
  });
});
