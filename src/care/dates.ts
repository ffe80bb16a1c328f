/**
 * Calendar arithmetic on ISO dates (yyyy-mm-dd) and local clock times (HH:MM), with no clock of its own: the
 * caller hands in "today" and "now". Dates are civil dates of the city (the database's time zone decides them).
 */

/** An ISO calendar date, yyyy-mm-dd. */
export type IsoDate = string;

const DAY_MS = 86_400_000;
const ms = (iso: IsoDate): number => Date.parse(`${iso}T00:00:00Z`);

/** Whether a string is a real calendar date written yyyy-mm-dd. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = ms(s);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}

/** The date `days` after (or before, when negative) `iso`. */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return new Date(ms(iso) + Math.round(days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((ms(b) - ms(a)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday (the opening-hours convention of the registry). */
export function isoWeekday(iso: IsoDate): number {
  const d = new Date(ms(iso)).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The first day of the month of `iso`. */
export function monthStart(iso: IsoDate): IsoDate {
  return `${iso.slice(0, 7)}-01`;
}

/** The first day of the month after the month of `iso`. */
export function nextMonthStart(iso: IsoDate): IsoDate {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** `iso` plus whole calendar months (the day clamped to the month's length). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const d = Number(iso.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, last))).toISOString().slice(0, 10);
}

/** Every date from `from` (inclusive) to `to` (exclusive). */
export function datesBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d < to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Minutes since midnight of a 24-hour HH:MM time. */
export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** HH:MM of minutes since midnight. */
export function hhmmOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
