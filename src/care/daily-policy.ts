/**
 * The versioned daily-care policy (一日生活与卫生保健): fever thresholds and the recheck, absence follow-up, the
 * outbreak (cluster) rule, outdoor time, publishing of meals and naps, and the carer ratios the live ratio checks.
 * Defaults from 《托儿所幼儿园卫生保健工作规范》(2012), WS/T 821-2023 7.4.3 (absence follow-up) and
 * 《学校和托幼机构传染病疫情报告工作规范》(cluster reporting, verify); every number is a default a city may change by
 * publishing its own version, and each alert records the version it was raised under.
 */
import { NATIONAL_POLICY_2019, type CarePolicy, type ClassBand } from './policy.ts';

/** Symptoms a morning or noon check (or a sick absence) records. */
export const SYMPTOMS = ['fever', 'cough', 'runny_nose', 'sore_throat', 'vomiting', 'diarrhoea', 'rash', 'mouth_blisters', 'red_eyes', 'other'] as const;
export type Symptom = (typeof SYMPTOMS)[number];

/** Groups of symptoms that make cases "similar" for the cluster rule (症状相似). */
export const SYNDROMES = ['fever', 'respiratory', 'gastrointestinal', 'rash', 'conjunctivitis'] as const;
export type Syndrome = (typeof SYNDROMES)[number];

export interface DailyCarePolicy {
  /** Stable identifier, stored with every alert raised under it. */
  id: string;
  effectiveFrom: string;
  source: string;
  fever: {
    /** A reading at or above this flags fever and asks for a recheck (°C). */
    flagAtC: number;
    /** A recheck above this confirms fever: the child is sent home and the guardian told at once (°C). */
    sendHomeAboveC: number;
    /** Minutes after a flagged reading when the recheck is due. */
    recheckAfterMinutes: number;
    /** A recheck that still flags fever without confirming it: the next recheck after this many minutes. */
    observeAgainMinutes: number;
    /** Plausible readings (°C); outside is a typing or device error. */
    plausibleC: readonly [number, number];
  };
  absence: {
    /** Local time by which an expected child without notice is followed up (HH:MM). */
    followUpAt: string;
  };
  outbreak: {
    /** Similar cases in one class on one day that make a cluster. */
    sameDayCases: number;
    /** ... or this many within `windowDays` consecutive days. */
    windowCases: number;
    windowDays: number;
    /** Hours the facility has to report to the CDC / district health bureau. */
    reportWithinHours: number;
    syndromeOf: Readonly<Record<Symptom, Syndrome | null>>;
  };
  outdoor: {
    /** Outdoor minutes a full-day child should get (weather permitting). */
    fullDayMinutes: number;
    /** Local time of the reminder when a class is short (HH:MM). */
    remindAt: string;
  };
  publishing: {
    /** Kinds a facility may choose to publish to parents at the end of the day instead of live. */
    deferrable: readonly string[];
    /** Default local time of the end-of-day publishing (HH:MM). */
    endOfDayAt: string;
  };
  /** Class caps and carer ratios (the registry's policy). */
  classes: CarePolicy;
}

/** The defaults of domain.md §3. */
export const DAILY_CARE_2012: DailyCarePolicy = Object.freeze({
  id: 'cn-daily-care-2012',
  effectiveFrom: '2012-05-09',
  source: '托儿所幼儿园卫生保健工作规范（2012）；WS/T 821-2023 7.4.3；学校和托幼机构传染病疫情报告工作规范',
  fever: { flagAtC: 37.3, sendHomeAboveC: 37.5, recheckAfterMinutes: 5, observeAgainMinutes: 30, plausibleC: [34, 43] as const },
  absence: { followUpAt: '09:30' },
  outbreak: {
    sameDayCases: 3,
    windowCases: 5,
    windowDays: 3,
    reportWithinHours: 24,
    syndromeOf: Object.freeze({
      fever: 'fever',
      cough: 'respiratory',
      sore_throat: 'respiratory',
      runny_nose: null,
      vomiting: 'gastrointestinal',
      diarrhoea: 'gastrointestinal',
      rash: 'rash',
      mouth_blisters: 'rash',
      red_eyes: 'conjunctivitis',
      other: null,
    }),
  },
  outdoor: { fullDayMinutes: 120, remindAt: '15:00' },
  publishing: { deferrable: ['meal', 'water', 'nap_start', 'nap_end'], endOfDayAt: '17:00' },
  classes: NATIONAL_POLICY_2019,
});

/** Versions known to the system, oldest first. */
export const DAILY_CARE_POLICIES: readonly DailyCarePolicy[] = [DAILY_CARE_2012];

/**
 * The version with the given id, or the newest one in force on `date` when no id is given.
 * @param idOrDate - a policy id, or an ISO date
 */
export function dailyCarePolicy(idOrDate?: string): DailyCarePolicy {
  const byId = DAILY_CARE_POLICIES.find((p) => p.id === idOrDate);
  if (byId) return byId;
  if (!idOrDate || !/^\d{4}-\d{2}-\d{2}$/.test(idOrDate)) return DAILY_CARE_POLICIES[DAILY_CARE_POLICIES.length - 1]!;
  let chosen = DAILY_CARE_POLICIES[0]!;
  for (const p of DAILY_CARE_POLICIES) if (p.effectiveFrom <= idOrDate) chosen = p;
  return chosen;
}

/** Children per carer for a class band (family points: their own ratio). */
export function childrenPerCarer(policy: DailyCarePolicy, band: ClassBand, familyPoint = false): number {
  return familyPoint ? policy.classes.familyPointChildrenPerCarer : policy.classes.classes[band].childrenPerCarer;
}

/** Minutes since local midnight of an HH:MM time. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}
