/** Unit tests of the engine's pieces on small, hand-checkable inputs. */
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.ts';
import { haversineMeters } from '../shared/geo.ts';
import {
  buildGraphFromOsmXml, buildGraphFromFile, saveGraphCache, loadGraphCache, loadOrBuildGraph, buildSnapIndex, snapPoints, pointsAtNodes,
  nearestFacility, multiSourceNodes, oneToMany, matrix, metersPerMinute, coverage, coverageByDivision, timeDistribution, decayWeight,
  twoStepFCA, meanByDivision, parsePointSet, isochrones, REASON_TOO_FAR, REASON_NO_PATH, REASON_BEYOND_CAP,
} from './index.ts';
import { gridGraph } from './synthetic.ts';

const tmp = mkdtempSync(join(tmpdir(), 'cc-access-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A straight street of three nodes 100 m apart (east-west), plus a detached footway. */
const line = `<?xml version="1.0"?>
<osm version="0.6">
 <node id="1" lat="36.2" lon="113.1"/>
 <node id="2" lat="36.2" lon="113.10111"/>
 <node id="3" lat="36.2" lon="113.10222"/>
 <node id="8" lat="36.3" lon="113.1"/>
 <node id="9" lat="36.3" lon="113.101"/>
 <way id="1"><nd ref="1"/><nd ref="2"/><nd ref="3"/><tag k="highway" v="residential"/><tag k="name" v="a &gt; b &amp; &quot;c&quot;"/></way>
 <way id="2"><nd ref="8"/><nd ref="9"/><tag k="highway" v="footway"/></way>
</osm>`;

const expectAppError = (fn: () => unknown, field: string, text?: RegExp): void => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).field).toBe(field);
    if (text) expect((e as AppError).message).toMatch(text);
    return;
  }
  throw new Error('expected an AppError');
};

describe('OSM readers', () => {
  it('reads XML with entities and components', () => {
    const g = buildGraphFromOsmXml(line);
    expect(g.nodeCount).toBe(5);
    expect(g.edgeCount).toBe(3);
    expect(g.componentCount).toBe(2);
    expect(g.meters[0]).toBeCloseTo(haversineMeters(113.1, 36.2, 113.10111, 36.2), 3);
  });
  it('rejects non-OSM, empty, truncated and missing files naming the osm field', () => {
    const junk = join(tmp, 'junk.osm');
    writeFileSync(junk, 'hello world');
    expectAppError(() => buildGraphFromFile(junk), 'osm', /neither OSM XML nor OSM PBF/);
    const empty = join(tmp, 'empty.osm');
    writeFileSync(empty, '');
    expectAppError(() => buildGraphFromFile(empty), 'osm', /empty/);
    const cut = join(tmp, 'cut.osm');
    writeFileSync(cut, line.slice(0, 200));
    expectAppError(() => buildGraphFromFile(cut), 'osm', /truncated/);
    const html = join(tmp, 'page.osm');
    writeFileSync(html, '<html><body>not osm</body></html>');
    expectAppError(() => buildGraphFromFile(html), 'osm', /no <osm> root/);
    expectAppError(() => buildGraphFromFile(join(tmp, 'absent.osm')), 'osm', /not found/);
  });
  const monaco = join(import.meta.dirname, '../../../shared/data/osm/monaco-osrm.osm.pbf');
  it.skipIf(!existsSafe(monaco))('rejects a truncated PBF (needs ../shared/data/osm)', () => {
    const cut = join(tmp, 'cut.osm.pbf');
    writeFileSync(cut, readFileSync(monaco).subarray(0, 100_000));
    expectAppError(() => buildGraphFromFile(cut), 'osm', /truncated|corrupt|not a valid/);
    const flipped = Buffer.from(readFileSync(monaco));
    for (let i = 2000; i < 3000; i++) flipped[i] = flipped[i]! ^ 0x5a;
    const bad = join(tmp, 'bad.osm.pbf');
    writeFileSync(bad, flipped);
    expectAppError(() => buildGraphFromFile(bad), 'osm');
  });
});

function existsSafe(p: string): boolean {
  try {
    readFileSync(p, { flag: 'r' }).subarray(0, 1);
    return true;
  } catch {
    return false;
  }
}

describe('graph cache', () => {
  it('round-trips every array', () => {
    const g = gridGraph(7, 5, 40);
    const p = join(tmp, 'g.ccgraph');
    saveGraphCache(g, p, { size: 1, mtimeMs: 2 });
    const h = loadGraphCache(p);
    for (const k of ['osmIds', 'lon', 'lat', 'offsets', 'targets', 'meters', 'component', 'flagNodes', 'flagValues'] as const) expect(Array.from(h[k])).toEqual(Array.from(g[k]));
    expect(h.source).toEqual({ size: 1, mtimeMs: 2 });
    expect(h.lon.buffer).toBeInstanceOf(SharedArrayBuffer);
  });
  it('rejects a foreign or truncated cache and rebuilds a stale one', () => {
    const p = join(tmp, 'bad.ccgraph');
    writeFileSync(p, 'nope');
    expectAppError(() => loadGraphCache(p), 'cache');
    const osm = join(tmp, 'line.osm');
    writeFileSync(osm, line);
    const cache = join(tmp, 'line.ccgraph');
    expect(loadOrBuildGraph(osm, cache).nodeCount).toBe(5);
    expect(loadOrBuildGraph(osm, cache).nodeCount).toBe(5); // from the cache
    writeFileSync(cache, readFileSync(cache).subarray(0, 50));
    expect(loadOrBuildGraph(osm, cache).nodeCount).toBe(5); // rebuilt
  });
});

describe('snapping and searches', () => {
  const g = buildGraphFromOsmXml(line);
  const idx = buildSnapIndex(g);
  const w01 = haversineMeters(113.1, 36.2, 113.10111, 36.2);
  it('snaps to the nearest location on the nearest edge and walks the gap', () => {
    const s = snapPoints(idx, [[113.1005, 36.2003]]);
    expect(s.edge[0]).toBeGreaterThanOrEqual(0);
    expect(s.gap[0]).toBeCloseTo(haversineMeters(113.1005, 36.2003, 113.1005, 36.2), 1);
    expect(s.du[0]! + s.dv[0]!).toBeCloseTo(w01, 3);
  });
  it('starts a point exactly on a node at that node', () => {
    const s = snapPoints(idx, [[113.10111, 36.2]]);
    expect(s.gap[0]).toBe(0);
    expect(Math.min(s.du[0]!, s.dv[0]!)).toBe(0);
  });
  it('leaves points beyond the snapping limit unreachable', () => {
    const s = snapPoints(idx, [[113.2, 36.2]], { maxSnapMeters: 500 });
    expect(s.edge[0]).toBe(-1);
    const f = snapPoints(idx, [[113.1, 36.2]]);
    const r = nearestFacility(g, f, s);
    expect(r.reason[0]).toBe(REASON_TOO_FAR);
  });
  it('finds the nearest facility, across components and caps', () => {
    const f = snapPoints(idx, [[113.1, 36.2]]);
    const p = snapPoints(idx, [[113.10222, 36.2], [113.1, 36.3]]);
    const r = nearestFacility(g, f, p);
    expect(r.meters[0]).toBeCloseTo(g.meters[0]! + g.meters[g.offsets[1]! + 1]!, 3);
    expect(r.reason[1]).toBe(REASON_NO_PATH);
    const capped = nearestFacility(g, f, p, { capMeters: 150 });
    expect(capped.reason[0]).toBe(REASON_BEYOND_CAP);
  });
  it('breaks ties toward the lower facility index', () => {
    const grid = gridGraph(5, 1, 100);
    const gi = buildSnapIndex(grid);
    const pts = pointsAtNodes(gi, [2]);
    const r1 = nearestFacility(grid, pointsAtNodes(gi, [0, 4]), pts);
    const r2 = nearestFacility(grid, pointsAtNodes(gi, [4, 0]), pts);
    expect(r1.facility[0]).toBe(0);
    expect(r2.facility[0]).toBe(0);
    expect(r1.meters[0]).toBe(r2.meters[0]);
    const labels = multiSourceNodes(grid, pointsAtNodes(gi, [0, 4]), 150);
    expect(Array.from(labels.source)).toEqual([0, 0, -1, 1, 1]);
  });
  it('walks along a shared edge directly', () => {
    const grid = gridGraph(2, 1, 100);
    const gi = buildSnapIndex(grid);
    const a = grid.lon[0]!;
    const b = grid.lon[1]!;
    const f = snapPoints(gi, [[a + 0.4 * (b - a), grid.lat[0]!]]);
    const p = snapPoints(gi, [[a + 0.5 * (b - a), grid.lat[0]!]]);
    expect(nearestFacility(grid, f, p).meters[0]).toBeCloseTo(10, 1);
    expect(oneToMany(grid, f, 0, p, 5)[0]).toBe(Infinity);
    expect(oneToMany(grid, f, 0, p, 20)[0]).toBeCloseTo(10, 1);
  });
  it('matrix agrees with nearest and honours the cutoff', () => {
    const grid = gridGraph(10, 10, 50);
    const gi = buildSnapIndex(grid);
    const src = pointsAtNodes(gi, [0, 55, 99]);
    const dst = pointsAtNodes(gi, Array.from({ length: 100 }, (_, i) => i));
    const m = matrix(grid, src, dst, 400);
    const near = nearestFacility(grid, src, dst);
    for (let t = 0; t < 100; t++) {
      const best = Math.min(m[t]!, m[100 + t]!, m[200 + t]!);
      if (best < Infinity) expect(best).toBeCloseTo(near.meters[t]!, 6);
      else expect(near.meters[t]!).toBeGreaterThan(400);
    }
    expect(m[99]).toBe(Infinity); // corner to corner is 900 m
  });
});

describe('measures', () => {
  const grid = gridGraph(11, 1, 100); // a 1 km street, nodes every 100 m
  const gi = buildSnapIndex(grid);
  const mpm = metersPerMinute(4); // 66.67 m/min: 15 min = 1000 m
  it('coverage is inclusive at the limit and weighted', () => {
    const r = nearestFacility(grid, pointsAtNodes(gi, [0]), pointsAtNodes(gi, [5, 10]));
    const c = coverage(r, r.meters[1]!, [1, 3]);
    expect(c).toMatchObject({ points: 2, covered: 2, weight: 4, coveredWeight: 4 });
    expect(coverage(r, 15 * mpm - 1, [1, 3]).coveredWeight).toBe(1);
    const byDiv = coverageByDivision(r, 600, ['a', 'b'], [1, 3]);
    expect(byDiv.get('a')!.share).toBe(1);
    expect(byDiv.get('b')!.share).toBe(0);
  });
  it('describes the distribution of nearest times', () => {
    const d = timeDistribution([1, 2, 3, NaN], [1, 1, 2, 5], 1, 5);
    expect(d.unreachableWeight).toBe(5);
    expect(d.mean).toBeCloseTo((1 + 2 + 6) / 4);
    expect(d.p50).toBe(2);
    expect(d.bins[3]!.weight).toBe(2);
  });
  it('E2SFCA steps 1 / 0.68 / 0.22 over thirds, Gaussian from 1 to 0', () => {
    expect(decayWeight('e2sfca', 0, 900)).toBe(1);
    expect(decayWeight('e2sfca', 300, 900)).toBe(1);
    expect(decayWeight('e2sfca', 301, 900)).toBe(0.68);
    expect(decayWeight('e2sfca', 600, 900)).toBe(0.68);
    expect(decayWeight('e2sfca', 900, 900)).toBe(0.22);
    expect(decayWeight('e2sfca', 901, 900)).toBe(0);
    expect(decayWeight('g2sfca', 0, 900)).toBe(1);
    expect(decayWeight('g2sfca', 900, 900)).toBeCloseTo(0, 12);
    expect(decayWeight('2sfca', 900, 900)).toBe(1);
  });
  it('2SFCA by hand: one facility of 10 places, demand 2 + 3 in reach, 5 out of reach', () => {
    const f = pointsAtNodes(gi, [0]);
    const p = pointsAtNodes(gi, [1, 3, 9]);
    const r = twoStepFCA(grid, f, p, 500, '2sfca', [10], [2, 3, 5]);
    expect(r.ratio[0]).toBeCloseTo(10 / 5);
    expect(Array.from(r.access)).toEqual([2, 2, 0]);
    const e = twoStepFCA(grid, f, p, 900, 'e2sfca', [10], [2, 3, 5]);
    // distances 100 (w 1), 300 (w 1), 900 (w 0.22): R = 10 / (2 + 3 + 5·0.22)
    const R = 10 / (2 + 3 + 5 * 0.22);
    expect(e.ratio[0]).toBeCloseTo(R, 9);
    expect(e.access[2]).toBeCloseTo(R * 0.22, 9);
    const m = meanByDivision(r.access, ['x', 'x', 'y'], [2, 3, 5]);
    expect(m.get('x')!.mean).toBeCloseTo(2);
  });
  it('isochrones are nested polygons labelled by facility and merged', () => {
    const out = isochrones(grid, pointsAtNodes(gi, [0, 10]), { minutes: [5, 10, 15], ids: ['a', 'b'] });
    expect(out.features).toHaveLength(9);
    expect(out.features.map((f) => f.properties.facility)).toEqual(['a', 'a', 'a', 'b', 'b', 'b', null, null, null]);
    const areas = out.features.slice(6).map((f) => f.properties.areaM2);
    expect(areas[0]!).toBeLessThan(areas[1]!);
    expect(areas[1]!).toBeLessThanOrEqual(areas[2]!);
    expect(out.features[0]!.geometry.coordinates.length).toBeGreaterThan(0);
  });
});

describe('GeoJSON input', () => {
  const pt = (coordinates: unknown, properties: Record<string, unknown> = {}) => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates } });
  it('reads ids, weights and coordinates', () => {
    const s = parsePointSet({ type: 'FeatureCollection', features: [pt([113, 36], { id: 'k1', weight: 3 }), { ...pt([113.1, 36.1]), id: 7 }] }, 'points');
    expect(s.ids).toEqual(['k1', '7']);
    expect(Array.from(s.weights)).toEqual([3, 1]);
  });
  it('names the field on bad input', () => {
    expectAppError(() => parsePointSet({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [] } }] }, 'points'), 'points.features.0.geometry', /only Point/);
    expectAppError(() => parsePointSet({ type: 'FeatureCollection', features: [pt([200, 36])] }, 'facilities'), 'facilities.features.0.geometry.coordinates', /out of range/);
    expectAppError(() => parsePointSet({ type: 'FeatureCollection', features: [pt([113, 36], { weight: -1 })] }, 'points'), 'points.features.0.properties.weight');
    expectAppError(() => parsePointSet({ hello: 1 }, 'points'), 'points');
  });
  it('rejects a speed ≤ 0', () => {
    expectAppError(() => metersPerMinute(0), 'speedKmh');
  });
});
