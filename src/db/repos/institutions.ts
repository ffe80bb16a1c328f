/**
 * Medical institutions (医疗卫生机构: maternal and child health hospitals, health centres, clinics): public registry
 * information, listed for binding a health worker's account and for naming a facility's medical partner.
 */
import type { Access } from '../access/scope.ts';
import type { Db } from '../pool.ts';

export interface InstitutionView {
  id: string;
  name: string;
  kind: string;
  divisionId: string;
}

export class InstitutionRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /** Every institution, by division and name (optionally one county's). */
  async list(divisionId?: string): Promise<InstitutionView[]> {
    const scope = this.#access.where('medical_institution', 'read', {});
    let q = this.#db.k.selectFrom('medical_institutions').select(['id', 'name', 'kind', 'division_id as divisionId']).where(scope);
    if (divisionId) q = q.where('division_id', '=', divisionId);
    return q.orderBy('division_id').orderBy('name').execute();
  }
}
