import { sql } from 'kysely';
import type { Kx } from '../pool.ts';
import { auditActor, auditRole, type Caller } from './caller.ts';

export type AuditAction = 'read' | 'list' | 'create' | 'update' | 'archive' | 'delete' | 'export' | 'import' | 'refuse' | 'login' | 'disable' | 'enable' | 'restore';

/**
 * Appends to the audit trail (PIPL: who read or changed which child's record, and why). Runs on the caller's
 * transaction, so a write and its audit row commit or roll back together; one row per child named.
 * @param k - the transaction
 * @param caller - who acted
 * @param action - what they did
 * @param entity - the kind of record (child, facility, placement, …)
 * @param entityId - the record, when one
 * @param opts - the children concerned, details (never the record's content), the purpose
 */
export async function audit(
  k: Kx,
  caller: Caller,
  action: AuditAction,
  entity: string,
  entityId: string | null,
  opts: { childIds?: readonly string[]; detail?: Record<string, unknown>; purpose?: string } = {},
): Promise<void> {
  const childIds = opts.childIds && opts.childIds.length > 0 ? [...opts.childIds] : [null];
  await k
    .insertInto('audit_log')
    .columns(['actor_id', 'actor_role', 'action', 'entity', 'entity_id', 'child_id', 'detail', 'purpose'])
    .expression(
      k.selectNoFrom([
        sql<string | null>`${auditActor(caller)}::uuid`.as('actor_id'),
        sql<string>`${auditRole(caller)}`.as('actor_role'),
        sql<string>`${action}`.as('action'),
        sql<string>`${entity}`.as('entity'),
        sql<string | null>`${entityId}`.as('entity_id'),
        sql<string | null>`unnest(${childIds}::uuid[])`.as('child_id'),
        sql<string | null>`${opts.detail ? JSON.stringify(opts.detail) : null}::jsonb`.as('detail'),
        sql<string | null>`${opts.purpose ?? null}`.as('purpose'),
      ]),
    )
    .execute();
}
