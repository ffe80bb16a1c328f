/**
 * Fees (domain.md §6) as a family meets them: the affordable (普惠) cap on a class's monthly fee, the fee after the
 * operating subsidy, and the monthly statement of one child. The rules are not held here: the cap is the one
 * versioned policy of ./fee-cap.ts, the subsidy the one of ./subsidy (the engine the bureaus pay claims with), so what
 * a family is shown and what the facility is paid cannot drift apart. Amounts here are yuan (two decimals), as the
 * families' tables store them; the engines count integer fen.
 */
import { issue, type FieldIssue } from '../shared/errors.ts';
import { datesBetween, isoWeekday, monthStart, nextMonthStart, type IsoDate } from './dates.ts';
import { feeCapFen, feeCapPolicyOn, type FeeCapPolicy } from './fee-cap.ts';
import { shareOf, yuanToFen, type Fen } from './money.ts';
import type { ClassBand } from './policy.ts';
import type { Ownership, ServiceMode, Tier } from './facility.ts';
import { computeOperatingClaims, subsidyPolicyFor, type ChildMonth, type SubsidyPolicy } from './subsidy/index.ts';

/** The versions in force on a day that a family's fees follow. */
export interface FeePolicy {
  /** What records store: the cap's id, and the subsidy's after a '+' (a statement follows both). */
  id: string;
  /** The day the versions were chosen for. */
  on: IsoDate;
  caps: FeeCapPolicy;
  /** null before every subsidy version (none existed then). */
  subsidy: SubsidyPolicy | null;
}

/** The cap and subsidy versions in force on a date (the subsidy's for the date's month). */
export function feePolicyOn(date: IsoDate): FeePolicy {
  const caps = feeCapPolicyOn(date);
  const subsidy = subsidyPolicyFor(date.slice(0, 7));
  return { id: subsidy ? `${caps.id}+${subsidy.id}` : caps.id, on: date, caps, subsidy };
}

const toYuan = (f: Fen): number => f / 100;
const money = (v: number): number => Math.round(v * 100) / 100;

/** The cap on a class's monthly fee in yuan (null: not capped for this ownership). */
export function feeCap(ownership: Ownership, band: ClassBand, policy: FeePolicy): number | null {
  const cap = feeCapFen(policy.caps, ownership, band);
  return cap === null ? null : toYuan(cap);
}

/** A monthly fee against the cap: the issue naming `field`, or null when within it. */
export function checkFeeCap(field: string, fee: number, ownership: Ownership, band: ClassBand, policy: FeePolicy): FieldIssue | null {
  const cap = feeCap(ownership, band, policy);
  if (cap === null || fee <= cap) return null;
  return issue(field, 'fee_over_cap', `an affordable (普惠) facility charges at most ¥${cap} a month for a ${band} class; ¥${fee} is above it (${policy.caps.id})`, { cap, band, fee, policy: policy.caps.id });
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

/** The opening days of a month (its working days at a facility), optionally only those in [from, to). */
export function workingDays(month: IsoDate, openDays: readonly number[], from?: IsoDate, to?: IsoDate | null): IsoDate[] {
  const start = monthStart(month);
  const end = nextMonthStart(month);
  const lo = from && from > start ? from : start;
  const hi = to && to < end ? to : end;
  return lo < hi ? datesBetween(lo, hi).filter((d) => openDays.includes(isoWeekday(d))) : [];
}

/** What the subsidy of a facility's month depends on. */
export interface FacilityTerms {
  tier: Tier;
  ownership: Ownership;
  /** Filed (已备案) with the health bureau: only filed facilities are subsidised. */
  filed: boolean;
}

/** One child's month at the facility, for its statement. */
export interface StatementChild {
  childId: string;
  band: ClassBand;
  /** The placement's monthly fee (¥). */
  monthlyFee: number;
  /** Opening days in the month, those the placement covered, those attended. */
  workingDays: number;
  placedDays: number;
  attendedDays: number;
}

/**
 * The operating subsidy (¥) each child's month earns at one facility, as the bureau's claim engine computes the
 * facility's claim for that month (src/care/subsidy: the attendance share, proration, never above the fee, and a fee
 * above the cap — any child's — disqualifying the facility's month). A child placed at two facilities in a month is
 * judged here with this facility's children only.
 * @param month - the month's first day
 */
export function monthSubsidies(month: IsoDate, facility: FacilityTerms, children: readonly StatementChild[], policy: FeePolicy): Map<string, number> {
  const out = new Map<string, number>();
  if (children.length === 0) return out;
  const id = 'facility';
  const months: ChildMonth[] = children.map((c) => ({
    childId: c.childId,
    facilityId: id,
    month: month.slice(0, 7),
    workingDays: c.workingDays,
    placedDays: Math.min(c.placedDays, c.workingDays),
    // days attended outside the placed working days (a Saturday event) do not count towards the share
    attendedDays: Math.min(c.attendedDays, c.placedDays, c.workingDays),
    monthlyFeeFen: yuanToFen(c.monthlyFee),
    band: c.band,
  }));
  const [claim] = computeOperatingClaims(months, [{ facilityId: id, ...facility }], { subsidy: policy.subsidy ? [policy.subsidy] : [], feeCaps: [policy.caps] });
  for (const l of claim?.lines ?? []) out.set(l.childId, toYuan(l.amountFen));
  return out;
}

/** The monthly fee a family pays after the subsidy, where a full month's place earns one (shown in search results). */
export function feeAfterSubsidy(facility: FacilityTerms, fee: number, band: ClassBand, policy: FeePolicy): number {
  const one = monthSubsidies(monthStart(policy.on), facility, [{ childId: 'c', band, monthlyFee: fee, workingDays: 1, placedDays: 1, attendedDays: 1 }], policy);
  return money(Math.max(0, fee - (one.get('c') ?? 0)));
}

export interface StatementInput {
  /** The placement's monthly fee (null: no placement in the month, only hourly care). */
  monthlyFee: number | null;
  workingDays: number;
  placedDays: number;
  /** The month's subsidy for the child (monthSubsidies). */
  subsidy: number;
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


/** A child's monthly statement: the fee prorated by placed working days (as the engine prorates), less the subsidy, plus temporary and hourly care. */
export function statementAmounts(s: StatementInput): StatementAmounts {
  const fee = s.monthlyFee === null || s.workingDays === 0 ? 0 : toYuan(shareOf(yuanToFen(s.monthlyFee), Math.min(s.placedDays, s.workingDays), s.workingDays));
  const subsidy = money(Math.min(fee, s.subsidy));
  const hourlyCare = money(s.hourlyCare);
  return { fee, subsidy, hourlyCare, amountDue: money(fee - subsidy + hourlyCare) };
}
