/**
 * Property tests (fast-check) of the engine's invariants on random street networks:
 * walking time ≥ straight-line distance ÷ speed; isochrone area grows with the minutes; adding a facility never
 * makes anyone's time longer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineMeters } from '../shared/geo.ts';
import { assembleGraph, sharedArray, buildSnapIndex, snapPoints, pointsAtNodes, nearestFacility, isochrones, multiSourceNodes, metersPerMinute } from './index.ts';
import type { MultiPolygon } from './index.ts';
import type { Graph } from './index.ts';

/** A jittered grid with some streets removed: nx × ny nodes about `spacing` metres apart. */
function randomNetwork(nx: number, ny: number, spacing: number, seed: number): Graph {
  let s = seed >>> 0 || 1;
  const rnd = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  const n = nx * ny;
  const lon = sharedArray(Float64Array, n);
  const lat = sharedArray(Float64Array, n);
  const ids = sharedArray(Float64Array, n);
  const dLat = spacing / 111195;
  const dLon = dLat / Math.cos((36.2 * Math.PI) / 180);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const k = j * nx + i;
      ids[k] = k + 1;
      lon[k] = 113.1 + (i + (rnd() - 0.5) * 0.6) * dLon;
      lat[k] = 36.2 + (j + (rnd() - 0.5) * 0.6) * dLat;
    }
  }
  const from: number[] = [];
  const to: number[] = [];
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const k = j * nx + i;
      const link = (t: number): void => {
        from.push(k);
        to.push(t);
      };
      if (i + 1 < nx && rnd() < 0.85) link(k + 1);
      if (j + 1 < ny && rnd() < 0.85) link(k + nx);
      if (i + 1 < nx && j + 1 < ny && rnd() < 0.1) link(k + nx + 1);
    }
  }
  return assembleGraph(n, ids, lon, lat, sharedArray(Uint8Array, n), from, to);
}

const network = fc.record({ nx: fc.integer({ min: 2, max: 12 }), ny: fc.integer({ min: 2, max: 12 }), spacing: fc.integer({ min: 20, max: 150 }), seed: fc.integer({ min: 1, max: 1e9 }) });
const unit = fc.tuple(fc.double({ min: -0.2, max: 1.2, noNaN: true }), fc.double({ min: -0.2, max: 1.2, noNaN: true }));

function place(g: Graph, [a, b]: [number, number]): [number, number] {
  let minLon = Infinity, maxLon = -Infinity, minLat = Infinity, maxLat = -Infinity;
  for (let i = 0; i < g.nodeCount; i++) {
    minLon = Math.min(minLon, g.lon[i]!);
    maxLon = Math.max(maxLon, g.lon[i]!);
    minLat = Math.min(minLat, g.lat[i]!);
    maxLat = Math.max(maxLat, g.lat[i]!);
  }
  return [minLon + a * (maxLon - minLon), minLat + b * (maxLat - minLat)];
}

/** Ray casting: inside the outer ring and outside every hole of some polygon. */
function inside(mp: MultiPolygon, x: number, y: number): boolean {
  const inRing = (ring: number[][]): boolean => {
    let c = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) c = !c;
    }
    return c;
  };
  return mp.coordinates.some((poly) => inRing(poly[0]!) && !poly.slice(1).some(inRing));
}

/** Textbook O(n²) Dijkstra on lexicographic (metres, source index) labels from sources at nodes. */
function textbookDijkstra(g: Graph, sources: readonly number[]): { d: Float64Array; src: Int32Array } {
  const n = g.nodeCount;
  const d = new Float64Array(n).fill(Infinity);
  const src = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  sources.forEach((v, i) => {
    if (g.offsets[v] === g.offsets[v + 1]) return; // a node on no edge is not on the network
    if (0 < d[v]! || (0 === d[v] && i < src[v]!)) {
      d[v] = 0;
      src[v] = i;
    }
  });
  for (;;) {
    let v = -1;
    for (let i = 0; i < n; i++) if (!done[i] && d[i]! < Infinity && (v < 0 || d[i]! < d[v]! || (d[i] === d[v] && src[i]! < src[v]!))) v = i;
    if (v < 0) break;
    done[v] = 1;
    for (let a = g.offsets[v]!; a < g.offsets[v + 1]!; a++) {
      const t = g.targets[a]!;
      const nd = d[v]! + g.meters[a]!;
      if (nd < d[t]! || (nd === d[t] && src[v]! < src[t]!)) {
        d[t] = nd;
        src[t] = src[v]!;
      }
    }
  }
  return { d, src };
}

/**
 * A street network that is mostly chains of degree-2 nodes, the way OSM ways are: a few junctions, streets of 0–8
 * intermediate nodes between them (some dead ends, some loops back to the same junction), rings with no junction at
 * all, and twin nodes (zero-length segments) along the way.
 */
function chainNetwork(junctions: number, streets: number, rings: number, seed: number): Graph {
  let st = seed >>> 0 || 1;
  const rnd = (): number => ((st = (Math.imul(st, 1664525) + 1013904223) >>> 0) / 4294967296);
  const lon: number[] = [];
  const lat: number[] = [];
  const node = (x: number, y: number): number => {
    lon.push(113.1 + x);
    lat.push(36.2 + y);
    return lon.length - 1;
  };
  const near = (k: number, spread: number): number => (rnd() < 0.15 ? node(lon[k]! - 113.1, lat[k]! - 36.2) : node(lon[k]! - 113.1 + (rnd() - 0.5) * spread, lat[k]! - 36.2 + (rnd() - 0.5) * spread));
  const from: number[] = [];
  const to: number[] = [];
  const link = (a: number, b: number): void => {
    from.push(a);
    to.push(b);
  };
  for (let j = 0; j < junctions; j++) node(rnd() * 0.01, rnd() * 0.01);
  for (let s = 0; s < streets; s++) {
    const a = Math.floor(rnd() * junctions);
    const end = rnd() < 0.2 ? -1 : rnd() < 0.1 ? a : Math.floor(rnd() * junctions); // -1: a dead end
    let prev = a;
    const inner = Math.floor(rnd() * 9);
    for (let k = 0; k < inner; k++) {
      const c = near(prev, 0.002);
      link(prev, c);
      prev = c;
    }
    if (end >= 0 && end !== prev) link(prev, end);
  }
  for (let r = 0; r < rings; r++) {
    const first = node(rnd() * 0.01, rnd() * 0.01);
    let prev = first;
    const len = 3 + Math.floor(rnd() * 6);
    for (let k = 1; k < len; k++) {
      const c = near(prev, 0.001);
      link(prev, c);
      prev = c;
    }
    link(prev, first);
  }
  const n = lon.length;
  return assembleGraph(n, sharedArray(Float64Array, n), Float64Array.from(lon), Float64Array.from(lat), sharedArray(Uint8Array, n), from, to);
}

describe('engine properties', () => {
  it('walking distance is never shorter than the straight line', () => {
    fc.assert(
      fc.property(network, fc.array(unit, { minLength: 1, maxLength: 4 }), fc.array(unit, { minLength: 1, maxLength: 20 }), (net, fs, ps) => {
        const g = randomNetwork(net.nx, net.ny, net.spacing, net.seed);
        const idx = buildSnapIndex(g);
        const fcoords = fs.map((u) => place(g, u));
        const pcoords = ps.map((u) => place(g, u));
        const pts = snapPoints(idx, pcoords);
        const r = nearestFacility(g, snapPoints(idx, fcoords), pts);
        // Each facility alone: the nearest one's distance is the minimum of these.
        const alone = fcoords.map((c) => nearestFacility(g, snapPoints(idx, [c]), pts));
        for (let i = 0; i < pcoords.length; i++) {
          const best = Math.min(...alone.map((a) => (a.facility[i]! >= 0 ? a.meters[i]! : Infinity)));
          expect(r.facility[i]! >= 0 ? r.meters[i]! : Infinity).toBe(best);
          if (r.facility[i]! < 0) continue;
          const [plon, plat] = pcoords[i]!;
          const [flon, flat] = fcoords[r.facility[i]!]!;
          const straight = haversineMeters(plon, plat, flon, flat);
          expect(r.meters[i]!).toBeGreaterThanOrEqual(straight * (1 - 1e-7) - 1e-6);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('adding a facility never makes anyone’s time longer', () => {
    fc.assert(
      fc.property(network, fc.array(unit, { minLength: 1, maxLength: 4 }), unit, fc.array(unit, { minLength: 1, maxLength: 25 }), (net, fs, extra, ps) => {
        const g = randomNetwork(net.nx, net.ny, net.spacing, net.seed);
        const idx = buildSnapIndex(g);
        const fcoords = fs.map((u) => place(g, u));
        const pts = snapPoints(idx, ps.map((u) => place(g, u)));
        const before = nearestFacility(g, snapPoints(idx, fcoords), pts);
        const after = nearestFacility(g, snapPoints(idx, [...fcoords, place(g, extra)]), pts);
        for (let i = 0; i < pts.count; i++) {
          const b = before.facility[i]! >= 0 ? before.meters[i]! : Infinity;
          const a = after.facility[i]! >= 0 ? after.meters[i]! : Infinity;
          expect(a).toBeLessThanOrEqual(b);
          // Ties keep the lower (older) facility index.
          if (a === b && b < Infinity) expect(after.facility[i]).toBe(before.facility[i]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('isochrone area grows with the minutes', () => {
    fc.assert(
      fc.property(network, fc.array(unit, { minLength: 1, maxLength: 3 }), fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { minLength: 2, maxLength: 4 }), (net, fs, mins) => {
        const g = randomNetwork(net.nx, net.ny, net.spacing, net.seed);
        const idx = buildSnapIndex(g);
        const fac = snapPoints(idx, fs.map((u) => place(g, u)));
        const minutes = [...mins].sort((a, b) => a - b);
        const out = isochrones(g, fac, { minutes, cellMeters: 20, offNetworkMeters: 100 });
        const groups = new Map<string, number[]>();
        for (const f of out.features) {
          const key = `${f.properties.facility}|${f.properties.merged}`;
          groups.set(key, [...(groups.get(key) ?? []), f.properties.areaM2]);
        }
        for (const areas of groups.values()) for (let k = 1; k < areas.length; k++) expect(areas[k]!).toBeGreaterThanOrEqual(areas[k - 1]!);
      }),
      { numRuns: 25 },
    );
  });

  it('every street node reached within the limit lies inside its isochrone (no holes where streets are reached)', () => {
    fc.assert(
      fc.property(network, fc.array(unit, { minLength: 1, maxLength: 3 }), fc.integer({ min: 2, max: 12 }), (net, fs, minutes) => {
        const g = randomNetwork(net.nx, net.ny, net.spacing, net.seed);
        const idx = buildSnapIndex(g);
        const fac = snapPoints(idx, fs.map((u) => place(g, u)));
        const cell = 20;
        const out = isochrones(g, fac, { minutes: [minutes], cellMeters: cell, offNetworkMeters: 100, perFacility: false });
        const limit = minutes * metersPerMinute(4);
        const labels = multiSourceNodes(g, fac, limit);
        const poly = out.features[0]!.geometry;
        for (let v = 0; v < g.nodeCount; v++) {
          // A node reached with at least a cell diagonal to spare has its whole grid cell inside the contour.
          if (labels.meters[v]! <= limit - 1.5 * cell) expect(inside(poly, g.lon[v]!, g.lat[v]!)).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('the bucket search equals a textbook Dijkstra with (metres, source) labels, short and zero-length edges included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 5 }), (n, seed, k) => {
        let st = seed >>> 0 || 1;
        const rnd = (): number => ((st = (Math.imul(st, 1664525) + 1013904223) >>> 0) / 4294967296);
        const lon = sharedArray(Float64Array, n);
        const lat = sharedArray(Float64Array, n);
        for (let i = 0; i < n; i++) {
          // Clustered coordinates: many edges shorter than a bucket, some of length zero (twin nodes).
          const twin = i > 0 && rnd() < 0.2;
          lon[i] = twin ? lon[i - 1]! : 113.1 + rnd() * (rnd() < 0.5 ? 0.00005 : 0.003);
          lat[i] = twin ? lat[i - 1]! : 36.2 + rnd() * (rnd() < 0.5 ? 0.00005 : 0.003);
        }
        const from: number[] = [];
        const to: number[] = [];
        for (let e = 0; e < n * 2; e++) {
          from.push(Math.floor(rnd() * n));
          to.push(Math.floor(rnd() * n));
        }
        const g = assembleGraph(n, sharedArray(Float64Array, n), lon, lat, sharedArray(Uint8Array, n), from, to);
        const sources = Array.from({ length: k }, () => Math.floor(rnd() * n));
        const limit = rnd() < 0.5 ? Infinity : rnd() * 400;
        const { d, src } = textbookDijkstra(g, sources);
        const idx = buildSnapIndex(g);
        const labels = multiSourceNodes(g, pointsAtNodes(idx, sources), limit);
        for (let i = 0; i < n; i++) {
          if (d[i]! <= limit) {
            expect(labels.meters[i]).toBe(d[i]);
            expect(labels.source[i]).toBe(src[i]);
          } else expect(labels.source[i]).toBe(-1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('walking along degree-2 chains gives exactly the textbook labels (streets, dead ends, loops, rings, twins)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 6 }), (junctions, streets, rings, seed, k) => {
        const g = chainNetwork(junctions, streets, rings, seed);
        let st = seed ^ 0x5bd1e995;
        const rnd = (): number => ((st = (Math.imul(st, 1664525) + 1013904223) >>> 0) / 4294967296);
        // Sources anywhere: junctions, nodes in the middle of a street, on rings.
        const sources = Array.from({ length: k }, () => Math.floor(rnd() * g.nodeCount));
        const limit = rnd() < 0.5 ? Infinity : rnd() * 600;
        const { d, src } = textbookDijkstra(g, sources);
        const labels = multiSourceNodes(g, pointsAtNodes(buildSnapIndex(g), sources), limit);
        for (let i = 0; i < g.nodeCount; i++) {
          if (d[i]! <= limit) {
            expect(labels.meters[i]).toBe(d[i]);
            expect(labels.source[i]).toBe(src[i]);
          } else expect(labels.source[i]).toBe(-1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('streets far longer than the bucket ring (tens of km between junctions) still give the textbook labels', () => {
    // Three junctions 40–80 km apart joined by two streets each (nodes every ~5 km), plus a spur; sources at a
    // junction and in the middle of a street.
    const lon: number[] = [];
    const lat: number[] = [];
    const from: number[] = [];
    const to: number[] = [];
    const node = (x: number, y: number): number => (lon.push(113 + x), lat.push(36 + y), lon.length - 1);
    const j = [node(0, 0), node(0.5, 0), node(0.5, 0.7)];
    const street = (a: number, b: number, steps: number, bend: number): void => {
      let prev = a;
      for (let k = 1; k < steps; k++) {
        const t = k / steps;
        const c = node(lon[a]! - 113 + t * (lon[b]! - lon[a]!) + bend * Math.sin(Math.PI * t), lat[a]! - 36 + t * (lat[b]! - lat[a]!));
        from.push(prev);
        to.push(c);
        prev = c;
      }
      from.push(prev);
      to.push(b);
    };
    street(j[0]!, j[1]!, 9, 0);
    street(j[0]!, j[1]!, 11, 0.2);
    street(j[1]!, j[2]!, 15, 0);
    street(j[2]!, j[0]!, 20, -0.1);
    street(j[2]!, node(0.9, 0.9), 6, 0);
    const n = lon.length;
    const g = assembleGraph(n, sharedArray(Float64Array, n), Float64Array.from(lon), Float64Array.from(lat), sharedArray(Uint8Array, n), from, to);
    for (const sources of [[j[0]!], [12], [5, j[2]!]]) {
      const { d, src } = textbookDijkstra(g, sources);
      const labels = multiSourceNodes(g, pointsAtNodes(buildSnapIndex(g), sources));
      expect(Math.max(...d)).toBeGreaterThan(40_000); // the initial ring spans 8192 buckets × 4 m ≈ 33 km
      expect(Array.from(labels.meters)).toEqual(Array.from(d));
      expect(Array.from(labels.source)).toEqual(Array.from(src));
    }
  });
});
