/**
 * The bureaus' registry desk: the registry as officials manage it — live and archived facilities, filing status and
 * number, the supervising centre of the 1+12+N tree — with, per row, what the caller may do to it (edit, archive or
 * restore), decided by the access policy inside the same query. The live registry is public information
 * (`facility.read`: everyone), so the list is too; archived facilities are listed only to those who may restore them
 * (`facility.delete`: the bureaus, district officials their division).
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { FilingStatus, Ownership, Tier } from '../../care/facility.ts';
import { col, type Access } from '../access/scope.ts';
import type { Action, Resource } from '../access/policy.ts';
import type { Db } from '../pool.ts';
import type { Page } from './children.ts';
import { TIER_ORDER } from './facility-query.ts';

export interface RegistryFilter {
  division?: string;
  tier?: Tier;
  ownership?: Ownership;
  filing?: FilingStatus;
  /** live (default), archived, or all (archived rows: only those the caller may restore). */
  state?: 'live' | 'archived' | 'all';
  /** Only the facilities the caller may edit. */
  editable?: boolean;
  q?: string;
}

export interface RegistryRow {
  id: string;
  name: string;
  tier: Tier;
  ownership: Ownership;
  filingStatus: FilingStatus;
  filingNumber: string | null;
  divisionId: string;
  divisionName: string;
  address: string;
  capacity: number;
  supervisor: { id: string; name: string; tier: Tier } | null;
  archived: boolean;
  archivedAt: string | null;
  updatedAt: string;
  version: number;
  /** The caller may edit it (facility.update) — and so change its supervising centre. */
  canEdit: boolean;
  /** The caller may archive or restore it (facility.delete). */
  canArchive: boolean;
  /** The caller may change its bureau-set fields (facility_registration.update). */
  canRegister: boolean;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/** The registry desk of one caller. */
export class RegistryDeskRepo {
  readonly #db: Db;
  readonly #access: Access;

  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /** Whether the caller may `action` the row `f` (false for callers who reach no rows). */
  #may(resource: Resource, action: Action): Expression<SqlBool> {
    return this.#access.reachesRows(resource, action) ? this.#access.where(resource, action, { facility: col('f.id'), division: col('f.division_id') }) : sql<SqlBool>`false`;
  }

  /** A page of the registry, in tier order (1, 12, N), then division and name. */
  async list(filter: RegistryFilter, page = 1, pageSize = 50): Promise<Page<RegistryRow>> {
    const canEdit = this.#may('facility', 'update');
    const canArchive = this.#may('facility', 'delete');
    const canRegister = this.#may('facility_registration', 'update');
    let q = this.#db.k
      .selectFrom('facilities as f')
      .innerJoin('divisions as d', 'd.id', 'f.division_id')
      .leftJoin('facilities as s', 's.id', 'f.supervisor_id')
      .select([
        'f.id',
        'f.name',
        'f.tier',
        'f.ownership',
        'f.filing_status',
        'f.filing_number',
        'f.division_id',
        'd.name as division_name',
        'f.address',
        'f.archived_at',
        'f.updated_at',
        'f.version',
        's.id as sup_id',
        's.name as sup_name',
        's.tier as sup_tier',
        sql<number>`COALESCE((SELECT sum(c.capacity) FROM classes c WHERE c.facility_id = f.id AND c.archived_at IS NULL), 0)::int`.as('capacity'),
        sql<boolean>`(${canEdit}) AND f.archived_at IS NULL`.as('can_edit'),
        sql<boolean>`(${canArchive})`.as('can_archive'),
        sql<boolean>`(${canRegister}) AND f.archived_at IS NULL`.as('can_register'),
        sql<number>`count(*) OVER ()::int`.as('total'),
      ]);
    const state = filter.state ?? 'live';
    if (state === 'live') q = q.where('f.archived_at', 'is', null);
    if (state === 'archived') q = q.where('f.archived_at', 'is not', null);
    // Archived facilities are no longer public: only those who may restore them see them.
    if (state !== 'live') q = q.where((eb) => eb.or([eb('f.archived_at', 'is', null), canArchive]));
    if (filter.division) q = q.where((eb) => eb.or([eb('f.division_id', '=', filter.division!), eb.exists(eb.selectFrom('divisions as dd').select('dd.id').where('dd.id', '=', filter.division!).where('dd.level', '=', 'city'))]));
    if (filter.tier) q = q.where('f.tier', '=', filter.tier);
    if (filter.ownership) q = q.where('f.ownership', '=', filter.ownership);
    if (filter.filing) q = q.where('f.filing_status', '=', filter.filing);
    if (filter.editable) q = q.where(canEdit);
    const text = filter.q?.trim();
    if (text) {
      const like = `%${escapeLike(text)}%`;
      q = q.where((eb) => eb.or([eb('f.name', 'ilike', like), eb('f.address', 'ilike', like), eb('f.filing_number', 'ilike', like)]));
    }
    const rows = await q
      .orderBy(TIER_ORDER)
      .orderBy('f.division_id')
      .orderBy(sql`f.name COLLATE "C"`)
      .orderBy('f.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute();
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && page > 1) {
      const again = await this.list(filter, 1, 1);
      total = again.total;
    }
    return {
      items: rows.map((r) => ({
        id: r.id,
        name: r.name,
        tier: r.tier as Tier,
        ownership: r.ownership as Ownership,
        filingStatus: r.filing_status as FilingStatus,
        filingNumber: r.filing_number,
        divisionId: r.division_id,
        divisionName: r.division_name,
        address: r.address,
        capacity: r.capacity,
        supervisor: r.sup_id && r.sup_name && r.sup_tier ? { id: r.sup_id, name: r.sup_name, tier: r.sup_tier as Tier } : null,
        archived: r.archived_at !== null,
        archivedAt: r.archived_at ? r.archived_at.toISOString() : null,
        updatedAt: r.updated_at.toISOString(),
        version: r.version,
        canEdit: r.can_edit,
        canArchive: r.can_archive,
        canRegister: r.can_register,
      })),
      total,
      page,
      pageSize,
    };
  }
}
