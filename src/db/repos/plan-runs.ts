/**
 * Plan runs (规划运行): every solve, kept in PostgreSQL for a day with its request, the planner's answer, the
 * engine's figures and the packed what-if state, so that any replica answers a what-if or saves the run as a
 * scenario. A run is its owner's (another planner never sees it) and within the owner's planning scope: the access
 * policy's `plan` row, anchored on the run's division (a whole-city run, division null, is reached only by scope
 * `all`). Runs expire; each new run deletes expired ones, and a planner keeps at most {@link RUNS_PER_OWNER}
 * (their oldest go first — never another planner's).
 */
import { sql } from 'kysely';
import { AppError } from '../../shared/errors.ts';
import type { JsonObject } from '../schema.gen.ts';
import type { Db, Kx } from '../pool.ts';
import { col, val, type Access } from '../access/scope.ts';
import { isUuid } from './ids.ts';

/** How long a run is kept. */
export const RUN_TTL_HOURS = 24;
/** Unexpired runs kept per planner. */
export const RUNS_PER_OWNER = 30;

/** A run to store. */
export interface NewPlanRun {
  id: string;
  /** The plan's division (null: the whole city). */
  divisionId: string | null;
  request: JsonObject;
  /** The planner's answer as JSON text (built in a worker; stored as is). */
  resultJson: string;
  engine: JsonObject;
  state: Uint8Array;
  expiresAt: Date;
}

/** A stored run without its state and answer. */
export interface PlanRunMeta {
  id: string;
  ownerId: string;
  divisionId: string | null;
  request: JsonObject;
  engine: JsonObject;
  stateBytes: number;
  createdAt: string;
  expiresAt: string;
}

const iso = (column: string) => sql<string>`to_char(${sql.ref(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** Plan runs of one caller. */
export class PlanRunRepo {
  readonly #db: Db;
  readonly #access: Access;

  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  #owner(): string {
    const c = this.#access.caller;
    if (c.kind !== 'user') throw this.#access.caller.kind === 'anonymous' ? new AppError('unauthenticated', 'login required') : new AppError('forbidden', 'plan runs belong to a user');
    return c.userId;
  }

  /** The caller's unexpired runs that the policy lets them read. */
  #mine(k: Kx, id: string) {
    return k
      .selectFrom('plan_runs as r')
      .where('r.id', '=', id)
      .where('r.owner_id', '=', this.#owner())
      .where('r.expires_at', '>', sql<Date>`now()`)
      .where(this.#access.where('plan', 'read', { division: col('r.division_id'), user: col('r.owner_id') }));
  }

  /**
   * Stores a run, deletes expired runs and the caller's runs beyond the newest {@link RUNS_PER_OWNER}, in one
   * transaction.
   * @param run - the run (its id made by the caller, so the answer can carry it)
   */
  async save(run: NewPlanRun): Promise<void> {
    const owner = this.#owner();
    await this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'plan', 'create', { division: val(run.divisionId), user: val(owner) }, { what: 'division' });
      await trx
        .insertInto('plan_runs')
        .values({
          id: run.id,
          owner_id: owner,
          division_id: run.divisionId,
          request: JSON.stringify(run.request),
          result: run.resultJson,
          engine: JSON.stringify(run.engine),
          state: Buffer.from(run.state.buffer, run.state.byteOffset, run.state.byteLength),
          expires_at: run.expiresAt,
        })
        .execute();
      await trx
        .deleteFrom('plan_runs')
        .where('id', 'in', (eb) => eb.selectFrom('plan_runs').select('id').where('expires_at', '<=', sql<Date>`now()`).limit(500))
        .execute();
      await trx
        .deleteFrom('plan_runs')
        .where('owner_id', '=', owner)
        .where('id', 'not in', (eb) => eb.selectFrom('plan_runs').select('id').where('owner_id', '=', owner).orderBy('created_at', 'desc').orderBy('id').limit(RUNS_PER_OWNER))
        .execute();
    });
  }

  /**
   * One of the caller's runs, without state and answer (404 naming `runId` when absent, expired, another planner's
   * or outside the caller's scope).
   * @param id - run id
   */
  async get(id: string): Promise<PlanRunMeta> {
    const row = isUuid(id)
      ? await this.#mine(this.#db.k, id)
          .select(['r.id', 'r.owner_id as ownerId', 'r.division_id as divisionId', sql<JsonObject>`r.request`.as('request'), sql<JsonObject>`r.engine`.as('engine'), sql<number>`octet_length(r.state)`.as('stateBytes'), iso('r.created_at').as('createdAt'), iso('r.expires_at').as('expiresAt')])
          .executeTakeFirst()
      : undefined;
    if (!row) throw gone(id);
    return row;
  }

  /**
   * The packed what-if state of one of the caller's runs (404 like {@link get}).
   * @param id - run id
   */
  async state(id: string): Promise<Uint8Array> {
    const row = isUuid(id) ? await this.#mine(this.#db.k, id).select('r.state').executeTakeFirst() : undefined;
    if (!row) throw gone(id);
    return row.state;
  }
}

const gone = (id: string) => new AppError('not_found', `run ${id} is not kept (runs expire after ${RUN_TTL_HOURS} hours; solve again, or use a saved scenario)`, { field: 'runId', code: 'not_found' });
