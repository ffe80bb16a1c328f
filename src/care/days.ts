/** Calendar arithmetic on ISO dates (YYYY-MM-DD) and local clock times, with no clock of its own. */

/** The date `days` after (negative: before) an ISO date. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + Math.round(days) * 86_400_000).toISOString().slice(0, 10);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  const d = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The Monday of the ISO week of a date. */
export function weekStart(iso: string): string {
  return addDays(iso, 1 - isoWeekday(iso));
}
