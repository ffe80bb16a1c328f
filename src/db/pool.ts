/**
 * The connection pool and transaction helper. DATE columns come back as 'yyyy-mm-dd' strings (never JS Dates, which
 * shift with the time zone — and ages feed WHO z-scores); bigint counts and numerics come back as numbers.
 */
import pg from 'pg';
import { AppError } from '../shared/errors.ts';

pg.types.setTypeParser(1082, (v: string) => v); // date
pg.types.setTypeParser(20, (v: string) => Number(v)); // int8 (count(*), sums): safe below 2^53
pg.types.setTypeParser(1700, (v: string) => Number(v)); // numeric

/** Anything that can run a parameterised query: the pool or a transaction's client. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export type Isolation = 'read committed' | 'repeatable read' | 'serializable';

/** PostgreSQL error codes worth mapping to our error type. */
function mapPgError(e: unknown): unknown {
  const err = e as { code?: string; constraint?: string; detail?: string; column?: string };
  switch (err?.code) {
    case '23505':
      return new AppError('conflict', `duplicate: ${err.detail ?? err.constraint ?? 'a unique value is already used'}`, { cause: e, field: constraintField(err.constraint) });
    case '23503':
      return new AppError('invalid', `reference not found: ${err.detail ?? err.constraint ?? ''}`.trim(), { cause: e, field: constraintField(err.constraint) });
    case '23514':
      return new AppError('invalid', `rule violated: ${err.constraint ?? 'check'}`, { cause: e, field: constraintField(err.constraint) });
    case '23502':
      return new AppError('invalid', `${err.column ?? 'a field'} is required`, { cause: e, field: err.column });
    case '22P02':
    case '22007':
    case '22008':
      return new AppError('invalid', `malformed value`, { cause: e });
    default:
      return e;
  }
}

function constraintField(c: string | undefined): string | undefined {
  if (!c) return undefined;
  if (c === 'facilities_name_division') return 'name';
  if (c === 'facilities_one_county_centre' || c === 'facilities_one_municipal') return 'tier';
  const m = /^[a-z_]+?_([a-z_]+)_(fkey|check|key)$/.exec(c);
  return m?.[1];
}

class ClientQueryable implements Queryable {
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
}

/** The database handle: a pool plus transactions. */
export class Db implements Queryable {
  readonly #pool: pg.Pool;
  readonly url: string;

  constructor(url: string, max = 10) {
    this.url = url;
    this.#pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 30_000, application_name: 'carecircle' });
    this.#pool.on('error', () => {
      /* an idle client lost its connection (e.g. server shutdown): the pool replaces it */
    });
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
   * Runs `fn` in one transaction: commit on success, rollback on any error (nothing half-written). Serialization
   * failures and deadlocks are retried a few times, so callers may use SERIALIZABLE for capacity rules.
   */
  async tx<T>(fn: (q: Queryable) => Promise<T>, isolation: Isolation = 'read committed'): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.#pool.connect();
      try {
        await client.query(`BEGIN ISOLATION LEVEL ${isolation.toUpperCase()}`);
        const out = await fn(new ClientQueryable(client));
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        const code = (e as { code?: string; cause?: { code?: string } }).code ?? (e as { cause?: { code?: string } }).cause?.code;
        if ((code === '40001' || code === '40P01') && attempt < 5) continue;
        throw mapPgError(e);
      } finally {
        client.release();
      }
    }
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
