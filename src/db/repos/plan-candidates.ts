/**
 * The candidate sites of site planning as one query: derived candidates of the synthetic demo city and stored ones
 * (uploads, shared rows), unioned into a `c` CTE with the same columns, for the plan repository to filter and page.
 *
 * Derived candidates are computed from `residential_compounds` rows marked synthetic (never from real data, where they
 * would be invented): one vacant community service room (社区用房) per community with children 0–3, at its compound
 * with the most children (20 places), and one kindergarten with spare rooms (幼儿园空余教室) per street, at the street's
 * most populous compound (30 places). Their ids are stable (md5 of the compound id), so saved scenarios keep pointing
 * at them. They are derived here rather than written by the demo generator so that the generator's golden digests
 * do not change.
 */
import { sql } from 'kysely';
import type { Kx } from '../pool.ts';

/** Kinds of candidate site. */
export const CANDIDATE_KINDS = ['community_room', 'kindergarten', 'uploaded', 'other'] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

/**
 * The `c` CTE of every candidate visible to `ownerId` (uploads are their uploader's; rows without owner are shared).
 * @param k - the pool's or a transaction's query builder
 * @param ownerId - the caller's user id (null: shared rows only)
 */
export function candidatesCte(k: Kx, ownerId: string | null) {
  return k
    .with('kids', (db) =>
      db
        .selectFrom('residential_compounds as rc')
        .select(['rc.id', 'rc.name', 'rc.kind', 'rc.division_id', 'rc.street_id', 'rc.community_id', 'rc.lng', 'rc.lat', 'rc.residents'])
        .select(sql<number>`rc.children_age0 + rc.children_age1 + rc.children_age2`.as('children'))
        .where('rc.synthetic', '=', true),
    )
    .with('rooms', (db) =>
      db
        .selectFrom('kids as k')
        .leftJoin('divisions as cd', 'cd.id', 'k.community_id')
        .distinctOn('k.community_id')
        .select([
          sql<string>`md5('room:' || k.id::text)::uuid::text`.as('id'),
          sql<string>`coalesce(cd.name, '') || CASE WHEN cd.name LIKE '%村' THEN '委会闲置用房' WHEN k.kind = 'village' THEN '村委会闲置用房'
            WHEN cd.name LIKE '%社区' THEN '服务用房' ELSE '社区服务用房' END || '（' || k.name || '）'`.as('name'),
          sql<CandidateKind>`'community_room'::text`.as('kind'),
          'k.division_id as divisionId',
          sql<number>`k.lng + 0.00025`.as('lng'),
          sql<number>`k.lat + 0.00018`.as('lat'),
          sql<number>`20`.as('places'),
          sql<boolean>`true`.as('synthetic'),
          sql<string>`'derived:residential_compounds'::text`.as('source'),
        ])
        .where('k.community_id', 'is not', null)
        .where('k.children', '>', 0)
        .orderBy('k.community_id')
        .orderBy('k.children', 'desc')
        .orderBy('k.id'),
    )
    .with('kgs', (db) =>
      db
        .selectFrom('kids as k')
        .leftJoin('divisions as sd', 'sd.id', 'k.street_id')
        .distinctOn('k.street_id')
        .select([
          sql<string>`md5('kg:' || k.id::text)::uuid::text`.as('id'),
          sql<string>`coalesce(sd.name, '') || '中心幼儿园（空余教室）'`.as('name'),
          sql<CandidateKind>`'kindergarten'::text`.as('kind'),
          'k.division_id as divisionId',
          sql<number>`k.lng - 0.0004`.as('lng'),
          sql<number>`k.lat - 0.0003`.as('lat'),
          sql<number>`30`.as('places'),
          sql<boolean>`true`.as('synthetic'),
          sql<string>`'derived:residential_compounds'::text`.as('source'),
        ])
        .where('k.street_id', 'is not', null)
        .orderBy('k.street_id')
        .orderBy('k.residents', 'desc')
        .orderBy('k.id'),
    )
    .with('stored', (db) =>
      db
        .selectFrom('candidate_sites as cs')
        .select([
          sql<string>`cs.id::text`.as('id'),
          'cs.name',
          sql<CandidateKind>`cs.kind`.as('kind'),
          'cs.division_id as divisionId',
          'cs.lng',
          'cs.lat',
          'cs.places',
          'cs.synthetic',
          'cs.source',
        ])
        .where((eb) => (ownerId === null ? eb('cs.owner_id', 'is', null) : eb.or([eb('cs.owner_id', 'is', null), eb('cs.owner_id', '=', ownerId)]))),
    )
    .with('c', (db) =>
      db
        .selectFrom('rooms')
        .selectAll()
        .unionAll(db.selectFrom('kgs').selectAll())
        .unionAll(db.selectFrom('stored').selectAll()),
    );
}
