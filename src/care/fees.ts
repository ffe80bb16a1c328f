/**
 * Fees (domain.md §6): the affordable (普惠) price caps per class band, the operating subsidy per child and month,
 * and the monthly statement of one child. A versioned policy: a city sets its own caps and subsidy; records store
 * the policy id they were computed with, so a changed policy can be recomputed and compared.
 *
 * Defaults: caps ¥2,100 (乳儿班) / ¥1,700 (托小班) / ¥1,400 (托大班) a month as one city's rules set them; 混合班
 * (≥ 18 months) takes the 托小班 cap (our default). The subsidy follows Shanxi's ¥500 per child and month for
 * independent institutions and ¥300 for kindergarten toddler classes, for public and affordable facilities whose fee
 * keeps the cap, when the child attended at least half of the working days it was placed; families see the fee after
 * it (our default: the facility passes it on).
 */
import { issue, type FieldIssue } from '../shared/errors.ts';
import { datesBetween, isoWeekday, monthStart, nextMonthStart, type IsoDate } from './dates.ts';
import type { ClassBand } from './policy.ts';
import type { Ownership, ServiceMode, Tier } from './facility.ts';

export interface FeePolicy {
  id: string;
  effectiveFrom: IsoDate;
  source: string;
  /** Highest monthly fee (¥) of an affordable facility's class, per band (any monthly mode). */
  affordableCaps: Readonly<Record<ClassBand, number>>;
  /** Ownerships whose fees the caps bind. */
  cappedOwnerships: readonly Ownership[];
  /** Monthly operating subsidy per child (¥): kindergarten toddler classes, and every other (independent) facility. */
  subsidy: { kindergartenClass: number; independent: number };
  /** Ownerships that receive the subsidy (when their fee keeps the cap). */
  subsidisedOwnerships: readonly Ownership[];
  /** Share of the placed working days a child must attend for the month's subsidy. */
  subsidyMinAttendance: number;
}

export const FEE_POLICY_2026: FeePolicy = Object.freeze<FeePolicy>({
  id: 'cc-fees-shanxi-2026',
  effectiveFrom: '2026-01-01',
  source: '普惠托育收费上限参照地方规定（乳儿班2100/托小班1700/托大班1400元/月）；山西省运营补贴500元（独立机构）/300元（幼儿园托班）每人每月',
  affordableCaps: Object.freeze({ infant: 2100, toddler_small: 1700, toddler_large: 1400, mixed: 1700 }),
  cappedOwnerships: ['affordable'],
  subsidy: { kindergartenClass: 300, independent: 500 },
  subsidisedOwnerships: ['public', 'affordable'],
  subsidyMinAttendance: 0.5,
});

export const FEE_POLICIES: readonly FeePolicy[] = [FEE_POLICY_2026];

/** The fee policy in force on a date. */
export function feePolicyOn(date: IsoDate, list: readonly FeePolicy[] = FEE_POLICIES): FeePolicy {
  let chosen = list[0]!;
  for (const p of list) if (p.effectiveFrom <= date) chosen = p;
  return chosen;
}

/** The cap on a class's monthly fee (null: not capped for this ownership). */
export function feeCap(ownership: Ownership, band: ClassBand, policy: FeePolicy): number | null {
  return policy.cappedOwnerships.includes(ownership) ? policy.affordableCaps[band] : null;
}

/** A monthly fee against the cap: the issue naming `field`, or null when within it. */
export function checkFeeCap(field: string, fee: number, ownership: Ownership, band: ClassBand, policy: FeePolicy): FieldIssue | null {
  const cap = feeCap(ownership, band, policy);
  if (cap === null || fee <= cap) return null;
  return issue(field, 'fee_over_cap', `an affordable (普惠) facility charges at most ¥${cap} a month for a ${band} class; ¥${fee} is above it (${policy.id})`, { cap, band, fee, policy: policy.id });
}

/** What the fee-cap check of a facility reads: its ownership, monthly prices and the classes those prices apply to. */
export interface FacilityFees {
  ownership: Ownership;
  services: ReadonlyArray<{ mode: ServiceMode; price: number; unit: string }>;
  /** The classes, with the modes for which the class has a fee of its own (the listed price does not apply there). */
  classes: ReadonlyArray<{ band: ClassBand; ownFees?: readonly ServiceMode[] }>;
}

/**
 * Checks a facility's listed monthly prices against the caps of the classes they apply to (a class with a fee of its
 * own for that mode is checked where that fee is set). Each problem names `services.N.price`.
 */
export function checkFacilityFees(f: FacilityFees, policy: FeePolicy): FieldIssue[] {
  const out: FieldIssue[] = [];
  f.services.forEach((s, i) => {
    if (s.unit !== 'month') return;
    const applies = f.classes.filter((c) => !c.ownFees?.includes(s.mode));
    let worst: FieldIssue | null = null;
    for (const c of applies) {
      const bad = checkFeeCap(`services.${i}.price`, s.price, f.ownership, c.band, policy);
      if (bad && (!worst || Number(bad.params!.cap) < Number(worst.params!.cap))) worst = bad;
    }
    if (worst) out.push(worst);
  });
  return out;
}

/** The monthly operating subsidy a child's place earns at a facility (before the attendance condition). */
export function subsidyAmount(tier: Tier, ownership: Ownership, fee: number, band: ClassBand, policy: FeePolicy): number {
  if (!policy.subsidisedOwnerships.includes(ownership)) return 0;
  const cap = policy.affordableCaps[band];
  if (fee > cap) return 0;
  return tier === 'kindergarten_class' ? policy.subsidy.kindergartenClass : policy.subsidy.independent;
}

/** The opening days of a month (its working days at a facility), optionally only those in [from, to). */
export function workingDays(month: IsoDate, openDays: readonly number[], from?: IsoDate, to?: IsoDate | null): IsoDate[] {
  const start = monthStart(month);
  const end = nextMonthStart(month);
  const lo = from && from > start ? from : start;
  const hi = to && to < end ? to : end;
  return lo < hi ? datesBetween(lo, hi).filter((d) => openDays.includes(isoWeekday(d))) : [];
}

export interface StatementInput {
  tier: Tier;
  ownership: Ownership;
  band: ClassBand;
  /** The placement's monthly fee (null: no placement in the month, only hourly care). */
  monthlyFee: number | null;
  /** Opening days in the month, and those the placement covered. */
  workingDays: number;
  placedDays: number;
  /** Days attended (attendance, or until daily care records it: the placed days so far). */
  attendedDays: number;
  /** What temporary and hourly bookings in the month cost (charges included). */
  hourlyCare: number;
}

export interface StatementAmounts {
  /** The monthly fee, for the share of the month's working days the child was placed. */
  fee: number;
  subsidy: number;
  hourlyCare: number;
  amountDue: number;
}

const money = (v: number): number => Math.round(v * 100) / 100;

/**
 * A child's monthly statement: the fee prorated by placed working days, less the operating subsidy when the child
 * attended at least the policy's share of its placed days, plus temporary and hourly care.
 */
export function statementAmounts(s: StatementInput, policy: FeePolicy): StatementAmounts {
  const share = s.workingDays > 0 ? s.placedDays / s.workingDays : 0;
  const fee = s.monthlyFee === null ? 0 : money(s.monthlyFee * share);
  let subsidy = 0;
  if (s.monthlyFee !== null && s.placedDays > 0 && s.attendedDays >= policy.subsidyMinAttendance * s.placedDays) {
    subsidy = Math.min(fee, money(subsidyAmount(s.tier, s.ownership, s.monthlyFee, s.band, policy) * share));
  }
  const hourlyCare = money(s.hourlyCare);
  return { fee, subsidy, hourlyCare, amountDue: money(fee - subsidy + hourlyCare) };
}

/** The monthly fee a family pays after the subsidy, where the place earns one (shown in search results). */
export function feeAfterSubsidy(tier: Tier, ownership: Ownership, fee: number, band: ClassBand, policy: FeePolicy): number {
  return money(Math.max(0, fee - subsidyAmount(tier, ownership, fee, band, policy)));
}
