/**
 * `carecircle access graph|nearest|isochrones|coverage` — the walking-network engine from the shell, with the exact
 * output shapes of the CLI contract (docs/architecture.md). Progress goes to stderr (a bar on a TTY, plain lines
 * otherwise); results go to stdout.
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { AppError } from '../shared/errors.ts';
import { parseArgs, flagNumber, flagString, requireFlag } from './args.ts';
import type { ParsedArgs } from './args.ts';
import {
  buildGraphFromFile, loadOrBuildGraph, graphSummary, nodesCsv, edgesCsv, buildSnapIndex, snapPoints, parsePointSet, checkMinutes,
  isochrones,
} from '../access/index.ts';
import type { Graph, PointSet } from '../access/index.ts';
import { nearestColumns, nearestRowsOf, nearestResultsJson, coverageReport, queryParams } from '../access/ops.ts';

const usage = `carecircle access — walking network
  access graph      --osm FILE [--out-nodes N.csv --out-edges E.csv]
  access nearest    --osm FILE --facilities F.geojson --points P.geojson [--minutes 15] [--speed-kmh 4]
                    [--max-minutes M] [--max-snap-meters 500] [--format json|csv|geojson]
  access isochrones --osm FILE --facilities F.geojson [--minutes 5,10,15] [--speed-kmh 4] [--cell-meters 25]
  access coverage   --osm FILE --facilities F.geojson --points P.geojson [--minutes 15] [--speed-kmh 4]
                    [--method coverage|2sfca|e2sfca|g2sfca] [--division-field division]
  every command also takes --cache FILE (a binary graph cache, rebuilt when the OSM file changes)
`;

/** Progress on stderr: a redrawn bar on a TTY, plain lines otherwise. */
function progress(): (phase: string, fraction: number) => void {
  const tty = process.stderr.isTTY;
  let last = '';
  return (phase, fraction) => {
    if (tty) {
      const w = 24;
      const k = Math.round(fraction * w);
      process.stderr.write(`\r[${'#'.repeat(k)}${' '.repeat(w - k)}] ${Math.round(fraction * 100)}% ${phase}   ${fraction >= 1 ? '\n' : ''}`);
    } else if (phase !== last) process.stderr.write(`progress: ${phase}\n`);
    last = phase;
  };
}

function loadGraph(args: ParsedArgs, report: (phase: string, fraction: number) => void): Graph {
  const osm = requireFlag(args, 'osm');
  const cache = flagString(args, 'cache');
  const g = cache ? loadOrBuildGraph(osm, cache, { onProgress: report }) : buildGraphFromFile(osm, { onProgress: report });
  report('graph ready', 1);
  if (g.nodeCount === 0) throw new AppError('invalid', `osm: ${osm} has no walkable ways`, { field: 'osm' });
  return g;
}

function readPoints(args: ParsedArgs, flag: string, weightField: string): PointSet {
  const path = requireFlag(args, flag);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new AppError('invalid', code === 'ENOENT' ? `${flag}: file not found: ${path}` : `${flag}: cannot read ${path} (${code ?? 'error'})`, { field: flag, cause: e });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new AppError('invalid', `${flag}: ${path} is not valid JSON (${(e as Error).message.split('\n')[0]})`, { field: flag, cause: e });
  }
  return parsePointSet(json, flag, weightField);
}

async function write(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  let buf = '';
  for (const l of lines) {
    buf += l;
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

function commonParams(args: ParsedArgs): { minutes: number; speedKmh: number; maxMinutes?: number; maxSnapMeters: number } {
  const minutes = flagNumber(args, 'minutes', 15, { exclusiveMin: 0 });
  const speedKmh = flagNumber(args, 'speed-kmh', 4, { exclusiveMin: 0 });
  const mm = args.flags.has('max-minutes') ? flagNumber(args, 'max-minutes', 0, { exclusiveMin: 0 }) : undefined;
  const maxSnapMeters = flagNumber(args, 'max-snap-meters', 500, { min: 0 });
  return { minutes, speedKmh, ...(mm === undefined ? {} : { maxMinutes: mm }), maxSnapMeters };
}

const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Entry point: `argv` is everything after `access`. */
export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  const report = progress();
  if (!sub || sub === '--help' || sub === 'help') {
    process.stdout.write(usage);
    return sub ? 0 : 2;
  }
  if (sub === 'graph') {
    const args = parseArgs(rest, { osm: true, 'out-nodes': true, 'out-edges': true, cache: true });
    const g = loadGraph(args, report);
    const nodesOut = flagString(args, 'out-nodes');
    const edgesOut = flagString(args, 'out-edges');
    if (nodesOut) await write(nodesOut, nodesCsv(g));
    if (edgesOut) await write(edgesOut, edgesCsv(g));
    process.stdout.write(`${JSON.stringify(graphSummary(g))}\n`);
    return 0;
  }
  if (sub === 'nearest') {
    const args = parseArgs(rest, { osm: true, facilities: true, points: true, minutes: true, 'speed-kmh': true, 'max-minutes': true, 'max-snap-meters': true, format: true, cache: true });
    const format = flagString(args, 'format', 'json')!;
    if (!['json', 'csv', 'geojson'].includes(format)) throw new AppError('invalid', `format: must be json, csv or geojson, got "${format}"`, { field: 'format' });
    const params = commonParams(args);
    queryParams(params);
    const facilities = readPoints(args, 'facilities', 'capacity');
    const points = readPoints(args, 'points', 'weight');
    let t = performance.now();
    const g = loadGraph(args, report);
    const load_ms = performance.now() - t;
    t = performance.now();
    const index = buildSnapIndex(g);
    const fac = snapPoints(index, facilities.coords, params);
    const pts = snapPoints(index, points.coords, params);
    const snap_ms = performance.now() - t;
    report('searching', 1);
    t = performance.now();
    // The search and every point's answer (facility, minutes, metres, covered, reason) in columns, plus the summary;
    // rows or text are built for the output below.
    const cols = nearestColumns(g, fac, pts, points.weights, params);
    const search_ms = performance.now() - t;
    const { summary } = cols;
    const r1 = (v: number): number => Math.round(v * 10) / 10;
    if (format === 'json') {
      const head = { osm: requireFlag(args, 'osm'), minutes: params.minutes, speedKmh: params.speedKmh, maxMinutes: params.maxMinutes ?? null, maxSnapMeters: params.maxSnapMeters, facilities: facilities.ids.length, points: points.ids.length };
      const timings = { load_ms: r1(load_ms), snap_ms: r1(snap_ms), search_ms: r1(search_ms) };
      // Same text as JSON.stringify({ params, results, summary, timings }).
      process.stdout.write(`{"params":${JSON.stringify(head)},"results":${nearestResultsJson(cols, facilities.ids, points.ids)},"summary":${JSON.stringify(summary)},"timings":${JSON.stringify(timings)}}\n`);
    } else if (format === 'csv') {
      const results = nearestRowsOf(cols, facilities.ids, points.ids);
      const lines = ['id,facility,minutes,meters,covered,reason'];
      for (const r of results) lines.push([r.id, r.facility, r.minutes, r.meters, r.covered, r.reason].map(csvCell).join(','));
      process.stdout.write(`${lines.join('\n')}\n`);
    } else {
      const results = nearestRowsOf(cols, facilities.ids, points.ids);
      const features = results.map((r, i) => ({ type: 'Feature', properties: { ...points.properties[i], ...r }, geometry: { type: 'Point', coordinates: points.coords[i] } }));
      process.stdout.write(`${JSON.stringify({ type: 'FeatureCollection', features, summary })}\n`);
    }
    return 0;
  }
  if (sub === 'isochrones') {
    const args = parseArgs(rest, { osm: true, facilities: true, minutes: true, 'speed-kmh': true, 'cell-meters': true, 'max-snap-meters': true, cache: true });
    const raw = flagString(args, 'minutes', '5,10,15')!;
    const list = raw.split(',').map((s) => (s.trim() === '' ? NaN : Number(s)));
    if (list.some((m) => !(m > 0) || !Number.isFinite(m))) throw new AppError('invalid', `option --minutes must be a comma-separated list of numbers > 0, got "${raw}"`, { field: 'minutes' });
    const minutes = checkMinutes(list);
    const speedKmh = flagNumber(args, 'speed-kmh', 4, { exclusiveMin: 0 });
    const cellMeters = flagNumber(args, 'cell-meters', 25, { exclusiveMin: 0 });
    const maxSnapMeters = flagNumber(args, 'max-snap-meters', 500, { min: 0 });
    const facilities = readPoints(args, 'facilities', 'capacity');
    const g = loadGraph(args, report);
    const index = buildSnapIndex(g);
    const fac = snapPoints(index, facilities.coords, { maxSnapMeters });
    report('contouring', 1);
    const fc = isochrones(g, fac, { minutes, speedKmh, cellMeters, ids: facilities.ids, offNetworkMeters: maxSnapMeters });
    process.stdout.write(`${JSON.stringify(fc)}\n`);
    return 0;
  }
  if (sub === 'coverage') {
    const args = parseArgs(rest, { osm: true, facilities: true, points: true, minutes: true, 'speed-kmh': true, 'max-minutes': true, 'max-snap-meters': true, method: true, 'division-field': true, cache: true });
    const method = flagString(args, 'method', 'coverage')!;
    if (method !== 'coverage' && method !== '2sfca' && method !== 'e2sfca' && method !== 'g2sfca') throw new AppError('invalid', `method: must be coverage, 2sfca, e2sfca or g2sfca, got "${method}"`, { field: 'method' });
    const params = commonParams(args);
    queryParams(params);
    const divField = flagString(args, 'division-field', 'division')!;
    const facilities = readPoints(args, 'facilities', 'capacity');
    const points = readPoints(args, 'points', 'weight');
    const g = loadGraph(args, report);
    const index = buildSnapIndex(g);
    const fac = snapPoints(index, facilities.coords, params);
    const pts = snapPoints(index, points.coords, params);
    const divisions = points.properties.map((p) => (p[divField] === undefined || p[divField] === null ? '' : String(p[divField])));
    const rep = coverageReport(g, fac, pts, facilities, points, divisions, method, params);
    process.stdout.write(`${JSON.stringify({ params: { osm: requireFlag(args, 'osm'), minutes: params.minutes, speedKmh: params.speedKmh, method, divisionField: divField }, ...rep })}\n`);
    return 0;
  }
  throw new AppError('invalid', `unknown access command "${sub}" (graph, nearest, isochrones, coverage)`, { field: 'command' });
}
