/**
 * The monthly report to the province (托育服务月报, issue 13), from the database in one call: facilities by tier and
 * ownership with their places, children enrolled in the month, operating subsidies approved and paid for the month,
 * and the medical signing rate — for the city, or for a district official's own division (policy row
 * `monthly_report`). "In the month" means: a facility live on the month's last day (registered by then, not yet
 * archived); a child placed on at least one day of the month; a claim of that month in the state named; an
 * agreement in force on the last day. Places are the classes' current capacities (the registry keeps no capacity
 * history). Temporary-care hours are not in the report yet: no feature records them (the families' bookings will).
 */
import { sql, type SqlBool } from 'kysely';
import type { Ownership, Tier } from '../../care/facility.ts';
import { AppError } from '../../shared/errors.ts';
import { col, val, type Access } from '../access/scope.ts';
import type { Db } from '../pool.ts';

export interface ReportLine {
  tier: Tier;
  ownership: Ownership;
  facilities: number;
  places: number;
  childrenEnrolled: number;
  signed: number;
}

export interface MonthlyReport {
  month: string;
  /** The last day of the month (or today, for the current month): the day "live" and "in force" are taken on. */
  asOf: string;
  division: { id: string; name: string } | null;
  facilities: number;
  places: number;
  childrenEnrolled: number;
  signed: number;
  signingRate: number;
  claims: number;
  subsidyApprovedFen: number;
  subsidyPaidFen: number;
  lines: ReportLine[];
}

/** The monthly report as one caller may draw it. */
export class MonthlyReportRepo {
  readonly #db: Db;
  readonly #access: Access;

  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /**
   * The report of a month (city-wide, or one division).
   * @param month - yyyy-mm, not after the current month
   * @param divisionId - one county-level division (a district official: theirs, by default)
   */
  async report(month: string, divisionId?: string): Promise<MonthlyReport> {
    if (!this.#access.reachesRows('monthly_report', 'read')) throw this.#access.refusal('monthly_report', 'read');
    const own = this.#access.caller.kind === 'user' && this.#access.scope('monthly_report', 'read') === 'own_division' ? this.#access.caller.divisionId : null;
    const div = divisionId ?? own ?? undefined;
    return this.#db.tx(async (trx) => {
      const d = (await sql<{ future: boolean; last: string }>`SELECT (${`${month}-01`}::date > date_trunc('month', current_date)::date) AS future,
        LEAST((${`${month}-01`}::date + interval '1 month' - interval '1 day')::date, current_date)::text AS last`.execute(trx)).rows[0]!;
      if (d.future) throw new AppError('invalid', `${month} has not begun yet`, { field: 'month', code: 'date_in_future' });
      let division: MonthlyReport['division'] = null;
      if (div) {
        const row = await trx.selectFrom('divisions').select(['id', 'name']).where('id', '=', div).where('level', '=', 'county').executeTakeFirst();
        if (!row) throw new AppError('not_found', `division ${div} not found`, { field: 'division' });
        await this.#access.check(trx, 'monthly_report', 'read', { division: val(row.id) }, { what: `division ${row.id}` });
        division = row;
      }
      const scope = this.#access.where('monthly_report', 'read', { division: col('f.division_id') });
      const m0 = `${month}-01`;
      const rows = await sql<{ tier: string; ownership: string; facilities: number; places: number; enrolled: number; signed: number }>`
        WITH live AS (
          SELECT f.id, f.tier, f.ownership FROM facilities f
          WHERE f.created_at < ${d.last}::date + 1 AND (f.archived_at IS NULL OR f.archived_at >= ${d.last}::date + 1)
            AND ${division ? sql<SqlBool>`f.division_id = ${division.id}` : sql<SqlBool>`true`} AND ${scope}
        )
        SELECT l.tier, l.ownership, count(*)::int AS facilities,
          COALESCE(sum((SELECT sum(c.capacity) FROM classes c WHERE c.facility_id = l.id AND c.archived_at IS NULL)), 0)::int AS places,
          COALESCE(sum((SELECT count(DISTINCT p.child_id) FROM placements p WHERE p.facility_id = l.id AND p.during && daterange(${m0}::date, ${d.last}::date, '[]'))), 0)::int AS enrolled,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM medical_agreements a WHERE a.facility_id = l.id AND a.valid_from <= ${d.last}::date AND (a.valid_to IS NULL OR a.valid_to >= ${d.last}::date)))::int AS signed
        FROM live l GROUP BY l.tier, l.ownership ORDER BY l.tier, l.ownership`.execute(trx);
      // a child placed at two facilities in the month counts once in the total
      const enrolled = await sql<{ n: number }>`
        SELECT count(DISTINCT p.child_id)::int AS n FROM placements p JOIN facilities f ON f.id = p.facility_id
        WHERE p.during && daterange(${m0}::date, ${d.last}::date, '[]')
          AND f.created_at < ${d.last}::date + 1 AND (f.archived_at IS NULL OR f.archived_at >= ${d.last}::date + 1)
          AND ${division ? sql<SqlBool>`f.division_id = ${division.id}` : sql<SqlBool>`true`} AND ${scope}`.execute(trx);
      const money = await sql<{ claims: number; approved: string; paid: string }>`
        SELECT count(*)::int AS claims,
               COALESCE(sum(sc.total_fen) FILTER (WHERE sc.state IN ('approved', 'paid')), 0)::text AS approved,
               COALESCE(sum(sc.total_fen) FILTER (WHERE sc.state = 'paid'), 0)::text AS paid
        FROM subsidy_claims sc JOIN facilities f ON f.id = sc.facility_id
        WHERE sc.month = ${m0}::date AND ${division ? sql<SqlBool>`f.division_id = ${division.id}` : sql<SqlBool>`true`} AND ${scope}`.execute(trx);
      const lines: ReportLine[] = rows.rows.map((r) => ({ tier: r.tier as Tier, ownership: r.ownership as Ownership, facilities: r.facilities, places: r.places, childrenEnrolled: r.enrolled, signed: r.signed }));
      const facilities = lines.reduce((s, l) => s + l.facilities, 0);
      const signed = lines.reduce((s, l) => s + l.signed, 0);
      const m = money.rows[0]!;
      return {
        month,
        asOf: d.last,
        division,
        facilities,
        places: lines.reduce((s, l) => s + l.places, 0),
        childrenEnrolled: enrolled.rows[0]?.n ?? 0,
        signed,
        signingRate: facilities ? Math.round((signed / facilities) * 10_000) / 10_000 : 0,
        claims: m.claims,
        subsidyApprovedFen: Number(m.approved),
        subsidyPaidFen: Number(m.paid),
        lines,
      };
    });
  }
}
