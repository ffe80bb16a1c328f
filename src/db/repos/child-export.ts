/**
 * Everything held about a child, for their guardian to download (PIPL Art. 45, the right to a copy): the child's
 * record, guardians, placements, waiting-list entries, attended days, the subsidy months their care earned the
 * facility, and the access log of who read the record, when and why. Policy row `child_export` (guardians: their
 * own children). The download itself is audited. Features that hold more about a child add their part here.
 */
import { sql } from 'kysely';
import { AppError } from '../../shared/errors.ts';
import { val, type Access } from '../access/scope.ts';
import type { Db } from '../pool.ts';
import { audit } from './audit.ts';
import { isUuid } from './ids.ts';

export interface ChildExport {
  generatedAt: string;
  child: { id: string; familyName: string; givenName: string; sex: string; birthDate: string; home: { lng: number; lat: number } | null; registeredAt: string };
  guardians: Array<{ name: string; relationship: string }>;
  placements: Array<{ facility: string; className: string; mode: string; from: string; to: string | null; monthlyFee: number | null }>;
  waitingList: Array<{ facility: string; band: string; appliedOn: string; priority: number }>;
  attendance: Array<{ month: string; facility: string; days: number }>;
  subsidyMonths: Array<{ month: string; facility: string; attendedDays: number; amountFen: number; eligible: boolean; reasons: string[] }>;
  accessLog: Array<{ at: string; actorRole: string; action: string; entity: string; purpose: string | null }>;
}

/** The guardian's download. */
export class ChildExportRepo {
  readonly #db: Db;
  readonly #access: Access;

  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /** Everything held about one child; not_found when absent or not the caller's child. */
  async export(childId: string): Promise<ChildExport> {
    if (!this.#access.reachesRows('child_export', 'read')) throw this.#access.refusal('child_export', 'read');
    if (!isUuid(childId)) throw new AppError('not_found', `child ${childId} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'child_export', 'read', { child: val(childId) }, { readAs: 'child', what: `child ${childId}` });
      const c = await trx.selectFrom('children').selectAll().where('id', '=', childId).executeTakeFirst();
      if (!c) throw new AppError('not_found', `child ${childId} not found`, { field: 'id' });
      const guardians = await trx.selectFrom('child_guardians as g').innerJoin('users as u', 'u.id', 'g.user_id').select(['u.display_name', 'g.relationship']).where('g.child_id', '=', childId).orderBy('u.display_name').execute();
      const placements = await sql<{ facility: string; class_name: string; mode: string; lo: string; hi: string | null; fee: string | null }>`
        SELECT f.name AS facility, cl.name AS class_name, p.mode, lower(p.during)::text AS lo, (upper(p.during) - 1)::text AS hi, p.monthly_fee::text AS fee
        FROM placements p JOIN facilities f ON f.id = p.facility_id JOIN classes cl ON cl.id = p.class_id
        WHERE p.child_id = ${childId}::uuid ORDER BY lower(p.during)`.execute(trx);
      const waiting = await trx.selectFrom('waiting_list as w').innerJoin('facilities as f', 'f.id', 'w.facility_id').select(['f.name', 'w.band', 'w.applied_on', 'w.priority']).where('w.child_id', '=', childId).orderBy('w.applied_on').execute();
      const attendance = await sql<{ month: string; facility: string; days: number }>`
        SELECT to_char(a.day, 'YYYY-MM') AS month, f.name AS facility, count(*)::int AS days
        FROM attendance a JOIN facilities f ON f.id = a.facility_id
        WHERE a.child_id = ${childId}::uuid AND a.check_in_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`.execute(trx);
      const subsidy = await sql<{ month: string; facility: string; attended_days: number; amount_fen: string; eligible: boolean; reasons: string[] }>`
        SELECT to_char(sc.month, 'YYYY-MM') AS month, f.name AS facility, l.attended_days, l.amount_fen::text, l.eligible, l.reasons
        FROM subsidy_claim_lines l JOIN subsidy_claims sc ON sc.id = l.claim_id JOIN facilities f ON f.id = sc.facility_id
        WHERE l.child_id = ${childId}::uuid ORDER BY sc.month`.execute(trx);
      const log = await trx.selectFrom('audit_log').select(['at', 'actor_role', 'action', 'entity', 'purpose']).where('child_id', '=', childId).orderBy('at', 'desc').orderBy('id', 'desc').limit(5000).execute();
      await audit(trx, this.#access.caller, 'export', 'child', childId, { childIds: [childId], purpose: 'guardian_copy' });
      const now = (await sql<{ now: Date }>`SELECT now() AS now`.execute(trx)).rows[0]!.now;
      return {
        generatedAt: now.toISOString(),
        child: { id: c.id, familyName: c.family_name, givenName: c.given_name, sex: c.sex, birthDate: c.birth_date, home: c.home_lng !== null && c.home_lat !== null ? { lng: c.home_lng, lat: c.home_lat } : null, registeredAt: c.created_at.toISOString() },
        guardians: guardians.map((g) => ({ name: g.display_name, relationship: g.relationship })),
        placements: placements.rows.map((p) => ({ facility: p.facility, className: p.class_name, mode: p.mode, from: p.lo, to: p.hi, monthlyFee: p.fee === null ? null : Number(p.fee) })),
        waitingList: waiting.map((w) => ({ facility: w.name, band: w.band, appliedOn: w.applied_on, priority: w.priority })),
        attendance: attendance.rows,
        subsidyMonths: subsidy.rows.map((s) => ({ month: s.month, facility: s.facility, attendedDays: s.attended_days, amountFen: Number(s.amount_fen), eligible: s.eligible, reasons: s.reasons })),
        accessLog: log.map((a) => ({ at: a.at.toISOString(), actorRole: a.actor_role, action: a.action, entity: a.entity, purpose: a.purpose })),
      };
    });
  }
}
