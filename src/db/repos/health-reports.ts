/**
 * The bureaus' health figures by county-level division (policy: `health_report` — district officials their division,
 * the city all): the signing rate of medical agreements (the city reports 100%), the free services per placed child
 * (how many children had pediatric massage, guidance, a parent class, and how often), and training compliance per
 * facility. Aggregates only: no child appears by name.
 */
import { sql, type SqlBool } from 'kysely';
import { facilityCompliance, type FacilityCompliance } from '../../care/training-rules.ts';
import type { ServiceKind } from '../../care/health-services.ts';
import { col, val, type Access } from '../access/scope.ts';
import type { Db, Kx } from '../pool.ts';

export interface SigningRow {
  divisionId: string;
  name: string;
  facilities: number;
  signed: number;
  /** signed / facilities (1 when there are no facilities). */
  rate: number;
  /** Signed facilities whose every agreement in force ends within 60 days. */
  expiring: number;
}

export interface ServiceRow {
  divisionId: string;
  name: string;
  /** Children placed today. */
  childrenPlaced: number;
  /** Per kind: placed children who attended at least once in the period, and attendances. */
  byKind: Array<{ kind: ServiceKind; children: number; attendances: number; sessions: number }>;
}

export interface TrainingRow extends FacilityCompliance {
  facilityId: string;
  name: string;
  divisionId: string;
}

const KINDS: readonly ServiceKind[] = ['tcm_massage', 'development_guidance', 'parent_class'];

export class HealthReportRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /** The county-level divisions in the caller's scope (one when asked for; 403 outside one's own). */
  async #divisions(k: Kx, divisionId?: string): Promise<Array<{ id: string; name: string }>> {
    const scope = this.#access.where('health_report', 'read', { division: col('d.id') });
    if (divisionId !== undefined && !(await this.#access.allows(k, 'health_report', 'read', { division: val(divisionId) }))) throw this.#access.refusal('health_report', 'read');
    let q = k.selectFrom('divisions as d').select(['d.id', 'd.name']).where('d.level', '=', 'county').where(scope);
    if (divisionId !== undefined) q = q.where('d.id', '=', divisionId);
    return q.orderBy('d.id').execute();
  }

  /** Facilities (not archived) and those signed with a medical institution today, by division. */
  async signing(divisionId?: string): Promise<SigningRow[]> {
    const divs = await this.#divisions(this.#db.k, divisionId);
    if (divs.length === 0) return [];
    const rows = await this.#db.k
      .selectFrom('facilities as f')
      .select([
        'f.division_id',
        sql<number>`count(*)::int`.as('facilities'),
        sql<number>`count(*) FILTER (WHERE EXISTS (SELECT 1 FROM signed_facilities s WHERE s.facility_id = f.id))::int`.as('signed'),
        sql<number>`count(*) FILTER (WHERE EXISTS (SELECT 1 FROM signed_facilities s WHERE s.facility_id = f.id)
          AND NOT EXISTS (SELECT 1 FROM medical_agreements a WHERE a.facility_id = f.id AND a.valid @> (current_date + 60)))::int`.as('expiring'),
      ])
      .where('f.archived_at', 'is', null)
      .where('f.division_id', 'in', divs.map((d) => d.id))
      .groupBy('f.division_id')
      .execute();
    return divs.map((d) => {
      const r = rows.find((x) => x.division_id === d.id);
      const facilities = r?.facilities ?? 0;
      const signed = r?.signed ?? 0;
      return { divisionId: d.id, name: d.name, facilities, signed, rate: facilities ? signed / facilities : 1, expiring: r?.expiring ?? 0 };
    });
  }

  /** Services per placed child in a period (sessions held at the division's facilities), by division. */
  async services(from: string, to: string, divisionId?: string): Promise<ServiceRow[]> {
    const divs = await this.#divisions(this.#db.k, divisionId);
    if (divs.length === 0) return [];
    const ids = divs.map((d) => d.id);
    const placed = await this.#db.k
      .selectFrom('placements as p')
      .innerJoin('facilities as f', 'f.id', 'p.facility_id')
      .select(['f.division_id', sql<number>`count(DISTINCT p.child_id)::int`.as('n')])
      .where(sql<SqlBool>`p.during @> current_date`)
      .where('f.division_id', 'in', ids)
      .groupBy('f.division_id')
      .execute();
    const served = await this.#db.k
      .selectFrom('service_sessions as s')
      .innerJoin('facilities as f', 'f.id', 's.facility_id')
      .leftJoin('service_registrations as r', (j) => j.onRef('r.session_id', '=', 's.id').on(sql<SqlBool>`r.cancelled_at IS NULL AND r.attended`))
      .select([
        'f.division_id',
        's.kind',
        sql<number>`count(DISTINCT r.child_id)::int`.as('children'),
        sql<number>`count(r.id)::int`.as('attendances'),
        sql<number>`count(DISTINCT s.id)::int`.as('sessions'),
      ])
      .where('s.cancelled_at', 'is', null)
      .where(sql<SqlBool>`(s.starts_at AT TIME ZONE current_setting('TimeZone'))::date BETWEEN ${from}::date AND ${to}::date`)
      .where('f.division_id', 'in', ids)
      .groupBy(['f.division_id', 's.kind'])
      .execute();
    return divs.map((d) => ({
      divisionId: d.id,
      name: d.name,
      childrenPlaced: placed.find((p) => p.division_id === d.id)?.n ?? 0,
      byKind: KINDS.map((kind) => {
        const r = served.find((x) => x.division_id === d.id && x.kind === kind);
        return { kind, children: r?.children ?? 0, attendances: r?.attendances ?? 0, sessions: r?.sessions ?? 0 };
      }),
    }));
  }

  /** Training compliance per facility (every director ≥ 60 hours, every health certificate valid), by division. */
  async training(divisionId?: string): Promise<TrainingRow[]> {
    const divs = await this.#divisions(this.#db.k, divisionId);
    if (divs.length === 0) return [];
    const rows = await this.#db.k
      .selectFrom('staff_profiles as sp')
      .innerJoin('staff_training_hours as h', 'h.staff_id', 'sp.id')
      .innerJoin('facilities as f', 'f.id', 'sp.facility_id')
      .select(['f.id', 'f.name', 'f.division_id', 'sp.role', 'sp.health_cert_valid_to', 'h.pre_service_hours', 'h.in_service_hours', 'h.safety_hours', sql<string>`current_date::text`.as('today')])
      .where('f.archived_at', 'is', null)
      .where('f.division_id', 'in', divs.map((d) => d.id))
      .orderBy('f.division_id')
      .orderBy(sql`f.name COLLATE "C"`)
      .execute();
    const byFacility = new Map<string, { name: string; divisionId: string; staff: Parameters<typeof facilityCompliance>[0][number][] }>();
    for (const r of rows) {
      const e = byFacility.get(r.id) ?? { name: r.name, divisionId: r.division_id, staff: [] };
      e.staff.push({ role: r.role as 'director' | 'carer' | 'health', hours: { pre_service: r.pre_service_hours ?? 0, in_service: r.in_service_hours ?? 0, safety: r.safety_hours ?? 0 }, healthCertValidTo: r.health_cert_valid_to });
      byFacility.set(r.id, e);
    }
    const today = rows[0]?.today ?? '';
    return [...byFacility].map(([facilityId, e]) => ({ facilityId, name: e.name, divisionId: e.divisionId, ...facilityCompliance(e.staff, today) }));
  }
}
