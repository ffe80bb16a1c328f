/** The inputs and outputs of the subsidy engine: children-months in, per-facility claims with traced lines out. */
import type { Ownership, Tier } from '../facility.ts';
import type { Fen } from '../money.ts';
import type { ClassBand } from '../policy.ts';

/** One child's month at one facility (the unit every subsidy figure traces back to). */
export interface ChildMonth {
  childId: string;
  facilityId: string;
  /** yyyy-mm */
  month: string;
  /** The facility's working (opening) days in the month. */
  workingDays: number;
  /** Of those, the days the child was placed there. */
  placedDays: number;
  /** Of those, the days the child attended. */
  attendedDays: number;
  /** The placement's monthly fee, in fen. */
  monthlyFeeFen: Fen;
  /** The band of the child's class (the fee cap is per band). */
  band: ClassBand;
}

/** What the engine needs to know of a facility in a month. */
export interface FacilityFacts {
  facilityId: string;
  ownership: Ownership;
  tier: Tier;
  /** Filed (已备案) with the health bureau. */
  filed: boolean;
}

/** Why a child-month earns nothing (or less than the full rate). */
export const LINE_REASONS = [
  'no_policy', // the month is before every subsidy policy
  'ownership_not_eligible', // market-priced facilities receive no operating subsidy
  'not_filed', // the facility has not filed (备案)
  'no_working_days', // the facility had no working day in the month
  'not_placed', // the child was placed on none of the working days
  'below_attendance', // attended fewer days than the policy's share
  'fee_over_cap', // the child's own fee is above the affordable cap
  'facility_over_cap', // another child's fee at the facility that month is above the cap
  'paid_elsewhere', // the child earns the month at another facility
] as const;
export type LineReason = (typeof LINE_REASONS)[number];

/** One line of a claim: a child-month with what it earns and why. */
export interface ClaimLine extends ChildMonth {
  subsidyPolicyId: string | null;
  feeCapPolicyId: string;
  /** The cap on this band's fee (null: not capped). */
  capFen: Fen | null;
  /** The full monthly rate for this facility's tier. */
  rateFen: Fen;
  amountFen: Fen;
  eligible: boolean;
  reasons: LineReason[];
}

/** A facility's operating-subsidy claim for one month. */
export interface FacilityClaim {
  facilityId: string;
  month: string;
  subsidyPolicyId: string | null;
  feeCapPolicyId: string;
  /** Some child's fee was above the cap: the facility earns nothing that month. */
  overCap: boolean;
  children: number;
  eligibleChildren: number;
  totalFen: Fen;
  /** One per child-month, ordered by child id. */
  lines: ClaimLine[];
}
