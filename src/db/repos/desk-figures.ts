/**
 * The bureaus' dashboard figures (issue 13), by facility, summed to divisions and the city, as of a day: places and
 * places per 1,000 residents against the target, children enrolled and occupancy, waiting lists, the medical signing
 * rate, staff in-service training in the last 12 months, quality grades and subsidies paid this year. Scoped by the
 * access policy row `desk_figures` (the city all, a district its own division, a director their facility); the
 * monthly snapshots (`desk_snapshots`, migration 0710) keep each month's figures for the trends, taken once and never
 * recomputed.
 */
import { sql, type SqlBool } from 'kysely';
import type { Ownership, Tier } from '../../care/facility.ts';
import { AppError } from '../../shared/errors.ts';
import { col, val, type Access } from '../access/scope.ts';
import type { Db, Kx } from '../pool.ts';
import { isUuid } from './ids.ts';

/** The figures of one unit (a facility, a division, the city). */
export interface Figures {
  facilities: number;
  places: number;
  enrolled: number;
  /** enrolled ÷ places (0 when no places). */
  occupancy: number;
  waiting: number;
  signed: number;
  /** signed ÷ facilities. */
  signingRate: number;
  staff: number;
  staffTrained: number;
  /** staffTrained ÷ staff (1 when no staff). */
  trainingRate: number;
  gradeA: number;
  gradeB: number;
  subsidyPaidFen: number;
  /** Residents (divisions and the city only). */
  population: number | null;
  placesPer1000: number | null;
}

export interface FigureRow extends Figures {
  id: string;
  name: string;
  level: 'division' | 'facility';
  tier: Tier | null;
  ownership: Ownership | null;
  grade: string | null;
}

export interface TierFigures {
  tier: Tier;
  facilities: number;
  places: number;
  enrolled: number;
  occupancy: number;
}

export interface SnapshotPoint {
  month: string;
  places: number;
  enrolled: number;
  occupancy: number;
  signingRate: number;
  placesPer1000: number | null;
  subsidyPaidFen: number;
}

export interface DeskFigures {
  level: 'city' | 'division' | 'facility';
  asOf: string;
  unit: { id: string; name: string };
  /** The unit's parent, for the way back up (null for the city). */
  parent: { level: 'city' | 'division'; id: string; name: string } | null;
  total: Figures;
  rows: FigureRow[];
  byTier: TierFigures[];
  trend: SnapshotPoint[];
}

interface FacilityRow {
  id: string;
  name: string;
  tier: string;
  ownership: string;
  division_id: string;
  places: number;
  enrolled: number;
  waiting: number;
  signed: boolean;
  staff: number;
  staff_trained: number;
  grade: string | null;
  subsidy_paid_fen: string;
}

const ratio = (a: number, b: number, empty = 0) => (b > 0 ? Math.round((a / b) * 10_000) / 10_000 : empty);

/** Sums facility rows into one unit's figures. */
function sum(rows: readonly FacilityRow[], population: number | null): Figures {
  const s = (f: (r: FacilityRow) => number) => rows.reduce((t, r) => t + f(r), 0);
  const places = s((r) => r.places);
  const enrolled = s((r) => r.enrolled);
  const signed = rows.filter((r) => r.signed).length;
  const staff = s((r) => r.staff);
  const staffTrained = s((r) => r.staff_trained);
  return {
    facilities: rows.length,
    places,
    enrolled,
    occupancy: ratio(enrolled, places),
    waiting: s((r) => r.waiting),
    signed,
    signingRate: ratio(signed, rows.length),
    staff,
    staffTrained,
    trainingRate: ratio(staffTrained, staff, 1),
    gradeA: rows.filter((r) => r.grade === 'A').length,
    gradeB: rows.filter((r) => r.grade === 'B').length,
    subsidyPaidFen: s((r) => Number(r.subsidy_paid_fen)),
    population,
    placesPer1000: population ? Math.round((places / population) * 1000 * 100) / 100 : null,
  };
}

/**
 * Every facility's figures on a day (live on that day: registered by then, not yet archived).
 * @param k - the query builder
 * @param asOf - the day, yyyy-mm-dd
 * @param where - the caller's scope over `f`
 */
export async function facilityFiguresOn(k: Kx, asOf: string, where: ReturnType<Access['where']> | null): Promise<FacilityRow[]> {
  const r = await sql<FacilityRow>`
    SELECT f.id, f.name, f.tier, f.ownership, f.division_id,
      COALESCE((SELECT sum(c.capacity) FROM classes c WHERE c.facility_id = f.id AND c.archived_at IS NULL), 0)::int AS places,
      (SELECT count(DISTINCT p.child_id) FROM placements p WHERE p.facility_id = f.id AND p.during @> ${asOf}::date)::int AS enrolled,
      (SELECT count(*) FROM waiting_list w WHERE w.facility_id = f.id AND w.applied_on <= ${asOf}::date)::int AS waiting,
      EXISTS (SELECT 1 FROM medical_agreements m WHERE m.facility_id = f.id AND m.valid_from <= ${asOf}::date AND (m.valid_to IS NULL OR m.valid_to >= ${asOf}::date)) AS signed,
      (SELECT count(*) FROM staff_profiles s WHERE s.facility_id = f.id)::int AS staff,
      (SELECT count(*) FROM staff_profiles s WHERE s.facility_id = f.id AND EXISTS (
         SELECT 1 FROM staff_training t WHERE t.staff_id = s.id AND t.kind = 'in_service' AND t.held_on <= ${asOf}::date AND t.held_on > ${asOf}::date - interval '1 year'))::int AS staff_trained,
      (SELECT qa.grade FROM quality_assessments qa WHERE qa.facility_id = f.id AND qa.status = 'final' AND qa.assessed_on <= ${asOf}::date ORDER BY qa.assessed_on DESC, qa.finalized_at DESC LIMIT 1) AS grade,
      (SELECT COALESCE(sum(sc.total_fen), 0) FROM subsidy_claims sc WHERE sc.facility_id = f.id AND sc.state = 'paid'
         AND sc.month >= date_trunc('year', ${asOf}::date) AND sc.month <= ${asOf}::date)::text AS subsidy_paid_fen
    FROM facilities f
    WHERE f.created_at < ${asOf}::date + 1 AND (f.archived_at IS NULL OR f.archived_at >= ${asOf}::date + 1) AND ${where ?? sql<SqlBool>`true`}
    ORDER BY f.name, f.id`.execute(k);
  return r.rows;
}

const TIERS_ORDER: readonly Tier[] = ['municipal_centre', 'county_centre', 'community', 'family_point', 'kindergarten_class', 'employer', 'private'];

function byTier(rows: readonly FacilityRow[]): TierFigures[] {
  return TIERS_ORDER.map((tier) => {
    const t = rows.filter((r) => r.tier === tier);
    const places = t.reduce((s, r) => s + r.places, 0);
    const enrolled = t.reduce((s, r) => s + r.enrolled, 0);
    return { tier, facilities: t.length, places, enrolled, occupancy: ratio(enrolled, places) };
  }).filter((t) => t.facilities > 0);
}

const notFound = (what: string) => new AppError('not_found', `${what} not found`, { field: what.split(' ')[0] });

/** The dashboard as one caller sees it. */
export class DeskFiguresRepo {
  readonly #db: Db;
  readonly #access: Access;

  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /**
   * The figures of the city (rows: divisions), a division (rows: its facilities) or a facility (its own row), today,
   * with their monthly trend. A division or facility outside the caller's scope is not_found.
   */
  async figures(target: { divisionId?: string; facilityId?: string } = {}): Promise<DeskFigures> {
    const scope = this.#access.where('desk_figures', 'read', { facility: col('f.id'), division: col('f.division_id') });
    return this.#db.tx(async (trx) => {
      const today = (await sql<{ d: string }>`SELECT current_date::text AS d`.execute(trx)).rows[0]!.d;
      const counties = await trx.selectFrom('divisions').select(['id', 'name', 'population', 'parent_id']).where('level', '=', 'county').orderBy('id').execute();
      const city = await trx.selectFrom('divisions').select(['id', 'name', 'population']).where('level', '=', 'city').orderBy('id').executeTakeFirst();
      const cityUnit = { id: city?.id ?? 'city', name: city?.name ?? '' };
      if (target.facilityId) {
        const f = isUuid(target.facilityId) ? await trx.selectFrom('facilities').select(['id', 'division_id']).where('id', '=', target.facilityId).executeTakeFirst() : undefined;
        if (!f) throw notFound(`facility ${target.facilityId}`);
        await this.#access.check(trx, 'desk_figures', 'read', { facility: val(f.id), division: val(f.division_id) }, { what: `facility ${f.id}` });
        const rows = (await facilityFiguresOn(trx, today, sql<SqlBool>`f.id = ${f.id}::uuid`)).map((r) => this.#facilityRow(r));
        const div = counties.find((c) => c.id === f.division_id);
        const row = rows[0];
        if (!row) throw notFound(`facility ${target.facilityId}`);
        return { level: 'facility', asOf: today, unit: { id: row.id, name: row.name }, parent: div ? { level: 'division', id: div.id, name: div.name } : null, total: row, rows, byTier: [], trend: await this.#trend(trx, 'facility', row.id) };
      }
      if (target.divisionId) {
        const d = counties.find((c) => c.id === target.divisionId);
        if (!d) throw notFound(`division ${target.divisionId}`);
        await this.#access.check(trx, 'desk_figures', 'read', { division: val(d.id), facility: val(null) }, { what: `division ${d.id}` });
        const raw = await facilityFiguresOn(trx, today, sql<SqlBool>`f.division_id = ${d.id} AND ${scope}`);
        return {
          level: 'division',
          asOf: today,
          unit: { id: d.id, name: d.name },
          parent: { level: 'city', ...cityUnit },
          total: sum(raw, d.population),
          rows: raw.map((r) => this.#facilityRow(r)),
          byTier: byTier(raw),
          trend: await this.#trend(trx, 'division', d.id),
        };
      }
      const raw = await facilityFiguresOn(trx, today, scope);
      const seen = new Set(raw.map((r) => r.division_id));
      const all = this.#access.scope('desk_figures', 'read') === 'all';
      const shown = counties.filter((c) => all || seen.has(c.id) || this.#ownDivision() === c.id);
      const rows: FigureRow[] = shown.map((c) => ({ id: c.id, name: c.name, level: 'division', tier: null, ownership: null, grade: null, ...sum(raw.filter((r) => r.division_id === c.id), c.population) }));
      const population = all ? (city?.population ?? shown.reduce((s, c) => s + (c.population ?? 0), 0)) : shown.reduce((s, c) => s + (c.population ?? 0), 0);
      return { level: 'city', asOf: today, unit: cityUnit, parent: null, total: sum(raw, population || null), rows, byTier: byTier(raw), trend: all ? await this.#trend(trx, 'city', cityUnit.id) : [] };
    });
  }

  /**
   * Takes the snapshot of a month (its figures as of its last day) for the city, every division and facility; a
   * month already taken is kept as it was (`taken` false). Returns how many units were written.
   */
  async snapshot(month: string): Promise<{ month: string; taken: boolean; units: number }> {
    if (!this.#access.reachesRows('desk_snapshot', 'create')) throw this.#access.refusal('desk_snapshot', 'create');
    return this.#db.tx(async (trx) => {
      const check = (await sql<{ future: boolean; last: string }>`SELECT (${`${month}-01`}::date > date_trunc('month', current_date)::date) AS future,
        LEAST((${`${month}-01`}::date + interval '1 month' - interval '1 day')::date, current_date)::text AS last`.execute(trx)).rows[0]!;
      if (check.future) throw new AppError('invalid', `${month} has not begun yet`, { field: 'month', code: 'date_in_future' });
      const exists = await trx.selectFrom('desk_snapshots').select('unit_id').where('month', '=', `${month}-01`).where('level', '=', 'city').executeTakeFirst();
      if (exists) return { month, taken: false, units: 0 };
      const raw = await facilityFiguresOn(trx, check.last, null);
      const counties = await trx.selectFrom('divisions').select(['id', 'population']).where('level', '=', 'county').execute();
      const city = await trx.selectFrom('divisions').select(['id', 'population']).where('level', '=', 'city').executeTakeFirst();
      const values = [
        { month: `${month}-01`, level: 'city', unit_id: city?.id ?? 'city', division_id: null, figures: JSON.stringify(sum(raw, city?.population ?? null)) },
        ...counties.map((c) => ({ month: `${month}-01`, level: 'division', unit_id: c.id, division_id: c.id, figures: JSON.stringify(sum(raw.filter((r) => r.division_id === c.id), c.population)) })),
        ...raw.map((r) => ({ month: `${month}-01`, level: 'facility', unit_id: r.id, division_id: r.division_id, figures: JSON.stringify(sum([r], null)) })),
      ];
      for (let i = 0; i < values.length; i += 500) await trx.insertInto('desk_snapshots').values(values.slice(i, i + 500)).onConflict((oc) => oc.doNothing()).execute();
      return { month, taken: true, units: values.length };
    });
  }

  #ownDivision(): string | null {
    const c = this.#access.caller;
    return c.kind === 'user' ? (c.divisionId ?? null) : null;
  }

  #facilityRow(r: FacilityRow): FigureRow {
    return { id: r.id, name: r.name, level: 'facility', tier: r.tier as Tier, ownership: r.ownership as Ownership, grade: r.grade, ...sum([r], null) };
  }

  async #trend(trx: Kx, level: 'city' | 'division' | 'facility', unitId: string): Promise<SnapshotPoint[]> {
    const rows = await trx
      .selectFrom('desk_snapshots')
      .select([sql<string>`to_char(month, 'YYYY-MM')`.as('month'), 'figures'])
      .where('level', '=', level)
      .where('unit_id', '=', unitId)
      .orderBy('month')
      .limit(36)
      .execute();
    return rows.map((r) => {
      const f = r.figures as unknown as Figures;
      return { month: r.month, places: f.places, enrolled: f.enrolled, occupancy: f.occupancy, signingRate: f.signingRate, placesPer1000: f.placesPer1000, subsidyPaidFen: f.subsidyPaidFen };
    });
  }
}
