/**
 * Numbered, forward-only migrations (src/db/migrations/NNNN_name.sql), applied in order at start, each in its own
 * transaction, under an advisory lock so that several API replicas starting together apply each exactly once.
 * An applied migration whose file changed is an error: ship a new numbered file instead.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { AppError } from '../shared/errors.ts';
import type { Db } from './pool.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

/** Lists the migration files in order. */
export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => {
      const sql = readFileSync(join(dir, f), 'utf8');
      return { version: Number.parseInt(f.slice(0, 4), 10), name: f.slice(5, -4), sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** Applies every pending migration; returns the versions applied now. */
export async function migrate(db: Db, migrations = listMigrations()): Promise<number[]> {
  const applied: number[] = [];
  await db.rawTx(async (q) => {
    await q.query(`SELECT pg_advisory_xact_lock(7215513)`);
    await q.query(`CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Map((await q.query<{ version: number; checksum: string; name: string }>(`SELECT version, checksum, name FROM schema_migrations`)).map((r) => [r.version, r]));
    for (const m of migrations) {
      const prev = done.get(m.version);
      if (prev) {
        if (prev.checksum !== m.checksum) throw new AppError('conflict', `migration ${m.version}_${m.name} changed after it was applied; add a new numbered migration instead`);
        continue;
      }
      await q.query(m.sql);
      await q.query(`INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)`, [m.version, m.name, m.checksum]);
      applied.push(m.version);
    }
  });
  return applied;
}
