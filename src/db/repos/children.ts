/**
 * Children's records: the most sensitive data in the system (PIPL). Every query is scoped in SQL by the access
 * policy (src/db/access), and every read is written to the audit log in the same transaction. Officials and
 * admins get aggregates elsewhere, never child rows.
 */
import { sql } from 'kysely';
import { AppError } from '../../shared/errors.ts';
import type { Access } from '../access/scope.ts';
import { col } from '../access/scope.ts';
import type { Db, Kx } from '../pool.ts';
import { audit } from './audit.ts';
import { isUuid } from './ids.ts';

export interface ChildView {
  id: string;
  familyName: string;
  givenName: string;
  sex: 'M' | 'F';
  birthDate: string;
  /** The facility, class and mode of today's placement (null when not placed today). */
  facilityId: string | null;
  classId: string | null;
  serviceMode: 'full_day' | 'half_day' | null;
  /** `placed` while a placement covers today, `upcoming` when one starts later, else `not_placed`. */
  status: 'placed' | 'upcoming' | 'not_placed';
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** The select every read shares: the child with today's (or the next) placement. */
function selectChildren(k: Kx) {
  return k
    .selectFrom('children as ch')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('placements as p')
          .select(['p.facility_id', 'p.class_id', 'p.mode', sql<boolean>`p.during @> current_date`.as('today')])
          .whereRef('p.child_id', '=', 'ch.id')
          .where(sql<boolean>`(upper_inf(p.during) OR upper(p.during) > current_date)`)
          .orderBy(sql`lower(p.during)`)
          .limit(1)
          .as('pl'),
      (join) => join.onTrue(),
    )
    .select([
      'ch.id',
      'ch.family_name as familyName',
      'ch.given_name as givenName',
      'ch.sex',
      'ch.birth_date as birthDate',
      'pl.facility_id as facilityId',
      'pl.class_id as classId',
      'pl.mode as serviceMode',
      sql<ChildView['status']>`CASE WHEN pl.today THEN 'placed' WHEN pl.facility_id IS NOT NULL THEN 'upcoming' ELSE 'not_placed' END`.as('status'),
    ]);
}

type Row = Omit<ChildView, 'sex' | 'serviceMode' | 'facilityId' | 'classId'> & { sex: string; serviceMode: string | null; facilityId: string | null; classId: string | null };
const view = (r: Row): ChildView => ({ ...r, sex: r.sex as ChildView['sex'], serviceMode: r.serviceMode as ChildView['serviceMode'] });

export class ChildRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /**
   * A page of the children the caller may see, by name (audited: one 'list' entry per child on the page).
   * @param page - 1-based page
   * @param pageSize - rows per page (at most 200)
   */
  async list(page = 1, pageSize = 50): Promise<Page<ChildView>> {
    const scope = this.#access.where('child', 'read', { child: col('ch.id') });
    return this.#db.tx(async (trx) => {
      const rows = await selectChildren(trx)
        .select(sql<number>`count(*) OVER ()`.as('total'))
        .where(scope)
        .orderBy(sql`ch.family_name COLLATE "C"`)
        .orderBy(sql`ch.given_name COLLATE "C"`)
        .orderBy('ch.id')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      let total = rows[0]?.total ?? 0;
      if (rows.length === 0 && page > 1) {
        const [n] = await trx.selectFrom('children as ch').select(sql<number>`count(*)`.as('n')).where(scope).execute();
        total = n?.n ?? 0;
      }
      if (rows.length) await audit(trx, this.#access.caller, 'list', 'child', null, { childIds: rows.map((r) => r.id) });
      return { items: rows.map(({ total: _t, ...r }) => view(r)), total, page, pageSize };
    });
  }

  /** One child; not_found when it does not exist or is out of scope (no existence leak). */
  async get(id: string): Promise<ChildView> {
    const scope = this.#access.where('child', 'read', { child: col('ch.id') });
    if (!isUuid(id)) throw new AppError('not_found', `child ${id} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      const r = await selectChildren(trx).where('ch.id', '=', id).where(scope).executeTakeFirst();
      if (!r) throw new AppError('not_found', `child ${id} not found`, { field: 'id' });
      await audit(trx, this.#access.caller, 'read', 'child', id, { childIds: [id] });
      return view(r);
    });
  }
}
