/**
 * Temporary (临时托) and hourly (计时托) care: the hour slots of an opening day, the booking rules of the versioned
 * policy, the price of a booking and what a late cancellation or a no-show costs, and the free places of each hour.
 * Defaults where no national rule exists (domain.md §2, each configurable): booked by the whole hour, up to 14 days
 * ahead, at least 2 hours before it starts; free cancellation until 12 hours before, later or a no-show is charged.
 *
 * Free places of an hour (data-model.md "Free places, computed"): per class,
 *   min(capacity − children present or booked in the hour, carers rostered in the hour × the band's ratio − the same)
 * where children present are those placed in the class that day. Nothing here is a counter: the inputs are rows.
 */
import { addDays, daysBetween, hhmmOf, isoWeekday, minutesOf, type IsoDate } from './dates.ts';
import type { CarePolicy, ClassBand } from './policy.ts';
import { issue, type FieldIssue } from '../shared/errors.ts';

export interface TemporaryCarePolicy {
  id: string;
  effectiveFrom: IsoDate;
  source: string;
  /** Days ahead a booking may be made (inclusive). */
  maxDaysAhead: number;
  /** Hours between booking and the start, at least. */
  minHoursBefore: number;
  /** Cancelling at least this many hours before the start is free. */
  freeCancelHoursBefore: number;
  /** Share of the price charged for a late cancellation or a no-show (1 = the whole booking). */
  lateCancelShare: number;
  /** Hours a "half day" price covers, and a "day" price's half (for facilities that price by the half day or day). */
  hoursPerHalfDay: number;
  /** Longest single booking, hours. */
  maxHours: number;
}

export const TEMPORARY_CARE_POLICY_2026: TemporaryCarePolicy = Object.freeze({
  id: 'cc-temporary-2026',
  effectiveFrom: '2026-01-01',
  source: '本系统默认值（可配置）：整点预约，最多提前14天、至少提前2小时；开始前12小时内取消或未到按预约收费',
  maxDaysAhead: 14,
  minHoursBefore: 2,
  freeCancelHoursBefore: 12,
  lateCancelShare: 1,
  hoursPerHalfDay: 4,
  maxHours: 12,
});

export const TEMPORARY_CARE_POLICIES: readonly TemporaryCarePolicy[] = [TEMPORARY_CARE_POLICY_2026];

/** The temporary-care policy in force on a date. */
export function temporaryPolicyOn(date: IsoDate, list: readonly TemporaryCarePolicy[] = TEMPORARY_CARE_POLICIES): TemporaryCarePolicy {
  let chosen = list[0]!;
  for (const p of list) if (p.effectiveFrom <= date) chosen = p;
  return chosen;
}

/** Opening hours as the registry stores them. */
export interface OpeningHours {
  days: number[];
  open: string;
  close: string;
}

/** One bookable hour (local times). */
export interface Slot {
  start: string;
  end: string;
}

/**
 * The whole-hour slots of a day: from opening, one per hour that ends by closing time (a facility open 07:30–18:00
 * has 07:30–08:30 … 16:30–17:30). None on a closed weekday or without opening hours.
 */
export function slotsOf(hours: OpeningHours | null, day: IsoDate): Slot[] {
  if (!hours || !hours.days.includes(isoWeekday(day))) return [];
  const out: Slot[] = [];
  const close = minutesOf(hours.close);
  for (let s = minutesOf(hours.open); s + 60 <= close; s += 60) out.push({ start: hhmmOf(s), end: hhmmOf(s + 60) });
  return out;
}

/** The local "now" of the city, as the database sees it. */
export interface LocalNow {
  date: IsoDate;
  /** Minutes since midnight. */
  minutes: number;
}

/** Minutes from `now` until `time` on `day`. */
export function minutesUntil(now: LocalNow, day: IsoDate, time: string): number {
  return daysBetween(now.date, day) * 1440 + minutesOf(time) - now.minutes;
}

/**
 * Checks a wanted booking against the opening hours and the policy. Returns every problem, each naming its field
 * (`date`, `start`, `end`) with a machine code; the slots it covers when there is none.
 * @param want - day and local start/end (HH:MM)
 * @param hours - the facility's opening hours
 * @param now - the city's current date and time
 * @param policy - the temporary-care policy
 */
export function checkBookingTimes(
  want: { date: IsoDate; start: string; end: string },
  hours: OpeningHours | null,
  now: LocalNow,
  policy: TemporaryCarePolicy,
): { issues: FieldIssue[]; slots: Slot[] } {
  const issues: FieldIssue[] = [];
  const ahead = daysBetween(now.date, want.date);
  if (ahead < 0) issues.push(issue('date', 'in_past', `the date ${want.date} is in the past`));
  else if (ahead > policy.maxDaysAhead) issues.push(issue('date', 'too_far_ahead', `temporary care is booked at most ${policy.maxDaysAhead} days ahead`, { maxDays: policy.maxDaysAhead, policy: policy.id }));
  const slots = slotsOf(hours, want.date);
  if (!hours || slots.length === 0) {
    issues.push(issue('date', 'facility_closed', `the facility is closed on ${want.date}`, { weekday: isoWeekday(want.date) }));
    return { issues, slots: [] };
  }
  const s = minutesOf(want.start);
  const e = minutesOf(want.end);
  if (e <= s) issues.push(issue('end', 'end_before_start', 'the end must be after the start'));
  const open = minutesOf(hours.open);
  const lastEnd = minutesOf(slots[slots.length - 1]!.end);
  if (s < open || s >= lastEnd) issues.push(issue('start', 'outside_opening_hours', `the facility takes bookings from ${hours.open} to ${hhmmOf(lastEnd)}`, { open: hours.open, close: hhmmOf(lastEnd) }));
  else if ((s - open) % 60 !== 0) issues.push(issue('start', 'not_on_the_hour', `bookings start on the hour of opening (${hours.open}, ${hhmmOf(open + 60)}, …)`, { open: hours.open }));
  if (e > lastEnd || e <= open) issues.push(issue('end', 'outside_opening_hours', `the facility takes bookings from ${hours.open} to ${hhmmOf(lastEnd)}`, { open: hours.open, close: hhmmOf(lastEnd) }));
  else if ((e - open) % 60 !== 0) issues.push(issue('end', 'not_on_the_hour', 'bookings are by the whole hour', { open: hours.open }));
  if (e > s && (e - s) / 60 > policy.maxHours) issues.push(issue('end', 'too_long', `a booking is at most ${policy.maxHours} hours`, { maximum: policy.maxHours }));
  if (ahead >= 0 && issues.length === 0 && minutesUntil(now, want.date, want.start) < policy.minHoursBefore * 60) {
    issues.push(issue('start', 'too_soon', `temporary care is booked at least ${policy.minHoursBefore} hours before it starts`, { minHours: policy.minHoursBefore, policy: policy.id }));
  }
  if (issues.length) return { issues, slots: [] };
  return { issues, slots: slots.filter((x) => minutesOf(x.start) >= s && minutesOf(x.end) <= e) };
}

/** A price as the registry lists it. */
export interface UnitPrice {
  price: number;
  unit: 'month' | 'day' | 'half_day' | 'hour';
}

/**
 * The price of `hours` of temporary or hourly care: by the hour; by the half day (each started half day); by the
 * day (half the day price up to a half day's hours, else the day price per started day).
 */
export function bookingPrice(p: UnitPrice, hours: number, policy: TemporaryCarePolicy): number {
  const half = policy.hoursPerHalfDay;
  let v: number;
  switch (p.unit) {
    case 'hour':
      v = p.price * hours;
      break;
    case 'half_day':
      v = p.price * Math.ceil(hours / half);
      break;
    case 'day':
      v = hours <= half ? p.price / 2 : p.price * Math.ceil(hours / (2 * half));
      break;
    case 'month':
      v = 0;
      break;
  }
  return Math.round(v * 100) / 100;
}

/**
 * What cancelling costs: nothing until `freeCancelHoursBefore` hours before the start, then the policy's share of
 * the price (the same as a no-show).
 * @param price - the booking's price
 * @param minutesBefore - minutes from now until the start
 */
export function cancellationCharge(price: number, minutesBefore: number, policy: TemporaryCarePolicy): number {
  if (minutesBefore >= policy.freeCancelHoursBefore * 60) return 0;
  return Math.round(price * policy.lateCancelShare * 100) / 100;
}

/** The evening before a booking, 19:00 local: when the reminder goes out. */
export function reminderTime(day: IsoDate): { date: IsoDate; time: string } {
  return { date: addDays(day, -1), time: '19:00' };
}

/** One class's load in the hours asked for. */
export interface ClassHours {
  classId: string;
  band: ClassBand;
  capacity: number;
  /** Children placed in the class that day (present all the opening hours). */
  placed: number;
  /** Per slot, in order: children booked in that hour and carers rostered. */
  hours: ReadonlyArray<{ booked: number; carers: number }>;
}

/**
 * Free places per slot of each class: min(capacity − present or booked, carers × ratio − present or booked), at
 * least 0. Family points use their own ratio (《家庭托育点管理办法（试行）》: 1 : 3).
 * @param classes - the classes that take the child
 * @param familyPoint - whether the facility is a family point
 * @param care - the care policy (ratios)
 */
export function hourlyFree(classes: readonly ClassHours[], familyPoint: boolean, care: CarePolicy): Array<{ classId: string; free: number[] }> {
  return classes.map((c) => {
    const ratio = familyPoint ? care.familyPointChildrenPerCarer : care.classes[c.band].childrenPerCarer;
    return {
      classId: c.classId,
      free: c.hours.map((h) => {
        const load = c.placed + h.booked;
        return Math.max(0, Math.min(c.capacity - load, Math.floor(h.carers * ratio) - load));
      }),
    };
  });
}
