import type { Queryable } from '../pool.ts';
import { auditActor, auditRole, type Caller } from './caller.ts';

export type AuditAction = 'read' | 'list' | 'create' | 'update' | 'archive' | 'delete' | 'export' | 'import';

/**
 * Appends to the audit trail (PIPL: who read or changed which child's record). Runs on the caller's query handle, so
 * a write and its audit row commit or roll back together.
 */
export async function audit(
  q: Queryable,
  caller: Caller,
  action: AuditAction,
  entity: string,
  entityId: string | null,
  opts: { childIds?: readonly string[]; detail?: Record<string, unknown> } = {},
): Promise<void> {
  const childIds = opts.childIds && opts.childIds.length > 0 ? opts.childIds : [null];
  await q.query(
    `INSERT INTO audit_log (actor_id, actor_role, action, entity, entity_id, child_id, detail)
     SELECT $1, $2, $3, $4, $5, c, $7 FROM unnest($6::uuid[]) AS c`,
    [auditActor(caller), auditRole(caller), action, entity, entityId, childIds, opts.detail ? JSON.stringify(opts.detail) : null],
  );
}
