/**
 * The monthly operating-subsidy claims (运营补贴申报, issue 13), scoped by the access policy rows `subsidy_claim` and
 * `subsidy_claim_line`: a run computes each eligible facility's claim for a month from placements and attendance
 * (the pure engine, src/care/subsidy); the director confirms it, the district approves or returns it, the city pays
 * it. The steps are decided in PostgreSQL (migration 0710: a transition table and a trigger; the UPDATE names the
 * state it expects, so of two people acting at once exactly one succeeds); every step is in the claim's history and
 * the audit log. Officials see a claim's figures and its breakdown by reason (aggregates of children-months); the
 * child-level lines, with names, only the facility itself.
 */
import { sql, type SqlBool } from 'kysely';
import { formatFen, fen } from '../../care/money.ts';
import { computeOperatingClaims, reconcile, subsidyPolicyFor, type ClaimLine, type FacilityClaim, type LineReason } from '../../care/subsidy/index.ts';
import type { ClassBand } from '../../care/policy.ts';
import { feeCapPolicyOn } from '../../care/fee-cap.ts';
import { AppError } from '../../shared/errors.ts';
import { col, val, type Access } from '../access/scope.ts';
import type { Db, Kx } from '../pool.ts';
import { audit } from './audit.ts';
import { actAs } from './actor.ts';
import type { Page } from './children.ts';
import { isUuid } from './ids.ts';
import { childMonthsOf, facilityFactsOf } from './subsidy-claim-inputs.ts';

export const CLAIM_STATES = ['computed', 'confirmed', 'approved', 'returned', 'paid'] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];
export const CLAIM_ACTIONS = ['confirm', 'approve', 'return', 'pay'] as const;
export type ClaimAction = (typeof CLAIM_ACTIONS)[number];

/** The state each step starts from and leads to (the same as migration 0710's transition table). */
const STEPS: Record<ClaimAction, { from: ClaimState; to: ClaimState; right: 'confirm' | 'decide' | 'pay' }> = {
  confirm: { from: 'computed', to: 'confirmed', right: 'confirm' },
  approve: { from: 'confirmed', to: 'approved', right: 'decide' },
  return: { from: 'confirmed', to: 'returned', right: 'decide' },
  pay: { from: 'approved', to: 'paid', right: 'pay' },
};

export interface ClaimView {
  id: string;
  facilityId: string;
  facilityName: string;
  divisionId: string;
  divisionName: string;
  month: string;
  state: ClaimState;
  subsidyPolicyId: string | null;
  feeCapPolicyId: string;
  overCap: boolean;
  children: number;
  eligibleChildren: number;
  totalFen: number;
  total: string;
  note: string | null;
  version: number;
  computedAt: string;
}

export interface ClaimEvent {
  at: string;
  action: string;
  fromState: ClaimState | null;
  toState: ClaimState;
  totalFen: number;
  note: string | null;
  actor: { name: string | null; role: string };
}

/** Children-months by reason: how many, and what they earn (no child named). */
export interface ClaimBreakdown {
  reason: LineReason | 'eligible';
  childMonths: number;
  amountFen: number;
  attendedDays: number;
  placedDays: number;
}

export interface ClaimDetail extends ClaimView {
  events: ClaimEvent[];
  breakdown: ClaimBreakdown[];
}

export interface ClaimLineView {
  childId: string;
  childName: string;
  band: ClassBand;
  workingDays: number;
  placedDays: number;
  attendedDays: number;
  monthlyFeeFen: number;
  capFen: number | null;
  rateFen: number;
  amountFen: number;
  eligible: boolean;
  reasons: LineReason[];
}

export interface RunResult {
  month: string;
  /** Claims made or recomputed by this run. */
  computed: ClaimView[];
  /** Facilities whose claim is already confirmed or further along (left as they are). */
  locked: ClaimView[];
}

/** What a recomputation with today's policies and records would change on a claim (owed > 0, clawback < 0). */
export interface ClaimAdjustment {
  claimId: string;
  paidFen: number;
  dueFen: number;
  deltaFen: number;
  delta: string;
  kind: 'clawback' | 'top_up' | 'unchanged';
  childMonthsChanged: number;
}

export interface ClaimFilter {
  month?: string;
  divisionId?: string;
  facilityId?: string;
  state?: ClaimState;
}

function selectClaims(k: Kx) {
  return k
    .selectFrom('subsidy_claims as sc')
    .innerJoin('facilities as f', 'f.id', 'sc.facility_id')
    .innerJoin('divisions as d', 'd.id', 'f.division_id')
    .select([
      'sc.id',
      'sc.facility_id',
      'f.name as facility_name',
      'f.division_id',
      'd.name as division_name',
      sql<string>`to_char(sc.month, 'YYYY-MM')`.as('month'),
      'sc.state',
      'sc.subsidy_policy_id',
      'sc.fee_cap_policy_id',
      'sc.over_cap',
      'sc.children',
      'sc.eligible_children',
      sql<string>`sc.total_fen::text`.as('total_fen'),
      'sc.note',
      'sc.version',
      'sc.computed_at',
    ]);
}
type Row = Awaited<ReturnType<ReturnType<typeof selectClaims>['executeTakeFirstOrThrow']>>;

function toView(r: Row): ClaimView {
  const total = Number(r.total_fen);
  return {
    id: r.id,
    facilityId: r.facility_id,
    facilityName: r.facility_name,
    divisionId: r.division_id,
    divisionName: r.division_name,
    month: r.month,
    state: r.state as ClaimState,
    subsidyPolicyId: r.subsidy_policy_id,
    feeCapPolicyId: r.fee_cap_policy_id,
    overCap: r.over_cap,
    children: r.children,
    eligibleChildren: r.eligible_children,
    totalFen: total,
    total: formatFen(fen(total)),
    note: r.note,
    version: r.version,
    computedAt: r.computed_at.toISOString(),
  };
}

const notFound = (id: string) => new AppError('not_found', `subsidy claim ${id} not found`, { field: 'id' });

/** Subsidy claims as one caller sees them. */
export class SubsidyClaimRepo {
  readonly #db: Db;
  readonly #access: Access;

  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  #scope(action: 'read' | 'compute') {
    return this.#access.where('subsidy_claim', action, { facility: col('f.id'), division: col('f.division_id') });
  }

  /** A page of the claims the caller may read, by month (newest first) then division and facility; with the sum of all of them. */
  async list(filter: ClaimFilter, page = 1, pageSize = 50): Promise<Page<ClaimView> & { sumFen: number; sum: string }> {
    const scope = this.#scope('read');
    let q = selectClaims(this.#db.k).where(scope);
    if (filter.month) q = q.where('sc.month', '=', `${filter.month}-01`);
    if (filter.divisionId) q = q.where('f.division_id', '=', filter.divisionId);
    if (filter.facilityId) q = isUuid(filter.facilityId) ? q.where('sc.facility_id', '=', filter.facilityId) : q.where(sql<SqlBool>`false`);
    if (filter.state) q = q.where('sc.state', '=', filter.state);
    const counted = q.select([sql<number>`count(*) OVER ()::int`.as('n'), sql<string>`(sum(sc.total_fen) OVER ())::text`.as('sum_fen')]);
    const rows = await counted.orderBy('sc.month', 'desc').orderBy('d.name').orderBy('f.name').orderBy('sc.id').limit(pageSize).offset((page - 1) * pageSize).execute();
    let head: { n: number; sum_fen: string } | undefined = rows[0];
    if (!head && page > 1) head = await counted.limit(1).executeTakeFirst();
    const sumFen = Number(head?.sum_fen ?? 0);
    return { items: rows.map(toView), total: head?.n ?? 0, page, pageSize, sumFen, sum: formatFen(fen(sumFen)) };
  }

  /** One claim with its history and its children-months by reason (aggregates); not_found out of scope. */
  async get(id: string, k: Kx = this.#db.k): Promise<ClaimDetail> {
    if (!isUuid(id)) throw notFound(id);
    const r = await selectClaims(k).where('sc.id', '=', id).where(this.#scope('read')).executeTakeFirst();
    if (!r) throw notFound(id);
    const events = await k
      .selectFrom('subsidy_claim_events as e')
      .leftJoin('users as u', 'u.id', 'e.actor_id')
      .select(['e.at', 'e.action', 'e.from_state', 'e.to_state', sql<string>`e.total_fen::text`.as('total_fen'), 'e.note', 'u.display_name', 'e.actor_role'])
      .where('e.claim_id', '=', id)
      .orderBy('e.at', 'desc')
      .orderBy('e.id', 'desc')
      .execute();
    const breakdown = await sql<{ reason: string; n: number; amount: string; attended: number; placed: number }>`
      SELECT COALESCE(reasons[1], 'eligible') AS reason, count(*)::int AS n, sum(amount_fen)::text AS amount,
             sum(attended_days)::int AS attended, sum(placed_days)::int AS placed
      FROM subsidy_claim_lines WHERE claim_id = ${id}::uuid GROUP BY 1 ORDER BY 1`.execute(k);
    return {
      ...toView(r),
      events: events.map((e) => ({
        at: e.at.toISOString(),
        action: e.action,
        fromState: e.from_state as ClaimState | null,
        toState: e.to_state as ClaimState,
        totalFen: Number(e.total_fen),
        note: e.note,
        actor: { name: e.display_name, role: e.actor_role },
      })),
      breakdown: breakdown.rows.map((b) => ({ reason: b.reason as ClaimBreakdown['reason'], childMonths: b.n, amountFen: Number(b.amount), attendedDays: b.attended, placedDays: b.placed })),
    };
  }

  /**
   * The child-level lines of a claim, with the children's names: the facility's own view (officials see only the
   * aggregates of `get`). Audited as a list of those children's records.
   */
  async lines(id: string, page = 1, pageSize = 50, purpose = 'subsidy_claim'): Promise<Page<ClaimLineView>> {
    if (!this.#access.reachesRows('subsidy_claim_line', 'read')) throw this.#access.refusal('subsidy_claim_line', 'read');
    return this.#db.tx(async (trx) => {
      const claim = isUuid(id) ? await trx.selectFrom('subsidy_claims').select(['id', 'facility_id']).where('id', '=', id).executeTakeFirst() : undefined;
      if (!claim) throw notFound(id);
      await this.#access.check(trx, 'subsidy_claim_line', 'read', { facility: val(claim.facility_id) }, { readAs: 'subsidy_claim', what: `subsidy claim ${id}` });
      const rows = await trx
        .selectFrom('subsidy_claim_lines as l')
        .innerJoin('children as ch', 'ch.id', 'l.child_id')
        .select(['l.child_id', 'ch.family_name', 'ch.given_name', 'l.band', 'l.working_days', 'l.placed_days', 'l.attended_days', sql<string>`l.monthly_fee_fen::text`.as('fee'), sql<string | null>`l.cap_fen::text`.as('cap'), sql<string>`l.rate_fen::text`.as('rate'), sql<string>`l.amount_fen::text`.as('amount'), 'l.eligible', 'l.reasons'])
        .where('l.claim_id', '=', id)
        .orderBy('ch.family_name')
        .orderBy('ch.given_name')
        .orderBy('l.child_id')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      const n = await trx.selectFrom('subsidy_claim_lines').select(sql<number>`count(*)::int`.as('n')).where('claim_id', '=', id).executeTakeFirstOrThrow();
      await audit(trx, this.#access.caller, 'list', 'subsidy_claim', id, { childIds: rows.map((r) => r.child_id), purpose });
      const items = rows.map((r) => ({
        childId: r.child_id,
        childName: `${r.family_name}${r.given_name}`,
        band: r.band as ClassBand,
        workingDays: r.working_days,
        placedDays: r.placed_days,
        attendedDays: r.attended_days,
        monthlyFeeFen: Number(r.fee),
        capFen: r.cap === null ? null : Number(r.cap),
        rateFen: Number(r.rate),
        amountFen: Number(r.amount),
        eligible: r.eligible,
        reasons: r.reasons as LineReason[],
      }));
      return { items, total: n.n, page, pageSize };
    });
  }

  /**
   * The monthly run: computes (or recomputes, while still computed or returned) the claim of every facility in the
   * caller's scope that the month's policy makes eligible and that had a child placed in the month — or of one
   * facility or division. Claims already confirmed or further along are left as they are (`locked`).
   */
  async compute(month: string, target: { facilityId?: string; divisionId?: string } = {}): Promise<RunResult> {
    if (!this.#access.reachesRows('subsidy_claim', 'compute')) throw this.#access.refusal('subsidy_claim', 'compute');
    return this.#db.tx(async (trx) => {
      const future = await sql<{ future: boolean }>`SELECT (${`${month}-01`}::date > date_trunc('month', current_date)::date) AS future`.execute(trx);
      if (future.rows[0]?.future) throw new AppError('invalid', `${month} has not begun yet`, { field: 'month', code: 'date_in_future' });
      if (target.facilityId) {
        const f = isUuid(target.facilityId) ? await trx.selectFrom('facilities').select('id').where('id', '=', target.facilityId).executeTakeFirst() : undefined;
        if (!f) throw new AppError('not_found', `facility ${target.facilityId} not found`, { field: 'facilityId' });
        await this.#access.check(trx, 'subsidy_claim', 'compute', { facility: val(f.id) }, { readAs: 'facility', what: `facility ${f.id}` });
      }
      const policy = subsidyPolicyFor(month);
      let ids: string[];
      if (target.facilityId) ids = [target.facilityId];
      else {
        // the run: facilities the month's policy makes eligible that had a child placed in the month
        const owners = policy ? [...policy.operating.eligibleOwnerships] : [];
        let q = trx
          .selectFrom('facilities as f')
          .select('f.id')
          .where(this.#scope('compute'))
          .where('f.ownership', 'in', owners.length ? owners : ['-'])
          .where(sql<SqlBool>`EXISTS (SELECT 1 FROM placements p WHERE p.facility_id = f.id AND p.during && daterange(${`${month}-01`}::date, (${`${month}-01`}::date + interval '1 month')::date))`);
        if (target.divisionId) q = q.where('f.division_id', '=', target.divisionId);
        ids = (await q.orderBy('f.id').execute()).map((r) => r.id);
      }
      const claims = computeOperatingClaims(await childMonthsOf(trx, ids, month), await facilityFactsOf(trx, ids, month));
      // a facility named by the caller gets its claim even when no child was placed (an empty one)
      if (target.facilityId && claims.length === 0) {
        claims.push({ facilityId: target.facilityId, month, subsidyPolicyId: policy?.id ?? null, feeCapPolicyId: feeCapPolicyOn(`${month}-01`).id, overCap: false, children: 0, eligibleChildren: 0, totalFen: fen(0), lines: [] });
      }
      await actAs(trx, this.#access.caller, 'workflow');
      const computed: string[] = [];
      const locked: string[] = [];
      for (const c of claims) {
        const id = await this.#store(trx, c);
        (id.locked ? locked : computed).push(id.id);
      }
      await audit(trx, this.#access.caller, 'create', 'subsidy_claim', null, { detail: { month, facilities: ids.length, computed: computed.length, locked: locked.length } });
      const view = async (list: string[]) => (list.length ? (await selectClaims(trx).where('sc.id', 'in', list).orderBy('f.name').execute()).map(toView) : []);
      return { month, computed: await view(computed), locked: await view(locked) };
    });
  }

  /** Writes one computed claim: a new one, or the recomputation of one still open; returns whether it was locked. */
  async #store(trx: Kx, c: FacilityClaim): Promise<{ id: string; locked: boolean }> {
    const figures = { subsidy_policy_id: c.subsidyPolicyId, fee_cap_policy_id: c.feeCapPolicyId, over_cap: c.overCap, children: c.children, eligible_children: c.eligibleChildren, total_fen: c.totalFen };
    const inserted = await trx
      .insertInto('subsidy_claims')
      .values({ facility_id: c.facilityId, month: `${c.month}-01`, ...figures })
      .onConflict((oc) => oc.columns(['facility_id', 'month']).doNothing())
      .returning('id')
      .executeTakeFirst();
    let id = inserted?.id;
    if (!id) {
      const cur = await trx.selectFrom('subsidy_claims').select(['id', 'state']).where('facility_id', '=', c.facilityId).where('month', '=', `${c.month}-01`).forUpdate().executeTakeFirstOrThrow();
      if (cur.state !== 'computed' && cur.state !== 'returned') return { id: cur.id, locked: true };
      id = cur.id;
      await trx.deleteFrom('subsidy_claim_lines').where('claim_id', '=', id).execute();
      await trx.updateTable('subsidy_claims').set({ ...figures, state: 'computed', computed_at: sql<Date>`now()` }).where('id', '=', id).execute();
    }
    if (c.lines.length) await trx.insertInto('subsidy_claim_lines').values(c.lines.map((l) => lineRow(id, l))).execute();
    return { id, locked: false };
  }

  /**
   * One step of the workflow (confirm, approve, return, pay). The UPDATE names the state the step starts from, so
   * a claim that moved meanwhile is a 409 `claim_transition` naming where it is now.
   */
  async step(id: string, action: ClaimAction, opts: { note?: string | null; version?: number } = {}): Promise<ClaimDetail> {
    const s = STEPS[action];
    if (!this.#access.reachesRows('subsidy_claim', s.right)) throw this.#access.refusal('subsidy_claim', s.right);
    if (action === 'return' && !opts.note?.trim()) throw new AppError('invalid', 'returning a claim needs the reason', { field: 'note', code: 'filing_note_required' });
    return this.#db.tx(async (trx) => {
      const cur = isUuid(id) ? await trx.selectFrom('subsidy_claims').select(['id', 'facility_id', 'state', 'version']).where('id', '=', id).executeTakeFirst() : undefined;
      if (!cur) throw notFound(id);
      await this.#access.check(trx, 'subsidy_claim', s.right, { facility: val(cur.facility_id) }, { readAs: 'subsidy_claim', what: `subsidy claim ${id}` });
      if (opts.version !== undefined && opts.version !== cur.version) {
        throw new AppError('conflict', `the claim was changed by someone else (version ${cur.version}, yours ${opts.version}); reload`, { field: 'version', code: 'stale_version', params: { current: cur.version, yours: opts.version } });
      }
      await actAs(trx, this.#access.caller, 'workflow', { action, note: opts.note ?? null });
      const moved = await trx
        .updateTable('subsidy_claims')
        .set({ state: s.to, note: opts.note?.trim() || null })
        .where('id', '=', id)
        .where('state', '=', s.from)
        .returning('id')
        .executeTakeFirst();
      if (!moved) {
        const now = await trx.selectFrom('subsidy_claims').select('state').where('id', '=', id).executeTakeFirstOrThrow();
        throw new AppError('conflict', `the claim is ${now.state}: it cannot take the step ${action}`, { field: 'action', code: 'claim_transition', params: { from: now.state, action } });
      }
      await audit(trx, this.#access.caller, 'update', 'subsidy_claim', id, { detail: { action, from: s.from, to: s.to } });
      return this.get(id, trx);
    });
  }

  /**
   * What recomputing a claim now (today's policies, placements and attendance) would change, as owed (+) or
   * clawed back (−), without changing it: the check after a policy change with an earlier effective date.
   */
  async adjustment(id: string): Promise<ClaimAdjustment> {
    const claim = await this.get(id);
    return this.#db.tx(async (trx) => {
      const stored = await trx.selectFrom('subsidy_claim_lines').selectAll().where('claim_id', '=', id).execute();
      const paid: FacilityClaim = {
        facilityId: claim.facilityId,
        month: claim.month,
        subsidyPolicyId: claim.subsidyPolicyId,
        feeCapPolicyId: claim.feeCapPolicyId,
        overCap: claim.overCap,
        children: claim.children,
        eligibleChildren: claim.eligibleChildren,
        totalFen: fen(claim.totalFen),
        lines: stored.map((l) => ({
          childId: l.child_id,
          facilityId: claim.facilityId,
          month: claim.month,
          workingDays: l.working_days,
          placedDays: l.placed_days,
          attendedDays: l.attended_days,
          monthlyFeeFen: fen(Number(l.monthly_fee_fen)),
          band: l.band as ClassBand,
          subsidyPolicyId: claim.subsidyPolicyId,
          feeCapPolicyId: claim.feeCapPolicyId,
          capFen: l.cap_fen === null ? null : fen(Number(l.cap_fen)),
          rateFen: fen(Number(l.rate_fen)),
          amountFen: fen(Number(l.amount_fen)),
          eligible: l.eligible,
          reasons: l.reasons as LineReason[],
        })),
      };
      const due = computeOperatingClaims(await childMonthsOf(trx, [claim.facilityId], claim.month), await facilityFactsOf(trx, [claim.facilityId], claim.month));
      const adj = reconcile([paid], due)[0]!;
      return { claimId: id, paidFen: claim.totalFen, dueFen: adj.dueFen, deltaFen: adj.deltaFen, delta: formatFen(adj.deltaFen), kind: adj.kind, childMonthsChanged: adj.lines.length };
    });
  }
}

function lineRow(claimId: string, l: ClaimLine) {
  return {
    claim_id: claimId,
    child_id: l.childId,
    working_days: l.workingDays,
    placed_days: l.placedDays,
    attended_days: l.attendedDays,
    monthly_fee_fen: l.monthlyFeeFen,
    band: l.band,
    rate_fen: l.rateFen,
    cap_fen: l.capFen,
    amount_fen: l.amountFen,
    eligible: l.eligible,
    reasons: l.reasons,
  };
}
