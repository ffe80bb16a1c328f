/**
 * The children-months of a subsidy month, read from placements and attendance (the inputs of the pure engine,
 * src/care/subsidy): per child and facility, the facility's working days (its opening weekdays; Monday–Friday when it
 * states none — public holidays are not known to the system yet), the working days the child was placed there, the
 * days it checked in, its class band and its monthly fee (the placement's, else the class's own fee for the mode then,
 * else the facility's listed monthly price: class_monthly_fee, as the family's statement reads it). And each
 * facility's facts as of the month's last day: ownership, tier, whether it was filed.
 */
import { sql } from 'kysely';
import type { ClassBand } from '../../care/policy.ts';
import type { Ownership, Tier } from '../../care/facility.ts';
import { fen } from '../../care/money.ts';
import type { ChildMonth, FacilityFacts } from '../../care/subsidy/index.ts';
import type { Kx } from '../pool.ts';

/**
 * The children-months of `month` at the given facilities.
 * @param k - the transaction
 * @param facilityIds - the facilities
 * @param month - yyyy-mm
 */
export async function childMonthsOf(k: Kx, facilityIds: readonly string[], month: string): Promise<ChildMonth[]> {
  if (facilityIds.length === 0) return [];
  const r = await sql<{ child_id: string; facility_id: string; working_days: number; placed_days: number; attended_days: number; fee_yuan: string | null; band: string }>`
    WITH m AS (SELECT ${`${month}-01`}::date AS m0, (${`${month}-01`}::date + interval '1 month' - interval '1 day')::date AS m1),
    days AS (
      SELECT f.id AS facility_id, d::date AS day
      FROM facilities f CROSS JOIN m CROSS JOIN LATERAL generate_series(m.m0, m.m1, interval '1 day') AS d
      WHERE f.id = ANY(${facilityIds as string[]}::uuid[])
        AND extract(isodow FROM d)::int = ANY (COALESCE(
          (SELECT array_agg(x::int) FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(f.opening_hours->'days') = 'array' THEN f.opening_hours->'days' END) AS x),
          ARRAY[1, 2, 3, 4, 5]))
    ),
    wd AS (SELECT facility_id, count(*)::int AS n FROM days GROUP BY facility_id),
    pl AS (
      SELECT p.*, c.band, class_monthly_fee(p.class_id, p.mode, GREATEST(lower(p.during), m.m0)) AS class_fee
      FROM placements p
      JOIN classes c ON c.id = p.class_id
      CROSS JOIN m
      WHERE p.facility_id = ANY(${facilityIds as string[]}::uuid[]) AND p.during && daterange(m.m0, m.m1, '[]')
    )
    SELECT pl.child_id, pl.facility_id,
           COALESCE(max(wd.n), 0)::int AS working_days,
           count(DISTINCT d.day)::int AS placed_days,
           count(DISTINCT a.day)::int AS attended_days,
           (array_agg(COALESCE(pl.monthly_fee, pl.class_fee) ORDER BY lower(pl.during) DESC))[1]::text AS fee_yuan,
           (array_agg(pl.band ORDER BY lower(pl.during) DESC))[1] AS band
    FROM pl
    LEFT JOIN wd ON wd.facility_id = pl.facility_id
    LEFT JOIN days d ON d.facility_id = pl.facility_id AND pl.during @> d.day
    LEFT JOIN attendance a ON a.child_id = pl.child_id AND a.facility_id = pl.facility_id AND a.day = d.day AND a.check_in_at IS NOT NULL
    GROUP BY pl.child_id, pl.facility_id
    ORDER BY pl.facility_id, pl.child_id`.execute(k);
  return r.rows.map((x) => ({
    childId: x.child_id,
    facilityId: x.facility_id,
    month,
    workingDays: x.working_days,
    placedDays: x.placed_days,
    attendedDays: x.attended_days,
    monthlyFeeFen: fen(x.fee_yuan === null ? 0 : Math.round(Number(x.fee_yuan) * 100)),
    band: x.band as ClassBand,
  }));
}

/**
 * The facts of the facilities for `month`: ownership and tier as registered, and whether the facility was filed on
 * the month's last day (its filing history, migration 0700; the current status when the history starts later).
 * @param k - the transaction
 * @param facilityIds - the facilities
 * @param month - yyyy-mm
 */
export async function facilityFactsOf(k: Kx, facilityIds: readonly string[], month: string): Promise<FacilityFacts[]> {
  if (facilityIds.length === 0) return [];
  const r = await sql<{ id: string; ownership: string; tier: string; filed: boolean }>`
    SELECT f.id, f.ownership, f.tier,
           COALESCE((SELECT ff.to_status FROM facility_filings ff
                     WHERE ff.facility_id = f.id AND ff.at < (${`${month}-01`}::date + interval '1 month')
                     ORDER BY ff.at DESC, ff.id DESC LIMIT 1), f.filing_status) = 'filed' AS filed
    FROM facilities f WHERE f.id = ANY(${facilityIds as string[]}::uuid[])`.execute(k);
  return r.rows.map((x) => ({ facilityId: x.id, ownership: x.ownership as Ownership, tier: x.tier as Tier, filed: x.filed }));
}
