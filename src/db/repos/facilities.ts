/**
 * The facility registry, scoped to a caller. Reads are public (the registry is open information); writes follow
 * src/db/repos/policy.ts. Every multi-row write runs in one transaction with the facility row locked, so concurrent
 * edits cannot lose classes or break a rule; optimistic `version` checks reject stale forms with 409.
 */
import { AppError, type FieldIssue } from '../../shared/errors.ts';
import { toWgs84 } from '../../shared/coords.ts';
import {
  checkFacilityRules,
  facilityInputSchema,
  supervisorTierFor,
  type FacilityData,
  type FacilityPatch,
  type Tier,
  type Ownership,
  type FilingStatus,
} from '../../care/facility.ts';
import { NATIONAL_POLICY_2019 } from '../../care/policy.ts';
import { CLASS_BANDS, type ClassBand } from '../../care/policy.ts';
import type { Db, Queryable } from '../pool.ts';
import { audit } from './audit.ts';
import type { Caller } from './caller.ts';
import { BUREAU_ONLY_FIELDS, canArchiveFacility, canCreateFacilityIn, canEditFacility, isBureau } from './policy.ts';

export interface FacilityFilter {
  division?: string;
  tier?: Tier;
  ownership?: string;
  mode?: string;
  band?: ClassBand;
  free?: boolean;
  q?: string;
  includeArchived?: boolean;
}

export interface ClassView {
  id: string;
  name: string;
  band: ClassBand;
  capacity: number;
  enrolled: number;
  free: number;
}

export interface FacilitySummary {
  id: string;
  name: string;
  tier: Tier;
  ownership: Ownership;
  filingStatus: FilingStatus;
  divisionId: string;
  divisionName: string;
  address: string;
  location: { lng: number; lat: number };
  modes: string[];
  capacity: number;
  enrolled: number;
  free: number;
  freeByBand: Record<ClassBand, number>;
  minMonthlyPrice: number | null;
  synthetic: boolean;
}

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
  canEdit: boolean;
}

interface FacilityRow {
  id: string;
  name: string;
  tier: Tier;
  ownership: Ownership;
  filing_status: FilingStatus;
  filing_number: string | null;
  division_id: string;
  division_name: string;
  street_id: string | null;
  address: string;
  lng: number;
  lat: number;
  opening_hours: FacilityData['openingHours'];
  services: FacilityData['services'];
  floor_area_m2: number | null;
  outdoor_area_m2: number | null;
  contact: FacilityData['contact'];
  supervisor_id: string | null;
  synthetic: boolean;
  version: number;
  updated_at: Date;
  archived_at: Date | null;
  classes: Array<{ id: string; name: string; band: ClassBand; capacity: number; enrolled: number }>;
  total?: number;
}

/** The SELECT every read shares: a facility with its live classes and their enrolment counts. */
const SELECT_FACILITY = `
  SELECT f.id, f.name, f.tier, f.ownership, f.filing_status, f.filing_number, f.division_id, d.name AS division_name,
         f.street_id, f.address, f.lng, f.lat, f.opening_hours, f.services, f.floor_area_m2, f.outdoor_area_m2,
         f.contact, f.supervisor_id, f.synthetic, f.version, f.updated_at, f.archived_at,
         COALESCE((
           SELECT jsonb_agg(jsonb_build_object('id', c.id, 'name', c.name, 'band', c.band, 'capacity', c.capacity,
                    'enrolled', (SELECT count(*) FROM children ch WHERE ch.class_id = c.id AND ch.status = 'enrolled'))
                  ORDER BY c.name COLLATE "C")
           FROM classes c WHERE c.facility_id = f.id AND c.archived_at IS NULL), '[]'::jsonb) AS classes
  FROM facilities f JOIN divisions d ON d.id = f.division_id`;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

function summarize(r: FacilityRow): FacilitySummary {
  const freeByBand = Object.fromEntries(CLASS_BANDS.map((b) => [b, 0])) as Record<ClassBand, number>;
  let capacity = 0;
  let enrolled = 0;
  for (const c of r.classes) {
    capacity += c.capacity;
    enrolled += c.enrolled;
    freeByBand[c.band] += Math.max(0, c.capacity - c.enrolled);
  }
  const monthly = (r.services ?? []).filter((s) => s.unit === 'month').map((s) => s.price);
  return {
    id: r.id,
    name: r.name,
    tier: r.tier,
    ownership: r.ownership,
    filingStatus: r.filing_status,
    divisionId: r.division_id,
    divisionName: r.division_name,
    address: r.address,
    location: { lng: r.lng, lat: r.lat },
    modes: (r.services ?? []).map((s) => s.mode),
    capacity,
    enrolled,
    free: Math.max(0, capacity - enrolled),
    freeByBand,
    minMonthlyPrice: monthly.length ? Math.min(...monthly) : null,
    synthetic: r.synthetic,
  };
}

/** Builds the WHERE clause for list filters; `params` is appended to. */
function whereClause(f: FacilityFilter, params: unknown[]): string {
  const w: string[] = [];
  if (!f.includeArchived) w.push('f.archived_at IS NULL');
  if (f.division) {
    params.push(f.division);
    const p = `$${params.length}`;
    // A city id matches everything below it; a county its facilities; a street its own.
    w.push(`(f.division_id = ${p} OR f.street_id = ${p} OR EXISTS (SELECT 1 FROM divisions dd WHERE dd.id = ${p} AND dd.level = 'city'))`);
  }
  if (f.tier) {
    params.push(f.tier);
    w.push(`f.tier = $${params.length}`);
  }
  if (f.ownership) {
    params.push(f.ownership);
    w.push(`f.ownership = $${params.length}`);
  }
  if (f.mode) {
    params.push(JSON.stringify([{ mode: f.mode }]));
    w.push(`f.services @> $${params.length}::jsonb`);
  }
  if (f.band || f.free) {
    const conds = ['c.facility_id = f.id', 'c.archived_at IS NULL'];
    if (f.band) {
      params.push(f.band);
      conds.push(`c.band = $${params.length}`);
    }
    if (f.free) conds.push(`c.capacity > (SELECT count(*) FROM children ch WHERE ch.class_id = c.id AND ch.status = 'enrolled')`);
    w.push(`EXISTS (SELECT 1 FROM classes c WHERE ${conds.join(' AND ')})`);
  }
  if (f.q && f.q.trim()) {
    params.push(`%${escapeLike(f.q.trim())}%`);
    w.push(`(f.name ILIKE $${params.length} OR f.address ILIKE $${params.length})`);
  }
  return w.length ? `WHERE ${w.join(' AND ')}` : '';
}

const TIER_ORDER = `CASE f.tier WHEN 'municipal_centre' THEN 0 WHEN 'county_centre' THEN 1 WHEN 'community' THEN 2 WHEN 'family_point' THEN 3 WHEN 'kindergarten_class' THEN 4 WHEN 'employer' THEN 5 ELSE 6 END`;

/** The registry of facilities as seen by one caller. */
export class FacilityRepo {
  readonly #db: Db;
  readonly #caller: Caller;

  constructor(db: Db, caller: Caller) {
    this.#db = db;
    this.#caller = caller;
  }

  /** A page of facilities matching the filters, ordered by tier then name. */
  async list(filter: FacilityFilter, page = 1, pageSize = 20): Promise<{ items: FacilitySummary[]; total: number }> {
    const params: unknown[] = [];
    const where = whereClause(filter, params);
    params.push(pageSize, (page - 1) * pageSize);
    const rows = await this.#db.query<FacilityRow>(
      `${SELECT_FACILITY.replace('SELECT f.id', 'SELECT count(*) OVER () AS total, f.id')} ${where}
       ORDER BY ${TIER_ORDER}, f.division_id, f.name COLLATE "C", f.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && page > 1) {
      const c = await this.#db.query<{ n: number }>(`SELECT count(*) AS n FROM facilities f ${whereClause(filter, [])}`, params.slice(0, -2));
      total = c[0]?.n ?? 0;
    }
    return { items: rows.map(summarize), total };
  }

  /** Every matching facility (no paging) — for the map layer and exports. */
  async all(filter: FacilityFilter): Promise<FacilitySummary[]> {
    const params: unknown[] = [];
    const rows = await this.#db.query<FacilityRow>(`${SELECT_FACILITY} ${whereClause(filter, params)} ORDER BY ${TIER_ORDER}, f.name COLLATE "C", f.id`, params);
    return rows.map(summarize);
  }

  /** One facility with its classes, supervisor and medical partner; `not_found` when absent. */
  async get(id: string, q: Queryable = this.#db): Promise<FacilityView> {
    if (!UUID.test(id)) throw new AppError('not_found', `facility ${id} not found`);
    const [r] = await q.query<FacilityRow>(`${SELECT_FACILITY} WHERE f.id = $1`, [id]);
    if (!r) throw new AppError('not_found', `facility ${id} not found`);
    const [sup] = r.supervisor_id ? await q.query<{ id: string; name: string; tier: Tier }>(`SELECT id, name, tier FROM facilities WHERE id = $1`, [r.supervisor_id]) : [];
    const [med] = await q.query<{ id: string; name: string; kind: string; valid_from: string }>(
      `SELECT m.id, m.name, m.kind, a.valid_from FROM medical_agreements a JOIN medical_institutions m ON m.id = a.institution_id
       WHERE a.facility_id = $1 AND a.valid_from <= current_date AND (a.valid_to IS NULL OR a.valid_to >= current_date)
       ORDER BY a.valid_from DESC LIMIT 1`,
      [id],
    );
    return {
      ...summarize(r),
      filingNumber: r.filing_number,
      openingHours: r.opening_hours,
      services: r.services ?? [],
      classes: r.classes.map((c) => ({ ...c, free: Math.max(0, c.capacity - c.enrolled) })),
      floorAreaM2: r.floor_area_m2,
      outdoorAreaM2: r.outdoor_area_m2,
      contact: r.contact,
      supervisor: sup ?? null,
      medicalPartner: med ? { id: med.id, name: med.name, kind: med.kind, validFrom: med.valid_from } : null,
      version: r.version,
      archived: r.archived_at !== null,
      updatedAt: r.updated_at.toISOString(),
      canEdit: r.archived_at === null && canEditFacility(this.#caller, r),
    };
  }

  /** Creates a facility (one transaction: the row, its classes, its medical agreement, the audit entry). */
  async create(input: FacilityData): Promise<FacilityView> {
    if (!canCreateFacilityIn(this.#caller, input.divisionId)) {
      throw new AppError('forbidden', `you may not create facilities in division ${input.divisionId}`, { field: 'divisionId' });
    }
    return this.#db.tx(async (q) => {
      const id = await insertFacility(q, input);
      await audit(q, this.#caller, 'create', 'facility', id);
      return this.get(id, q);
    });
  }

  /**
   * Applies a partial update. Classes, when given, replace the list: entries with an id update that class, entries
   * without one add a class, and a class left out is archived (refused while children are enrolled in it).
   */
  async update(id: string, patch: FacilityPatch & { version?: number }): Promise<FacilityView> {
    return this.#db.tx(async (q) => {
      const current = await this.#lockForWrite(q, id);
      if (!canEditFacility(this.#caller, current)) throw new AppError('forbidden', `you may not edit facility ${id}`);
      if (current.archived_at) throw new AppError('conflict', 'this facility is archived');
      if (patch.version !== undefined && patch.version !== current.version) {
        throw new AppError('conflict', `the facility was changed by someone else (version ${current.version}, yours ${patch.version}); reload and try again`, { field: 'version' });
      }
      if (this.#caller.kind === 'user' && this.#caller.role === 'director') {
        for (const f of BUREAU_ONLY_FIELDS) {
          if (patch[f] !== undefined && JSON.stringify(patch[f]) !== JSON.stringify(currentValue(current, f))) {
            throw new AppError('forbidden', `${f} is set by the health bureau, not by the facility`, { field: f });
          }
        }
      }
      if (patch.divisionId !== undefined && patch.divisionId !== current.division_id && !canCreateFacilityIn(this.#caller, patch.divisionId)) {
        throw new AppError('forbidden', `you may not move a facility to division ${patch.divisionId}`, { field: 'divisionId' });
      }
      const { version: _v, ...rest } = patch;
      const merged = mergeFacility(current, rest);
      await updateFacility(q, id, merged, patch.classes !== undefined, current);
      await audit(q, this.#caller, 'update', 'facility', id, { detail: { fields: Object.keys(rest) } });
      return this.get(id, q);
    });
  }

  /** Archives (never deletes) a facility; refused while children are enrolled. */
  async archive(id: string): Promise<FacilityView> {
    return this.#db.tx(async (q) => {
      const current = await this.#lockForWrite(q, id);
      if (!canArchiveFacility(this.#caller, current)) throw new AppError('forbidden', `you may not archive facility ${id}`);
      if (!current.archived_at) {
        const [n] = await q.query<{ n: number }>(`SELECT count(*) AS n FROM children WHERE facility_id = $1 AND status = 'enrolled'`, [id]);
        if ((n?.n ?? 0) > 0) throw new AppError('conflict', `${n!.n} children are enrolled here; move them before archiving`);
        const [dep] = await q.query<{ n: number }>(`SELECT count(*) AS n FROM facilities WHERE supervisor_id = $1 AND archived_at IS NULL`, [id]);
        if ((dep?.n ?? 0) > 0) throw new AppError('conflict', `${dep!.n} facilities are supervised by this centre; reassign them first`);
        await q.query(`UPDATE facilities SET archived_at = now(), version = version + 1, updated_at = now() WHERE id = $1`, [id]);
        await audit(q, this.#caller, 'archive', 'facility', id);
      }
      return this.get(id, q);
    });
  }

  /**
   * Imports many facilities atomically: every row is checked (permission, references, rules) and nothing is written
   * unless all rows pass; the error lists every bad row with its number and field.
   */
  async importMany(rows: ReadonlyArray<{ row: number; id?: string; data: FacilityData }>): Promise<{ created: number; updated: number }> {
    if (!isBureau(this.#caller)) throw new AppError('forbidden', 'imports are for the health bureau (officials and admins)');
    return this.#db.tx(async (q) => {
      const issues: FieldIssue[] = [];
      const divisions = new Set((await q.query<{ id: string }>(`SELECT id FROM divisions`)).map((d) => d.id));
      for (const r of rows) {
        if (!divisions.has(r.data.divisionId)) issues.push({ row: r.row, field: 'division_id', message: `unknown division ${r.data.divisionId}` });
        else if (!canCreateFacilityIn(this.#caller, r.data.divisionId)) issues.push({ row: r.row, field: 'division_id', message: `you may not write facilities in division ${r.data.divisionId}` });
      }
      if (issues.length) throw new AppError('invalid', `${issues.length} row(s) are invalid; nothing was imported`, { issues });
      let created = 0;
      let updated = 0;
      for (const r of rows) {
        try {
          await q.query('SAVEPOINT row_import');
          if (r.id) {
            const current = await this.#lockForWrite(q, r.id);
            if (!canEditFacility(this.#caller, current)) throw new AppError('forbidden', `you may not edit facility ${r.id}`, { field: 'id' });
            await updateFacility(q, r.id, r.data, true, current);
            updated++;
          } else {
            await insertFacility(q, r.data);
            created++;
          }
          await q.query('RELEASE SAVEPOINT row_import');
        } catch (e) {
          await q.query('ROLLBACK TO SAVEPOINT row_import');
          if (!(e instanceof AppError)) throw e;
          const field = importField(e.field);
          issues.push({ row: r.row, field, message: e.message });
        }
      }
      if (issues.length) throw new AppError('invalid', `${issues.length} row(s) are invalid; nothing was imported`, { issues });
      await audit(q, this.#caller, 'import', 'facility', null, { detail: { created, updated } });
      return { created, updated };
    });
  }

  /** Every live facility as input data (for export), ids included. */
  async exportAll(): Promise<Array<FacilityData & { id: string }>> {
    const rows = await this.#db.query<FacilityRow & { medical_institution_id: string | null }>(
      `${SELECT_FACILITY.replace('SELECT f.id', `SELECT (SELECT a.institution_id FROM medical_agreements a WHERE a.facility_id = f.id AND (a.valid_to IS NULL OR a.valid_to >= current_date) ORDER BY a.valid_from DESC LIMIT 1) AS medical_institution_id, f.id`)}
       WHERE f.archived_at IS NULL ORDER BY ${TIER_ORDER}, f.division_id, f.name COLLATE "C"`,
    );
    return rows.map((r) => ({ id: r.id, ...rowToData(r), medicalInstitutionId: r.medical_institution_id }));
  }

  /** The 1+12+N tree: municipal centre → county centres → their supervised points. */
  async tree(): Promise<TreeNode | null> {
    const rows = await this.#db.query<{ id: string; name: string; tier: Tier; division_id: string; supervisor_id: string | null; capacity: number }>(
      `SELECT f.id, f.name, f.tier, f.division_id, f.supervisor_id,
              COALESCE((SELECT sum(capacity) FROM classes c WHERE c.facility_id = f.id AND c.archived_at IS NULL), 0) AS capacity
       FROM facilities f WHERE f.archived_at IS NULL ORDER BY f.division_id, ${TIER_ORDER}, f.name COLLATE "C"`,
    );
    const nodes = new Map<string, TreeNode>(rows.map((r) => [r.id, { id: r.id, name: r.name, tier: r.tier, divisionId: r.division_id, capacity: Number(r.capacity), children: [] }]));
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

  async #lockForWrite(q: Queryable, id: string): Promise<FacilityRow> {
    if (!UUID.test(id)) throw new AppError('not_found', `facility ${id} not found`);
    await q.query(`SELECT 1 FROM facilities WHERE id = $1 FOR UPDATE`, [id]);
    const [r] = await q.query<FacilityRow>(`${SELECT_FACILITY} WHERE f.id = $1`, [id]);
    if (!r) throw new AppError('not_found', `facility ${id} not found`);
    return r;
  }
}

export interface TreeNode {
  id: string;
  name: string;
  tier: Tier;
  divisionId: string;
  capacity: number;
  children: TreeNode[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Maps an API field path to the flat import column name. */
function importField(field: string | undefined): string {
  if (!field) return 'row';
  const head = field.split('.')[0]!;
  const map: Record<string, string> = { divisionId: 'division_id', filingNumber: 'filing_number', filingStatus: 'filing_status', supervisorId: 'supervisor_id', medicalInstitutionId: 'medical_institution_id', location: field.endsWith('lat') ? 'lat' : 'lng', floorAreaM2: 'floor_area_m2', outdoorAreaM2: 'outdoor_area_m2' };
  return map[head] ?? head;
}

function rowToData(r: FacilityRow): FacilityData {
  return {
    name: r.name,
    tier: r.tier,
    ownership: r.ownership,
    filingStatus: r.filing_status,
    filingNumber: r.filing_number,
    divisionId: r.division_id,
    address: r.address,
    location: { lng: r.lng, lat: r.lat },
    openingHours: r.opening_hours,
    services: r.services ?? [],
    classes: r.classes.map((c) => ({ id: c.id, name: c.name, band: c.band, capacity: c.capacity })),
    floorAreaM2: r.floor_area_m2,
    outdoorAreaM2: r.outdoor_area_m2,
    contact: r.contact,
    supervisorId: r.supervisor_id,
  };
}

function currentValue(r: FacilityRow, f: (typeof BUREAU_ONLY_FIELDS)[number]): unknown {
  const d = rowToData(r);
  return d[f] ?? null;
}

/** Current row + patch → a full record, re-validated as a whole (schema and rules). */
function mergeFacility(current: FacilityRow, patch: FacilityPatch): FacilityData {
  const base = rowToData(current);
  const merged = { ...base, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  const parsed = facilityInputSchema.safeParse(merged);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new AppError('invalid', `${i.path.join('.')}: ${i.message}`, { field: i.path.join('.') });
  }
  return parsed.data;
}

function checkRules(data: FacilityData): void {
  const issues = checkFacilityRules(data, NATIONAL_POLICY_2019);
  if (issues.length) throw new AppError('invalid', issues.map((i) => `${i.field}: ${i.message}`).join('; '), { issues });
}

async function resolveSupervisor(q: Queryable, data: FacilityData): Promise<string | null> {
  const wanted = supervisorTierFor(data.tier);
  if (!wanted) {
    if (data.supervisorId) throw new AppError('invalid', 'the municipal centre has no supervising centre', { field: 'supervisorId' });
    return null;
  }
  if (data.supervisorId) {
    const [s] = await q.query<{ tier: string; archived_at: Date | null }>(`SELECT tier, archived_at FROM facilities WHERE id = $1`, [data.supervisorId]);
    if (!s || s.archived_at) throw new AppError('invalid', `supervising centre ${data.supervisorId} not found`, { field: 'supervisorId' });
    if (s.tier !== wanted) throw new AppError('invalid', `a ${data.tier} facility is supervised by a ${wanted}, not a ${s.tier}`, { field: 'supervisorId' });
    return data.supervisorId;
  }
  // Default: the county centre of the division, or the municipal centre for county centres.
  const [s] =
    wanted === 'county_centre'
      ? await q.query<{ id: string }>(`SELECT id FROM facilities WHERE tier = 'county_centre' AND division_id = $1 AND archived_at IS NULL`, [data.divisionId])
      : await q.query<{ id: string }>(`SELECT id FROM facilities WHERE tier = 'municipal_centre' AND archived_at IS NULL`);
  return s?.id ?? null;
}

async function checkDivision(q: Queryable, divisionId: string): Promise<void> {
  const [d] = await q.query<{ level: string }>(`SELECT level FROM divisions WHERE id = $1`, [divisionId]);
  if (!d) throw new AppError('invalid', `unknown division ${divisionId}`, { field: 'divisionId' });
  if (d.level !== 'county') throw new AppError('invalid', `divisionId must name a county-level division (区/县), ${divisionId} is a ${d.level}`, { field: 'divisionId' });
}

async function insertFacility(q: Queryable, input: FacilityData): Promise<string> {
  checkRules(input);
  await checkDivision(q, input.divisionId);
  const supervisorId = await resolveSupervisor(q, input);
  const loc = toWgs84(input.location);
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO facilities (name, tier, ownership, filing_status, filing_number, division_id, address, lng, lat, opening_hours, services,
                             floor_area_m2, outdoor_area_m2, contact, supervisor_id, policy_id)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16) RETURNING id`,
    [
      input.name, input.tier, input.ownership, input.filingStatus, input.filingNumber ?? null, input.divisionId, input.address, loc.lng, loc.lat,
      input.openingHours ? JSON.stringify(input.openingHours) : null, JSON.stringify(input.services), input.floorAreaM2 ?? null, input.outdoorAreaM2 ?? null,
      input.contact ? JSON.stringify(input.contact) : null, supervisorId, NATIONAL_POLICY_2019.id,
    ],
  );
  const id = row!.id;
  for (const c of input.classes) {
    await q.query(`INSERT INTO classes (facility_id, name, band, capacity) VALUES ($1, $2, $3, $4)`, [id, c.name, c.band, c.capacity]);
  }
  if (input.medicalInstitutionId) await signAgreement(q, id, input.medicalInstitutionId);
  return id;
}

async function signAgreement(q: Queryable, facilityId: string, institutionId: string): Promise<void> {
  const [m] = await q.query(`SELECT 1 FROM medical_institutions WHERE id = $1`, [institutionId]);
  if (!m) throw new AppError('invalid', `unknown medical institution ${institutionId}`, { field: 'medicalInstitutionId' });
  const [active] = await q.query<{ institution_id: string }>(
    `SELECT institution_id FROM medical_agreements WHERE facility_id = $1 AND (valid_to IS NULL OR valid_to >= current_date) ORDER BY valid_from DESC LIMIT 1`,
    [facilityId],
  );
  if (active?.institution_id === institutionId) return;
  await q.query(`UPDATE medical_agreements SET valid_to = current_date - 1 WHERE facility_id = $1 AND (valid_to IS NULL OR valid_to >= current_date) AND valid_from < current_date`, [facilityId]);
  await q.query(`DELETE FROM medical_agreements WHERE facility_id = $1 AND valid_from >= current_date`, [facilityId]);
  await q.query(`INSERT INTO medical_agreements (facility_id, institution_id, valid_from, services) VALUES ($1, $2, current_date, '["health_check","growth_assessment","development_guidance","pediatric_massage","parent_class"]')`, [facilityId, institutionId]);
}

async function updateFacility(q: Queryable, id: string, data: FacilityData, replaceClasses: boolean, current: FacilityRow): Promise<void> {
  checkRules(data);
  await checkDivision(q, data.divisionId);
  const supervisorId = data.tier === current.tier && data.divisionId === current.division_id && data.supervisorId === undefined ? current.supervisor_id : await resolveSupervisor(q, data);
  const loc = toWgs84(data.location);
  await q.query(
    `UPDATE facilities SET name=$2, tier=$3, ownership=$4, filing_status=$5, filing_number=$6, division_id=$7, address=$8, lng=$9, lat=$10,
       opening_hours=$11, services=$12, floor_area_m2=$13, outdoor_area_m2=$14, contact=$15, supervisor_id=$16,
       version = version + 1, updated_at = now()
     WHERE id = $1`,
    [
      id, data.name, data.tier, data.ownership, data.filingStatus, data.filingNumber ?? null, data.divisionId, data.address, loc.lng, loc.lat,
      data.openingHours ? JSON.stringify(data.openingHours) : null, JSON.stringify(data.services), data.floorAreaM2 ?? null, data.outdoorAreaM2 ?? null,
      data.contact ? JSON.stringify(data.contact) : null, supervisorId,
    ],
  );
  if (replaceClasses) {
    const existing = new Map(current.classes.map((c) => [c.id, c]));
    const kept = new Set<string>();
    for (const [i, c] of data.classes.entries()) {
      if (c.id) {
        const old = existing.get(c.id);
        if (!old) throw new AppError('invalid', `class ${c.id} does not belong to this facility`, { field: `classes.${i}.id` });
        if (c.capacity < old.enrolled) {
          throw new AppError('conflict', `${c.name}: capacity ${c.capacity} is below the ${old.enrolled} children enrolled`, { field: `classes.${i}.capacity` });
        }
        kept.add(c.id);
      }
    }
    for (const old of current.classes) {
      if (kept.has(old.id)) continue;
      if (old.enrolled > 0) throw new AppError('conflict', `class ${old.name} still has ${old.enrolled} children enrolled; it cannot be removed`, { field: 'classes' });
      // Free the name first so a replacement class may reuse it.
      await q.query(`UPDATE classes SET archived_at = now(), name = name || ' (archived ' || id::text || ')' WHERE id = $1`, [old.id]);
    }
    for (const c of data.classes) {
      if (c.id) await q.query(`UPDATE classes SET name = $2, band = $3, capacity = $4 WHERE id = $1`, [c.id, c.name, c.band, c.capacity]);
    }
    for (const c of data.classes) {
      if (!c.id) await q.query(`INSERT INTO classes (facility_id, name, band, capacity) VALUES ($1, $2, $3, $4)`, [id, c.name, c.band, c.capacity]);
    }
  }
  if (data.medicalInstitutionId) await signAgreement(q, id, data.medicalInstitutionId);
}
