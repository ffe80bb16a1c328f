/**
 * The connection pool and transaction helper. DATE columns come back as 'yyyy-mm-dd' strings (never JS Dates, which
 * shift with the time zone — and ages feed WHO z-scores); bigint counts and numerics come back as numbers.
 */
import pg from 'pg';
import { CompiledQuery, Kysely, PostgresDialect, type DatabaseConnection, type Dialect, type Driver, type Transaction } from 'kysely';
import { AppError } from '../shared/errors.ts';
import type { DB } from './schema.gen.ts';
import { copyRows } from './copy.ts';
import { Listener } from './listener.ts';

pg.types.setTypeParser(1082, (v: string) => v); // date
pg.types.setTypeParser(20, (v: string) => Number(v)); // int8 (count(*), sums): safe below 2^53
pg.types.setTypeParser(1700, (v: string) => Number(v)); // numeric

/** Anything that can run a parameterised query: the pool or a transaction's client. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export type Isolation = 'read committed' | 'repeatable read' | 'serializable';

/** A raw transaction's queryable that can also bulk-load with COPY (src/db/copy.ts). */
export interface BulkQueryable extends Queryable {
  /**
   * `COPY table (columns) FROM STDIN` inside the transaction.
   * @param table - table name (from code)
   * @param columns - names and PostgreSQL types
   * @param rows - rows in column order (an iterable: generators keep memory flat)
   */
  copyFrom(table: string, columns: readonly (readonly [string, string])[], rows: Iterable<readonly unknown[]>): Promise<number>;
}

/** A typed query builder: the pool's or one transaction's (a Transaction is a Kysely too). */
export type Kx = Kysely<DB>;
export type Tx = Transaction<DB>;

/**
 * Raw SQL over a Kysely executor, for the few statements Kysely cannot say (bulk `unnest` inserts, DDL). Only
 * src/db may use it; errors are mapped like every other query's.
 * @param k - the pool's or a transaction's query builder
 */
export function rawQueryable(k: Kx): Queryable {
  return {
    async query<T>(text: string, params: readonly unknown[] = []): Promise<T[]> {
      try {
        return (await k.executeQuery<T>(CompiledQuery.raw(text, [...params]))).rows;
      } catch (e) {
        throw mapPgError(e);
      }
    },
  };
}

/**
 * PostgresDialect whose connections turn database errors into AppErrors where they happen (a duplicate is a 409
 * naming its field, an exclusion an overlap, …), so code inside a transaction can tell a rule from a bug.
 */
class MappedErrorsDialect implements Dialect {
  readonly #inner: Dialect;
  constructor(inner: Dialect) {
    this.#inner = inner;
  }
  createAdapter() {
    return this.#inner.createAdapter();
  }
  createIntrospector(db: Kysely<unknown>) {
    return this.#inner.createIntrospector(db);
  }
  createQueryCompiler() {
    return this.#inner.createQueryCompiler();
  }
  createDriver(): Driver {
    const d = this.#inner.createDriver();
    const wrap = (c: DatabaseConnection): DatabaseConnection => ({
      async executeQuery(q) {
        try {
          return await c.executeQuery(q);
        } catch (e) {
          throw mapPgError(e);
        }
      },
      streamQuery: (q, chunk) => c.streamQuery(q, chunk),
    });
    const conns = new WeakMap<DatabaseConnection, DatabaseConnection>();
    const inner = new WeakMap<DatabaseConnection, DatabaseConnection>();
    return {
      init: () => d.init(),
      async acquireConnection() {
        const c = await d.acquireConnection();
        let w = conns.get(c);
        if (!w) {
          w = wrap(c);
          conns.set(c, w);
          inner.set(w, c);
        }
        return w;
      },
      beginTransaction: (c, s) => d.beginTransaction(inner.get(c) ?? c, s),
      commitTransaction: (c) => d.commitTransaction(inner.get(c) ?? c),
      rollbackTransaction: (c) => d.rollbackTransaction(inner.get(c) ?? c),
      releaseConnection: (c) => d.releaseConnection(inner.get(c) ?? c),
      destroy: () => d.destroy(),
      ...(d.savepoint ? { savepoint: (c: DatabaseConnection, n: string, f: Parameters<NonNullable<Driver['savepoint']>>[2]) => d.savepoint!(inner.get(c) ?? c, n, f) } : {}),
      ...(d.rollbackToSavepoint ? { rollbackToSavepoint: (c: DatabaseConnection, n: string, f: Parameters<NonNullable<Driver['rollbackToSavepoint']>>[2]) => d.rollbackToSavepoint!(inner.get(c) ?? c, n, f) } : {}),
      ...(d.releaseSavepoint ? { releaseSavepoint: (c: DatabaseConnection, n: string, f: Parameters<NonNullable<Driver['releaseSavepoint']>>[2]) => d.releaseSavepoint!(inner.get(c) ?? c, n, f) } : {}),
    };
  }
}

/** The time zone dates are counted in ("today", attendance days): the city's, configurable. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** PostgreSQL error codes worth mapping to our error type. */
export function mapPgError(e: unknown): unknown {
  if (e instanceof AppError) return e;
  const err = e as { code?: string; constraint?: string; detail?: string; column?: string };
  const field = constraintField(err.constraint);
  switch (err?.code) {
    case '23505':
      return new AppError('conflict', `duplicate: ${err.detail ?? err.constraint ?? 'a unique value is already used'}`, { cause: e, field: field ?? 'body', code: 'duplicate' });
    case '23503':
      return new AppError('invalid', `reference not found: ${err.detail ?? err.constraint ?? ''}`.trim(), { cause: e, field: field ?? 'body', code: 'unknown_reference' });
    case '23P01':
      return new AppError('conflict', `overlaps an existing period: ${err.constraint ?? 'exclusion'}`, { cause: e, field: field ?? 'body', code: 'overlaps' });
    case '23514':
      return new AppError('invalid', `rule violated: ${err.constraint ?? 'check'}`, { cause: e, field: field ?? 'body', code: 'rule_violated', params: { rule: err.constraint ?? 'check' } });
    case '23502':
      return new AppError('invalid', `${err.column ?? 'a field'} is required`, { cause: e, field: err.column ?? 'body', code: 'required' });
    case '22P02':
    case '22007':
    case '22008':
      return new AppError('invalid', `malformed value`, { cause: e, field: 'body', code: 'invalid_format' });
    default:
      return e;
  }
}

/** The SQLSTATE of a pg error, also when wrapped as an AppError's cause. */
function pgCode(e: unknown): string | undefined {
  const x = e as { code?: string; cause?: { code?: string } };
  return typeof x?.code === 'string' && /^[0-9A-Z]{5}$/.test(x.code) ? x.code : x?.cause?.code;
}

function constraintField(c: string | undefined): string | undefined {
  if (!c) return undefined;
  if (c === 'facilities_name_division') return 'name';
  if (c === 'facilities_one_county_centre' || c === 'facilities_one_municipal') return 'tier';
  const m = /^[a-z_]+?_([a-z_]+)_(fkey|check|key)$/.exec(c);
  return m?.[1];
}

class ClientQueryable implements BulkQueryable {
  readonly #client: pg.PoolClient;
  constructor(client: pg.PoolClient) {
    this.#client = client;
  }
  async query<T>(sql: string, params?: readonly unknown[]): Promise<T[]> {
    try {
      const r = await this.#client.query(sql, params as unknown[] | undefined);
      return r.rows as T[];
    } catch (e) {
      throw mapPgError(e);
    }
  }
  async copyFrom(table: string, columns: readonly (readonly [string, string])[], rows: Iterable<readonly unknown[]>): Promise<number> {
    try {
      return await copyRows(this.#client, table, columns, rows);
    } catch (e) {
      throw mapPgError(e);
    }
  }
}

/** The database handle: a pool, its typed query builder (`k`) and transactions. */
export class Db implements Queryable {
  readonly #pool: pg.Pool;
  #health: pg.Pool | null = null;
  #pinging: Promise<boolean> | null = null;
  readonly url: string;
  /** The typed query builder over the pool (Kysely with the generated schema of src/db/schema.gen.ts). */
  readonly k: Kx;
  readonly timeZone: string;
  #listener: Listener | null = null;

  constructor(url: string, max = 10, timeZone = process.env.CARECIRCLE_TIMEZONE ?? DEFAULT_TIME_ZONE) {
    this.url = url;
    this.timeZone = timeZone;
    if (!/^[A-Za-z_]+(\/[A-Za-z_+-]+)*$/.test(timeZone)) throw new AppError('invalid', `not a time zone name: ${timeZone}`, { field: 'CARECIRCLE_TIMEZONE' });
    this.#pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 30_000, application_name: 'carecircle', options: `-c TimeZone=${timeZone}` });
    this.#pool.on('error', () => {
      /* an idle client lost its connection (e.g. server shutdown): the pool replaces it */
    });
    this.k = new Kysely<DB>({ dialect: new MappedErrorsDialect(new PostgresDialect({ pool: this.#pool })) });
  }

  async query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]> {
    try {
      const r = await this.#pool.query(sql, params as unknown[] | undefined);
      return r.rows as T[];
    } catch (e) {
      throw mapPgError(e);
    }
  }

  /**
   * A hot read as a named prepared statement: parsed and planned once per pooled connection, then only bound and run
   * (PostgreSQL keeps a generic plan once it is no worse than the custom ones). For the few statements every request
   * of a busy public endpoint runs; everything else goes through `k`.
   * @param name - the statement's name, unique in the code base (the same name must always carry the same text)
   */
  async prepared<T extends Record<string, unknown>>(name: string, text: string, params: readonly unknown[]): Promise<T[]> {
    try {
      return (await this.#pool.query<T>({ name, text, values: [...params] })).rows;
    } catch (e) {
      throw mapPgError(e);
    }
  }

  /**
   * Runs `fn` in one transaction: commit on success, rollback on any error (nothing half-written). Serialization
   * failures and deadlocks are retried a few times, so callers may use SERIALIZABLE for capacity rules.
   * @param fn - gets the transaction's typed query builder; `rawQueryable(trx)` for raw SQL inside src/db
   */
  async tx<T>(fn: (trx: Tx) => Promise<T>, isolation: Isolation = 'read committed'): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.k.transaction().setIsolationLevel(isolation).execute(fn);
      } catch (e) {
        const code = pgCode(e);
        if ((code === '40001' || code === '40P01') && attempt < 5) continue;
        throw mapPgError(e);
      }
    }
  }

  /**
   * A transaction on one raw connection, for multi-statement SQL (migrations). Prefer `tx`.
   * @param fn - runs the statements
   */
  async rawTx<T>(fn: (q: BulkQueryable) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      const out = await fn(new ClientQueryable(client));
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw mapPgError(e);
    } finally {
      client.release();
    }
  }

  /**
   * Whether the database answers. Asked on a connection of its own (opened on first use), so a pool saturated by
   * heavy work (a city's solves reading their inputs) does not make the server look down; health checks that arrive
   * while a ping is on its way share its answer, so a burst of them costs one round trip, not a queue of them.
   */
  ping(): Promise<boolean> {
    if (!this.#health) {
      this.#health = new pg.Pool({ connectionString: this.url, max: 1, idleTimeoutMillis: 60_000, connectionTimeoutMillis: 5_000, query_timeout: 5_000, application_name: 'carecircle-health' });
      this.#health.on('error', () => {
        /* the idle connection was lost: the next ping opens another */
      });
    }
    this.#pinging ??= this.#health
      .query('SELECT 1')
      .then(
        () => true,
        () => false,
      )
      .finally(() => (this.#pinging = null));
    return this.#pinging;
  }

  /**
   * Subscribes to NOTIFYs of a channel from every process on this database, over one dedicated connection per Db
   * (opened on first use). Resolves once LISTEN is in effect.
   * @param channel - channel name
   * @param onMessage - each payload, in commit order
   * @param onReconnect - after a lost connection came back (catch up from the tables: NOTIFYs meanwhile are lost)
   * @returns unsubscribe
   */
  listen(channel: string, onMessage: (payload: string) => void, onReconnect?: () => void): Promise<() => void> {
    this.#listener ??= new Listener(this.url, this.timeZone);
    return this.#listener.listen(channel, onMessage, onReconnect);
  }

  /** The LISTEN connection (tests simulate a dropped connection through it); null before the first `listen`. */
  get listener(): Listener | null {
    return this.#listener;
  }

  async close(): Promise<void> {
    await this.#listener?.close();
    await this.#health?.end().catch(() => undefined);
    this.#health = null;
    await this.k.destroy();
  }
}
