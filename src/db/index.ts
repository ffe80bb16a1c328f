/**
 * The database layer's face. `openDatabase` gives a migrated PostgreSQL: the embedded server in a data folder by
 * default, or an external one by URL. Only src/db writes SQL; everything else asks a repository (src/db/repos),
 * bound to the caller's role, for what it may see.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startEmbedded } from './embedded.ts';
import { migrate } from './migrate.ts';
import { Db } from './pool.ts';

export { Db } from './pool.ts';
export type { Queryable, Isolation } from './pool.ts';
export { migrate, listMigrations } from './migrate.ts';
export { freePort } from './embedded.ts';

export interface OpenOptions {
  /** Data folder for the embedded server (default `.carecircle` in the working directory, or CARECIRCLE_DATA). */
  dataDir?: string;
  /** An external PostgreSQL (postgres://…); overrides the embedded server. */
  databaseUrl?: string;
  /** Progress messages. */
  log?: (m: string) => void;
  poolSize?: number;
}

export interface OpenDatabase {
  db: Db;
  url: string;
  /** Whether the embedded server is in use (and `dataDir` names its folder). */
  embedded: boolean;
  dataDir: string | null;
  /** Closes the pool and stops the embedded server (if any). Idempotent. */
  stop(): Promise<void>;
}

/** Opens (starting if needed) and migrates the database. */
export async function openDatabase(opts: OpenOptions = {}): Promise<OpenDatabase> {
  const log = opts.log ?? (() => {});
  const databaseUrl = opts.databaseUrl ?? process.env.DATABASE_URL;
  if (databaseUrl) {
    const db = new Db(databaseUrl, opts.poolSize);
    try {
      await migrate(db);
    } catch (e) {
      await db.close();
      throw e;
    }
    let closed = false;
    return { db, url: databaseUrl, embedded: false, dataDir: null, stop: async () => { if (!closed) { closed = true; await db.close(); } } };
  }
  const dataDir = resolve(opts.dataDir ?? process.env.CARECIRCLE_DATA ?? '.carecircle');
  const server = await startEmbedded(dataDir, log);
  // Another CareCircle process (a second API replica, a worker) may join this database by its URL:
  // `carecircle serve --database-url "$(cat DIR/database-url)"`. Only the owner may read it (it holds the password).
  const urlFile = join(dataDir, 'database-url');
  writeFileSync(urlFile, `${server.url}\n`, { mode: 0o600 });
  chmodSync(urlFile, 0o600);
  const db = new Db(server.url, opts.poolSize);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await db.close().catch(() => undefined);
    await server.stop();
  };
  try {
    await migrate(db);
  } catch (e) {
    await stop();
    throw e;
  }
  return { db, url: server.url, embedded: true, dataDir, stop };
}
