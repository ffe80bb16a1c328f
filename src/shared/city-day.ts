/**
 * The city's date today ('YYYY-MM-DD' in CARECIRCLE_TIMEZONE, default Asia/Shanghai — the zone the database counts
 * days in): the default date of searches, policy lookups and reports. Busy endpoints ask on every request, so the
 * answer is kept until the next whole minute (every zone's midnight falls on one).
 */
const DEFAULT_ZONE = 'Asia/Shanghai';
const formats = new Map<string, Intl.DateTimeFormat>();
const kept = new Map<string, { day: string; until: number }>();

/**
 * @param now - the instant (default: now)
 * @param timeZone - an IANA zone name (default: CARECIRCLE_TIMEZONE, else Asia/Shanghai)
 */
export function cityToday(now: Date | number = Date.now(), timeZone = process.env.CARECIRCLE_TIMEZONE ?? DEFAULT_ZONE): string {
  const t = typeof now === 'number' ? now : now.getTime();
  const k = kept.get(timeZone);
  if (k && t < k.until && t >= k.until - 60_000) return k.day;
  let f = formats.get(timeZone);
  if (!f) formats.set(timeZone, (f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  const day = f.format(t);
  const until = t - (((t % 60_000) + 60_000) % 60_000) + 60_000;
  kept.set(timeZone, { day, until });
  return day;
}
