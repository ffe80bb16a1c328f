/**
 * Monthly fee statements (月度账单) and class fees. A statement is issued per child, facility and month from the
 * rows — the placements' fee prorated by placed working days, days attended from `attended_days()` (daily care's
 * attendance replaces its body), the subsidy of the fee policy, temporary and hourly care charged — and recomputed
 * on re-issue until it is paid. Collecting payments is out of scope: a director marks a statement paid.
 */
import { sql } from 'kysely';
import { addDays, monthStart, nextMonthStart } from '../../../care/dates.ts';
import { checkFeeCap, feePolicyOn, monthSubsidies, statementAmounts, workingDays } from '../../../care/fees.ts';
import type { Ownership, Tier } from '../../../care/facility.ts';
import type { ClassBand } from '../../../care/policy.ts';
import type { OpeningHours } from '../../../care/temporary.ts';
import { AppError, invalid } from '../../../shared/errors.ts';
import { col, val, type Access } from '../../access/scope.ts';
import type { Db, Kx } from '../../pool.ts';
import { audit } from '../audit.ts';
import { isUuid } from '../ids.ts';
import { dbClock, money } from './common.ts';
import { classFacts } from './offer-write.ts';

export interface StatementView {
  id: string;
  childId: string;
  childName: string;
  facilityId: string;
  facilityName: string;
  /** yyyy-mm */
  month: string;
  mode: 'full_day' | 'half_day' | null;
  monthlyFee: number;
  workingDays: number;
  placedDays: number;
  attendedDays: number;
  fee: number;
  subsidy: number;
  hourlyCare: number;
  amountDue: number;
  policyId: string;
  issuedAt: string;
  paid: boolean;
  paidAt: string | null;
}

const selectStatements = (k: Kx) =>
  k
    .selectFrom('fee_statements as s')
    .innerJoin('children as ch', 'ch.id', 's.child_id')
    .innerJoin('facilities as f', 'f.id', 's.facility_id')
    .select([
      's.id',
      's.child_id',
      sql<string>`ch.family_name || ch.given_name`.as('childName'),
      's.facility_id',
      'f.name as facilityName',
      's.month',
      's.mode',
      's.monthly_fee',
      's.working_days',
      's.placed_days',
      's.attended_days',
      's.fee',
      's.subsidy',
      's.hourly_care',
      's.amount_due',
      's.policy_id',
      's.issued_at',
      's.paid_at',
    ]);
type Row = Awaited<ReturnType<ReturnType<typeof selectStatements>['executeTakeFirstOrThrow']>>;
const view = (r: Row): StatementView => ({
  id: r.id,
  childId: r.child_id,
  childName: r.childName,
  facilityId: r.facility_id,
  facilityName: r.facilityName,
  month: r.month.slice(0, 7),
  mode: r.mode as StatementView['mode'],
  monthlyFee: money(r.monthly_fee),
  workingDays: r.working_days,
  placedDays: r.placed_days,
  attendedDays: r.attended_days,
  fee: money(r.fee),
  subsidy: money(r.subsidy),
  hourlyCare: money(r.hourly_care),
  amountDue: money(r.amount_due),
  policyId: r.policy_id,
  issuedAt: r.issued_at.toISOString(),
  paid: r.paid_at !== null,
  paidAt: r.paid_at?.toISOString() ?? null,
});

export class StatementRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /**
   * Issues (or recomputes, while unpaid) the month's statements of every child placed at the facility in the
   * month or booked there. Months after the current one are refused.
   * @param month - yyyy-mm
   */
  async issue(facilityId: string, month: string): Promise<{ issued: number; updated: number; paidUnchanged: number }> {
    if (!this.#access.reachesRows('fee_statement', 'create')) throw this.#access.refusal('fee_statement', 'create');
    if (!isUuid(facilityId)) throw new AppError('not_found', `facility ${facilityId} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'fee_statement', 'create', { facility: val(facilityId) }, { readAs: 'fee_statement', what: `facility ${facilityId}` });
      const clock = await dbClock(trx);
      const first = `${month}-01`;
      if (first > monthStart(clock.today)) throw invalid('month', `${month} has not begun`, 'invalid_date');
      const report = await issueMonth(trx, facilityId, first);
      await audit(trx, this.#access.caller, 'create', 'fee_statement', null, { childIds: report.childIds, detail: { facilityId, month, issued: report.issued, updated: report.updated } });
      return { issued: report.issued, updated: report.updated, paidUnchanged: report.paidUnchanged };
    });
  }

  /** Statements the caller may see (a family: its children's; a director: the facility's), newest month first. */
  async list(filter: { childId?: string; facilityId?: string; month?: string }): Promise<StatementView[]> {
    const scope = this.#access.where('fee_statement', 'read', { child: col('s.child_id'), facility: col('s.facility_id') });
    return this.#db.tx(async (trx) => {
      let q = selectStatements(trx).where(scope);
      const none = '00000000-0000-0000-0000-000000000000';
      if (filter.childId) q = q.where('s.child_id', '=', isUuid(filter.childId) ? filter.childId : none);
      if (filter.facilityId) q = q.where('s.facility_id', '=', isUuid(filter.facilityId) ? filter.facilityId : none);
      if (filter.month) q = q.where('s.month', '=', `${filter.month}-01`);
      const rows = await q.orderBy('s.month', 'desc').orderBy('childName').orderBy('s.id').limit(1000).execute();
      if (rows.length) await audit(trx, this.#access.caller, 'list', 'fee_statement', null, { childIds: [...new Set(rows.map((r) => r.child_id))] });
      return rows.map(view);
    });
  }

  /** One statement (404 out of scope). */
  async get(id: string): Promise<StatementView> {
    if (!isUuid(id)) throw new AppError('not_found', `statement ${id} not found`, { field: 'id' });
    const scope = this.#access.where('fee_statement', 'read', { child: col('s.child_id'), facility: col('s.facility_id') });
    return this.#db.tx(async (trx) => {
      const r = await selectStatements(trx).where('s.id', '=', id).where(scope).executeTakeFirst();
      if (!r) throw new AppError('not_found', `statement ${id} not found`, { field: 'id' });
      await audit(trx, this.#access.caller, 'read', 'fee_statement', id, { childIds: [r.child_id] });
      return view(r);
    });
  }

  /** Marks a statement paid (or not). */
  async markPaid(id: string, paid: boolean): Promise<StatementView> {
    if (!this.#access.reachesRows('fee_statement', 'update')) throw this.#access.refusal('fee_statement', 'update');
    if (!isUuid(id)) throw new AppError('not_found', `statement ${id} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      const s = await trx.selectFrom('fee_statements').select(['child_id', 'facility_id']).where('id', '=', id).forUpdate().executeTakeFirst();
      if (!s) throw new AppError('not_found', `statement ${id} not found`, { field: 'id' });
      await this.#access.check(trx, 'fee_statement', 'update', { child: val(s.child_id), facility: val(s.facility_id) }, { readAs: 'fee_statement', what: `statement ${id}` });
      await trx.updateTable('fee_statements').set({ paid_at: paid ? sql<Date>`COALESCE(paid_at, now())` : null }).where('id', '=', id).execute();
      await audit(trx, this.#access.caller, 'update', 'fee_statement', id, { childIds: [s.child_id], detail: { paid } });
      return view(await selectStatements(trx).where('s.id', '=', id).executeTakeFirstOrThrow());
    });
  }

  /**
   * Sets a class's own monthly fee for a mode from a date (the fee before it ends the day before); an affordable
   * facility's fee is refused above the cap of the class's band, naming `monthlyFee`.
   */
  async setClassFee(classId: string, input: { mode: 'full_day' | 'half_day'; monthlyFee: number; from: string }): Promise<{ classId: string; mode: string; monthlyFee: number; from: string }> {
    if (!this.#access.reachesRows('facility', 'update')) throw this.#access.refusal('facility', 'update');
    const klass = isUuid(classId) ? await classFacts(this.#db.k, classId) : null;
    if (!klass) throw new AppError('not_found', `class ${classId} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'facility', 'update', { facility: val(klass.facilityId) }, { what: `class ${classId}` });
      const clock = await dbClock(trx);
      if (input.from < clock.today) throw invalid('from', `the fee cannot change in the past (${input.from})`, 'in_past');
      const policy = feePolicyOn(input.from);
      const over = checkFeeCap('monthlyFee', input.monthlyFee, klass.ownership, klass.band, policy);
      if (over) throw new AppError('invalid', `monthlyFee: ${over.message}`, { issues: [over] });
      await trx.selectFrom('classes').select('id').where('id', '=', classId).forUpdate().execute();
      await trx.deleteFrom('class_fees').where('class_id', '=', classId).where('mode', '=', input.mode).where(sql<boolean>`lower(during) >= ${input.from}::date`).execute();
      await trx.updateTable('class_fees').set({ during: sql<string>`daterange(lower(during), ${input.from}::date)` }).where('class_id', '=', classId).where('mode', '=', input.mode).where(sql<boolean>`during @> ${input.from}::date`).execute();
      const caller = this.#access.caller;
      await trx
        .insertInto('class_fees')
        .values({ class_id: classId, mode: input.mode, monthly_fee: input.monthlyFee, during: sql<string>`daterange(${input.from}::date, NULL)`, policy_id: policy.caps.id, set_by: caller.kind === 'user' ? caller.userId : null })
        .execute();
      await trx.updateTable('facilities').set({ updated_at: sql<Date>`now()`, version: sql<number>`version + 1` }).where('id', '=', klass.facilityId).execute();
      await audit(trx, caller, 'update', 'facility', klass.facilityId, { detail: { classId, mode: input.mode, monthlyFee: input.monthlyFee, from: input.from } });
      return { classId, mode: input.mode, monthlyFee: input.monthlyFee, from: input.from };
    });
  }
}

/** What one child's statement of a month is computed from. */
interface StatementFacts {
  childId: string;
  placements: Array<{ classId: string; band: ClassBand; mode: string; from: string; until: string | null; fee: number | null }>;
  hourlyCare: number;
  attended: number;
}

/** Computes and writes the month's statements of a facility (unpaid ones recomputed; paid ones left as they are). */
export async function issueMonth(k: Kx, facilityId: string, first: string): Promise<{ issued: number; updated: number; paidUnchanged: number; childIds: string[] }> {
  const next = nextMonthStart(first);
  const f = await k.selectFrom('facilities').select(['tier', 'ownership', 'filing_status', 'opening_hours']).where('id', '=', facilityId).executeTakeFirst();
  if (!f) throw new AppError('not_found', `facility ${facilityId} not found`, { field: 'id' });
  const open = ((f.opening_hours as OpeningHours | null)?.days ?? [1, 2, 3, 4, 5]) as number[];
  const placements = await k
    .selectFrom('placements as p')
    .innerJoin('classes as c', 'c.id', 'p.class_id')
    .select([
      'p.child_id',
      'p.class_id',
      'c.band',
      'p.mode',
      sql<string>`lower(p.during)::text`.as('from'),
      sql<string | null>`(upper(p.during) - 1)::text`.as('until'),
      sql<number | null>`COALESCE(p.monthly_fee, class_monthly_fee(p.class_id, p.mode, GREATEST(lower(p.during), ${first}::date)))`.as('monthly_fee'),
    ])
    .where('p.facility_id', '=', facilityId)
    .where(sql<boolean>`p.during && daterange(${first}::date, ${next}::date)`)
    .orderBy(sql`lower(p.during)`)
    .execute();
  const hourly = await k
    .selectFrom('bookings as b')
    .select(['b.child_id', sql<number>`sum(b.charged)`.as('charged')])
    .where('b.facility_id', '=', facilityId)
    .where('b.day', '>=', first)
    .where('b.day', '<', next)
    .where('b.charged', '>', 0)
    .groupBy('b.child_id')
    .execute();
  const facts = new Map<string, StatementFacts>();
  const get = (childId: string) => {
    let x = facts.get(childId);
    if (!x) facts.set(childId, (x = { childId, placements: [], hourlyCare: 0, attended: 0 }));
    return x;
  };
  for (const p of placements) get(p.child_id).placements.push({ classId: p.class_id, band: p.band as ClassBand, mode: p.mode, from: p.from, until: p.until, fee: p.monthly_fee === null ? null : money(p.monthly_fee) });
  for (const h of hourly) get(h.child_id).hourlyCare = money(h.charged);
  if (facts.size === 0) return { issued: 0, updated: 0, paidUnchanged: 0, childIds: [] };
  const attended = await sql<{ child_id: string; n: number }>`SELECT c AS child_id, attended_days(c, ${first}::date, ${facilityId}::uuid) AS n FROM unnest(${[...facts.keys()]}::uuid[]) AS c`.execute(k);
  for (const a of attended.rows) facts.get(a.child_id)!.attended = a.n;
  const policy = feePolicyOn(first);
  const all = workingDays(first, open).length;
  let issued = 0;
  let updated = 0;
  let paidUnchanged = 0;
  const months = [...facts.values()].map((x) => {
    const placedSet = new Set<string>();
    for (const p of x.placements) for (const d of workingDays(first, open, p.from, p.until ? addDays(p.until, 1) : null)) placedSet.add(d);
    const last = x.placements.at(-1) ?? null;
    return { x, last, fee: last?.fee ?? null, placedDays: placedSet.size };
  });
  // each placed child's subsidy by the bureau's claim engine over this facility's month (./fees.ts monthSubsidies)
  const subsidies = monthSubsidies(
    first,
    { tier: f.tier as Tier, ownership: f.ownership as Ownership, filed: f.filing_status === 'filed' },
    months.filter((m) => m.last).map((m) => ({ childId: m.x.childId, band: m.last!.band, monthlyFee: m.fee ?? 0, workingDays: all, placedDays: m.placedDays, attendedDays: m.x.attended })),
    policy,
  );
  for (const { x, last, fee, placedDays } of months) {
    const amounts = statementAmounts({ monthlyFee: last ? (fee ?? 0) : null, workingDays: all, placedDays, subsidy: subsidies.get(x.childId) ?? 0, hourlyCare: x.hourlyCare });
    const row = {
      child_id: x.childId,
      facility_id: facilityId,
      month: first,
      mode: last?.mode ?? null,
      monthly_fee: fee ?? 0,
      working_days: all,
      placed_days: placedDays,
      attended_days: x.attended,
      fee: amounts.fee,
      subsidy: amounts.subsidy,
      hourly_care: amounts.hourlyCare,
      amount_due: amounts.amountDue,
      policy_id: policy.id,
    };
    const r = await k
      .insertInto('fee_statements')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['child_id', 'facility_id', 'month'])
          .doUpdateSet({ ...row, issued_at: sql<Date>`now()` })
          .where('fee_statements.paid_at', 'is', null),
      )
      .returning(sql<boolean>`xmax = 0`.as('inserted'))
      .executeTakeFirst();
    if (!r) paidUnchanged++;
    else if (r.inserted) issued++;
    else updated++;
  }
  return { issued, updated, paidUnchanged, childIds: [...facts.keys()] };
}
