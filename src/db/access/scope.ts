/**
 * Evaluates the access policy (./policy.ts) inside SQL. A repository names the *anchors* of its rows — the columns
 * (or, for a write, the values) that tie a row to a child, class, facility, division, institution or owning user —
 * and gets back a predicate for its WHERE clause. Each scope reads the first anchor it understands, in a fixed order,
 * through the relation views of migration 0300 (child_facility_links, signed_facilities, user_classes), so "own
 * facility" means the same thing for a child, a class, a booking or a meal entry.
 */
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { AppError } from '../../shared/errors.ts';
import type { Kx } from '../pool.ts';
import type { Caller, UserCaller } from '../repos/caller.ts';
import { POLICY, scopeOf, type Action, type Principal, type Resource, type Scope } from './policy.ts';

/** What ties a row to the people and places the policy talks about: SQL expressions (columns or values). */
export interface Anchors {
  /** The child the row is about. */
  child?: Expression<string | null>;
  /** The class it belongs to. */
  class?: Expression<string | null>;
  /** The facility it belongs to. */
  facility?: Expression<string | null>;
  /** The county-level division it belongs to. */
  division?: Expression<string | null>;
  /** The medical institution it belongs to. */
  institution?: Expression<string | null>;
  /** The user who owns it (an account, a registration, a notice). */
  user?: Expression<string | null>;
}
type AnchorName = keyof Anchors;

/** A column as an anchor, e.g. `col('ch.id')`. */
export const col = (ref: string): Expression<string | null> => sql.ref<string | null>(ref);
/** A value as an anchor (for a row about to be written), e.g. `val(childId)`. */
export const val = (v: string | null): Expression<string | null> => sql<string | null>`${v}::text`;

const TRUE = sql<SqlBool>`true`;
const FALSE = sql<SqlBool>`false`;

/** For each row scope, the anchors it can use, in order of preference. */
const ANCHOR_ORDER: Record<Exclude<Scope, 'none' | 'aggregates' | 'all'>, readonly AnchorName[]> = {
  own_record: ['user'],
  own_children: ['child', 'class', 'facility'],
  own_class: ['child', 'class', 'user'],
  own_facility: ['facility', 'class', 'child', 'user'],
  signed_facilities: ['facility', 'child', 'institution'],
  own_institution: ['institution', 'facility'],
  own_division: ['division', 'facility'],
};

function principalOf(c: Caller): Principal | 'system' {
  return c.kind === 'user' ? c.role : c.kind;
}

/** `expr::text` so that uuid columns and text values compare alike. */
const t = (e: Expression<string | null>) => sql<string>`(${e})::text`;

function rowPredicate(scope: Scope, c: UserCaller, a: Anchors, where: string): RawBuilder<SqlBool> {
  if (scope === 'all') return TRUE;
  if (scope === 'none' || scope === 'aggregates') return FALSE;
  const anchor = ANCHOR_ORDER[scope].find((n) => a[n] !== undefined);
  if (!anchor) throw new AppError('internal', `access policy: scope ${scope} cannot be evaluated for ${where} (no ${ANCHOR_ORDER[scope].join('/')} anchor)`);
  const e = t(a[anchor]!);
  const uid = c.userId;
  switch (scope) {
    case 'own_record':
      return sql<SqlBool>`${e} = ${uid}`;
    case 'own_children': {
      const mine = sql`(SELECT g.child_id::text FROM child_guardians g WHERE g.user_id = ${uid})`;
      if (anchor === 'child') return sql<SqlBool>`${e} IN ${mine}`;
      const links = sql`(SELECT l.${sql.ref(anchor === 'class' ? 'class_id' : 'facility_id')}::text FROM child_facility_links l WHERE l.child_id::text IN ${mine})`;
      return sql<SqlBool>`${e} IN ${links}`;
    }
    case 'own_class': {
      if (anchor === 'user') return sql<SqlBool>`${e} = ${uid}`;
      const classes = sql`(SELECT uc.class_id FROM user_classes uc WHERE uc.user_id = ${uid})`;
      if (anchor === 'class') return sql<SqlBool>`${e} IN (SELECT x::text FROM ${classes} AS s(x))`;
      return sql<SqlBool>`${e} IN (SELECT l.child_id::text FROM child_facility_links l WHERE l.class_id IN ${classes})`;
    }
    case 'own_facility': {
      const fid = c.facilityId;
      if (!fid) return FALSE;
      if (anchor === 'facility') return sql<SqlBool>`${e} = ${fid}`;
      if (anchor === 'class') return sql<SqlBool>`${e} IN (SELECT k.id::text FROM classes k WHERE k.facility_id = ${fid})`;
      if (anchor === 'user') return sql<SqlBool>`${e} IN (SELECT u.id::text FROM users u WHERE u.facility_id = ${fid})`;
      return sql<SqlBool>`${e} IN (SELECT l.child_id::text FROM child_facility_links l WHERE l.facility_id = ${fid})`;
    }
    case 'signed_facilities': {
      const iid = c.medicalInstitutionId;
      if (!iid) return FALSE;
      if (anchor === 'institution') return sql<SqlBool>`${e} = ${iid}`;
      const signed = sql`(SELECT s.facility_id FROM signed_facilities s WHERE s.institution_id = ${iid})`;
      if (anchor === 'facility') return sql<SqlBool>`${e} IN (SELECT x::text FROM ${signed} AS s(x))`;
      return sql<SqlBool>`${e} IN (SELECT l.child_id::text FROM child_facility_links l WHERE l.kind = 'placement' AND l.facility_id IN ${signed})`;
    }
    case 'own_institution': {
      const iid = c.medicalInstitutionId;
      if (!iid) return FALSE;
      if (anchor === 'institution') return sql<SqlBool>`${e} = ${iid}`;
      return sql<SqlBool>`${e} IN (SELECT s.facility_id::text FROM signed_facilities s WHERE s.institution_id = ${iid})`;
    }
    case 'own_division': {
      const did = c.divisionId;
      if (!did) return FALSE;
      if (anchor === 'division') return sql<SqlBool>`${e} = ${did}`;
      return sql<SqlBool>`${e} IN (SELECT f.id::text FROM facilities f WHERE f.division_id = ${did})`;
    }
  }
}

/**
 * The policy bound to one caller: repositories ask it for the scope of an action, for a WHERE predicate over their
 * rows, and for a check before a write.
 */
export class Access {
  readonly caller: Caller;
  constructor(caller: Caller) {
    this.caller = caller;
  }

  /** The caller's scope for an action ('all' for the system caller). */
  scope(resource: Resource, action: Action): Scope {
    const p = principalOf(this.caller);
    return p === 'system' ? 'all' : scopeOf(resource, action, p);
  }

  /** Whether the caller reaches any rows at all (not none, not aggregates only). */
  reachesRows(resource: Resource, action: Action): boolean {
    const s = this.scope(resource, action);
    return s !== 'none' && s !== 'aggregates';
  }

  /**
   * The refusal for a caller without rows: 401 for anonymous callers, 403 otherwise (naming the resource).
   * @param resource - the resource asked for
   * @param action - the action
   */
  refusal(resource: Resource, action: Action): AppError {
    if (this.caller.kind === 'anonymous') return new AppError('unauthenticated', 'login required');
    const s = this.scope(resource, action);
    const what = POLICY[resource].description;
    return s === 'aggregates'
      ? new AppError('forbidden', `your role sees aggregates, not individual records (${what})`)
      : new AppError('forbidden', `your role may not ${action} this (${what})`);
  }

  /**
   * The WHERE predicate restricting rows of `resource` to the caller's scope. Throws the refusal when the scope
   * reaches no rows, so a list never silently answers "nothing" to a caller who may not look.
   * @param resource - the policy row
   * @param action - the action (usually 'read')
   * @param anchors - the row's anchor columns
   */
  where(resource: Resource, action: Action, anchors: Anchors): RawBuilder<SqlBool> {
    if (!this.reachesRows(resource, action)) throw this.refusal(resource, action);
    if (this.caller.kind === 'system') return TRUE;
    if (this.caller.kind !== 'user') return this.scope(resource, action) === 'all' ? TRUE : FALSE;
    return rowPredicate(this.scope(resource, action), this.caller, anchors, `${resource}.${action}`);
  }

  /**
   * Whether the caller may act on the row the anchors name (values, for a write), evaluated in `k`.
   * @param k - the transaction (so the check sees its own writes)
   */
  async allows(k: Kx, resource: Resource, action: Action, anchors: Anchors): Promise<boolean> {
    if (!this.reachesRows(resource, action)) return false;
    const p = this.where(resource, action, anchors);
    const r = await sql<{ ok: boolean }>`SELECT (${p}) AS ok`.execute(k);
    return r.rows[0]?.ok === true;
  }

  /**
   * Throws unless the caller may act on the row the anchors name: 404 when the caller may not even read a private
   * resource's row (`readAs` says which resource decides visibility), 403 otherwise, 401 for anonymous callers.
   * @param k - the transaction
   * @param resource - the policy row
   * @param action - the action
   * @param anchors - the row's anchors, as values
   * @param opts - `readAs`: the resource whose read scope decides 404 vs 403 (default: the same resource);
   *               `what`: how the 404 names the row
   */
  async check(k: Kx, resource: Resource, action: Action, anchors: Anchors, opts: { readAs?: Resource; what?: string } = {}): Promise<void> {
    if (await this.allows(k, resource, action, anchors)) return;
    if (this.caller.kind === 'anonymous') throw new AppError('unauthenticated', 'login required');
    const readAs = opts.readAs ?? resource;
    if (POLICY[readAs].visibility === 'private' && !(await this.allows(k, readAs, 'read', anchors))) {
      throw new AppError('not_found', `${opts.what ?? readAs} not found`);
    }
    throw this.refusal(resource, action);
  }
}
