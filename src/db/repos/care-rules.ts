/**
 * The care rules of src/care applied inside the transaction of the change that triggers them: the fever rule on a
 * temperature, the cluster rule on a case (a check with symptoms, a confirmed fever, a sick absence), the ratio rule
 * on a check-in, check-out or clock-in/out. This file gathers the facts in SQL, asks the pure rule, and writes what
 * the rule says (alerts, notices) — so a rule acts exactly when the record that triggers it commits.
 */
import { sql } from 'kysely';
import { assessTemperature, type FeverAssessment } from '../../care/fever.ts';
import { detectClusters, syndromesOf, type Case } from '../../care/outbreak.ts';
import { ratioStatus, type RatioStatus } from '../../care/ratio.ts';
import { addDays } from '../../care/days.ts';
import { childrenPerCarer, type DailyCarePolicy, type Syndrome } from '../../care/daily-policy.ts';
import type { ClassBand } from '../../care/policy.ts';
import type { Kx } from '../pool.ts';
import { closeAlertByKey, directorsOf, districtOfficialsOf, guardiansOf, raiseAlert, teachersOf, tell } from './care-notices.ts';

export interface RuleContext {
  childId: string;
  facilityId: string;
  classId: string;
  /** Local date of the record. */
  day: string;
  at: Date;
  policy: DailyCarePolicy;
  /** Who acted (null: the system). */
  userId: string | null;
}

/** The child's given name for notices (guardians know their child; staff notices name the child too). */
async function childName(k: Kx, childId: string): Promise<string> {
  const r = await k.selectFrom('children').select(['family_name', 'given_name']).where('id', '=', childId).executeTakeFirst();
  return r ? `${r.family_name}${r.given_name}` : '';
}

/**
 * The fever rule for one reading: assesses it against the child's state today and opens, updates or closes the
 * recheck and send-home alerts (the guardian is told at once when fever is confirmed).
 * @returns the assessment, stored with the entry
 */
export async function applyFeverRule(k: Kx, ctx: RuleContext, temperatureC: number): Promise<FeverAssessment> {
  const recheckKey = `fever_recheck:${ctx.childId}:${ctx.day}`;
  const sendHomeKey = `send_home:${ctx.childId}:${ctx.day}`;
  const pending = await k.selectFrom('care_alerts').select(['due_at', 'details']).where('dedupe_key', '=', recheckKey).where('status', '=', 'open').executeTakeFirst();
  const confirmed = await k.selectFrom('care_alerts').select('id').where('dedupe_key', '=', sendHomeKey).executeTakeFirst();
  const flaggedAt = pending ? Date.parse(String((pending.details as { flaggedAt?: string }).flaggedAt ?? pending.due_at)) : 0;
  const a = assessTemperature(
    { at: ctx.at.getTime(), temperatureC },
    { pendingRecheck: pending ? { flaggedAt, dueAt: pending.due_at!.getTime() } : null, confirmed: !!confirmed },
    ctx.policy,
  );
  const due = a.recheckDueAt === null ? null : new Date(a.recheckDueAt);
  const base = { facilityId: ctx.facilityId, classId: ctx.classId, childId: ctx.childId, day: ctx.day, policyId: ctx.policy.id };
  if (a.action === 'recheck' && !pending) {
    await raiseAlert(k, { ...base, kind: 'fever_recheck', key: recheckKey, dueAt: due, details: { flaggedAt: ctx.at.toISOString(), firstC: temperatureC, lastC: temperatureC } });
  } else if (a.action === 'observe') {
    await k
      .updateTable('care_alerts')
      .set({ due_at: due, details: sql`details || ${JSON.stringify({ flaggedAt: ctx.at.toISOString(), lastC: temperatureC, prompted: false })}::jsonb` })
      .where('dedupe_key', '=', recheckKey)
      .where('status', '=', 'open')
      .execute();
  } else if (a.action === 'resolved') {
    await closeAlertByKey(k, recheckKey, `normal on recheck (${temperatureC} °C)`, ctx.userId);
  } else if (a.action === 'send_home') {
    await closeAlertByKey(k, recheckKey, `fever confirmed (${temperatureC} °C)`, ctx.userId);
    await raiseAlert(k, { ...base, kind: 'send_home', key: sendHomeKey, once: true, details: { temperatureC, confirmedAt: ctx.at.toISOString() } });
    await k.updateTable('attendance').set({ sent_home: true }).where('child_id', '=', ctx.childId).where('day', '=', ctx.day).execute();
    const name = await childName(k, ctx.childId);
    const params = { child: name, temperatureC, at: ctx.at.toISOString() };
    await tell(k, await guardiansOf(k, ctx.childId), 'care_fever_send_home', params, ['in_app', 'sms']);
    await tell(k, await directorsOf(k, ctx.facilityId), 'care_fever_send_home', params);
  }
  return a;
}

/** Syndromes an entry counts as (a check's symptoms; a confirmed fever counts as fever). */
export function caseSyndromes(payload: Record<string, unknown>, policy: DailyCarePolicy): Syndrome[] {
  const out = new Set<Syndrome>(syndromesOf(Array.isArray(payload.symptoms) ? (payload.symptoms as string[]) : [], policy));
  if ((payload.assessment as { action?: string } | undefined)?.action === 'send_home') out.add('fever');
  return [...out].sort();
}

/**
 * The cluster rule for a class on a day: gathers the window's cases (checks with symptoms, confirmed fevers, sick
 * absences) and raises an outbreak alert for each new cluster — to the director and the district health bureau,
 * due within the policy's report deadline.
 * @returns the outbreak alerts raised
 */
export async function applyOutbreakRule(k: Kx, facilityId: string, classId: string, day: string, policy: DailyCarePolicy, now: Date): Promise<string[]> {
  const from = addDays(day, -(policy.outbreak.windowDays - 1));
  const entries = await sql<{ child_id: string; day: string; kind: string; payload: Record<string, unknown> }>`
    SELECT e.child_id, e.day, e.kind, e.payload FROM daily_entries_current e
    WHERE e.class_id = ${classId}::uuid AND e.day BETWEEN ${from}::date AND ${day}::date AND NOT e.retracted
      AND ((e.kind IN ('morning_check', 'noon_check') AND jsonb_array_length(COALESCE(e.payload->'symptoms', '[]'::jsonb)) > 0)
           OR e.payload->'assessment'->>'action' = 'send_home')`.execute(k);
  const absences = await sql<{ child_id: string; day: string; symptoms: string[] }>`
    SELECT a.child_id, d::date::text AS day, a.symptoms
    FROM absence_reports a
    CROSS JOIN LATERAL generate_series(GREATEST(lower(a.days), ${from}::date), LEAST(upper(a.days) - 1, ${day}::date), interval '1 day') AS d
    WHERE a.reason = 'sick' AND a.cancelled_at IS NULL AND a.days && daterange(${from}::date, ${day}::date, '[]')
      AND EXISTS (SELECT 1 FROM care_roster_sources r WHERE r.child_id = a.child_id AND r.class_id = ${classId}::uuid AND r.days @> d::date)`.execute(k);
  const cases: Case[] = [];
  for (const e of entries.rows) for (const s of caseSyndromes(e.payload, policy)) cases.push({ childId: e.child_id, classId, day: e.day, syndrome: s });
  for (const a of absences.rows) for (const s of syndromesOf(a.symptoms, policy)) cases.push({ childId: a.child_id, classId, day: a.day, syndrome: s });
  const raised = (
    await k.selectFrom('care_alerts').select(['class_id', 'day', sql<string>`details->>'syndrome'`.as('syndrome')]).where('kind', '=', 'outbreak').where('class_id', '=', classId).where('day', '>=', from).where('day', '<=', day).execute()
  ).map((r) => ({ classId: r.class_id, day: r.day, syndrome: r.syndrome as Syndrome }));
  const clusters = detectClusters(cases, day, raised, policy);
  const ids: string[] = [];
  for (const c of clusters) {
    const due = new Date(now.getTime() + policy.outbreak.reportWithinHours * 3_600_000);
    const id = await raiseAlert(k, {
      kind: 'outbreak',
      facilityId,
      classId,
      day,
      key: `outbreak:${classId}:${c.syndrome}:${day}`,
      once: true,
      dueAt: due,
      policyId: policy.id,
      details: { syndrome: c.syndrome, rule: c.rule, cases: c.childIds.length, childIds: c.childIds, from: c.from, to: c.to },
    });
    if (!id) continue;
    ids.push(id);
    const cls = await k.selectFrom('classes as k').innerJoin('facilities as f', 'f.id', 'k.facility_id').select(['k.name as className', 'f.name as facilityName']).where('k.id', '=', classId).executeTakeFirstOrThrow();
    const params = { facility: cls.facilityName, className: cls.className, syndrome: c.syndrome, cases: c.childIds.length, rule: c.rule, dueAt: due.toISOString() };
    await tell(k, [...(await directorsOf(k, facilityId)), ...(await districtOfficialsOf(k, facilityId))], 'care_outbreak', params, ['in_app', 'sms']);
  }
  return ids;
}

/**
 * The live ratio of a class: children present now against carers clocked in now; a break raises an alert to the
 * director at once, a restored ratio closes it.
 */
export async function applyRatioRule(k: Kx, classId: string, day: string, policy: DailyCarePolicy, userId: string | null): Promise<RatioStatus> {
  const r = await sql<{ present: number; carers: number; band: ClassBand; tier: string; facility_id: string; name: string }>`
    SELECT (SELECT count(*) FROM attendance a WHERE a.class_id = k.id AND a.day = ${day}::date AND a.check_in_at IS NOT NULL AND a.check_out_at IS NULL)::int AS present,
           (SELECT count(DISTINCT s.staff_id) FROM staff_shifts s WHERE s.class_id = k.id AND s.during @> now())::int AS carers,
           k.band, f.tier, k.facility_id, k.name
    FROM classes k JOIN facilities f ON f.id = k.facility_id WHERE k.id = ${classId}::uuid`.execute(k);
  const row = r.rows[0]!;
  const status = ratioStatus(row.present, row.carers, childrenPerCarer(policy, row.band, row.tier === 'family_point'));
  const key = `ratio:${classId}`;
  if (!status.ok) {
    const id = await raiseAlert(k, { kind: 'ratio_break', facilityId: row.facility_id, classId, day, key, policyId: policy.id, details: { ...status } });
    if (id) await tell(k, await directorsOf(k, row.facility_id), 'care_ratio_break', { className: row.name, present: status.present, carers: status.carers, needed: status.needed });
    else await k.updateTable('care_alerts').set({ details: JSON.stringify(status) }).where('dedupe_key', '=', key).where('status', '=', 'open').execute();
  } else await closeAlertByKey(k, key, `ratio restored (${status.carers} carers for ${status.present} children)`, userId);
  return status;
}

/** Tells a class's teachers (used by the clock rules). */
export async function tellTeachers(k: Kx, classId: string, template: string, params: Record<string, string | number | boolean | null>): Promise<void> {
  await tell(k, await teachersOf(k, classId), template, params);
}
