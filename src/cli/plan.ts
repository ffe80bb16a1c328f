/**
 * `carecircle plan` — site planning from the shell (see docs/architecture.md, CLI contract):
 *   plan --orlib pmedN.txt [--objective median|center] [--p N]
 *   plan --matrix costs.csv --demand demand.csv --objective coverage|median|center|setcover|capacitated [--p N] [--max-cost C]
 *   plan --osm FILE --demand D.geojson --candidates C.geojson [--existing E.geojson] --objective … [--p N] [--minutes 15]
 * Common: [--sites S.csv] [--target-share 0.9] [--max-closures K] [--solver auto|exact|heuristic] [--time-limit 60]
 *         [--gap 0] [--seed 1] [--format json|geojson|xlsx] [--out FILE]
 * JSON output (default): {"objective":…, "sites":[…], "optimal":…, "bound":…, "seconds":…, "status":…, …}.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { AppError, invalid } from '../shared/errors.ts';
import { flagNumber, flagString, parseArgs } from './args.ts';
import { OBJECTIVES, parseOrlib, parseSitesCsv, problemFromCsv, solvePlan, type Objective, type PlanRequest, type Problem } from '../plan/index.ts';

const known = {
  orlib: true,
  matrix: true,
  demand: true,
  sites: true,
  osm: true,
  candidates: true,
  existing: true,
  objective: true,
  p: true,
  'max-cost': true,
  minutes: true,
  'speed-kmh': true,
  'target-share': true,
  'max-closures': true,
  solver: true,
  'time-limit': true,
  gap: true,
  seed: true,
  effort: true,
  format: true,
  out: true,
  help: false,
};

const usage = `carecircle plan --orlib pmedN.txt [--objective median|center] [--p N]
carecircle plan --matrix costs.csv --demand demand.csv --objective coverage|median|center|setcover|capacitated [--p N] [--max-cost C]
carecircle plan --osm FILE --demand D.geojson --candidates C.geojson [--existing E.geojson] --objective … [--p N] [--minutes 15]
  [--sites S.csv] [--target-share 0.9] [--max-closures K] [--solver auto|exact|heuristic] [--time-limit 60] [--gap 0]
  [--seed 1] [--format json|geojson|xlsx] [--out FILE]
`;

function read(path: string, field: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw invalid(field, `file not found: ${path}`);
    throw e;
  }
}

function readJson(path: string, field: string): unknown {
  try {
    return JSON.parse(read(path, field));
  } catch (e) {
    if (e instanceof SyntaxError) throw invalid(field, `${path} is not valid JSON: ${e.message}`);
    throw e;
  }
}

/**
 * Runs `carecircle plan`.
 * @param argv - arguments after `plan`
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, known);
  if (args.flags.has('help')) {
    process.stdout.write(usage);
    return 0;
  }
  const modes = ['orlib', 'matrix', 'osm'].filter((m) => args.flags.has(m));
  if (modes.length !== 1) throw new AppError('invalid', `give exactly one of --orlib, --matrix, --osm (usage: carecircle plan --help)`, { field: modes[1] ?? 'matrix' });
  const mode = modes[0]!;
  const objRaw = flagString(args, 'objective', mode === 'orlib' ? 'median' : undefined);
  if (objRaw === undefined) throw invalid('objective', `missing required option --objective (${OBJECTIVES.join('|')})`);
  if (!OBJECTIVES.includes(objRaw as Objective)) throw invalid('objective', `unknown objective "${objRaw}" (use ${OBJECTIVES.join(', ')})`);
  const objective = objRaw as Objective;
  const format = flagString(args, 'format', 'json')!;
  if (!['json', 'geojson', 'xlsx'].includes(format)) throw invalid('format', `unknown format "${format}" (use json, geojson or xlsx)`);

  let problem: Problem;
  let p: number | undefined = args.flags.has('p') ? flagNumber(args, 'p', 0, { integer: true, min: 0 }) : undefined;
  let maxCost: number | undefined = args.flags.has('max-cost') ? flagNumber(args, 'max-cost', 0, { min: 0 }) : undefined;
  let coords: Map<string, readonly [number, number]> | null = null;
  if (mode === 'orlib') {
    const inst = parseOrlib(read(flagString(args, 'orlib')!, 'orlib'));
    problem = inst.problem;
    p ??= inst.p;
    if (p > inst.n) throw invalid('p', `p = ${p} is larger than the ${inst.n} candidate sites`);
  } else if (mode === 'matrix') {
    const demandPath = flagString(args, 'demand');
    if (!demandPath) throw invalid('demand', 'missing required option --demand (CSV id,weight)');
    const sitesPath = flagString(args, 'sites');
    const sites = sitesPath ? parseSitesCsv(read(sitesPath, 'sites'), sitesPath) : undefined;
    const costsPath = flagString(args, 'matrix')!;
    problem = problemFromCsv(read(costsPath, 'matrix'), read(demandPath, 'demand'), sites, { costs: costsPath, demand: demandPath });
  } else {
    const { loadOrBuildGraph, parsePointSet } = await import('../access/index.ts');
    const { problemFromNetwork } = await import('../plan/geo.ts');
    const demandPath = flagString(args, 'demand');
    const candPath = flagString(args, 'candidates');
    if (!demandPath) throw invalid('demand', 'missing required option --demand (GeoJSON points)');
    if (!candPath) throw invalid('candidates', 'missing required option --candidates (GeoJSON points)');
    const existingPath = flagString(args, 'existing');
    const minutes = flagNumber(args, 'minutes', 15, { exclusiveMin: 0 });
    const speedKmh = flagNumber(args, 'speed-kmh', 4, { exclusiveMin: 0 });
    if (maxCost !== undefined && args.flags.has('minutes')) throw invalid('max-cost', 'give --minutes or --max-cost, not both (both are the limit in minutes here)');
    maxCost ??= minutes;
    const demand = parsePointSet(readJson(demandPath, 'demand'), 'demand');
    const candidates = parsePointSet(readJson(candPath, 'candidates'), 'candidates', 'places');
    const existing = existingPath ? parsePointSet(readJson(existingPath, 'existing'), 'existing', 'places') : null;
    const graph = loadOrBuildGraph(flagString(args, 'osm')!);
    const coverageOnly = objective === 'coverage' || objective === 'setcover' || objective === 'capacitated';
    problem = problemFromNetwork({ graph, demand, candidates, existing, speedKmh, ...(coverageOnly ? { cutoffMinutes: maxCost } : {}) });
    coords = new Map();
    candidates.ids.forEach((id, k) => coords!.set(id, candidates.coords[k]!));
    existing?.ids.forEach((id, k) => coords!.set(id, existing.coords[k]!));
  }
  const solver = flagString(args, 'solver', 'auto')!;
  const req: PlanRequest = {
    problem,
    objective,
    ...(p === undefined ? {} : { p }),
    ...(maxCost === undefined ? {} : { maxCost }),
    targetShare: flagNumber(args, 'target-share', 1, { exclusiveMin: 0 }),
    maxClosures: flagNumber(args, 'max-closures', 0, { integer: true, min: 0 }),
    solver: solver as PlanRequest['solver'],
    timeLimitSeconds: flagNumber(args, 'time-limit', 60, { exclusiveMin: 0 }),
    mipGap: flagNumber(args, 'gap', 0, { min: 0 }),
    seed: flagNumber(args, 'seed', 1, { integer: true }),
    effort: flagNumber(args, 'effort', 50, { integer: true, min: 0 }),
  };
  const result = await solvePlan(req);
  const out = flagString(args, 'out');
  if (format === 'json') {
    const text = `${JSON.stringify(result)}\n`;
    if (out) writeFileSync(out, text);
    else process.stdout.write(text);
  } else if (format === 'geojson') {
    if (!coords) throw invalid('format', 'GeoJSON output needs coordinates: use the --osm mode');
    const { planToGeoJson } = await import('../plan/export.ts');
    const text = `${JSON.stringify(planToGeoJson(problem, result, coords))}\n`;
    if (out) writeFileSync(out, text);
    else process.stdout.write(text);
  } else {
    if (!out) throw invalid('out', 'XLSX output needs --out FILE');
    const { planToXlsx } = await import('../plan/export.ts');
    writeFileSync(out, await planToXlsx(problem, result, maxCost));
  }
  return 0;
}
