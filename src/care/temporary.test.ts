import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NATIONAL_POLICY_2019 as CARE } from './policy.ts';
import { bookingPrice, cancellationCharge, checkBookingTimes, hourlyFree, slotsOf, TEMPORARY_CARE_POLICY_2026 as P } from './temporary.ts';

const HOURS = { days: [1, 2, 3, 4, 5], open: '07:30', close: '18:00' };
const NOW = { date: '2026-12-01', minutes: 9 * 60 }; // Tuesday 09:00

describe('hour slots', () => {
  it('one slot per whole hour of opening that ends by closing time', () => {
    const s = slotsOf(HOURS, '2026-12-02');
    expect(s[0]).toEqual({ start: '07:30', end: '08:30' });
    expect(s.at(-1)).toEqual({ start: '16:30', end: '17:30' });
    expect(s).toHaveLength(10);
    expect(slotsOf(HOURS, '2026-12-05')).toEqual([]); // Saturday
    expect(slotsOf(null, '2026-12-02')).toEqual([]);
  });
});

describe('booking rules', () => {
  const check = (date: string, start: string, end: string) => checkBookingTimes({ date, start, end }, HOURS, NOW, P);
  const codes = (r: ReturnType<typeof check>) => r.issues.map((i) => `${i.field}:${i.code}`);

  it('accepts whole hours inside opening on an open day and lists the slots', () => {
    const r = check('2026-12-02', '09:30', '11:30');
    expect(r.issues).toEqual([]);
    expect(r.slots).toEqual([
      { start: '09:30', end: '10:30' },
      { start: '10:30', end: '11:30' },
    ]);
  });

  it('names the field of each problem', () => {
    expect(codes(check('2026-11-30', '09:30', '10:30'))).toEqual(['date:in_past']);
    expect(codes(check('2026-12-16', '09:30', '10:30'))).toEqual(['date:too_far_ahead']);
    expect(codes(check('2026-12-05', '09:30', '10:30'))).toEqual(['date:facility_closed']);
    expect(codes(check('2026-12-02', '06:30', '08:30'))).toEqual(['start:outside_opening_hours']);
    expect(codes(check('2026-12-02', '16:30', '18:30'))).toEqual(['end:outside_opening_hours']);
    expect(codes(check('2026-12-02', '09:00', '10:30'))).toEqual(['start:not_on_the_hour']);
    expect(codes(check('2026-12-02', '10:30', '09:30'))).toEqual(['end:end_before_start']);
    expect(codes(check('2026-12-01', '10:30', '11:30'))).toEqual(['start:too_soon']);
    expect(codes(check('2026-12-01', '11:30', '12:30'))).toEqual([]);
  });

  it('prices by the hour, the half day or the day', () => {
    expect(bookingPrice({ price: 30, unit: 'hour' }, 2, P)).toBe(60);
    expect(bookingPrice({ price: 60, unit: 'half_day' }, 5, P)).toBe(120);
    expect(bookingPrice({ price: 100, unit: 'day' }, 3, P)).toBe(50);
    expect(bookingPrice({ price: 100, unit: 'day' }, 6, P)).toBe(100);
  });

  it('charges a late cancellation, not an early one', () => {
    expect(cancellationCharge(60, 12 * 60, P)).toBe(0);
    expect(cancellationCharge(60, 12 * 60 - 1, P)).toBe(60);
  });
});

describe('free places per hour', () => {
  it('is the smaller of the class room and the carers’ ratio, both after the children present or booked', () => {
    const [c] = hourlyFree([{ classId: 'k', band: 'toddler_small', capacity: 15, placed: 10, hours: [{ booked: 2, carers: 3 }, { booked: 0, carers: 2 }, { booked: 5, carers: 3 }] }], false, CARE);
    expect(c!.free).toEqual([3, 0, 0]); // 15−12 vs 15−12; 15−10 vs 10−10; 15−15
  });

  it('never negative, never more than the room or the ratio allows (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 8 }), (capacity, placed, booked, carers) => {
        const [c] = hourlyFree([{ classId: 'k', band: 'infant', capacity, placed, hours: [{ booked, carers }] }], false, CARE);
        const f = c!.free[0]!;
        return f >= 0 && f <= Math.max(0, capacity - placed - booked) && f <= Math.max(0, carers * 3 - placed - booked);
      }),
    );
  });
});
