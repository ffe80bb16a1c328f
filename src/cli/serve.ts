/**
 * `carecircle serve`: the database (embedded unless a URL is given), the API and the web app on one port.
 */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { openDatabase, type Db } from '../db/index.ts';
import { createApp } from '../api/app.ts';
import { listen } from '../api/server.ts';
import { AppError } from '../shared/errors.ts';
import { flagBool, flagNumber, flagString, parseArgs } from './args.ts';
import { seedBase } from './base-seed.ts';
import { CityNetwork, type CityNetworkOptions } from '../api/access/service.ts';
import { reposFor, systemCaller } from '../db/repos/index.ts';
import { startCareClock } from '../api/care/clock.ts';
import { FeedHub } from '../api/realtime/feed-hub.ts';
import { join, resolve } from 'node:path';
import { serverRequestLogger } from '../api/request-log.ts';
import type { Logger } from 'pino';
import { startAgreementReminders } from '../db/repos/agreement-reminders.ts';

export const WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface ServeOptions {
  port: number;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  /** Runs after migrations, before listening (seeding). */
  beforeListen?: (db: Db) => Promise<void>;
  /** The city's street network for the access endpoints, decided after `beforeListen` (null: none). */
  network?: () => CityNetworkOptions | null;
  /** Lines printed once the server listens. */
  banner?: string[];
  /** Behind a reverse proxy: client address from X-Forwarded-For, HTTPS (and so Secure cookies) from X-Forwarded-Proto. */
  trustProxy?: boolean;
  /** Always mark the session cookie Secure (the site is only ever reached over HTTPS). */
  secureCookies?: boolean;
  /** Demo mode (`carecircle demo`): sign-up and reset codes are also shown on screen and logged. Never in production. */
  demo?: boolean;
  log?: (m: string) => void;
  /** The request log (default: one JSON line per request on stdout, silent under NODE_ENV=test; null: none). */
  logger?: Logger | null;
}

export interface StartedServer {
  port: number;
  db: Db;
  stop(): Promise<void>;
}

/** Opens the database, builds the app and listens; SIGINT/SIGTERM stop everything cleanly. */
export async function startServer(opts: ServeOptions): Promise<StartedServer> {
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const t0 = Date.now();
  const database = await openDatabase({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl, log });
  let http: Awaited<ReturnType<typeof listen>> | null = null;
  let network: CityNetwork | null = null;
  let stopping: Promise<void> | null = null;
  let sweeper: ReturnType<typeof setInterval> | null = null;
  let stopClock: (() => void) | null = null;
  let logger: Logger | null = null;
  let stopReminders: (() => void) | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      if (sweeper) clearInterval(sweeper);
      stopClock?.();
      FeedHub.close(database.db); // ends the open event streams, so the HTTP server can close
      stopReminders?.();
      if (http) await http.close();
      logger?.flush();
      await network?.close();
      await database.stop();
    })());
  try {
    if (opts.beforeListen) await opts.beforeListen(database.db);
    const source = opts.network?.() ?? null;
    if (source) {
      const tn = Date.now();
      network = await CityNetwork.load(source);
      const s = network.summary();
      log(`walking network: ${s.nodes.toLocaleString('en')} nodes, ${s.edges.toLocaleString('en')} edges from ${source.osmPath} (${Date.now() - tn} ms)`);
    }
    // Photos beside the data folder; processes on an external database share one folder (CARECIRCLE_PHOTOS).
    const photosDir = process.env.CARECIRCLE_PHOTOS ?? join(database.dataDir ?? resolve(opts.dataDir ?? process.env.CARECIRCLE_DATA ?? '.carecircle'), 'photos');
    logger = opts.logger === undefined ? serverRequestLogger() : opts.logger;
    const app = createApp({ db: database.db, webRoot: WEB_ROOT, version: VERSION, network: () => network, trustProxy: opts.trustProxy ?? false, secureCookies: opts.secureCookies ?? false, demo: opts.demo ?? false, logger, log, photosDir });
    http = await listen(app, opts.port, opts.host);
    // Offers past their deadline lapse and go on to the next family (families, issue 10): once a minute.
    const offers = reposFor(database.db, systemCaller('offer-sweeper')).families.offers;
    const sweep = () => void offers.expireDue().catch((e: unknown) => log(`offer sweeper: ${e instanceof Error ? e.message : String(e)}`));
    sweep();
    sweeper = setInterval(sweep, 60_000);
    sweeper.unref();
    stopClock = startCareClock(database.db, log);
    // 医育融合: agreements ending within 60/30/7 days remind their facility and district through the outbox
    stopReminders = startAgreementReminders(database.db, log);
  } catch (e) {
    await stop();
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new AppError('conflict', `port ${opts.port} is already in use (choose another with --port)`, { field: 'port' });
    throw e;
  }
  const onSignal = (sig: string) => {
    log(`\n${sig}: shutting down…`);
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  log(`CareCircle ${VERSION} ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: http://localhost:${http.port}  (API docs: /api/docs; database: ${database.embedded ? `embedded PostgreSQL in ${database.dataDir}` : 'external PostgreSQL'})`);
  for (const line of opts.banner ?? []) log(line);
  return { port: http.port, db: database.db, stop };
}

export const SERVE_FLAGS = { port: true, host: true, data: true, 'database-url': true, osm: true, 'trust-proxy': false, 'secure-cookies': false } as const;

/** Reads the shared server flags. */
export function serveOptions(argv: string[], extra: Record<string, boolean> = {}): { opts: ServeOptions; args: ReturnType<typeof parseArgs> } {
  const args = parseArgs(argv, { ...SERVE_FLAGS, ...extra });
  if (args.positional.length) throw new AppError('invalid', `unexpected argument "${args.positional[0]}"`);
  const port = flagNumber(args, 'port', Number(process.env.PORT ?? 8080), { min: 0, integer: true });
  if (port > 65535) throw new AppError('invalid', `option --port must be at most 65535, got ${port}`, { field: 'port' });
  return {
    args,
    opts: {
      port,
      host: flagString(args, 'host', '0.0.0.0'),
      dataDir: flagString(args, 'data', process.env.CARECIRCLE_DATA),
      databaseUrl: flagString(args, 'database-url', process.env.DATABASE_URL),
      trustProxy: flagBool(args, 'trust-proxy') || process.env.CARECIRCLE_TRUST_PROXY === '1',
      secureCookies: flagBool(args, 'secure-cookies') || process.env.CARECIRCLE_SECURE_COOKIES === '1',
    },
  };
}

export async function run(argv: string[]): Promise<number> {
  const { opts, args } = serveOptions(argv);
  const osm = flagString(args, 'osm');
  await startServer({ ...opts, network: () => (osm ? { osmPath: osm, attribution: '© OpenStreetMap contributors (ODbL)' } : null), beforeListen: async (db) => void (await seedBase(db, (m) => process.stderr.write(`${m}\n`))) });
  return new Promise<number>(() => {
    /* serve until a signal */
  });
}
