/** The city's date today (Asia/Shanghai by default, as the database counts days): the default date of policy lookups. */
export function cityToday(now = new Date(), timeZone = process.env.CARECIRCLE_TIMEZONE ?? 'Asia/Shanghai'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
