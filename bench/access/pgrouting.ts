/**
 * A throwaway PostgreSQL 15 cluster with pgRouting (Debian's postgresql-15-pgrouting) for side-by-side timings:
 * initdb in a temp folder, owned by the `postgres` user when we run as root (initdb refuses root), listening only
 * on a Unix socket in that folder. Removed on stop. (Debian packages pgRouting with a dependency on PostGIS: CASCADE.)
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const BIN = '/usr/lib/postgresql/15/bin';

/** Why pgRouting cannot run here, or '' when it can. */
export function pgroutingMissing(): string {
  if (!existsSync(join(BIN, 'initdb'))) return `PostgreSQL 15 server binaries not found in ${BIN}`;
  if (!existsSync('/usr/share/postgresql/15/extension/pgrouting.control')) return 'postgresql-15-pgrouting is not installed';
  return '';
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A running throwaway cluster. */
export interface Cluster {
  client: pg.Client;
  stop(): Promise<void>;
}

/** Starts a cluster and connects; the `pgrouting` extension is created. */
export async function startCluster(): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'cc-pgr-'));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]): void => {
    const r = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { encoding: 'utf8' }) : spawnSync(cmd, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
  };
  if (asRoot) {
    const pw = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, Number(pw.stdout), Number(gid.stdout));
  }
  const data = join(dir, 'data');
  run(join(BIN, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  run(join(BIN, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses='' -c fsync=off -c shared_buffers=128MB -c work_mem=64MB`, 'start']);
  const client = new pg.Client({ host: dir, port, user: 'postgres', database: 'postgres' });
  await client.connect();
  await client.query('CREATE EXTENSION pgrouting CASCADE');
  return {
    client,
    async stop() {
      await client.end().catch(() => {});
      try {
        run(join(BIN, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
