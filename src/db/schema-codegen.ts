/**
 * The typed database interface (src/db/schema.gen.ts) is generated from the migrated schema by kysely-codegen;
 * these helpers run it on a scratch database so that `npm run gen:db` and the staleness test use the same steps.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { migrate } from './migrate.ts';
import { Db } from './pool.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CLI = fileURLToPath(new URL('../../node_modules/kysely-codegen/dist/cli/bin.js', import.meta.url));

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Creates a fresh database on the server of `baseUrl`, migrates it, runs `fn` with its URL, then drops it.
 * @param baseUrl - any database URL on the server
 * @param fn - gets the scratch database's URL
 */
export async function withScratchDatabase<T>(baseUrl: string, fn: (url: string) => Promise<T>): Promise<T> {
  const name = `cc_codegen_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: withDatabase(baseUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = withDatabase(baseUrl, name);
    const db = new Db(url, 2);
    try {
      await migrate(db);
    } finally {
      await db.close();
    }
    return await fn(url);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

/**
 * Runs kysely-codegen against `url` with the project's options; `verify` only compares (exit 1 when stale).
 * @returns the exit code; the tool's output is passed through on failure
 */
export function runCodegen(url: string, opts: { verify?: boolean } = {}): Promise<number> {
  return new Promise((resolve) => {
    const args = [CLI, '--config-file', '.kysely-codegenrc.json', '--url', url, '--log-level', 'warn'];
    if (opts.verify) args.push('--verify');
    const child = spawn(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => {
      if (code !== 0) process.stderr.write(out);
      resolve(code ?? 1);
    });
  });
}
