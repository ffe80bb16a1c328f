/**
 * What finding care reads from the registry (public information; no child is involved): every live facility with
 * its classes, services, fees, hours, medical partner and its carers' qualifications in aggregate (the catalogue,
 * which changes rarely and may be cached), and the free places of given classes from a date (always live, counted
 * from placements by classes_free_from — never a counter).
 */
import { sql } from 'kysely';
import type { ClassBand } from '../../../care/policy.ts';
import type { Ownership, ServiceMode, Tier } from '../../../care/facility.ts';
import type { OpeningHours } from '../../../care/temporary.ts';
import type { Db } from '../../pool.ts';

export interface CatalogueClass {
  id: string;
  band: ClassBand;
  capacity: number;
  /** The class's own monthly fee per mode in force today (else the facility's listed price applies). */
  fees: Partial<Record<'full_day' | 'half_day', number>>;
}

export interface CatalogueFacility {
  id: string;
  name: string;
  tier: Tier;
  ownership: Ownership;
  /** Filed (已备案) with the health bureau (only filed facilities are subsidised). */
  filed: boolean;
  divisionId: string;
  address: string;
  lng: number;
  lat: number;
  openingHours: OpeningHours | null;
  services: Array<{ mode: ServiceMode; price: number; unit: 'month' | 'day' | 'half_day' | 'hour' }>;
  classes: CatalogueClass[];
  medicalPartner: string | null;
  /** Carers and the qualifications they hold (counts), the staff's average training hours. */
  staff: { carers: number; qualifications: Array<{ qualification: string; count: number }>; trainingHoursAvg: number | null };
}

export class CareSearchRepo {
  readonly #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  /** Every live facility as finding care shows it (one query per kind of row). */
  async catalogue(): Promise<CatalogueFacility[]> {
    const k = this.#db.k;
    const [facilities, classes, fees, partners, staff] = await Promise.all([
      k.selectFrom('facilities').select(['id', 'name', 'tier', 'ownership', 'filing_status', 'division_id', 'address', 'lng', 'lat', 'opening_hours', 'services']).where('archived_at', 'is', null).orderBy('id').execute(),
      k.selectFrom('classes').select(['id', 'facility_id', 'band', 'capacity']).where('archived_at', 'is', null).orderBy('facility_id').orderBy('id').execute(),
      k.selectFrom('class_fees').select(['class_id', 'mode', 'monthly_fee']).where(sql<boolean>`during @> current_date`).execute(),
      k.selectFrom('signed_facilities as s').innerJoin('medical_institutions as m', 'm.id', 's.institution_id').select(['s.facility_id', 'm.name']).orderBy('m.name').execute(),
      k
        .selectFrom('staff_profiles')
        .select(['facility_id', 'qualification', sql<number>`count(*) FILTER (WHERE role = 'carer')::int`.as('carers'), sql<number>`avg(training_pre_hours + training_in_hours + training_safety_hours)`.as('hours'), sql<number>`count(*)::int`.as('n')])
        .groupBy(['facility_id', 'qualification'])
        .execute(),
    ]);
    const byFacility = new Map<string, CatalogueClass[]>();
    const feeOf = new Map<string, CatalogueClass['fees']>();
    for (const f of fees) (feeOf.get(f.class_id) ?? feeOf.set(f.class_id, {}).get(f.class_id)!)[f.mode as 'full_day' | 'half_day'] = Number(f.monthly_fee);
    for (const c of classes) {
      const list = byFacility.get(c.facility_id) ?? [];
      list.push({ id: c.id, band: c.band as ClassBand, capacity: c.capacity, fees: feeOf.get(c.id) ?? {} });
      byFacility.set(c.facility_id, list);
    }
    const partnerOf = new Map<string, string>();
    for (const p of partners) if (p.facility_id && !partnerOf.has(p.facility_id)) partnerOf.set(p.facility_id, p.name);
    const staffOf = new Map<string, { carers: number; qualifications: Array<{ qualification: string; count: number }>; hours: number; n: number }>();
    for (const s of staff) {
      const x = staffOf.get(s.facility_id) ?? { carers: 0, qualifications: [], hours: 0, n: 0 };
      x.carers += s.carers;
      if (s.carers > 0) x.qualifications.push({ qualification: s.qualification, count: s.carers });
      x.hours += Number(s.hours) * s.n;
      x.n += s.n;
      staffOf.set(s.facility_id, x);
    }
    return facilities.map((f) => {
      const s = staffOf.get(f.id);
      return {
        id: f.id,
        name: f.name,
        tier: f.tier as Tier,
        ownership: f.ownership as Ownership,
        filed: f.filing_status === 'filed',
        divisionId: f.division_id,
        address: f.address,
        lng: f.lng,
        lat: f.lat,
        openingHours: f.opening_hours as OpeningHours | null,
        services: (f.services ?? []) as CatalogueFacility['services'],
        classes: byFacility.get(f.id) ?? [],
        medicalPartner: partnerOf.get(f.id) ?? null,
        staff: {
          carers: s?.carers ?? 0,
          qualifications: (s?.qualifications ?? []).sort((a, b) => b.count - a.count || a.qualification.localeCompare(b.qualification)),
          trainingHoursAvg: s && s.n ? Math.round((s.hours / s.n) * 10) / 10 : null,
        },
      };
    });
  }

  /** A value that changes when the catalogue does (facilities edited, classes or class fees changed). */
  async catalogueVersion(): Promise<string> {
    const r = await sql<{ v: string }>`SELECT concat_ws('/', (SELECT max(updated_at) FROM facilities), (SELECT count(*) FROM facilities),
      (SELECT count(*) FROM classes), (SELECT count(*) FROM class_fees), (SELECT max(created_at) FROM class_fees), current_date) AS v`.execute(this.#db.k);
    return r.rows[0]?.v ?? '';
  }

  /**
   * Free full-day / half-day places of classes from a date (capacity − the most children placed on any day from
   * then: classes_free_from, migration 0720), live from the placements; without a date, from the city's today (which
   * the answer gives back). One prepared statement: every search runs it.
   */
  async freeFrom(classIds: readonly string[], from: string | null): Promise<{ from: string; free: Map<string, number> }> {
    const rows = await this.#db.prepared<{ class_id: string | null; free: number | null; d: string }>(
      'care_search_free_from',
      `WITH d AS (SELECT COALESCE($2::date, current_date) AS d)
       SELECT f.class_id, f.free, d.d::text AS d FROM d LEFT JOIN LATERAL classes_free_from($1::uuid[], d.d) f ON true`,
      [[...classIds], from],
    );
    return { from: rows[0]!.d, free: new Map(rows.filter((x) => x.class_id !== null).map((x) => [x.class_id!, x.free ?? 0])) };
  }

  /**
   * Residential compounds (小区) and villages by name, for a family to set its home by picking it from a list (public
   * place data: names and locations, no one's record).
   * @param q - part of the compound's, community's or street's name
   */
  async compounds(q: string, limit = 20): Promise<Array<{ id: string; name: string; kind: string; divisionId: string; divisionName: string; communityName: string | null; lng: number; lat: number }>> {
    const like = `%${q.trim().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    return this.#db.k
      .selectFrom('residential_compounds as rc')
      .innerJoin('divisions as d', 'd.id', 'rc.division_id')
      .leftJoin('divisions as cm', 'cm.id', 'rc.community_id')
      .leftJoin('divisions as st', 'st.id', 'rc.street_id')
      .select(['rc.id', 'rc.name', 'rc.kind', 'rc.division_id as divisionId', 'd.name as divisionName', 'cm.name as communityName', 'rc.lng', 'rc.lat'])
      .where((eb) => eb.or([eb('rc.name', 'ilike', like), eb('cm.name', 'ilike', like), eb('st.name', 'ilike', like)]))
      .orderBy(sql`length(rc.name)`)
      .orderBy(sql`rc.name COLLATE "C"`)
      .orderBy('rc.id')
      .limit(limit)
      .execute();
  }
}
