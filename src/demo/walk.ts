/**
 * A small in-memory walking graph over the generated network, following the project's walking-graph rules
 * (docs/architecture.md): which highways walk, access=private kept (gated compounds), both directions, haversine
 * edge lengths. The generator uses it to place facilities while it builds the city (before any file exists); the
 * summary checks it against the real importer (src/access) reading the written OSM file.
 */
import { haversineMeters } from '../shared/geo.ts';
import type { Network, Tags } from './network.ts';

const WALKABLE = new Set([
  'footway', 'path', 'pedestrian', 'steps', 'living_street', 'residential', 'service', 'unclassified', 'tertiary', 'tertiary_link',
  'secondary', 'secondary_link', 'primary', 'primary_link', 'trunk', 'trunk_link', 'track', 'cycleway', 'corridor', 'bridleway', 'road',
]);

/** Whether a way's tags make it walkable under the project's rules. */
export function isWalkable(tags: Tags): boolean {
  const t = new Map(tags);
  const hw = t.get('highway');
  if (!hw || !WALKABLE.has(hw)) return false;
  if (t.get('foot') === 'no') return false;
  if (t.get('area') === 'yes') return false;
  if (t.get('access') === 'no' && !['yes', 'designated', 'permissive'].includes(t.get('foot') ?? '')) return false;
  return true;
}

/** Compressed sparse rows over node indexes. */
export interface WalkGraph {
  offsets: Int32Array;
  targets: Int32Array;
  meters: Float64Array;
}

/** Builds the walking graph of a network (every walkable way both ways). */
export function buildWalkGraph(net: Network): WalkGraph {
  const n = net.nodeCount;
  const deg = new Int32Array(n + 1);
  for (const w of net.ways) {
    if (!isWalkable(w.tags)) continue;
    for (let i = 0; i + 1 < w.nodes.length; i++) {
      deg[w.nodes[i]!]!++;
      deg[w.nodes[i + 1]!]!++;
    }
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + deg[i]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]!);
  const meters = new Float64Array(offsets[n]!);
  for (const w of net.ways) {
    if (!isWalkable(w.tags)) continue;
    for (let i = 0; i + 1 < w.nodes.length; i++) {
      const a = w.nodes[i]!;
      const b = w.nodes[i + 1]!;
      const d = haversineMeters(net.lng[a]!, net.lat[a]!, net.lng[b]!, net.lat[b]!);
      targets[fill[a]!] = b;
      meters[fill[a]!++] = d;
      targets[fill[b]!] = a;
      meters[fill[b]!++] = d;
    }
  }
  return { offsets, targets, meters };
}

/**
 * Multi-source Dijkstra bounded by a distance: for every node within `limit` metres of any source, the distance and
 * which source is nearest (index into `sources`). Others stay Infinity / -1.
 * @param g - the walking graph
 * @param sources - source node indexes (e.g. facilities)
 * @param limit - metres (15 min at 4 km/h = 1000 m)
 */
export function nearestWithin(g: WalkGraph, sources: readonly number[], limit: number): { dist: Float64Array; from: Int32Array } {
  const n = g.offsets.length - 1;
  const dist = new Float64Array(n).fill(Infinity);
  const from = new Int32Array(n).fill(-1);
  // Binary heap of (dist, node) with lazy deletion.
  let hd = new Float64Array(1024);
  let hn = new Int32Array(1024);
  let size = 0;
  const push = (d: number, v: number): void => {
    if (size === hd.length) {
      const nd = new Float64Array(size * 2);
      nd.set(hd);
      hd = nd;
      const nn = new Int32Array(size * 2);
      nn.set(hn);
      hn = nn;
    }
    let i = size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (hd[p]! <= d) break;
      hd[i] = hd[p]!;
      hn[i] = hn[p]!;
      i = p;
    }
    hd[i] = d;
    hn[i] = v;
  };
  const pop = (): void => {
    const d = hd[--size]!;
    const v = hn[size]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && hd[c + 1]! < hd[c]!) c++;
      if (hd[c]! >= d) break;
      hd[i] = hd[c]!;
      hn[i] = hn[c]!;
      i = c;
    }
    hd[i] = d;
    hn[i] = v;
  };
  sources.forEach((s, si) => {
    if (dist[s]! > 0) {
      dist[s] = 0;
      from[s] = si;
      push(0, s);
    }
  });
  while (size > 0) {
    const d = hd[0]!;
    const v = hn[0]!;
    pop();
    if (d > dist[v]!) continue;
    for (let e = g.offsets[v]!; e < g.offsets[v + 1]!; e++) {
      const u = g.targets[e]!;
      const nd = d + g.meters[e]!;
      if (nd <= limit && nd < dist[u]!) {
        dist[u] = nd;
        from[u] = from[v]!;
        push(nd, u);
      }
    }
  }
  return { dist, from };
}

/**
 * A bounded single-source search over a walking graph that keeps its buffers between calls (only the nodes a search
 * touched are reset), for many small searches on a large graph — e.g. every waiting family's walk to the facilities
 * near home. The answer's `dist` is valid until the next call: Infinity where the search did not reach.
 */
export function walkSearcher(g: WalkGraph): (source: number, limit: number) => Float64Array {
  const n = g.offsets.length - 1;
  const dist = new Float64Array(n).fill(Infinity);
  const touched: number[] = [];
  let hd = new Float64Array(1024);
  let hn = new Int32Array(1024);
  return (source, limit) => {
    for (const v of touched) dist[v] = Infinity;
    touched.length = 0;
    let size = 0;
    const push = (d: number, v: number): void => {
      if (size === hd.length) {
        const nd = new Float64Array(size * 2);
        nd.set(hd);
        hd = nd;
        const nn = new Int32Array(size * 2);
        nn.set(hn);
        hn = nn;
      }
      let i = size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (hd[p]! <= d) break;
        hd[i] = hd[p]!;
        hn[i] = hn[p]!;
        i = p;
      }
      hd[i] = d;
      hn[i] = v;
    };
    dist[source] = 0;
    touched.push(source);
    push(0, source);
    while (size > 0) {
      const d = hd[0]!;
      const v = hn[0]!;
      const ld = hd[--size]!;
      const lv = hn[size]!;
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= size) break;
        if (c + 1 < size && hd[c + 1]! < hd[c]!) c++;
        if (hd[c]! >= ld) break;
        hd[i] = hd[c]!;
        hn[i] = hn[c]!;
        i = c;
      }
      hd[i] = ld;
      hn[i] = lv;
      if (d > dist[v]!) continue;
      for (let e = g.offsets[v]!; e < g.offsets[v + 1]!; e++) {
        const u = g.targets[e]!;
        const nd = d + g.meters[e]!;
        if (nd <= limit && nd < dist[u]!) {
          if (dist[u] === Infinity) touched.push(u);
          dist[u] = nd;
          push(nd, u);
        }
      }
    }
    return dist;
  };
}
