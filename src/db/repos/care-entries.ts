/**
 * The day's records of children (daily_entries): recorded by the teacher of the child's class or the director,
 * read by the child's guardians and the facility's staff. Entries are append-only versions with client-made ids (a
 * repeat is answered with the stored entry, never a second one); each child's entries take their `seq` under a
 * per-child lock, so the feed can replay "everything after seq N" exactly. Check-in and check-out keep the attendance
 * row; temperatures, checks and attendance run the care rules (./care-rules.ts) in the same transaction.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { dailyCarePolicy, type DailyCarePolicy } from '../../care/daily-policy.ts';
import { checkEntryFields, temperatureOf, type EntryKind } from '../../care/entries.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import type { Access } from '../access/scope.ts';
import { col, val } from '../access/scope.ts';
import type { Db, Kx } from '../pool.ts';
import { audit } from './audit.ts';
import { applyFeverRule, applyOutbreakRule, applyRatioRule, caseSyndromes, type RuleContext } from './care-rules.ts';
import { directorsOf, guardiansOf, raiseAlert, tell } from './care-notices.ts';
import { isUuid } from './ids.ts';

/** An entry as the API and the feed show it (care_entry_json): common fields plus the kind's own. */
export interface EntryView {
  id: string;
  version: number;
  seq: number;
  childId: string;
  classId: string;
  kind: EntryKind;
  at: string;
  day: string;
  corrected: boolean;
  retracted: boolean;
  reason: string | null;
  recordedBy: string | null;
  recordedAt: string;
  [field: string]: unknown;
}

export interface EntryInput {
  /** The client-made id (a correction: the id of the entry it corrects). */
  id: string;
  kind: EntryKind;
  /** When it happened (ISO; default now). */
  at?: string;
  /** 1 for a new entry; n + 1 corrects version n. */
  version?: number;
  /** Why a correction was made. */
  reason?: string;
  /** The kind's own fields. */
  fields: Record<string, unknown>;
}

export interface Recorded {
  created: boolean;
  entry: EntryView;
}

/** How far back a new entry may be dated, and corrections (days). */
const BACKDATE_DAYS = 7;
const CORRECT_DAYS = 31;
/** Clock skew a tablet may have (minutes). */
const SKEW_MINUTES = 5;

interface Settings {
  policy: DailyCarePolicy;
  publishMealsNaps: 'live' | 'end_of_day';
  publishAt: string;
  absenceDeadline: string;
}

/** Settings from a care_settings row (or none: the policy's defaults). */
function settingsOf(r: { policy_id: string | null; publish_meals_naps: string | null; publish_at: unknown; absence_deadline: unknown } | undefined): Settings {
  const policy = dailyCarePolicy(r?.policy_id ?? undefined);
  return {
    policy,
    publishMealsNaps: (r?.publish_meals_naps as Settings['publishMealsNaps'] | null) ?? 'live',
    publishAt: r?.publish_at ? String(r.publish_at).slice(0, 5) : policy.publishing.endOfDayAt,
    absenceDeadline: r?.absence_deadline ? String(r.absence_deadline).slice(0, 5) : policy.absence.followUpAt,
  };
}

/** A facility's care settings (the policy's defaults when it has none). */
export async function careSettings(k: Kx, facilityId: string): Promise<Settings> {
  return settingsOf(await k.selectFrom('care_settings').selectAll().where('facility_id', '=', facilityId).executeTakeFirst());
}

/** A stable id for one child's entry of a bulk action (same batch, same child → same id: repeats are idempotent). */
export function bulkEntryId(batchId: string, childId: string): string {
  const h = createHash('sha256').update(`carecircle-bulk:${batchId.toLowerCase()}:${childId.toLowerCase()}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x80;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** Takes the per-child lock that orders a child's entries (seq) with their commits. */
export async function lockChild(k: Kx, childId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`care:${childId}`}, 0))`.execute(k);
}

async function entryJson(k: Kx, id: string, version: number): Promise<{ j: EntryView; child_id: string } | undefined> {
  const r = await sql<{ j: EntryView; child_id: string }>`SELECT care_entry_json(e) AS j, e.child_id FROM daily_entries e WHERE e.id = ${id}::uuid AND e.version = ${version}`.execute(k);
  return r.rows[0];
}

export class CareEntryRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  #userId(): string | null {
    return this.#access.caller.kind === 'user' ? this.#access.caller.userId : null;
  }

  /**
   * Records one entry (or answers a repeat with the stored one): 201 vs 200 by `created`.
   * @param childId - the child
   * @param input - the entry
   */
  async record(childId: string, input: EntryInput): Promise<Recorded> {
    if (!this.#access.reachesRows('daily_entry', 'create')) throw this.#access.refusal('daily_entry', 'create');
    if (!isUuid(childId)) throw new AppError('not_found', `child ${childId} not found`, { field: 'id' });
    const issues = checkEntryFields(input.kind, input.fields);
    if (issues.length) throw new AppError('invalid', issues.map((i) => `${i.field}: ${i.message}`).join('; '), { issues });
    let refusal: AppError | null = null;
    const out = await this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'daily_entry', 'create', { child: val(childId) }, { what: 'child' });
      await lockChild(trx, childId);
      const r = await this.#recordOne(trx, childId, input, 'api', null);
      if ('refusal' in r) {
        refusal = r.refusal;
        return null;
      }
      return r;
    });
    if (refusal) throw refusal;
    return out!;
  }

  /**
   * Records one entry for many children of a class at once ("the whole class ate all of lunch"): one entry per child
   * (children present now when none are named), each with an id derived from the batch id, so a repeat is a no-op.
   * @param classId - the class
   * @param batchId - the client-made id of the action
   * @param input - kind, time and fields (as for one entry)
   * @param childIds - the children (default: present now)
   */
  async recordBulk(classId: string, batchId: string, input: Omit<EntryInput, 'id' | 'version' | 'reason'>, childIds?: readonly string[]): Promise<{ created: number; existing: number; entries: EntryView[] }> {
    if (!this.#access.reachesRows('daily_entry', 'create')) throw this.#access.refusal('daily_entry', 'create');
    if (!isUuid(classId)) throw new AppError('not_found', `class ${classId} not found`, { field: 'id' });
    const issues = checkEntryFields(input.kind, input.fields);
    if (issues.length) throw new AppError('invalid', issues.map((i) => `${i.field}: ${i.message}`).join('; '), { issues });
    return this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'daily_entry', 'create', { class: val(classId) }, { readAs: 'class_roster', what: 'class' });
      const when = await sql<{ day: string }>`SELECT (COALESCE(${input.at ?? null}::timestamptz, now()) AT TIME ZONE current_setting('TimeZone'))::date::text AS day`.execute(trx);
      const day = when.rows[0]!.day;
      const roster = (await sql<{ child_id: string; present: boolean }>`
        SELECT r.child_id, (a.check_in_at IS NOT NULL AND a.check_out_at IS NULL) AS present
        FROM care_roster_sources r LEFT JOIN attendance a ON a.child_id = r.child_id AND a.day = ${day}::date
        WHERE r.class_id = ${classId}::uuid AND r.days @> ${day}::date`.execute(trx)).rows;
      const inClass = new Set(roster.map((r) => r.child_id));
      let targets: string[];
      if (childIds) {
        childIds.forEach((c, i) => {
          if (!inClass.has(c)) throw invalid(`childIds.${i}`, `the child is not in this class on ${day}`, 'not_in_class', { day });
        });
        targets = [...new Set(childIds)];
      } else targets = roster.filter((r) => r.present).map((r) => r.child_id);
      if (targets.length === 0) throw invalid('childIds', `no children present in the class now`, 'nobody_present');
      targets.sort();
      for (const c of targets) await lockChild(trx, c);
      let created = 0;
      const entries: EntryView[] = [];
      for (const c of targets) {
        const r = await this.#recordOne(trx, c, { ...input, id: bulkEntryId(batchId, c), version: 1 }, 'bulk', batchId);
        if ('refusal' in r) throw r.refusal;
        if (r.created) created++;
        entries.push(r.entry);
      }
      return { created, existing: entries.length - created, entries };
    });
  }

  /**
   * Withdraws an entry: a new version marked retracted (shown to parents as withdrawn, never deleted).
   * @param childId - the child
   * @param entryId - the entry
   * @param version - the new version (current + 1)
   * @param reason - why
   */
  async retract(childId: string, entryId: string, version: number, reason: string): Promise<Recorded> {
    if (!this.#access.reachesRows('daily_entry', 'create')) throw this.#access.refusal('daily_entry', 'create');
    if (!isUuid(childId) || !isUuid(entryId)) throw new AppError('not_found', 'entry not found', { field: 'id' });
    return this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'daily_entry', 'create', { child: val(childId) }, { what: 'child' });
      await lockChild(trx, childId);
      const again = await entryJson(trx, entryId, version);
      if (again) {
        if (again.child_id !== childId || !again.j.retracted) throw new AppError('conflict', `version ${version} of entry ${entryId} already exists`, { field: 'version', code: 'stale_version', params: { yours: version } });
        return { created: false, entry: again.j };
      }
      const prev = await trx.selectFrom('daily_entries').selectAll().where('id', '=', entryId).where('child_id', '=', childId).orderBy('version', 'desc').limit(1).executeTakeFirst();
      if (!prev) throw new AppError('not_found', `entry ${entryId} not found`, { field: 'entryId' });
      if (prev.version !== version - 1) throw new AppError('conflict', `the entry is at version ${prev.version}; retract it as version ${prev.version + 1}`, { field: 'version', code: 'stale_version', params: { current: prev.version, yours: version } });
      if (prev.retracted) throw new AppError('conflict', 'the entry is already withdrawn', { field: 'entryId', code: 'rule_violated', params: { rule: 'already_retracted' } });
      if (prev.kind === 'check_in' || prev.kind === 'check_out') {
        const att = await trx.selectFrom('attendance').selectAll().where('child_id', '=', childId).where('day', '=', prev.day).forUpdate().executeTakeFirst();
        if (prev.kind === 'check_in' && att?.check_out_at) throw new AppError('conflict', 'withdraw the check-out first', { field: 'entryId', code: 'check_out_first' });
        if (att)
          await trx
            .updateTable('attendance')
            .set(prev.kind === 'check_in' ? { check_in_at: null, dropped_by: null, check_in_entry: null } : { check_out_at: null, collected_by: null, check_out_entry: null })
            .where('child_id', '=', childId)
            .where('day', '=', prev.day)
            .execute();
      }
      await sql`
        INSERT INTO daily_entries (id, version, child_id, facility_id, class_id, kind, at, day, payload, retracted, reason, recorded_by, source, published_at, publish_after)
        SELECT id, ${version}, child_id, facility_id, class_id, kind, at, day, payload, true, ${reason}, ${this.#userId()}::uuid, 'api', CASE WHEN published_at IS NULL THEN NULL ELSE now() END, publish_after
        FROM daily_entries WHERE id = ${entryId}::uuid AND version = ${prev.version}`.execute(trx);
      await audit(trx, this.#access.caller, 'update', 'daily_entry', entryId, { childIds: [childId], detail: { retracted: true, version } });
      return { created: true, entry: (await entryJson(trx, entryId, version))!.j };
    });
  }

  /** One entry's recording, inside the caller's transaction with the child locked. */
  async #recordOne(trx: Kx, childId: string, input: EntryInput, source: 'api' | 'bulk', batchId: string | null): Promise<Recorded | { refusal: AppError }> {
    const version = input.version ?? 1;
    // Every version of the id at once: a repeat (this version exists), a correction's base (the latest), or a clash.
    const versions = (
      await sql<{ j: EntryView; child_id: string; version: number; kind: string; at: Date; retracted: boolean }>`
        SELECT care_entry_json(e) AS j, e.child_id, e.version, e.kind, e.at, e.retracted FROM daily_entries e WHERE e.id = ${input.id}::uuid ORDER BY e.version DESC`.execute(trx)
    ).rows;
    const again = versions.find((v) => v.version === version);
    if (again) {
      if (again.child_id !== childId) throw new AppError('conflict', `entry ${input.id} belongs to another child`, { field: 'id', code: 'duplicate' });
      return { created: false, entry: again.j };
    }
    let prevAt: Date | null = null;
    const prev = versions[0];
    if (version > 1) {
      if (!prev || prev.child_id !== childId) throw new AppError('not_found', `entry ${input.id} not found (a correction names an existing entry)`, { field: 'id' });
      if (prev.version !== version - 1) throw new AppError('conflict', `the entry is at version ${prev.version}; correct it as version ${prev.version + 1}`, { field: 'version', code: 'stale_version', params: { current: prev.version, yours: version } });
      if (prev.kind !== input.kind) throw invalid('kind', `a correction keeps the kind (${prev.kind})`, 'kind_changed', { kind: prev.kind });
      if (prev.retracted) throw new AppError('conflict', 'the entry was withdrawn', { field: 'id', code: 'rule_violated', params: { rule: 'retracted' } });
      prevAt = prev.at;
    } else if (prev) {
      throw new AppError('conflict', `entry ${input.id} exists; a correction sends version 2 or later`, { field: 'version', code: 'stale_version' });
    }
    // The time, the local day, the child's class that day and the facility's settings, in one round trip.
    const when = (
      await sql<{ now: Date; at: Date; day: string; today: string; facility_id: string | null; class_id: string | null; policy_id: string | null; publish_meals_naps: string | null; publish_at: string | null; absence_deadline: string | null }>`
        SELECT t.now, t.at, t.day::text AS day, current_date::text AS today, p.facility_id, p.class_id,
               s.policy_id, s.publish_meals_naps, s.publish_at::text AS publish_at, s.absence_deadline::text AS absence_deadline
        FROM (SELECT now() AS now, a.at, (a.at AT TIME ZONE current_setting('TimeZone'))::date AS day
              FROM (SELECT COALESCE(${input.at ?? null}::timestamptz, ${prevAt ? prevAt.toISOString() : null}::timestamptz, now()) AS at) a) t
        LEFT JOIN LATERAL (SELECT r.facility_id, r.class_id FROM care_roster_sources r WHERE r.child_id = ${childId}::uuid AND r.days @> t.day ORDER BY r.kind LIMIT 1) p ON true
        LEFT JOIN care_settings s ON s.facility_id = p.facility_id`.execute(trx)
    ).rows[0]!;
    const { now, at, day } = when;
    if (at.getTime() > now.getTime() + SKEW_MINUTES * 60_000) throw invalid('at', 'the time is in the future', 'in_future');
    const oldest = (version > 1 ? CORRECT_DAYS : BACKDATE_DAYS) * 86_400_000;
    if (at.getTime() < now.getTime() - oldest) throw invalid('at', `the time is more than ${oldest / 86_400_000} days ago`, 'too_old', { days: oldest / 86_400_000 });
    if (!when.facility_id || !when.class_id) throw new AppError('conflict', `the child is not placed in a class on ${day}`, { field: 'at', code: 'not_placed', params: { day } });
    const placement = { facility_id: when.facility_id, class_id: when.class_id };
    const settings = settingsOf(when);
    const ctx: RuleContext = { childId, facilityId: placement.facility_id, classId: placement.class_id, day, at, policy: settings.policy, userId: this.#userId() };
    const fields: Record<string, unknown> = { ...input.fields };

    // Attendance (check-in / check-out) and who brings or collects the child.
    let attendanceWrite: (() => Promise<void>) | null = null;
    if (input.kind === 'check_in' || input.kind === 'check_out') {
      const att = await trx.selectFrom('attendance').selectAll().where('child_id', '=', childId).where('day', '=', day).forUpdate().executeTakeFirst();
      const correcting = version > 1;
      if (input.kind === 'check_in') {
        if (att?.check_in_at && !correcting) throw new AppError('conflict', `the child is already checked in on ${day}`, { field: 'kind', code: 'already_checked_in' });
        if (att?.check_out_at && at > att.check_out_at) throw new AppError('conflict', 'the check-in would be after the check-out', { field: 'at', code: 'check_out_before_check_in' });
        if (fields.droppedBy !== undefined && !(await this.#listedPickup(trx, childId, String(fields.droppedBy)))) throw invalid('droppedBy', 'not a person on the child’s pickup list', 'unknown_pickup_person');
        attendanceWrite = async () => {
          await trx
            .insertInto('attendance')
            .values({ child_id: childId, day, facility_id: ctx.facilityId, class_id: ctx.classId, check_in_at: at, dropped_by: (fields.droppedBy as string | undefined) ?? null, check_in_entry: input.id })
            .onConflict((oc) => oc.columns(['child_id', 'day']).doUpdateSet({ check_in_at: at, dropped_by: (fields.droppedBy as string | undefined) ?? null, check_in_entry: input.id }))
            .execute();
        };
      } else {
        if (!att?.check_in_at) throw new AppError('conflict', `the child was not checked in on ${day} (check-out before check-in)`, { field: 'kind', code: 'not_checked_in' });
        if (at < att.check_in_at) throw new AppError('conflict', 'the check-out is before the check-in', { field: 'at', code: 'check_out_before_check_in' });
        if (att.check_out_at && !correcting) throw new AppError('conflict', `the child is already checked out on ${day}`, { field: 'kind', code: 'already_checked_out' });
        const by = fields.collectedBy as string | undefined;
        const listed = by === undefined ? true : await this.#listedPickup(trx, childId, by);
        if (!listed || fields.collectorDescription !== undefined) {
          // Not on the list: the child stays; the director and the guardians are told (the refusal commits with them).
          const who = fields.collectorDescription ? String(fields.collectorDescription) : 'an unlisted person';
          const id = await raiseAlert(trx, { kind: 'unauthorized_pickup', facilityId: ctx.facilityId, classId: ctx.classId, childId, day, key: `unauthorized_pickup:${childId}:${day}:${at.toISOString()}`, policyId: settings.policy.id, details: { who, personId: by ?? null } });
          if (id) {
            const name = (await trx.selectFrom('children').select(['family_name', 'given_name']).where('id', '=', childId).executeTakeFirstOrThrow());
            const params = { child: `${name.family_name}${name.given_name}`, who, at: at.toISOString() };
            await tell(trx, await directorsOf(trx, ctx.facilityId), 'care_unauthorized_pickup', params, ['in_app', 'sms']);
            await tell(trx, await guardiansOf(trx, childId), 'care_unauthorized_pickup', params, ['in_app', 'sms']);
          }
          return { refusal: new AppError('conflict', `${who} is not authorized to collect this child: the director and the guardians have been told`, { field: by ? 'collectedBy' : 'collectorDescription', code: 'unauthorized_pickup' }) };
        }
        attendanceWrite = async () => {
          await trx
            .updateTable('attendance')
            .set({ check_out_at: at, collected_by: by ?? null, check_out_entry: input.id })
            .where('child_id', '=', childId)
            .where('day', '=', day)
            .execute();
        };
      }
    }

    // Temperature: the fever rule (its assessment is stored with the entry, so parents see what was decided).
    const t = temperatureOf(input.kind, fields);
    if (t !== null) {
      const a = await applyFeverRule(trx, ctx, t);
      fields.assessment = { fever: a.fever, action: a.action, recheck: a.recheck, recheckDueAt: a.recheckDueAt === null ? null : new Date(a.recheckDueAt).toISOString(), policyId: a.policyId };
    }

    // Publishing: live, or meals and naps at the end of the day (the facility's choice).
    const deferred = settings.publishMealsNaps === 'end_of_day' && settings.policy.publishing.deferrable.includes(input.kind);
    const publishAfter = sql<Date>`((${day}::date + ${settings.publishAt}::time) AT TIME ZONE current_setting('TimeZone'))`;

    const inserted = await sql<{ j: EntryView }>`
      INSERT INTO daily_entries AS e (id, version, child_id, facility_id, class_id, kind, at, day, payload, reason, recorded_by, source, batch_id, published_at, publish_after)
      VALUES (${input.id}::uuid, ${version}, ${childId}::uuid, ${ctx.facilityId}::uuid, ${ctx.classId}::uuid, ${input.kind}, ${at.toISOString()}::timestamptz, ${day}::date,
              ${JSON.stringify(fields)}::jsonb, ${input.reason ?? null}, ${ctx.userId}::uuid, ${source}, ${batchId}::uuid,
              ${deferred ? sql`CASE WHEN ${publishAfter} <= now() THEN now() END` : sql`now()`}, ${deferred ? publishAfter : sql`NULL`})
      RETURNING care_entry_json(e) AS j`.execute(trx);
    if (attendanceWrite) await attendanceWrite();

    // The cluster rule on a case, the ratio on a change of who is present.
    if (caseSyndromes(fields, settings.policy).length) await applyOutbreakRule(trx, ctx.facilityId, ctx.classId, day, settings.policy, now);
    if ((input.kind === 'check_in' || input.kind === 'check_out') && day === when.today) await applyRatioRule(trx, ctx.classId, day, settings.policy, ctx.userId);
    await audit(trx, this.#access.caller, version > 1 ? 'update' : 'create', 'daily_entry', input.id, { childIds: [childId], detail: { kind: input.kind, version } });
    return { created: true, entry: inserted.rows[0]!.j };
  }

  async #listedPickup(k: Kx, childId: string, personId: string): Promise<boolean> {
    if (!isUuid(personId)) return false;
    const r = await k.selectFrom('pickup_persons').select('id').where('id', '=', personId).where('child_id', '=', childId).where('revoked_at', 'is', null).executeTakeFirst();
    return !!r;
  }

  /**
   * A child's entries of one day, in order (all versions' latest; guardians see published entries only). Audited.
   * @param childId - the child
   * @param day - the local date
   */
  async list(childId: string, day: string): Promise<EntryView[]> {
    const scope = this.#access.where('daily_entry', 'read', { child: col('e.child_id') });
    if (!isUuid(childId)) throw new AppError('not_found', `child ${childId} not found`, { field: 'id' });
    const parentView = this.#access.scope('daily_entry', 'read') === 'own_children';
    return this.#db.tx(async (trx) => {
      if (!(await this.#access.allows(trx, 'daily_entry', 'read', { child: val(childId) }))) throw new AppError('not_found', `child ${childId} not found`, { field: 'id' });
      const rows = await sql<{ j: EntryView }>`
        SELECT care_entry_json(e) AS j FROM daily_entries e
        WHERE e.child_id = ${childId}::uuid AND e.day = ${day}::date AND ${scope}
          AND NOT EXISTS (SELECT 1 FROM daily_entries n WHERE n.id = e.id AND n.version > e.version) ${parentView ? sql`AND e.published_at IS NOT NULL` : sql``}
        ORDER BY e.at, e.seq`.execute(trx);
      await audit(trx, this.#access.caller, 'read', 'daily_entry', null, { childIds: [childId], detail: { day }, purpose: 'daily_care' });
      return rows.rows.map((r) => r.j);
    });
  }

  /**
   * Opens a child's feed: checks that the caller may read the child's day and audits it.
   * @returns the local date today
   */
  async openFeed(childId: string): Promise<{ today: string }> {
    if (!this.#access.reachesRows('daily_entry', 'read')) throw this.#access.refusal('daily_entry', 'read');
    if (!isUuid(childId)) throw new AppError('not_found', `child ${childId} not found`, { field: 'id' });
    return this.#db.tx(async (trx) => {
      if (!(await this.#access.allows(trx, 'daily_entry', 'read', { child: val(childId) }))) throw new AppError('not_found', `child ${childId} not found`, { field: 'id' });
      await audit(trx, this.#access.caller, 'read', 'daily_entry', null, { childIds: [childId], purpose: 'live_feed' });
      const r = await sql<{ today: string }>`SELECT current_date::text AS today`.execute(trx);
      return { today: r.rows[0]!.today };
    });
  }

  /** The city's date today. */
  async today(): Promise<string> {
    return (await sql<{ d: string }>`SELECT current_date::text AS d`.execute(this.#db.k)).rows[0]!.d;
  }

  /** Whether the caller may still read the child's day (a feed re-checks while open). */
  async mayRead(childId: string): Promise<boolean> {
    if (!this.#access.reachesRows('daily_entry', 'read')) return false;
    return this.#access.allows(this.#db.k, 'daily_entry', 'read', { child: val(childId) });
  }
}

/**
 * The feed's reads, for the realtime hub (it serves callers whose access was checked when their stream opened).
 * Published entries only, in seq order.
 */
export class CareFeedStore {
  readonly #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  /**
   * Entries of a child after a seq (all versions, in order), at most `limit`.
   * @param childId - the child
   * @param afterSeq - the last seq the reader has
   */
  async after(childId: string, afterSeq: number, limit = 1000): Promise<EntryView[]> {
    const r = await sql<{ j: EntryView }>`
      SELECT care_entry_json(e) AS j FROM daily_entries e
      WHERE e.child_id = ${childId}::uuid AND e.seq > ${afterSeq} AND e.published_at IS NOT NULL
      ORDER BY e.seq LIMIT ${limit}`.execute(this.#db.k);
    return r.rows.map((x) => x.j);
  }

  /** A child's published entries of a day (all versions, in seq order): a new reader's start. */
  async ofDay(childId: string, day: string): Promise<EntryView[]> {
    const r = await sql<{ j: EntryView }>`
      SELECT care_entry_json(e) AS j FROM daily_entries e
      WHERE e.child_id = ${childId}::uuid AND e.day = ${day}::date AND e.published_at IS NOT NULL
      ORDER BY e.seq`.execute(this.#db.k);
    return r.rows.map((x) => x.j);
  }

  /** The newest seq (a reader that starts "now"). */
  async lastSeq(childId: string): Promise<number> {
    const r = await sql<{ s: number | null }>`SELECT max(seq) AS s FROM daily_entries WHERE child_id = ${childId}::uuid AND published_at IS NOT NULL`.execute(this.#db.k);
    return Number(r.rows[0]?.s ?? 0);
  }
}
