/**
 * Versioned childcare policy: national class caps and carer ratios (《托育机构设置标准（试行）》,
 * 《托育机构管理规范（试行）》国卫人口发〔2019〕58号; family points: 《家庭托育点管理办法（试行）》2023).
 * Every number here is a default of a configurable policy, never a constant elsewhere in code: a local health
 * bureau (卫健委) may publish its own version, and records say which version they were checked against.
 */

/** Class bands (班型). */
export const CLASS_BANDS = ['infant', 'toddler_small', 'toddler_large', 'mixed'] as const;
export type ClassBand = (typeof CLASS_BANDS)[number];

/** The Chinese names, for messages and exports. */
export const CLASS_BAND_ZH: Record<ClassBand, string> = {
  infant: '乳儿班',
  toddler_small: '托小班',
  toddler_large: '托大班',
  mixed: '混合班',
};

export interface ClassRule {
  /** Maximum children in one class (班额). */
  maxChildren: number;
  /** Minimum carers per child expressed as children per carer (1 : n). */
  childrenPerCarer: number;
  /** Age range in months, [from, to). */
  ageMonths: readonly [number, number];
}

export interface CarePolicy {
  /** Stable identifier, stored with what was checked against it. */
  id: string;
  /** Date the version took effect (ISO). */
  effectiveFrom: string;
  source: string;
  classes: Readonly<Record<ClassBand, ClassRule>>;
  /** A family point (家庭托育点) takes at most this many children in all. */
  familyPointMaxChildren: number;
  familyPointChildrenPerCarer: number;
}

/** The national defaults of 2019 (family-point rule of 2023). */
export const NATIONAL_POLICY_2019: CarePolicy = Object.freeze({
  id: 'cn-national-2019',
  effectiveFrom: '2019-10-08',
  source: '国卫人口发〔2019〕58号；家庭托育点管理办法（试行）2023',
  classes: Object.freeze({
    infant: { maxChildren: 10, childrenPerCarer: 3, ageMonths: [6, 12] as const },
    toddler_small: { maxChildren: 15, childrenPerCarer: 5, ageMonths: [12, 24] as const },
    toddler_large: { maxChildren: 20, childrenPerCarer: 7, ageMonths: [24, 36] as const },
    mixed: { maxChildren: 18, childrenPerCarer: 5, ageMonths: [18, 36] as const },
  }),
  familyPointMaxChildren: 5,
  familyPointChildrenPerCarer: 3,
});

/** Policy versions known to the system, newest last. */
export const POLICIES: readonly CarePolicy[] = [NATIONAL_POLICY_2019];

/** The policy in force on a date (ISO yyyy-mm-dd); the first version applies before any effective date. */
export function policyOn(date: string, policies: readonly CarePolicy[] = POLICIES): CarePolicy {
  let chosen = policies[0]!;
  for (const p of policies) if (p.effectiveFrom <= date) chosen = p;
  return chosen;
}

/** Planning targets (configurable; the national target of 4.5 places per 1,000 residents by 2025). */
export const PLANNING_POLICY = Object.freeze({
  id: 'cn-national-2025',
  placesPer1000Target: 4.5,
  walkMinutes: 15,
  walkSpeedKmh: 4,
});
