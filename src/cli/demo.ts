/**
 * `carecircle demo [--port 8080] [--data DIR] [--database-url URL] [--reset] [--summary] [--seed N] [--as-of DATE]`: seeds the
 * synthetic demo city into an empty database (or re-seeds with --reset), prints the demo logins and serves;
 * `--summary` prints the city's JSON profile and exits. The city's OSM file and walking graph are cached in the data
 * folder (`<data>/demo/`), so later starts neither regenerate nor re-read XML.
 */
import { serveOptions, startServer } from './serve.ts';
import { resolve } from 'node:path';
import { loadOrBuildGraph, buildSnapIndex, snapPoints, nearestFacility } from '../access/index.ts';
import { demoStatus, seedDemoCity } from '../db/demo-store.ts';
import type { Db } from '../db/index.ts';
import { DEFAULT_SEED, DEMO_AS_OF, GENERATOR_VERSION, generateCity } from '../demo/city.ts';
import { demoRoadsPath, ensureOsmFile } from '../demo/osm-file.ts';
import { DEMO_PASSWORD, DEMO_USERNAMES } from '../demo/people.ts';
import { summarize, WALK_LIMIT_M, type DemoSummary } from '../demo/summary.ts';
import type { DemoCity } from '../demo/types.ts';
import { AppError } from '../shared/errors.ts';
import { flagBool, flagNumber, flagString } from './args.ts';

const ROLE_ZH: Record<(typeof DEMO_USERNAMES)[number], string> = {
  admin: 'admin 系统管理员',
  city: 'city_official 市级管理（市卫健委）',
  district: 'district_official 区级管理（潞州区 140403）',
  director: 'director 园长（潞州区公办综合托育中心）',
  teacher: 'teacher 保育老师（潞州区公办综合托育中心）',
  health: 'health_worker 保健医生（长治市妇幼保健院）',
  guardian: 'guardian 家长（孩子在潞州区公办综合托育中心）',
};

/** The lines printed at start: the demo logins. */
export function demoBanner(): string[] {
  return [
    'DEMO MODE — a SYNTHETIC city (generated streets, facilities and people; not real data).',
    `Demo logins (password ${DEMO_PASSWORD}):`,
    ...DEMO_USERNAMES.map((u) => `  ${u.padEnd(9)} ${ROLE_ZH[u]}`),
    'Sign-up and password-reset codes are shown on screen and printed here (demo mode only; a real deployment sends them by SMS).',
  ];
}

/**
 * The city's profile, with 15-minute coverage measured by the walking-network engine (src/access) on the city's OSM
 * file — the same importer real data goes through.
 */
export function demoSummary(city: DemoCity, osmPath: string): DemoSummary {
  const g = loadOrBuildGraph(osmPath);
  const index = buildSnapIndex(g);
  const facilities = snapPoints(index, city.facilities.map((f) => [f.lng, f.lat] as const));
  const homes = snapPoints(index, city.compounds.map((c) => [c.lng, c.lat] as const));
  const r = nearestFacility(g, facilities, homes, { capMeters: WALK_LIMIT_M });
  return summarize(city, r.meters, 'src/access (walking graph read from the OSM file)');
}

export async function run(argv: string[]): Promise<number> {
  const { opts, args } = serveOptions(argv, { reset: false, summary: false, seed: true, 'as-of': true });
  const seed = flagNumber(args, 'seed', DEFAULT_SEED, { integer: true, min: 0 });
  // The demo's "today" (ages, enrolment dates, agreements): fixed by default so the same seed gives the same data.
  const asOf = flagString(args, 'as-of', DEMO_AS_OF)!;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`))) throw new AppError('invalid', `option --as-of must be a date (YYYY-MM-DD), got "${asOf}"`, { field: 'as-of' });
  const dataDir = resolve(opts.dataDir ?? '.carecircle');
  const log = (m: string): void => void process.stderr.write(`${m}\n`);
  let city: DemoCity | null = null;
  const getCity = (): DemoCity => (city ??= generateCity(seed, asOf));

  if (flagBool(args, 'summary')) {
    const osm = ensureOsmFile(dataDir, getCity, seed);
    process.stdout.write(`${JSON.stringify(demoSummary(getCity(), osm.path), null, 2)}\n`);
    return 0;
  }

  const reset = flagBool(args, 'reset');
  let osmPath: string | null = null;
  const beforeListen = async (db: Db): Promise<void> => {
    const t0 = performance.now();
    const status = await demoStatus(db);
    const replaceBase = !status.demo && !status.empty && status.baseOnly;
    if (replaceBase) log('The database holds only the base registry: replacing it with the demo city.');
    const fresh = reset || status.empty || replaceBase;
    if (!fresh && !status.demo) {
      log('The database holds data that is not the demo city: not seeding (use --reset to replace it).');
      return;
    }
    if (!fresh && status.demo && status.demo.seed !== seed) log(`The database holds the demo city of seed ${status.demo.seed} (asked: ${seed}); use --reset to re-seed.`);
    if (!fresh && status.demo && status.demo.generatorVersion !== GENERATOR_VERSION)
      log(`The database holds a demo city made by ${status.demo.generatorVersion}; this is ${GENERATOR_VERSION}: use --reset to re-seed it.`);
    const osmSeed = fresh ? seed : status.demo!.seed;
    const osm = ensureOsmFile(dataDir, () => (osmSeed === seed ? getCity() : generateCity(osmSeed)), osmSeed);
    osmPath = osm.path;
    if (osm.written) log(`Demo city: wrote ${osm.path} (${(osm.bytes / 1e6).toFixed(1)} MB) in ${Math.round(performance.now() - t0)} ms`);
    const tg = performance.now();
    loadOrBuildGraph(osm.path); // builds the .ccgraph cache on first start; later starts only check it
    log(`Demo city: walking graph ready in ${Math.round(performance.now() - tg)} ms`);
    if (fresh) {
      const ts = performance.now();
      const report = await seedDemoCity(db, getCity(), { reset: reset || replaceBase, osmSha256: osm.sha256 });
      const n = report.rows;
      log(
        `Demo city (seed ${seed}) seeded in ${Math.round(performance.now() - ts)} ms: ${n.facilities} facilities, ${n.classes} classes, ${n.children} children, ${n.users} users, ${n.residential_compounds} compounds, ${n.divisions} divisions.`,
      );
    }
  };
  const network = () =>
    osmPath ? { osmPath, roadsPath: demoRoadsPath(dataDir), attribution: 'Synthetic demo streets (generated by CareCircle; not OpenStreetMap data)', synthetic: true } : null;
  await startServer({ ...opts, dataDir, beforeListen, network, banner: demoBanner(), demo: true });
  return new Promise<number>(() => {
    /* serve until a signal */
  });
}
