/**
 * The read side of the facility registry: one typed select (a facility with its live classes and today's enrolment
 * per class, counted from placements), the list filters, and the summary every list and card shows.
 */
import { sql, type ExpressionBuilder, type SqlBool, type Expression } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { CLASS_BANDS, type ClassBand } from '../../care/policy.ts';
import type { FacilityData, FilingStatus, Ownership, ServiceMode, Tier } from '../../care/facility.ts';
import type { Kx } from '../pool.ts';
import type { DB } from '../schema.gen.ts';

export interface FacilityFilter {
  division?: string;
  tier?: Tier;
  ownership?: Ownership;
  mode?: ServiceMode;
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

/** A monthly price of one service mode (全日托 ¥1,400/月). */
export interface MonthlyPrice {
  mode: ServiceMode;
  price: number;
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
  modes: ServiceMode[];
  capacity: number;
  enrolled: number;
  free: number;
  freeByBand: Record<ClassBand, number>;
  /** The cheapest monthly price of any mode (kept for old clients; `monthlyPrices` says which mode is which). */
  minMonthlyPrice: number | null;
  /** Monthly prices by mode, full-day first. */
  monthlyPrices: MonthlyPrice[];
  synthetic: boolean;
}

/** The select every read shares. */
export function selectFacilities(k: Kx) {
  return k
    .selectFrom('facilities as f')
    .innerJoin('divisions as d', 'd.id', 'f.division_id')
    .select([
      'f.id',
      'f.name',
      'f.tier',
      'f.ownership',
      'f.filing_status',
      'f.filing_number',
      'f.division_id',
      'd.name as division_name',
      'f.street_id',
      'f.address',
      'f.lng',
      'f.lat',
      'f.opening_hours',
      'f.services',
      'f.floor_area_m2',
      'f.outdoor_area_m2',
      'f.contact',
      'f.supervisor_id',
      'f.synthetic',
      'f.version',
      'f.updated_at',
      'f.archived_at',
    ])
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('classes as c')
          .select(['c.id', 'c.name', 'c.band', 'c.capacity'])
          .select((e2) =>
            e2
              .selectFrom('placements as p')
              .select(sql<number>`count(*)::int`.as('n'))
              .whereRef('p.class_id', '=', 'c.id')
              .where(sql<SqlBool>`p.during @> current_date`)
              .$asScalar()
              .$notNull()
              .as('enrolled'),
          )
          .whereRef('c.facility_id', '=', 'f.id')
          .where('c.archived_at', 'is', null)
          .orderBy(sql`c.name COLLATE "C"`),
      ).as('classes'),
    );
}

export type FacilityRow = Awaited<ReturnType<ReturnType<typeof selectFacilities>['executeTakeFirstOrThrow']>>;

/** Tier order of lists: 1, then 12, then N by kind. */
export const TIER_ORDER = sql`CASE f.tier WHEN 'municipal_centre' THEN 0 WHEN 'county_centre' THEN 1 WHEN 'community' THEN 2 WHEN 'family_point' THEN 3 WHEN 'kindergarten_class' THEN 4 WHEN 'employer' THEN 5 ELSE 6 END`;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/** The list filters as one predicate over `f`. */
export function facilityFilter(f: FacilityFilter) {
  return (eb: ExpressionBuilder<DB & { f: DB['facilities'] }, 'f'>): Expression<SqlBool> => {
    const w: Expression<SqlBool>[] = [];
    if (!f.includeArchived) w.push(eb('f.archived_at', 'is', null));
    if (f.division) {
      // A city id matches everything below it; a county its facilities; a street its own.
      const d = f.division;
      w.push(eb.or([eb('f.division_id', '=', d), eb('f.street_id', '=', d), eb.exists(eb.selectFrom('divisions as dd').select('dd.id').where('dd.id', '=', d).where('dd.level', '=', 'city'))]));
    }
    if (f.tier) w.push(eb('f.tier', '=', f.tier));
    if (f.ownership) w.push(eb('f.ownership', '=', f.ownership));
    if (f.mode) w.push(sql<SqlBool>`f.services @> ${JSON.stringify([{ mode: f.mode }])}::jsonb`);
    if (f.band || f.free) {
      let cls = eb.selectFrom('classes as c').select('c.id').whereRef('c.facility_id', '=', 'f.id').where('c.archived_at', 'is', null);
      if (f.band) cls = cls.where('c.band', '=', f.band);
      if (f.free) {
        cls = cls.where((e) =>
          e('c.capacity', '>', e.selectFrom('placements as p').select(sql<number>`count(*)::int`.as('n')).whereRef('p.class_id', '=', 'c.id').where(sql<SqlBool>`p.during @> current_date`)),
        );
      }
      w.push(eb.exists(cls));
    }
    const q = f.q?.trim();
    if (q) {
      const like = `%${escapeLike(q)}%`;
      w.push(eb.or([eb('f.name', 'ilike', like), eb('f.address', 'ilike', like)]));
    }
    return eb.and(w);
  };
}

type Services = FacilityData['services'];

/** The summary of a facility row. */
export function summarize(r: FacilityRow): FacilitySummary {
  const freeByBand = Object.fromEntries(CLASS_BANDS.map((b) => [b, 0])) as Record<ClassBand, number>;
  let capacity = 0;
  let enrolled = 0;
  for (const c of r.classes) {
    capacity += c.capacity;
    enrolled += c.enrolled ?? 0;
    freeByBand[c.band as ClassBand] += Math.max(0, c.capacity - (c.enrolled ?? 0));
  }
  const services = (r.services ?? []) as Services;
  const order = (m: ServiceMode) => ['full_day', 'half_day', 'hourly', 'temporary'].indexOf(m);
  const monthlyPrices = services
    .filter((s) => s.unit === 'month')
    .map((s) => ({ mode: s.mode, price: s.price }))
    .sort((a, b) => order(a.mode) - order(b.mode));
  return {
    id: r.id,
    name: r.name,
    tier: r.tier as Tier,
    ownership: r.ownership as Ownership,
    filingStatus: r.filing_status as FilingStatus,
    divisionId: r.division_id,
    divisionName: r.division_name,
    address: r.address,
    location: { lng: r.lng, lat: r.lat },
    modes: services.map((s) => s.mode),
    capacity,
    enrolled,
    free: Math.max(0, capacity - enrolled),
    freeByBand,
    minMonthlyPrice: monthlyPrices.length ? Math.min(...monthlyPrices.map((p) => p.price)) : null,
    monthlyPrices,
    synthetic: r.synthetic,
  };
}

/** A facility row as input data (for merging a patch, and for export). */
export function rowToData(r: FacilityRow): FacilityData {
  return {
    name: r.name,
    tier: r.tier as Tier,
    ownership: r.ownership as Ownership,
    filingStatus: r.filing_status as FilingStatus,
    filingNumber: r.filing_number,
    divisionId: r.division_id,
    address: r.address,
    location: { lng: r.lng, lat: r.lat },
    openingHours: r.opening_hours as FacilityData['openingHours'],
    services: (r.services ?? []) as Services,
    classes: r.classes.map((c) => ({ id: c.id, name: c.name, band: c.band as ClassBand, capacity: c.capacity })),
    floorAreaM2: r.floor_area_m2,
    outdoorAreaM2: r.outdoor_area_m2,
    contact: r.contact as FacilityData['contact'],
    supervisorId: r.supervisor_id,
  };
}
