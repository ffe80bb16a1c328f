/**
 * The in-app inbox: a user's `in_app` notices from notifications_outbox (written by `notify`), newest first, with the
 * unread count; marking read. SMS and WeChat rows are the senders' business and never shown here.
 */
import { sql } from 'kysely';
import { AppError } from '../../shared/errors.ts';
import type { Access } from '../access/scope.ts';
import { col } from '../access/scope.ts';
import type { Db } from '../pool.ts';

export type NoticeParams = Record<string, string | number | boolean | null>;

export interface NoticeView {
  id: string;
  template: string;
  params: NoticeParams;
  createdAt: string;
  readAt: string | null;
}

export interface InboxPage {
  items: NoticeView[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

/** Only flat values reach the client (notify() writes no others). */
function flat(p: unknown): NoticeParams {
  const out: NoticeParams = {};
  if (p && typeof p === 'object' && !Array.isArray(p)) {
    for (const [k, v] of Object.entries(p)) if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) out[k] = v as string | number | boolean | null;
  }
  return out;
}

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

export class InboxRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /**
   * A page of the caller's notices and the number unread.
   * @param unreadOnly - only the unread ones
   */
  async list(page = 1, pageSize = 20, unreadOnly = false): Promise<InboxPage> {
    const scope = this.#access.where('notification', 'read', { user: col('n.user_id') });
    // A notice scheduled for later (a reminder the evening before, an offer's deadline near) reaches the inbox then.
    const base = this.#db.k.selectFrom('notifications_outbox as n').where('n.channel', '=', 'in_app').where('n.not_before', '<=', sql<Date>`now()`).where(scope);
    const [rows, counts] = await Promise.all([
      (unreadOnly ? base.where('n.read_at', 'is', null) : base)
        .select(['n.id', 'n.template', 'n.params', 'n.not_before as created_at', 'n.read_at'])
        .orderBy('n.not_before', 'desc')
        .orderBy('n.id', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute(),
      base.select([sql<number>`count(*)::int`.as('total'), sql<number>`(count(*) FILTER (WHERE n.read_at IS NULL))::int`.as('unread')]).executeTakeFirstOrThrow(),
    ]);
    return {
      items: rows.map((r) => ({ id: String(r.id), template: r.template, params: flat(r.params), createdAt: iso(r.created_at)!, readAt: iso(r.read_at) })),
      total: unreadOnly ? counts.unread : counts.total,
      unread: counts.unread,
      page,
      pageSize,
    };
  }

  /** Marks one of the caller's notices read (404 for anyone else's). */
  async markRead(id: string): Promise<NoticeView> {
    const scope = this.#access.where('notification', 'update', { user: col('n.user_id') });
    if (!/^\d{1,15}$/.test(id)) throw new AppError('not_found', `notice ${id} not found`, { field: 'id' });
    const r = await this.#db.k
      .updateTable('notifications_outbox as n')
      .set({ read_at: sql<Date>`COALESCE(n.read_at, now())` })
      .where('n.id', '=', Number(id))
      .where('n.channel', '=', 'in_app')
      .where('n.not_before', '<=', sql<Date>`now()`)
      .where(scope)
      .returning(['n.id', 'n.template', 'n.params', 'n.not_before as created_at', 'n.read_at'])
      .executeTakeFirst();
    if (!r) throw new AppError('not_found', `notice ${id} not found`, { field: 'id' });
    return { id: String(r.id), template: r.template, params: flat(r.params), createdAt: iso(r.created_at)!, readAt: iso(r.read_at) };
  }

  /** Marks all of the caller's notices read; returns how many were unread. */
  async markAllRead(): Promise<number> {
    const scope = this.#access.where('notification', 'update', { user: col('n.user_id') });
    const r = await this.#db.k.updateTable('notifications_outbox as n').set({ read_at: sql<Date>`now()` }).where('n.channel', '=', 'in_app').where('n.read_at', 'is', null).where('n.not_before', '<=', sql<Date>`now()`).where(scope).executeTakeFirst();
    return Number(r.numUpdatedRows);
  }
}
