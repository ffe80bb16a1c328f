/**
 * The rules that act on the clock during a care day: absence follow-up (缺勤追踪, WS/T 821-2023 7.4.3: an expected
 * child without check-in and without notice is traced the same day), the outdoor-time reminder (≥ 2 hours a day for
 * full-day care, checked by mid-afternoon), and children not collected by closing time. Pure: the caller hands in the
 * local time (minutes since midnight) and the day's facts.
 */
import { minutesOf, type DailyCarePolicy } from './daily-policy.ts';

export interface ExpectedChild {
  childId: string;
  checkedIn: boolean;
  /** An absence notice covers today. */
  absenceReported: boolean;
}

/**
 * Children to follow up now: past the deadline, expected, not checked in, no notice.
 * @param children - the expected children of a facility's day
 * @param nowMinutes - local time, minutes since midnight
 * @param deadline - HH:MM (the facility's setting, or the policy's default)
 */
/** Whether absences are followed up yet: from the day's absence deadline on. */
export function absenceFollowUpDue(nowMinutes: number, deadline: string): boolean {
  return nowMinutes >= minutesOf(deadline);
}

export function absencesToFollowUp(children: readonly ExpectedChild[], nowMinutes: number, deadline: string): string[] {
  if (!absenceFollowUpDue(nowMinutes, deadline)) return [];
  return children.filter((c) => !c.checkedIn && !c.absenceReported).map((c) => c.childId);
}

export interface ClassOutdoor {
  classId: string;
  /** Full-day children present now. */
  fullDayPresent: number;
  /** Outdoor minutes of the class today (the most any present child has: the class goes out together). */
  minutes: number;
}

/**
 * Classes short of outdoor time at the reminder time.
 * @param classes - the classes of a facility
 * @param nowMinutes - local time
 * @param policy - the daily-care policy
 */
/** Whether classes short of outdoor time are reminded yet: from the policy's reminder time on. */
export function outdoorCheckDue(nowMinutes: number, policy: DailyCarePolicy): boolean {
  return nowMinutes >= minutesOf(policy.outdoor.remindAt);
}

export function outdoorShortClasses(classes: readonly ClassOutdoor[], nowMinutes: number, policy: DailyCarePolicy): string[] {
  if (!outdoorCheckDue(nowMinutes, policy)) return [];
  return classes.filter((c) => c.fullDayPresent > 0 && c.minutes < policy.outdoor.fullDayMinutes).map((c) => c.classId);
}

export interface PresentChild {
  childId: string;
  checkedIn: boolean;
  checkedOut: boolean;
}

/**
 * Children still in care at (or after) closing time.
 * @param children - a facility's children today
 * @param nowMinutes - local time
 * @param close - the facility's closing time, HH:MM
 */
/** Whether children still in care are warned of yet: from closing time on. */
export function collectionCheckDue(nowMinutes: number, close: string): boolean {
  return nowMinutes >= minutesOf(close);
}

export function notCollected(children: readonly PresentChild[], nowMinutes: number, close: string): string[] {
  if (!collectionCheckDue(nowMinutes, close)) return [];
  return children.filter((c) => c.checkedIn && !c.checkedOut).map((c) => c.childId);
}

/** Whether a pickup person may collect: on the child's list and not revoked. */
export function pickupAllowed(personId: string | null, list: readonly { id: string; revoked: boolean }[]): boolean {
  if (!personId) return false;
  return list.some((p) => p.id === personId && !p.revoked);
}
