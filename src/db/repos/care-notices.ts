/**
 * What the care rules do in the database: raise an alert or task once (a dedupe key, so several server processes
 * running the same rule raise it once), close it, and tell the people concerned (notify(), in the same transaction):
 * a child's guardians, the facility's director, a class's teachers, the district health bureau.
 */
import { sql } from 'kysely';
import type { Kx } from '../pool.ts';
import { notify, type Channel } from './notify.ts';

export type AlertKind = 'fever_recheck' | 'send_home' | 'absence_followup' | 'outbreak' | 'outdoor_short' | 'ratio_break' | 'unauthorized_pickup' | 'not_collected';

export interface NewAlert {
  kind: AlertKind;
  facilityId: string;
  classId: string;
  childId?: string | null;
  day: string;
  /** One open alert per key; with `once`, never a second one (even after the first was closed). */
  key: string;
  once?: boolean;
  dueAt?: Date | string | null;
  details?: Record<string, unknown>;
  policyId: string;
}

/**
 * Raises an alert unless one with its key is open (or, with `once`, ever existed).
 * @returns the new alert's id, or null when it already existed
 */
export async function raiseAlert(k: Kx, a: NewAlert): Promise<string | null> {
  const due = a.dueAt === undefined || a.dueAt === null ? null : typeof a.dueAt === 'string' ? a.dueAt : a.dueAt.toISOString();
  const r = await sql<{ id: string }>`
    INSERT INTO care_alerts (kind, facility_id, class_id, child_id, day, dedupe_key, due_at, details, policy_id)
    SELECT ${a.kind}, ${a.facilityId}::uuid, ${a.classId}::uuid, ${a.childId ?? null}::uuid, ${a.day}::date, ${a.key}, ${due}::timestamptz, ${JSON.stringify(a.details ?? {})}::jsonb, ${a.policyId}
    WHERE NOT EXISTS (SELECT 1 FROM care_alerts x WHERE x.dedupe_key = ${a.key} AND (x.status = 'open' OR ${a.once ?? false}::boolean))
    ON CONFLICT (dedupe_key) WHERE status = 'open' DO NOTHING
    RETURNING id`.execute(k);
  return r.rows[0]?.id ?? null;
}

/**
 * Closes the open alert of a key (if any).
 * @returns whether one was closed
 */
export async function closeAlertByKey(k: Kx, key: string, resolution: string, by: string | null, status: 'done' | 'dismissed' = 'done'): Promise<boolean> {
  const r = await k
    .updateTable('care_alerts')
    .set({ status, closed_at: sql<Date>`now()`, closed_by: by, resolution })
    .where('dedupe_key', '=', key)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Guardians of a child (accounts). */
export async function guardiansOf(k: Kx, childId: string): Promise<string[]> {
  return (await k.selectFrom('child_guardians').select('user_id').where('child_id', '=', childId).execute()).map((r) => r.user_id);
}

/** Directors of a facility. */
export async function directorsOf(k: Kx, facilityId: string): Promise<string[]> {
  return (await k.selectFrom('users').select('id').where('facility_id', '=', facilityId).where('role', '=', 'director').where('disabled_at', 'is', null).execute()).map((r) => r.id);
}

/** Staff working in a class today (user_classes). */
export async function teachersOf(k: Kx, classId: string): Promise<string[]> {
  return (await k.selectFrom('user_classes').select('user_id').where('class_id', '=', classId).execute()).map((r) => r.user_id!).filter(Boolean);
}

/** District health bureau accounts of a facility's county-level division. */
export async function districtOfficialsOf(k: Kx, facilityId: string): Promise<string[]> {
  return (
    await k
      .selectFrom('users as u')
      .innerJoin('facilities as f', 'f.division_id', 'u.division_id')
      .select('u.id')
      .where('f.id', '=', facilityId)
      .where('u.role', '=', 'district_official')
      .where('u.disabled_at', 'is', null)
      .execute()
  ).map((r) => r.id);
}

/**
 * Sends one template to several people (in-app; SMS too where the matter is urgent).
 * @param k - the transaction of the change
 */
export async function tell(k: Kx, userIds: readonly string[], template: string, params: Record<string, string | number | boolean | null>, channels: readonly Channel[] = ['in_app']): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length) await notify(k, unique.map((userId) => ({ userId, template, params, channels })));
}
