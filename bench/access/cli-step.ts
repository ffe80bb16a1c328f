/**
 * The search step of `carecircle access nearest` in a fresh process, the way src/cli/access.ts runs it: the graph
 * from its cache, both GeoJSON files read and snapped, then `nearestColumns` (the step the CLI reports as
 * `timings.search_ms`) timed — wall clock and the CPU time of the process (user + system, all threads: the JIT
 * compiler's work on the step's code included). The CLI itself reports wall time only.
 *   node --import tsx bench/access/cli-step.ts OSM CACHE FACILITIES.geojson POINTS.geojson
 * stdout: {"wall_ms": …, "cpu_ms": …, "covered": …}
 */
import { readFileSync } from 'node:fs';
import { buildSnapIndex, loadOrBuildGraph, parsePointSet, snapPoints } from '../../src/access/index.ts';
import { nearestColumns, queryParams } from '../../src/access/ops.ts';

const [osm, cache, facPath, ptsPath] = process.argv.slice(2);
if (!osm || !cache || !facPath || !ptsPath) throw new Error('usage: cli-step.ts OSM CACHE FACILITIES POINTS');
const params = { minutes: 15, speedKmh: 4, maxSnapMeters: 500 };
queryParams(params);
const facilities = parsePointSet(JSON.parse(readFileSync(facPath, 'utf8')), 'facilities', 'capacity');
const points = parsePointSet(JSON.parse(readFileSync(ptsPath, 'utf8')), 'points', 'weight');
const g = loadOrBuildGraph(osm, cache);
const index = buildSnapIndex(g);
const fac = snapPoints(index, facilities.coords, params);
const pts = snapPoints(index, points.coords, params);
const c0 = process.cpuUsage();
const t0 = performance.now();
const cols = nearestColumns(g, fac, pts, points.weights, params);
const wall = performance.now() - t0;
const c = process.cpuUsage(c0);
process.stdout.write(`${JSON.stringify({ wall_ms: wall, cpu_ms: (c.user + c.system) / 1000, covered: cols.summary.covered })}\n`);
