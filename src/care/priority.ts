/**
 * The waiting-list priority policy (versioned, configurable): the order in which families waiting for a facility
 * and age band are offered places, and the reasons each family is shown. Defaults (domain.md §2, our defaults where
 * no national rule exists), highest first: a sibling already placed at the facility, a dual-working or single-parent
 * family, resident of the facility's community, shorter walking time, earlier application.
 */
import type { IsoDate } from './dates.ts';

export const PRIORITY_CRITERIA = ['sibling_placed', 'dual_working_or_single_parent', 'resident', 'walk_minutes', 'applied_on'] as const;
export type PriorityCriterion = (typeof PRIORITY_CRITERIA)[number];

export interface PriorityPolicy {
  id: string;
  effectiveFrom: IsoDate;
  source: string;
  /** The criteria, highest priority first; later ones only break ties of earlier ones. */
  order: readonly PriorityCriterion[];
  /** Walking speed for the minutes shown (km/h). */
  walkSpeedKmh: number;
}

export const PRIORITY_POLICY_2026: PriorityPolicy = Object.freeze({
  id: 'cc-waitlist-2026',
  effectiveFrom: '2026-01-01',
  source: '本系统默认值（可由卫健部门配置）：同胞在园、双职工或单亲家庭、本社区居民、步行时间、申请日期',
  order: PRIORITY_CRITERIA,
  walkSpeedKmh: 4,
});

export const PRIORITY_POLICIES: readonly PriorityPolicy[] = [PRIORITY_POLICY_2026];

/** The priority policy in force on a date. */
export function priorityPolicyOn(date: IsoDate, list: readonly PriorityPolicy[] = PRIORITY_POLICIES): PriorityPolicy {
  let chosen = list[0]!;
  for (const p of list) if (p.effectiveFrom <= date) chosen = p;
  return chosen;
}

/** One family waiting at one facility, with the facts the policy reads. */
export interface WaitlistEntry {
  applicationId: string;
  /** A brother or sister (a child of the same guardian) is placed at the facility. */
  siblingPlaced: boolean;
  dualWorking: boolean;
  singleParent: boolean;
  /** The home lies in the facility's community (社区). */
  resident: boolean;
  /** Walking metres from home (null: unknown, ranked last on this criterion). */
  walkMeters: number | null;
  appliedOn: IsoDate;
  /** When the application was made (ISO timestamp), to break ties of the same day. */
  createdAt: string;
}

/** One reason shown to a family: the criterion and what it found. */
export interface PriorityReason {
  criterion: PriorityCriterion;
  /** Whether the criterion counts in the family's favour (walk minutes and dates: always true, the value says more). */
  met: boolean;
  /** Walking minutes, or the application date. */
  value: number | string | null;
}

export interface RankedEntry<E extends WaitlistEntry = WaitlistEntry> {
  entry: E;
  /** 1-based position. */
  position: number;
  reasons: PriorityReason[];
}

const minutes = (m: number | null, kmh: number): number | null => (m === null ? null : Math.round((m / ((kmh * 1000) / 60)) * 10) / 10);

function reasonsOf(e: WaitlistEntry, policy: PriorityPolicy): PriorityReason[] {
  return policy.order.map((criterion): PriorityReason => {
    switch (criterion) {
      case 'sibling_placed':
        return { criterion, met: e.siblingPlaced, value: null };
      case 'dual_working_or_single_parent':
        return { criterion, met: e.dualWorking || e.singleParent, value: e.singleParent ? 'single_parent' : e.dualWorking ? 'dual_working' : null };
      case 'resident':
        return { criterion, met: e.resident, value: null };
      case 'walk_minutes':
        return { criterion, met: e.walkMeters !== null, value: minutes(e.walkMeters, policy.walkSpeedKmh) };
      case 'applied_on':
        return { criterion, met: true, value: e.appliedOn };
    }
  });
}

function compareOn(c: PriorityCriterion, a: WaitlistEntry, b: WaitlistEntry): number {
  switch (c) {
    case 'sibling_placed':
      return Number(b.siblingPlaced) - Number(a.siblingPlaced);
    case 'dual_working_or_single_parent':
      return Number(b.dualWorking || b.singleParent) - Number(a.dualWorking || a.singleParent);
    case 'resident':
      return Number(b.resident) - Number(a.resident);
    case 'walk_minutes':
      if (a.walkMeters === b.walkMeters) return 0;
      if (a.walkMeters === null) return 1;
      if (b.walkMeters === null) return -1;
      return a.walkMeters - b.walkMeters;
    case 'applied_on':
      return a.appliedOn < b.appliedOn ? -1 : a.appliedOn > b.appliedOn ? 1 : 0;
  }
}

/**
 * Orders a facility's waiting list (one age band) by the policy, with each family's position and reasons. Ties
 * after every criterion go to the earlier application (then the id), so the order is total and reproducible.
 * @param entries - the families waiting
 * @param policy - the priority policy version
 */
export function rankWaitlist<E extends WaitlistEntry>(entries: readonly E[], policy: PriorityPolicy): RankedEntry<E>[] {
  const sorted = [...entries].sort((a, b) => {
    for (const c of policy.order) {
      const d = compareOn(c, a, b);
      if (d !== 0) return d;
    }
    if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
    return a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0;
  });
  return sorted.map((entry, i) => ({ entry, position: i + 1, reasons: reasonsOf(entry, policy) }));
}
