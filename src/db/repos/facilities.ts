/**
 * The facility registry, scoped to a caller. Reads are public (the registry is open information); writes follow the
 * access policy (src/db/access/policy.ts: `facility`, `facility_registration`, `registry_file`). Every multi-row
 * write runs in one transaction with the facility row locked, so concurrent edits cannot lose classes or break a
 * rule; optimistic `version` checks reject stale forms with 409.
 */
import { sql } from 'kysely';
import { facilityInputSchema, type FacilityData, type FacilityPatch, type Tier } from '../../care/facility.ts';
import { AppError, issue, type FieldIssue } from '../../shared/errors.ts';
import { zodToIssues } from '../../shared/zod-issues.ts';
import { col, val, type Access } from '../access/scope.ts';
import type { Db, Kx } from '../pool.ts';
import { actAs } from './actor.ts';
import { audit } from './audit.ts';
import { facilityFilter, rowToData, selectFacilities, summarize, TIER_ORDER, type ClassView, type FacilityFilter, type FacilityRow, type FacilitySummary } from './facility-query.ts';
import { currentInstitution, insertFacility, resolveSupervisor, updateFacility } from './facility-write.ts';
import { isUuid } from './ids.ts';
import { publicGrade, type PublicGrade } from './quality.ts';

export type { ClassView, FacilityFilter, FacilitySummary, MonthlyPrice } from './facility-query.ts';

export interface FacilityView extends FacilitySummary {
  filingNumber: string | null;
  openingHours: FacilityData['openingHours'];
  services: FacilityData['services'];
  classes: ClassView[];
  floorAreaM2: number | null;
  outdoorAreaM2: number | null;
  contact: FacilityData['contact'];
  supervisor: { id: string; name: string; tier: Tier } | null;
  medicalPartner: { id: string; name: string; kind: string; validFrom: string } | null;
  version: number;
  archived: boolean;
  updatedAt: string;
  /** Whether the caller may edit it (the form shows or hides by this). */
  canEdit: boolean;
  /** The quality grade of its latest final assessment, while it stands (WS/T 821-2023 style; null: none). */
  qualityGrade: PublicGrade | null;
}

export interface TreeNode {
  id: string;
  name: string;
  tier: Tier;
  divisionId: string;
  capacity: number;
  children: TreeNode[];
}

/** Fields only the health bureau may change (access policy: `facility_registration.update`). */
export const REGISTRATION_FIELDS = ['tier', 'ownership', 'filingStatus', 'filingNumber', 'divisionId', 'supervisorId', 'medicalInstitutionId'] as const;
type RegistrationField = (typeof REGISTRATION_FIELDS)[number];

/** Maps an API field path to the flat import column name. */
function importField(field: string | undefined): string {
  if (!field) return 'row';
  const head = field.split('.')[0]!;
  const map: Record<string, string> = {
    divisionId: 'division_id',
    filingNumber: 'filing_number',
    filingStatus: 'filing_status',
    supervisorId: 'supervisor_id',
    medicalInstitutionId: 'medical_institution_id',
    location: field.endsWith('lat') ? 'lat' : 'lng',
    floorAreaM2: 'floor_area_m2',
    outdoorAreaM2: 'outdoor_area_m2',
  };
  return map[head] ?? head;
}

/** Current row + patch → a full record, re-validated as a whole (schema and rules). */
function mergeFacility(current: FacilityRow, patch: FacilityPatch): FacilityData {
  const base = rowToData(current);
  const merged = { ...base, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  const parsed = facilityInputSchema.safeParse(merged);
  if (!parsed.success) {
    const issues = zodToIssues(parsed.error);
    throw new AppError('invalid', `${issues[0]!.field}: ${issues[0]!.message}`, { issues });
  }
  return parsed.data;
}

/** The registry of facilities as seen by one caller. */
export class FacilityRepo {
  readonly #db: Db;
  readonly #access: Access;

  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /** A page of facilities matching the filters, ordered by tier, division and name. */
  async list(filter: FacilityFilter, page = 1, pageSize = 20): Promise<{ items: FacilitySummary[]; total: number }> {
    const rows = await selectFacilities(this.#db.k)
      .select(sql<number>`count(*) OVER ()::int`.as('total'))
      .where(facilityFilter(filter))
      .orderBy(TIER_ORDER)
      .orderBy('f.division_id')
      .orderBy(sql`f.name COLLATE "C"`)
      .orderBy('f.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute();
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && page > 1) {
      const n = await this.#db.k.selectFrom('facilities as f').select(sql<number>`count(*)::int`.as('n')).where(facilityFilter(filter)).executeTakeFirst();
      total = n?.n ?? 0;
    }
    return { items: rows.map(summarize), total };
  }

  /** Every matching facility (no paging) — for the map layer. */
  async all(filter: FacilityFilter): Promise<FacilitySummary[]> {
    const rows = await selectFacilities(this.#db.k).where(facilityFilter(filter)).orderBy(TIER_ORDER).orderBy(sql`f.name COLLATE "C"`).orderBy('f.id').execute();
    return rows.map(summarize);
  }

  /** One facility with its classes, supervisor and medical partner; `not_found` when absent. */
  async get(id: string, k: Kx = this.#db.k): Promise<FacilityView> {
    if (!isUuid(id)) throw new AppError('not_found', `facility ${id} not found`, { field: 'id' });
    const r = await selectFacilities(k).where('f.id', '=', id).executeTakeFirst();
    if (!r) throw new AppError('not_found', `facility ${id} not found`, { field: 'id' });
    const sup = r.supervisor_id ? await k.selectFrom('facilities').select(['id', 'name', 'tier']).where('id', '=', r.supervisor_id).executeTakeFirst() : undefined;
    const med = await k
      .selectFrom('signed_facilities as s')
      .innerJoin('medical_institutions as m', 'm.id', 's.institution_id')
      .innerJoin('medical_agreements as a', (j) => j.onRef('a.facility_id', '=', 's.facility_id').onRef('a.institution_id', '=', 's.institution_id'))
      .select(['m.id', 'm.name', 'm.kind', 'a.valid_from'])
      .where('s.facility_id', '=', id)
      .orderBy('a.valid_from', 'desc')
      .executeTakeFirst();
    const canEdit = r.archived_at === null && (await this.#access.allows(k, 'facility', 'update', { facility: val(id) }));
    const qualityGrade = await publicGrade(k, id);
    return {
      ...summarize(r),
      filingNumber: r.filing_number,
      openingHours: r.opening_hours as FacilityData['openingHours'],
      services: (r.services ?? []) as FacilityData['services'],
      classes: r.classes.map((c) => ({ id: c.id, name: c.name, band: c.band as ClassView['band'], capacity: c.capacity, enrolled: c.enrolled, free: Math.max(0, c.capacity - c.enrolled) })),
      floorAreaM2: r.floor_area_m2,
      outdoorAreaM2: r.outdoor_area_m2,
      contact: r.contact as FacilityData['contact'],
      supervisor: sup ? { id: sup.id, name: sup.name, tier: sup.tier as Tier } : null,
      medicalPartner: med ? { id: med.id, name: med.name, kind: med.kind, validFrom: med.valid_from } : null,
      version: r.version,
      archived: r.archived_at !== null,
      updatedAt: r.updated_at.toISOString(),
      canEdit,
      qualityGrade,
    };
  }

  /** Creates a facility (one transaction: the row, its classes, its medical agreement, the audit entry). */
  async create(input: FacilityData): Promise<FacilityView> {
    return this.#db.tx(async (trx) => {
      if (!(await this.#access.allows(trx, 'facility', 'create', { division: val(input.divisionId) }))) {
        if (this.#access.caller.kind === 'anonymous') throw this.#access.refusal('facility', 'create');
        throw new AppError('forbidden', `you may not create facilities in division ${input.divisionId}`, { field: 'divisionId', code: 'outside_your_division', params: { division: input.divisionId } });
      }
      await actAs(trx, this.#access.caller, 'create');
      const id = await insertFacility(trx, input);
      await audit(trx, this.#access.caller, 'create', 'facility', id);
      return this.get(id, trx);
    });
  }

  /**
   * Applies a partial update. Classes, when given, replace the list (see updateFacility). Fields set by the health
   * bureau (REGISTRATION_FIELDS) need `facility_registration.update`; a move to another division needs the right
   * to create there; a supervising county centre must be one the caller may edit.
   */
  async update(id: string, patch: FacilityPatch & { version?: number }): Promise<FacilityView> {
    return this.#db.tx(async (trx) => {
      const current = await this.#lockForWrite(trx, id);
      await this.#access.check(trx, 'facility', 'update', { facility: val(id) }, { what: `facility ${id}` });
      if (current.archived_at) throw new AppError('conflict', 'this facility is archived', { field: 'id', code: 'archived' });
      if (patch.version !== undefined && patch.version !== current.version) {
        throw new AppError('conflict', `the facility was changed by someone else (version ${current.version}, yours ${patch.version}); reload and try again`, {
          field: 'version',
          code: 'stale_version',
          params: { current: current.version, yours: patch.version },
        });
      }
      const { version: _v, ...rest } = patch;
      await this.#checkRegistrationFields(trx, id, current, rest);
      const merged = mergeFacility(current, rest);
      await actAs(trx, this.#access.caller, 'edit');
      await updateFacility(trx, id, merged, patch.classes !== undefined, current);
      await audit(trx, this.#access.caller, 'update', 'facility', id, { detail: { fields: Object.keys(rest) } });
      return this.get(id, trx);
    });
  }

  async #checkRegistrationFields(trx: Kx, id: string, current: FacilityRow, patch: FacilityPatch): Promise<void> {
    const base = { ...rowToData(current), medicalInstitutionId: await currentInstitution(trx, id) } as Record<RegistrationField, unknown>;
    const changed = REGISTRATION_FIELDS.filter((f) => patch[f] !== undefined && JSON.stringify(patch[f]) !== JSON.stringify(base[f] ?? null));
    if (changed.length === 0) return;
    if (!(await this.#access.allows(trx, 'facility_registration', 'update', { facility: val(id) }))) {
      const f = changed[0]!;
      throw new AppError('forbidden', `${f} is set by the health bureau, not by the facility`, { field: f, code: 'set_by_bureau' });
    }
    if (patch.divisionId !== undefined && patch.divisionId !== current.division_id && !(await this.#access.allows(trx, 'facility', 'create', { division: val(patch.divisionId) }))) {
      throw new AppError('forbidden', `you may not move a facility to division ${patch.divisionId}`, { field: 'divisionId', code: 'outside_your_division', params: { division: patch.divisionId } });
    }
    if (patch.supervisorId) await this.#checkSupervisorReach(trx, patch.supervisorId);
  }

  /** A supervision link names a centre the caller may edit, or the municipal centre (every point may report to it). */
  async #checkSupervisorReach(trx: Kx, supervisorId: string): Promise<void> {
    if (!isUuid(supervisorId)) return;
    const s = await trx.selectFrom('facilities').select(['tier', 'division_id']).where('id', '=', supervisorId).executeTakeFirst();
    if (!s || s.tier === 'municipal_centre') return; // unknown: the rule check names it (400)
    if (!(await this.#access.allows(trx, 'facility', 'update', { facility: val(supervisorId) }))) {
      throw new AppError('forbidden', `the supervising centre ${supervisorId} is in division ${s.division_id}, outside yours`, { field: 'supervisorId', code: 'outside_your_division', params: { division: s.division_id } });
    }
  }

  /** Archives (never deletes) a facility; refused while children are placed in it or centres report to it. */
  async archive(id: string): Promise<FacilityView> {
    return this.#db.tx(async (trx) => {
      const current = await this.#lockForWrite(trx, id);
      await this.#access.check(trx, 'facility', 'delete', { facility: val(id) }, { what: `facility ${id}` });
      if (!current.archived_at) {
        const n = await trx
          .selectFrom('placements')
          .select(sql<number>`count(*)::int`.as('n'))
          .where('facility_id', '=', id)
          .where(sql<boolean>`(upper_inf(during) OR upper(during) > current_date)`)
          .executeTakeFirstOrThrow();
        if (n.n > 0) throw new AppError('conflict', `${n.n} children are placed here; move them before archiving`, { field: 'id', code: 'class_has_children', params: { enrolled: n.n } });
        const dep = await trx.selectFrom('facilities').select(sql<number>`count(*)::int`.as('n')).where('supervisor_id', '=', id).where('archived_at', 'is', null).executeTakeFirstOrThrow();
        if (dep.n > 0) throw new AppError('conflict', `${dep.n} facilities are supervised by this centre; reassign them first`, { field: 'id', code: 'rule_violated', params: { rule: 'supervises' } });
        await trx.updateTable('facilities').set({ archived_at: sql<Date>`now()`, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` }).where('id', '=', id).execute();
        await audit(trx, this.#access.caller, 'archive', 'facility', id);
      }
      return this.get(id, trx);
    });
  }

  /**
   * Restores an archived facility to the live registry (the counterpart of archive, same right: `facility.delete`).
   * The live registry's rules hold again: its name must be free in its division, a county centre must be the only
   * one of its division (409 naming the field otherwise); a supervising centre archived meanwhile is replaced by the
   * default one (the division's county centre, else the municipal centre).
   */
  async restore(id: string): Promise<FacilityView> {
    return this.#db.tx(async (trx) => {
      const current = await this.#lockForWrite(trx, id);
      await this.#access.check(trx, 'facility', 'delete', { facility: val(id) }, { what: `facility ${id}` });
      if (current.archived_at) {
        await actAs(trx, this.#access.caller, 'edit');
        const data = rowToData(current);
        const sup = current.supervisor_id ? await trx.selectFrom('facilities').select('archived_at').where('id', '=', current.supervisor_id).executeTakeFirst() : undefined;
        let supervisorId = sup && !sup.archived_at ? current.supervisor_id : await resolveSupervisor(trx, { ...data, supervisorId: null });
        if (!supervisorId && data.tier !== 'municipal_centre') {
          supervisorId = (await trx.selectFrom('facilities').select('id').where('tier', '=', 'municipal_centre').where('archived_at', 'is', null).executeTakeFirst())?.id ?? null;
        }
        await trx
          .updateTable('facilities')
          .set({ archived_at: null, supervisor_id: supervisorId, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
          .where('id', '=', id)
          .execute();
        await audit(trx, this.#access.caller, 'restore', 'facility', id);
      }
      return this.get(id, trx);
    });
  }

  /**
   * Imports many facilities atomically: every row is checked (permission, references, rules) and nothing is written
   * unless all rows pass; the error lists every bad row with its number and field.
   */
  async importMany(rows: ReadonlyArray<{ row: number; id?: string; data: FacilityData }>): Promise<{ created: number; updated: number }> {
    if (!this.#access.reachesRows('registry_file', 'create')) throw this.#access.refusal('registry_file', 'create');
    return this.#db.tx(async (trx) => {
      const issues: FieldIssue[] = [];
      const outside: FieldIssue[] = [];
      const divisions = new Set((await trx.selectFrom('divisions').select('id').execute()).map((d) => d.id));
      for (const r of rows) {
        if (!divisions.has(r.data.divisionId)) issues.push(issue('division_id', 'unknown_division', `unknown division ${r.data.divisionId}`, { id: r.data.divisionId }, r.row));
        else if (!(await this.#access.allows(trx, 'facility', 'create', { division: val(r.data.divisionId) }))) {
          outside.push(issue('division_id', 'outside_your_division', `you may not write facilities in division ${r.data.divisionId}`, { division: r.data.divisionId }, r.row));
        }
      }
      // Rows outside the caller's scope are an access refusal (403), named row by row; nothing is written.
      if (outside.length) throw new AppError('forbidden', `${outside.length} row(s) are outside your division; nothing was imported`, { issues: outside });
      if (issues.length) throw new AppError('invalid', `${issues.length} row(s) are invalid; nothing was imported`, { issues });
      let created = 0;
      let updated = 0;
      await actAs(trx, this.#access.caller, 'import');
      for (const r of rows) {
        try {
          await sql`SAVEPOINT row_import`.execute(trx);
          if (r.id) {
            const current = await this.#lockForWrite(trx, r.id);
            if (!(await this.#access.allows(trx, 'facility', 'update', { facility: val(r.id) }))) throw new AppError('forbidden', `you may not edit facility ${r.id}`, { field: 'id', code: 'forbidden' });
            await updateFacility(trx, r.id, r.data, true, current);
            updated++;
          } else {
            await insertFacility(trx, r.data);
            created++;
          }
          await sql`RELEASE SAVEPOINT row_import`.execute(trx);
        } catch (e) {
          await sql`ROLLBACK TO SAVEPOINT row_import`.execute(trx);
          if (!(e instanceof AppError)) throw e;
          const list = e.issues.length ? e.issues : [issue(e.field ?? 'row', 'invalid', e.message)];
          for (const i of list) issues.push({ ...i, field: importField(i.field), row: r.row });
        }
      }
      if (issues.length) throw new AppError('invalid', `${issues.length} row(s) are invalid; nothing was imported`, { issues });
      await audit(trx, this.#access.caller, 'import', 'facility', null, { detail: { created, updated } });
      return { created, updated };
    });
  }

  /** The live facilities the caller may export, as input data (ids included). */
  async exportAll(): Promise<Array<FacilityData & { id: string }>> {
    const scope = this.#access.where('registry_file', 'read', { facility: col('f.id') });
    const rows = await selectFacilities(this.#db.k)
      .select((eb) =>
        eb
          .selectFrom('signed_facilities as s')
          .select('s.institution_id')
          .whereRef('s.facility_id', '=', 'f.id')
          .limit(1)
          .as('medical_institution_id'),
      )
      .where('f.archived_at', 'is', null)
      .where(scope)
      .orderBy(TIER_ORDER)
      .orderBy('f.division_id')
      .orderBy(sql`f.name COLLATE "C"`)
      .execute();
    return rows.map((r) => ({ id: r.id, ...rowToData(r), medicalInstitutionId: r.medical_institution_id }));
  }

  /** The 1+12+N tree: municipal centre → county centres → their supervised points. */
  async tree(): Promise<TreeNode | null> {
    const rows = await this.#db.k
      .selectFrom('facilities as f')
      .select(['f.id', 'f.name', 'f.tier', 'f.division_id', 'f.supervisor_id'])
      .select(sql<number>`COALESCE((SELECT sum(capacity) FROM classes c WHERE c.facility_id = f.id AND c.archived_at IS NULL), 0)::int`.as('capacity'))
      .where('f.archived_at', 'is', null)
      .orderBy('f.division_id')
      .orderBy(TIER_ORDER)
      .orderBy(sql`f.name COLLATE "C"`)
      .execute();
    const nodes = new Map<string, TreeNode>(rows.map((r) => [r.id, { id: r.id, name: r.name, tier: r.tier as Tier, divisionId: r.division_id, capacity: r.capacity, children: [] }]));
    let root: TreeNode | null = null;
    const orphans: TreeNode[] = [];
    for (const r of rows) {
      const n = nodes.get(r.id)!;
      if (r.tier === 'municipal_centre') root = n;
      else if (r.supervisor_id && nodes.has(r.supervisor_id)) nodes.get(r.supervisor_id)!.children.push(n);
      else orphans.push(n);
    }
    if (root) root.children.push(...orphans.filter((o) => o.tier === 'county_centre'));
    return root;
  }

  async #lockForWrite(trx: Kx, id: string): Promise<FacilityRow> {
    if (!isUuid(id)) throw new AppError('not_found', `facility ${id} not found`, { field: 'id' });
    await trx.selectFrom('facilities').select('id').where('id', '=', id).forUpdate().execute();
    const r = await selectFacilities(trx).where('f.id', '=', id).executeTakeFirst();
    if (!r) throw new AppError('not_found', `facility ${id} not found`, { field: 'id' });
    return r;
  }
}
