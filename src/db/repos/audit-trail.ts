/**
 * The audit trail of children's records as the PIPL asks to show it (《个人信息保护法》 Art. 44–45): who read or
 * changed which child's record, when and why — never the record itself. Officials see the child only as a
 * pseudonymous reference (the first 8 hex digits of HMAC-SHA256 with a key kept in the database, migration 0700) and
 * the facility the child was placed at on that day; a guardian sees the reads of their own children (by name, they
 * are theirs) and who read them by role and workplace (staff names stay private to parents, domain.md §3). Scoped by
 * the policy row `audit`: guardians their children, district officials children placed in their division, the city
 * and administrators all.
 */
import { createHmac } from 'node:crypto';
import { sql, type SqlBool } from 'kysely';
import { AppError } from '../../shared/errors.ts';
import { col, type Access } from '../access/scope.ts';
import type { Db } from '../pool.ts';
import type { AuditAction } from './audit.ts';
import type { Page } from './children.ts';
import { isUuid } from './ids.ts';

export interface AuditFilter {
  /** First day, yyyy-mm-dd (the city's date). */
  from?: string;
  /** Last day, inclusive. */
  to?: string;
  /** The acting user. */
  actor?: string;
  /** The facility the child was placed at. */
  facility?: string;
  action?: AuditAction;
}

export interface AuditEntry {
  id: number;
  at: string;
  action: string;
  /** The kind of record (child, placement, health check, …). */
  entity: string;
  purpose: string | null;
  actor: {
    /** The account (null for a guardian's view, and for the system). */
    id: string | null;
    /** The display name (null for a guardian's view). */
    name: string | null;
    role: string;
    /** Where the actor works (a facility or a medical institution), if anywhere. */
    workplace: string | null;
  };
  child: {
    /** A pseudonymous reference: the same child always gets the same 8 hex digits, no name. */
    ref: string;
    /** The child's name — only in a guardian's view of their own children. */
    name: string | null;
  };
  /** The facility the child was placed at on that day (else its latest placement), if any. */
  facility: { id: string; name: string; divisionId: string } | null;
}

const keys = new WeakMap<Db, Buffer>();

/** The pseudonym key (read once per database handle). */
async function refKey(db: Db): Promise<Buffer> {
  const cached = keys.get(db);
  if (cached) return cached;
  const r = await db.k.selectFrom('app_secrets').select('value').where('name', '=', 'audit_child_ref').executeTakeFirst();
  if (!r) throw new AppError('unavailable', 'the audit pseudonym key is missing (migration 0700)');
  keys.set(db, r.value);
  return r.value;
}

/**
 * A child's pseudonymous reference: the first 8 hex digits of HMAC-SHA256(key, child id).
 * @param key - the database's key
 * @param childId - the child
 */
export function childRef(key: Buffer, childId: string): string {
  return createHmac('sha256', key).update(childId.toLowerCase()).digest('hex').slice(0, 8);
}

/** The audit trail as one caller may see it. */
export class AuditTrailRepo {
  readonly #db: Db;
  readonly #access: Access;

  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /** A page of entries about children, newest first, filtered by day, actor, facility and action. */
  async list(filter: AuditFilter, page = 1, pageSize = 50): Promise<Page<AuditEntry>> {
    const scope = this.#access.where('audit', 'read', { child: col('a.child_id'), division: col('cf.division_id'), facility: col('pl.facility_id') });
    const guardianView = this.#access.scope('audit', 'read') === 'own_children';
    const k = this.#db.k;
    let q = k
      .selectFrom('audit_log as a')
      .leftJoin('users as u', 'u.id', 'a.actor_id')
      .leftJoin('facilities as uf', 'uf.id', 'u.facility_id')
      .leftJoin('medical_institutions as um', 'um.id', 'u.medical_institution_id')
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('placements as p')
            .select('p.facility_id')
            .whereRef('p.child_id', '=', 'a.child_id')
            .orderBy(sql`(p.during @> (a.at)::date)`, 'desc')
            .orderBy(sql`lower(p.during)`, 'desc')
            .limit(1)
            .as('pl'),
        (j) => j.onTrue(),
      )
      .leftJoin('facilities as cf', 'cf.id', 'pl.facility_id')
      .select([
        'a.id',
        'a.at',
        'a.action',
        'a.entity',
        'a.purpose',
        'a.actor_id',
        'a.actor_role',
        'a.child_id',
        'u.display_name',
        'uf.name as actor_facility',
        'um.name as actor_institution',
        'cf.id as facility_id',
        'cf.name as facility_name',
        'cf.division_id as facility_division',
        sql<number>`count(*) OVER ()::int`.as('total'),
      ])
      .where('a.child_id', 'is not', null)
      .where(scope);
    if (filter.from) q = q.where(sql<SqlBool>`a.at >= ${filter.from}::date`);
    if (filter.to) q = q.where(sql<SqlBool>`a.at < ${filter.to}::date + 1`);
    if (filter.actor) q = isUuid(filter.actor) ? q.where('a.actor_id', '=', filter.actor) : q.where(sql<SqlBool>`false`);
    if (filter.facility) q = isUuid(filter.facility) ? q.where('pl.facility_id', '=', filter.facility) : q.where(sql<SqlBool>`false`);
    if (filter.action) q = q.where('a.action', '=', filter.action);
    const rows = await q
      .orderBy('a.at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute();
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && page > 1) total = (await this.list(filter, 1, 1)).total;
    const key = await refKey(this.#db);
    const names = new Map<string, string>();
    if (guardianView && rows.length) {
      const ids = [...new Set(rows.map((r) => r.child_id!))];
      for (const c of await k.selectFrom('children').select(['id', 'family_name', 'given_name']).where('id', 'in', ids).execute()) names.set(c.id, `${c.family_name}${c.given_name}`);
    }
    return {
      items: rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        action: r.action,
        entity: r.entity,
        purpose: r.purpose,
        actor: {
          id: guardianView ? null : r.actor_id,
          name: guardianView ? null : r.display_name,
          role: r.actor_role,
          workplace: r.actor_facility ?? r.actor_institution ?? null,
        },
        child: { ref: childRef(key, r.child_id!), name: guardianView ? (names.get(r.child_id!) ?? null) : null },
        facility: r.facility_id && r.facility_name && r.facility_division ? { id: r.facility_id, name: r.facility_name, divisionId: r.facility_division } : null,
      })),
      total,
      page,
      pageSize,
    };
  }
}
