/** Offers as the caller may see them (a family: its children's; a director: its facility's). */
import { sql } from 'kysely';
import { col, type Access } from '../../access/scope.ts';
import type { Kx } from '../../pool.ts';
import { money } from './common.ts';

export interface OfferView {
  id: string;
  applicationId: string;
  childId: string;
  childName: string;
  facilityId: string;
  facilityName: string;
  classId: string;
  className: string;
  band: string;
  mode: 'full_day' | 'half_day';
  startDate: string;
  monthlyFee: number;
  expiresAt: string;
  status: 'open' | 'accepted' | 'declined' | 'expired' | 'withdrawn';
  /** Offered on automatically from the waiting list (no director involved). */
  automatic: boolean;
  placementId: string | null;
  createdAt: string;
}

/**
 * The offers matching a filter that the caller may read, newest first (no audit here: the caller's read is
 * audited by the repository method that answers).
 */
export async function listOffers(k: Kx, access: Access, filter: { id?: string; applicationIds?: readonly string[]; childId?: string; facilityId?: string; status?: string }): Promise<OfferView[]> {
  if (filter.applicationIds && filter.applicationIds.length === 0) return [];
  const scope = access.where('offer', 'read', { child: col('a.child_id'), facility: col('o.facility_id') });
  let q = k
    .selectFrom('offers as o')
    .innerJoin('applications as a', 'a.id', 'o.application_id')
    .innerJoin('children as ch', 'ch.id', 'a.child_id')
    .innerJoin('facilities as f', 'f.id', 'o.facility_id')
    .innerJoin('classes as k', 'k.id', 'o.class_id')
    .select([
      'o.id',
      'o.application_id',
      'a.child_id',
      sql<string>`ch.family_name || ch.given_name`.as('childName'),
      'o.facility_id',
      'f.name as facilityName',
      'o.class_id',
      'k.name as className',
      'k.band',
      'o.mode',
      'o.start_date',
      'o.monthly_fee',
      'o.expires_at',
      'o.status',
      'o.made_by',
      'o.placement_id',
      'o.created_at',
    ])
    .where(scope);
  if (filter.id) q = q.where('o.id', '=', filter.id);
  if (filter.applicationIds) q = q.where('o.application_id', 'in', [...filter.applicationIds]);
  if (filter.childId) q = q.where('a.child_id', '=', filter.childId);
  if (filter.facilityId) q = q.where('o.facility_id', '=', filter.facilityId);
  if (filter.status) q = q.where('o.status', '=', filter.status);
  const rows = await q.orderBy('o.created_at', 'desc').orderBy('o.id').execute();
  return rows.map((r) => ({
    id: r.id,
    applicationId: r.application_id,
    childId: r.child_id,
    childName: r.childName,
    facilityId: r.facility_id,
    facilityName: r.facilityName,
    classId: r.class_id,
    className: r.className,
    band: r.band,
    mode: r.mode as OfferView['mode'],
    startDate: r.start_date,
    monthlyFee: money(r.monthly_fee),
    expiresAt: r.expires_at.toISOString(),
    status: r.status as OfferView['status'],
    automatic: r.made_by === null,
    placementId: r.placement_id,
    createdAt: r.created_at.toISOString(),
  }));
}
