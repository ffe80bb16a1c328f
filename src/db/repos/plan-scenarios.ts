/**
 * Saved planning scenarios (规划方案): a run kept under a name, with its request, answer, engine figures and what-if
 * state (copied from the run inside PostgreSQL, so the bytes never pass through the API). Scenarios are shared within
 * the planning scope — the `plan` policy row anchored on the scenario's division (whole-city scenarios, division
 * null, only for scope `all`); renaming and deleting is for their owner, or for a planner whose scope is `all`.
 */
import { sql } from 'kysely';
import { AppError } from '../../shared/errors.ts';
import type { Objective } from '../../plan/types.ts';
import type { JsonObject } from '../schema.gen.ts';
import type { Db, Kx } from '../pool.ts';
import { col, type Access } from '../access/scope.ts';
import type { Page } from './children.ts';
import { isUuid } from './ids.ts';

/** A scenario without its answer. */
export interface ScenarioMeta {
  id: string;
  name: string;
  ownerId: string;
  ownerName: string;
  divisionId: string | null;
  createdAt: string;
}

/** A scenario with its request and its answer as JSON text (the API sends it as is). */
export interface ScenarioRecord extends ScenarioMeta {
  request: JsonObject;
  resultJson: string;
}

/** A scenario in lists. */
export interface ScenarioSummary extends ScenarioMeta {
  objective: Objective | null;
  p: number | null;
  minutes: number | null;
  coveredBefore: number | null;
  coveredAfter: number | null;
}

/** What a what-if or an export of a scenario needs. */
export interface ScenarioWork {
  id: string;
  name: string;
  divisionId: string | null;
  request: JsonObject;
  /** The engine's figures (older scenarios: taken from their answer's engine or solve summary). */
  engine: JsonObject | null;
  /** Size of the stored state; null for scenarios saved before states were kept (rebuilt on demand). */
  stateBytes: number | null;
}

const iso = (column: string) => sql<string>`to_char(${sql.ref(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** Scenarios of one caller's scope. */
export class PlanScenarioRepo {
  readonly #db: Db;
  readonly #access: Access;

  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  #visible(k: Kx) {
    return k
      .selectFrom('plan_scenarios as s')
      .innerJoin('users as u', 'u.id', 's.owner_id')
      .where(this.#access.where('plan', 'read', { division: col('s.division_id'), user: col('s.owner_id') }));
  }

  #meta(k: Kx) {
    return this.#visible(k).select([sql<string>`s.id::text`.as('id'), 's.name', sql<string>`s.owner_id::text`.as('ownerId'), 'u.display_name as ownerName', 's.division_id as divisionId', iso('s.created_at').as('createdAt')]);
  }

  /**
   * Saves one of the caller's unexpired runs as a scenario (404 naming `runId` when the run is not kept).
   * @param name - a name for the list
   * @param runId - the run
   */
  async saveFromRun(name: string, runId: string): Promise<ScenarioRecord> {
    const c = this.#access.caller;
    if (c.kind !== 'user') throw c.kind === 'anonymous' ? new AppError('unauthenticated', 'login required') : new AppError('forbidden', 'scenarios belong to a user');
    const create = this.#access.where('plan', 'create', { division: col('r.division_id'), user: col('r.owner_id') });
    const id = await this.#db.tx(async (trx) => {
      const row = isUuid(runId)
        ? await trx
            .insertInto('plan_scenarios')
            .columns(['name', 'owner_id', 'division_id', 'request', 'result', 'engine', 'state', 'run_id'])
            .expression((eb) =>
              eb
                .selectFrom('plan_runs as r')
                .select([sql<string>`${name}::text`.as('name'), 'r.owner_id', 'r.division_id', 'r.request', 'r.result', 'r.engine', 'r.state', 'r.id'])
                .where('r.id', '=', runId)
                .where('r.owner_id', '=', c.userId)
                .where('r.expires_at', '>', sql<Date>`now()`)
                .where(create),
            )
            .returning(sql<string>`id::text`.as('id'))
            .executeTakeFirst()
        : undefined;
      if (!row) throw new AppError('not_found', `run ${runId} is not kept (solve again)`, { field: 'runId', code: 'not_found' });
      return row.id;
    });
    return this.get(id);
  }

  /**
   * A page of the scenarios in scope, newest first, with the total.
   * @param page - 1-based page
   * @param pageSize - rows per page
   */
  async page(page: number, pageSize: number): Promise<Page<ScenarioSummary>> {
    const rows = await this.#meta(this.#db.k)
      .select([
        sql<Objective | null>`s.request->>'objective'`.as('objective'),
        sql<number | null>`(s.request->>'p')::int`.as('p'),
        sql<number | null>`(s.request->>'minutes')::float8`.as('minutes'),
        sql<number | null>`(s.result->'coverage'->'before'->>'covered')::float8`.as('coveredBefore'),
        sql<number | null>`(s.result->'coverage'->'after'->>'covered')::float8`.as('coveredAfter'),
        sql<number>`count(*) OVER ()`.as('total'),
      ])
      .orderBy('s.created_at', 'desc')
      .orderBy('s.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute();
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && page > 1) total = (await this.#visible(this.#db.k).select(sql<number>`count(*)`.as('n')).executeTakeFirst())?.n ?? 0;
    return { items: rows.map(({ total: _t, ...s }) => s), total, page, pageSize };
  }

  /**
   * One scenario with its request and answer (404 when absent or outside the caller's scope).
   * @param id - scenario id
   */
  async get(id: string): Promise<ScenarioRecord> {
    const row = isUuid(id)
      ? await this.#meta(this.#db.k)
          .select([sql<JsonObject>`s.request`.as('request'), sql<string>`(s.result - 'engine')::text`.as('resultJson')])
          .where('s.id', '=', id)
          .executeTakeFirst()
      : undefined;
    if (!row) throw notFound(id);
    return row;
  }

  /**
   * What a what-if or an export needs of a scenario (404 like {@link get}).
   * @param id - scenario id
   */
  async work(id: string): Promise<ScenarioWork> {
    const row = isUuid(id)
      ? await this.#visible(this.#db.k)
          .select([
            sql<string>`s.id::text`.as('id'),
            's.name',
            's.division_id as divisionId',
            sql<JsonObject>`s.request`.as('request'),
            sql<JsonObject | null>`COALESCE(s.engine, s.result->'engine', s.result->'solve')`.as('engine'),
            sql<number | null>`octet_length(s.state)`.as('stateBytes'),
          ])
          .where('s.id', '=', id)
          .executeTakeFirst()
      : undefined;
    if (!row) throw notFound(id);
    return row;
  }

  /**
   * A scenario's packed what-if state (null when it was saved before states were kept).
   * @param id - scenario id
   */
  async state(id: string): Promise<Uint8Array | null> {
    const row = isUuid(id) ? await this.#visible(this.#db.k).select('s.state').where('s.id', '=', id).executeTakeFirst() : undefined;
    if (!row) throw notFound(id);
    return row.state;
  }

  /** 404 when not visible, 403 when visible but the caller may not change it (not its owner, scope not `all`). */
  async #mayChange(k: Kx, id: string, action: 'update' | 'delete'): Promise<void> {
    const row = isUuid(id) ? await this.#visible(k).select(sql<string>`s.owner_id::text`.as('ownerId')).where('s.id', '=', id).executeTakeFirst() : undefined;
    if (!row) throw notFound(id);
    const c = this.#access.caller;
    if (this.#access.scope('plan', action) === 'all') return;
    if (!this.#access.reachesRows('plan', action)) throw this.#access.refusal('plan', action);
    if (c.kind !== 'user' || row.ownerId !== c.userId) throw new AppError('forbidden', 'only the scenario’s owner may change it');
  }

  /**
   * Renames a scenario (its owner, or a planner whose scope is `all`).
   * @param id - scenario id
   * @param name - new name
   */
  async rename(id: string, name: string): Promise<ScenarioRecord> {
    await this.#db.tx(async (trx) => {
      await this.#mayChange(trx, id, 'update');
      await trx
        .updateTable('plan_scenarios')
        .set({ name })
        .where('id', '=', id)
        .where(this.#access.where('plan', 'update', { division: col('division_id'), user: col('owner_id') }))
        .execute();
    });
    return this.get(id);
  }

  /**
   * Deletes a scenario (its owner, or a planner whose scope is `all`).
   * @param id - scenario id
   */
  async delete(id: string): Promise<void> {
    await this.#db.tx(async (trx) => {
      await this.#mayChange(trx, id, 'delete');
      await trx
        .deleteFrom('plan_scenarios')
        .where('id', '=', id)
        .where(this.#access.where('plan', 'delete', { division: col('division_id'), user: col('owner_id') }))
        .execute();
    });
  }
}

const notFound = (id: string) => new AppError('not_found', `scenario ${id} not found`, { field: 'id', code: 'not_found' });
