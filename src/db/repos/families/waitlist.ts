/**
 * The waiting list of a facility: the open applications naming it, filed under the age band of each child at its
 * start date and ordered by the versioned priority policy (src/care/priority.ts). Positions are derived from the
 * rows every time (never stored), so a changed policy or a family's change reorders at once; a family sees only its
 * own position and reasons, a director the facility's whole list.
 */
import { sql } from 'kysely';
import { ageInMonths, primaryBand } from '../../../care/age.ts';
import { policyOn, type ClassBand } from '../../../care/policy.ts';
import { priorityPolicyOn, rankWaitlist, type PriorityReason, type WaitlistEntry } from '../../../care/priority.ts';
import type { Kx } from '../../pool.ts';

export interface WaitlistRow extends WaitlistEntry {
  childId: string;
  facilityId: string;
  birthDate: string;
  startDate: string;
  mode: 'full_day' | 'half_day';
  /** The family's rank of this facility among its choices (1–3). */
  choiceRank: number;
  choiceStatus: 'waiting' | 'offered';
  /** The band the child is filed under (null: no band fits at the start date). */
  band: ClassBand | null;
}

export interface Placing {
  position: number;
  /** Families in the same band's list. */
  of: number;
  band: ClassBand | null;
  policyId: string;
  reasons: PriorityReason[];
}

/**
 * The ranked waiting list of one facility (every band), with the policy in force today.
 * @param today - the city's date
 */
export async function waitlistAt(k: Kx, facilityId: string, today: string): Promise<Array<{ row: WaitlistRow; placing: Placing }>> {
  const rows = await k
    .selectFrom('application_choices as c')
    .innerJoin('applications as a', 'a.id', 'c.application_id')
    .innerJoin('children as ch', 'ch.id', 'a.child_id')
    .select([
      'a.id as applicationId',
      'a.child_id as childId',
      'c.facility_id as facilityId',
      'ch.birth_date as birthDate',
      'a.start_date as startDate',
      'a.mode',
      'c.rank as choiceRank',
      'c.status as choiceStatus',
      'a.dual_working as dualWorking',
      'a.single_parent as singleParent',
      'c.resident',
      'c.walk_meters as walkMeters',
      'a.applied_on as appliedOn',
      sql<string>`to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('createdAt'),
      sql<boolean>`EXISTS (
        SELECT 1 FROM child_guardians g1
        JOIN child_guardians g2 ON g2.user_id = g1.user_id AND g2.child_id <> g1.child_id
        JOIN placements p ON p.child_id = g2.child_id AND p.facility_id = c.facility_id
        WHERE g1.child_id = a.child_id AND (upper_inf(p.during) OR upper(p.during) > GREATEST(a.start_date, current_date)))`.as('siblingPlaced'),
    ])
    .where('c.facility_id', '=', facilityId)
    .where('c.status', 'in', ['waiting', 'offered'])
    .where('a.status', '=', 'open')
    .execute();
  const policy = priorityPolicyOn(today);
  const care = policyOn(today);
  const byBand = new Map<string, WaitlistRow[]>();
  for (const r of rows) {
    const band = primaryBand(ageInMonths(r.birthDate, r.startDate > today ? r.startDate : today), care);
    const row: WaitlistRow = { ...r, mode: r.mode as WaitlistRow['mode'], choiceStatus: r.choiceStatus as WaitlistRow['choiceStatus'], band };
    const key = band ?? '';
    byBand.set(key, [...(byBand.get(key) ?? []), row]);
  }
  const out: Array<{ row: WaitlistRow; placing: Placing }> = [];
  for (const list of byBand.values()) {
    const ranked = rankWaitlist(list, policy);
    for (const r of ranked) out.push({ row: r.entry, placing: { position: r.position, of: ranked.length, band: r.entry.band, policyId: policy.id, reasons: r.reasons } });
  }
  return out;
}
