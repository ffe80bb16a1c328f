/**
 * A child's age in completed months and the class bands (班型) it fits on a date, from the versioned care policy's
 * age ranges (《托育机构设置标准（试行）》: 乳儿班 6–12 months, 托小班 12–24, 托大班 24–36, 混合班 ≥ 18).
 */
import type { IsoDate } from './dates.ts';
import { CLASS_BANDS, type CarePolicy, type ClassBand } from './policy.ts';

/**
 * Completed months from birth to `on`: a month is complete once the day of the month of birth is reached (born on
 * 17 May: 6 months on 17 November, still 5 on the 16th).
 * @param birthDate - the child's birth date
 * @param on - the date the age is taken at
 */
export function ageInMonths(birthDate: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
}

/**
 * The bands whose age range holds a child of `months` months ([from, to) of the policy), in the policy's order.
 * @param months - completed months
 * @param policy - the care policy in force
 */
export function bandsForAge(months: number, policy: CarePolicy): ClassBand[] {
  return CLASS_BANDS.filter((b) => {
    const [from, to] = policy.classes[b].ageMonths;
    return months >= from && months < to;
  });
}

/**
 * The band a waiting list files a child under: the single-age band it fits (infant, toddler-small or toddler-large),
 * else mixed, else null (too young or too old for any class).
 */
export function primaryBand(months: number, policy: CarePolicy): ClassBand | null {
  const fits = bandsForAge(months, policy);
  return fits.find((b) => b !== 'mixed') ?? fits[0] ?? null;
}

/** Whether a class of `band` takes a child of `months` months. */
export function fitsBand(band: ClassBand, months: number, policy: CarePolicy): boolean {
  const [from, to] = policy.classes[band].ageMonths;
  return months >= from && months < to;
}
