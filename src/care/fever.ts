/**
 * The fever rule (发热处理): a reading at or above the flag threshold (default 37.3 °C) asks for a recheck after a few
 * minutes; a recheck above the send-home threshold (default > 37.5 °C) confirms fever — the child is sent home and the
 * guardian told at once; a recheck that still flags fever without confirming it is observed and rechecked again; a
 * normal recheck resolves it. Thresholds are the daily-care policy's (domain.md §3, 托儿所幼儿园卫生保健工作规范).
 * Pure: the caller hands in the reading and the state of the day.
 */
import type { DailyCarePolicy } from './daily-policy.ts';

export interface TemperatureReading {
  /** When it was taken (ms since the epoch). */
  at: number;
  temperatureC: number;
}

/** What is open for the child today. */
export interface FeverState {
  /** A flagged reading awaiting its recheck: when it was taken and when the recheck is due (ms). */
  pendingRecheck: { flaggedAt: number; dueAt: number } | null;
  /** Fever already confirmed today (the child is being sent home). */
  confirmed: boolean;
}

export type FeverAction = 'none' | 'recheck' | 'observe' | 'send_home' | 'resolved';

export interface FeverAssessment {
  /** Whether this reading is at or above the flag threshold. */
  fever: boolean;
  /** What the carer does next. */
  action: FeverAction;
  /** This reading answers a pending recheck. */
  recheck: boolean;
  /** When the (next) recheck is due (ms), for recheck and observe. */
  recheckDueAt: number | null;
  policyId: string;
}

/**
 * Assesses one temperature reading.
 * @param r - the reading
 * @param state - the child's fever state today before this reading
 * @param policy - the daily-care policy version
 */
export function assessTemperature(r: TemperatureReading, state: FeverState, policy: DailyCarePolicy): FeverAssessment {
  const f = policy.fever;
  const fever = r.temperatureC >= f.flagAtC;
  const base = { fever, policyId: policy.id };
  if (state.confirmed) return { ...base, action: 'none', recheck: false, recheckDueAt: null };
  const pending = state.pendingRecheck;
  if (pending) {
    // A reading taken before the recheck is due does not answer it (the child may have just come in from the cold
    // or from running about): the recheck stays due.
    if (r.at < pending.flaggedAt + f.recheckAfterMinutes * 60_000) return { ...base, action: 'recheck', recheck: false, recheckDueAt: pending.dueAt };
    if (r.temperatureC > f.sendHomeAboveC) return { ...base, action: 'send_home', recheck: true, recheckDueAt: null };
    if (fever) return { ...base, action: 'observe', recheck: true, recheckDueAt: r.at + f.observeAgainMinutes * 60_000 };
    return { ...base, action: 'resolved', recheck: true, recheckDueAt: null };
  }
  if (fever) return { ...base, action: 'recheck', recheck: false, recheckDueAt: r.at + f.recheckAfterMinutes * 60_000 };
  return { ...base, action: 'none', recheck: false, recheckDueAt: null };
}
