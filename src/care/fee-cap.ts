/**
 * The affordable (普惠) fee cap (domain.md §6): the highest monthly fee a capped facility may charge for a place in
 * a class of each band. ONE versioned policy, read by everything that needs the cap: the families' side ("an
 * affordable facility cannot set a fee above its policy's cap") and the subsidy engine (src/care/subsidy: a fee above
 * the cap disqualifies the facility's operating subsidy for that month). Amounts are integer fen.
 *
 * Defaults: ¥2,100 (乳儿班) / ¥1,700 (托小班) / ¥1,400 (托大班) a month, as one city's rules set them; 混合班 (≥ 18
 * months) takes the 托小班 cap (our default: its children are mostly of that band's age). The caps bind affordable
 * facilities; public (公办) fees are set by the price authority and market-priced ones are free. A city publishes its
 * own version with its own effective date; records say which version they were checked against.
 */
import { AppError } from '../shared/errors.ts';
import type { Ownership } from './facility.ts';
import { yuan, type Fen } from './money.ts';
import { CLASS_BANDS, type ClassBand } from './policy.ts';

export interface FeeCapPolicy {
  /** Stable identifier, stored with what was checked against it. */
  id: string;
  /** First day it applies (ISO yyyy-mm-dd). */
  effectiveFrom: string;
  source: string;
  /** Highest monthly fee per band (any monthly mode: full-day or half-day), in fen. */
  capsFen: Readonly<Record<ClassBand, Fen>>;
  /** Ownerships the caps bind. */
  cappedOwnerships: readonly Ownership[];
}

/** The default caps (verify against the city's own price rules). */
export const FEE_CAPS_DEFAULT: FeeCapPolicy = Object.freeze<FeeCapPolicy>({
  id: 'cc-fee-caps-2024',
  effectiveFrom: '2024-01-01',
  source: '普惠托育收费上限参照地方规定：乳儿班2100元/月、托小班1700元/月、托大班1400元/月（混合班按托小班）',
  capsFen: Object.freeze({ infant: yuan(2100), toddler_small: yuan(1700), toddler_large: yuan(1400), mixed: yuan(1700) }),
  cappedOwnerships: Object.freeze(['affordable'] as const),
});

/** Versions known to the system, oldest first. */
export const FEE_CAP_POLICIES: readonly FeeCapPolicy[] = Object.freeze([FEE_CAPS_DEFAULT]);

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The fee-cap version in force on a date (the latest whose effective date is on or before it; the first one before
 * any effective date, so a date before every version is checked against the oldest).
 * @param date - ISO yyyy-mm-dd
 * @param versions - the versions, any order
 */
export function feeCapPolicyOn(date: string, versions: readonly FeeCapPolicy[] = FEE_CAP_POLICIES): FeeCapPolicy {
  if (!ISO_DATE.test(date)) throw new AppError('invalid', `not a date: ${date}`, { field: 'date', code: 'invalid_date' });
  if (versions.length === 0) throw new AppError('invalid', 'no fee-cap policy is defined', { field: 'policy', code: 'required' });
  const sorted = [...versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.id.localeCompare(b.id));
  let chosen = sorted[0]!;
  for (const p of sorted) if (p.effectiveFrom <= date) chosen = p;
  return chosen;
}

/**
 * The cap on a monthly fee for a place in a class of `band` at a facility of `ownership` (null: not capped).
 * @param policy - the version in force
 */
export function feeCapFen(policy: FeeCapPolicy, ownership: Ownership, band: ClassBand): Fen | null {
  if (!CLASS_BANDS.includes(band)) throw new AppError('invalid', `unknown class band ${band}`, { field: 'band', code: 'invalid_choice', params: { options: CLASS_BANDS.join('|') } });
  return policy.cappedOwnerships.includes(ownership) ? policy.capsFen[band] : null;
}

/** What a check of one monthly fee against the cap found. */
export interface FeeCapCheck {
  /** The cap (null: this ownership is not capped). */
  capFen: Fen | null;
  /** Whether the fee is above the cap. */
  over: boolean;
  policyId: string;
}

/**
 * Checks a monthly fee against the cap: a fee equal to the cap keeps it.
 * @param policy - the version in force
 * @param ownership - the facility's ownership
 * @param band - the class band of the place
 * @param monthlyFeeFen - the monthly fee, in fen
 */
export function checkFeeCap(policy: FeeCapPolicy, ownership: Ownership, band: ClassBand, monthlyFeeFen: Fen): FeeCapCheck {
  const capFen = feeCapFen(policy, ownership, band);
  return { capFen, over: capFen !== null && monthlyFeeFen > capFen, policyId: policy.id };
}
