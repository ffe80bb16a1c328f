/**
 * Children's records: the most sensitive data in the system (PIPL). Every query is scoped in SQL to what the
 * caller's role may see, and every read is written to the audit log in the same round trip's transaction.
 * Officials and admins get aggregates elsewhere, never child rows.
 */
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../pool.ts';
import { audit } from './audit.ts';
import type { Caller } from './caller.ts';

export interface ChildView {
  id: string;
  familyName: string;
  givenName: string;
  sex: 'M' | 'F';
  birthDate: string;
  facilityId: string | null;
  classId: string | null;
  serviceMode: string | null;
  status: string;
}

/** The SQL predicate restricting `children ch` to the caller's scope, or null when the role sees no child rows. */
function scope(c: Caller, params: unknown[]): string | null {
  if (c.kind === 'system') return 'TRUE';
  if (c.kind !== 'user') return null;
  switch (c.role) {
    case 'guardian':
      params.push(c.userId);
      return `EXISTS (SELECT 1 FROM child_guardians g WHERE g.child_id = ch.id AND g.user_id = $${params.length})`;
    case 'teacher':
    case 'director':
      params.push(c.facilityId);
      return `ch.facility_id = $${params.length}`;
    case 'health_worker':
      params.push(c.medicalInstitutionId);
      return `ch.facility_id IN (SELECT a.facility_id FROM medical_agreements a WHERE a.institution_id = $${params.length}
                AND a.valid_from <= current_date AND (a.valid_to IS NULL OR a.valid_to >= current_date))`;
    default:
      return null; // officials and admins: aggregates only
  }
}

const COLUMNS = `ch.id, ch.family_name AS "familyName", ch.given_name AS "givenName", ch.sex, ch.birth_date AS "birthDate",
  ch.facility_id AS "facilityId", ch.class_id AS "classId", ch.service_mode AS "serviceMode", ch.status`;

export class ChildRepo {
  readonly #db: Db;
  readonly #caller: Caller;
  constructor(db: Db, caller: Caller) {
    this.#db = db;
    this.#caller = caller;
  }

  /** The children the caller may see (audited as one 'list' entry per child). */
  async list(): Promise<ChildView[]> {
    const params: unknown[] = [];
    const s = scope(this.#caller, params);
    if (s === null) throw new AppError('forbidden', 'your role sees aggregates, not individual children');
    return this.#db.tx(async (q) => {
      const rows = await q.query<ChildView>(`SELECT ${COLUMNS} FROM children ch WHERE ${s} ORDER BY ch.family_name COLLATE "C", ch.given_name COLLATE "C", ch.id LIMIT 500`, params);
      if (rows.length) await audit(q, this.#caller, 'list', 'child', null, { childIds: rows.map((r) => r.id) });
      return rows;
    });
  }

  /** One child; not_found when it does not exist or is out of scope (no existence leak). */
  async get(id: string): Promise<ChildView> {
    const params: unknown[] = [];
    const s = scope(this.#caller, params);
    if (s === null) throw new AppError('forbidden', 'your role sees aggregates, not individual children');
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('not_found', `child ${id} not found`);
    params.push(id);
    return this.#db.tx(async (q) => {
      const [r] = await q.query<ChildView>(`SELECT ${COLUMNS} FROM children ch WHERE ch.id = $${params.length} AND ${s}`, params);
      if (!r) throw new AppError('not_found', `child ${id} not found`);
      await audit(q, this.#caller, 'read', 'child', id, { childIds: [id] });
      return r;
    });
  }
}
