/**
 * Who is writing, for the database's own history triggers (migration 0700: the filing history of facilities): the
 * acting user, role, the path of the change and a note, as transaction-local settings (`set_config(…, true)`), so
 * they vanish with the transaction and a pooled connection never carries them over.
 */
import { sql } from 'kysely';
import type { Kx } from '../pool.ts';
import { auditActor, auditRole, type Caller } from './caller.ts';

/** How a facility's record was changed (facility_filings.via). */
export type WriteVia = 'create' | 'workflow' | 'edit' | 'import';

/**
 * Sets the acting caller for the rest of the transaction.
 * @param trx - the transaction (must be one: the settings are local to it)
 * @param caller - who acts
 * @param via - how
 * @param opts - the workflow step and its note, when a step is taken
 */
export async function actAs(trx: Kx, caller: Caller, via: WriteVia, opts: { action?: string; note?: string | null } = {}): Promise<void> {
  await sql`SELECT set_config('carecircle.actor_id', ${auditActor(caller) ?? ''}, true),
                   set_config('carecircle.actor_role', ${auditRole(caller)}, true),
                   set_config('carecircle.via', ${via}, true),
                   set_config('carecircle.filing_action', ${opts.action ?? ''}, true),
                   set_config('carecircle.note', ${opts.note ?? ''}, true)`.execute(trx);
}
