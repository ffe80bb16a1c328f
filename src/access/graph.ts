/**
 * The walking graph: compressed sparse rows (CSR) over typed arrays, every array backed by a SharedArrayBuffer so
 * worker threads share it without copying. Nodes are the walkable ways' OSM nodes (gates and entrances included and
 * flagged), sorted by OSM id; every undirected edge appears once per direction in the CSR.
 */
import { openSync, closeSync, readSync, statSync } from 'node:fs';
import { AppError } from '../shared/errors.ts';
import { haversineMeters } from '../shared/geo.ts';
import { isWalkableWay, nodeFlags, NODE_GATE, NODE_ENTRANCE } from './osm-rules.ts';
import type { OsmSource } from './osm-source.ts';
import { looksLikePbf, pbfSource } from './osm-pbf.ts';
import { xmlFileSource, xmlStringSource } from './osm-xml.ts';

/** A walking graph in typed arrays. Node `i` has neighbours `targets[offsets[i] .. offsets[i+1])`. */
export interface Graph {
  /** Number of nodes. */
  readonly nodeCount: number;
  /** Number of undirected edges (each stored twice in the CSR). */
  readonly edgeCount: number;
  /** OSM node id per node (ascending). */
  readonly osmIds: Float64Array;
  /** WGS-84 longitude per node, degrees. */
  readonly lon: Float64Array;
  /** WGS-84 latitude per node, degrees. */
  readonly lat: Float64Array;
  /** CSR row offsets, length nodeCount + 1. */
  readonly offsets: Int32Array;
  /** CSR neighbour per directed arc, length 2 × edgeCount. */
  readonly targets: Int32Array;
  /** Arc length in metres (haversine, R = 6,371,008.8 m), per directed arc. */
  readonly meters: Float32Array;
  /** Connected component per node; components are numbered by their lowest node. */
  readonly component: Int32Array;
  /** Number of connected components. */
  readonly componentCount: number;
  /** Nodes with gate/entrance flags, ascending (sparse: a city has a few hundred gates, not a flag per node). */
  readonly flagNodes: Int32Array;
  /** The flags (NODE_GATE | NODE_ENTRANCE) of each of `flagNodes`. */
  readonly flagValues: Uint8Array;
}

/** Summary printed by `carecircle access graph`. */
export interface GraphSummary {
  nodes: number;
  edges: number;
  components: number;
  largestComponent: number;
  gates: number;
  entrances: number;
  meters: number;
}

/** Allocates a typed array on shared memory (so a worker pool can share it). */
export function sharedArray<T extends Float64Array | Float32Array | Int32Array | Uint8Array>(
  Ctor: { new (buf: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number },
  length: number,
): T {
  return new Ctor(new SharedArrayBuffer(Math.max(1, length) * Ctor.BYTES_PER_ELEMENT));
}

/** Opens an .osm (XML) or .osm.pbf file as a two-pass source, telling the formats apart by content. */
export function openOsm(path: string): OsmSource {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new AppError('invalid', code === 'ENOENT' ? `osm: file not found: ${path}` : `osm: cannot read ${path} (${code ?? 'error'})`, { field: 'osm', cause: e });
  }
  const head = Buffer.alloc(64);
  let n: number;
  try {
    if (statSync(path).isDirectory()) throw new AppError('invalid', `osm: ${path} is a directory`, { field: 'osm' });
    n = readSync(fd, head, 0, 64, 0);
  } finally {
    closeSync(fd);
  }
  if (n === 0) throw new AppError('invalid', `osm: ${path} is empty`, { field: 'osm' });
  if (looksLikePbf(head.subarray(0, n))) return pbfSource(path);
  const text = head.subarray(0, n).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (text.startsWith('<')) return xmlFileSource(path);
  throw new AppError('invalid', `osm: ${path} is neither OSM XML nor OSM PBF`, { field: 'osm' });
}

/** Growable Float64 list (way node refs). */
class F64List {
  a = new Float64Array(4096);
  n = 0;
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Float64Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
}

/** Options for graph building. */
export interface BuildOptions {
  /** Called now and then with a phase name and a 0..1 fraction (CLI progress). */
  onProgress?: (phase: string, fraction: number) => void;
}

/**
 * Builds the walking graph from an OSM source by the rules of architecture.md: pass 1 keeps walkable ways' node refs,
 * pass 2 reads only those nodes; refs to nodes missing from the extract split the way there.
 * @param src - an OSM source (see {@link openOsm})
 */
export function buildGraph(src: OsmSource, opts: BuildOptions = {}): Graph {
  const refs = new F64List(); // walkable ways' refs; NaN separates ways
  opts.onProgress?.('ways', 0);
  src.scanWays((_id, r, count, tag) => {
    if (count < 2 || !isWalkableWay(tag)) return;
    for (let i = 0; i < count; i++) refs.push(r[i]!);
    refs.push(NaN);
  });
  // Distinct node ids, sorted: node index = rank of the OSM id (deterministic whatever the file order).
  const ids = new Float64Array(refs.n);
  let m = 0;
  for (let i = 0; i < refs.n; i++) if (refs.a[i] === refs.a[i]) ids[m++] = refs.a[i]!;
  const sorted = ids.subarray(0, m).sort();
  let u = 0;
  for (let i = 0; i < m; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[u++] = sorted[i]!;
  const wanted = new Map<number, number>();
  for (let i = 0; i < u; i++) wanted.set(sorted[i]!, i);
  opts.onProgress?.('nodes', 0.4);
  const lon0 = new Float64Array(u).fill(NaN);
  const lat0 = new Float64Array(u).fill(NaN);
  const flags0 = new Uint8Array(u);
  src.scanNodes(wanted, (idx, lon, lat, tag) => {
    if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) return; // out-of-range node: treated as missing
    lon0[idx] = lon;
    lat0[idx] = lat;
    flags0[idx] = nodeFlags(tag);
  });
  opts.onProgress?.('edges', 0.8);
  // Edges between consecutive present nodes of each way (a ref missing from the extract splits the way there).
  const from: number[] = [];
  const to: number[] = [];
  const used = new Uint8Array(u);
  let prev = -1;
  for (let i = 0; i < refs.n; i++) {
    const id = refs.a[i]!;
    if (id !== id) {
      prev = -1;
      continue;
    }
    const cur = wanted.get(id)!;
    if (lon0[cur] !== lon0[cur]) {
      prev = -1;
      continue;
    }
    if (prev >= 0 && cur !== prev) {
      from.push(prev);
      to.push(cur);
      used[prev] = 1;
      used[cur] = 1;
    }
    prev = cur;
  }
  // Nodes on at least one edge get final indices (in OSM id order); the rest are dropped.
  const remap = new Int32Array(u).fill(-1);
  let n = 0;
  for (let i = 0; i < u; i++) if (used[i]) remap[i] = n++;
  for (let k = 0; k < from.length; k++) {
    from[k] = remap[from[k]!]!;
    to[k] = remap[to[k]!]!;
  }
  const osmIds = sharedArray(Float64Array, n);
  const lon = sharedArray(Float64Array, n);
  const lat = sharedArray(Float64Array, n);
  const flags = new Uint8Array(n);
  for (let i = 0; i < u; i++) {
    const j = remap[i]!;
    if (j < 0) continue;
    osmIds[j] = sorted[i]!;
    lon[j] = lon0[i]!;
    lat[j] = lat0[i]!;
    flags[j] = flags0[i]!;
  }
  return assembleGraph(n, osmIds, lon, lat, flags, from, to);
}

/**
 * Builds the CSR from an undirected edge list (duplicates and self-loops removed; rows sorted by neighbour) and
 * labels connected components. Edge lengths are haversine metres between the endpoints.
 */
export function assembleGraph(
  n: number,
  osmIds: Float64Array,
  lon: Float64Array,
  lat: Float64Array,
  flags: Uint8Array | undefined,
  from: ArrayLike<number>,
  to: ArrayLike<number>,
): Graph {
  const deg = new Int32Array(n + 1);
  const e = from.length;
  for (let i = 0; i < e; i++) {
    if (from[i] === to[i]) continue;
    deg[from[i]!]!++;
    deg[to[i]!]!++;
  }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + deg[i]!;
  const fill = start.slice(0, n);
  const tmp = new Int32Array(start[n]!);
  for (let i = 0; i < e; i++) {
    const a = from[i]!;
    const b = to[i]!;
    if (a === b) continue;
    tmp[fill[a]!++] = b;
    tmp[fill[b]!++] = a;
  }
  // Sort each row and drop duplicate neighbours (two ways sharing a segment).
  const offsets = sharedArray(Int32Array, n + 1);
  let w = 0;
  for (let i = 0; i < n; i++) {
    const row = tmp.subarray(start[i]!, start[i + 1]!).sort();
    offsets[i] = w;
    for (let k = 0; k < row.length; k++) if (k === 0 || row[k] !== row[k - 1]) tmp[w++] = row[k]!;
  }
  offsets[n] = w;
  const targets = sharedArray(Int32Array, w);
  targets.set(tmp.subarray(0, w));
  const meters = sharedArray(Float32Array, w);
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const j = targets[k]!;
      meters[k] = haversineMeters(lon[i]!, lat[i]!, lon[j]!, lat[j]!);
    }
  }
  const { component, count } = labelComponents(n, offsets, targets);
  let k = 0;
  if (flags) for (let i = 0; i < n; i++) if (flags[i]) k++;
  const flagNodes = sharedArray(Int32Array, k);
  const flagValues = sharedArray(Uint8Array, k);
  k = 0;
  if (flags) {
    for (let i = 0; i < n; i++) {
      if (!flags[i]) continue;
      flagNodes[k] = i;
      flagValues[k++] = flags[i]!;
    }
  }
  return { nodeCount: n, edgeCount: w / 2, osmIds, lon, lat, offsets, targets, meters, component, componentCount: count, flagNodes: flagNodes.subarray(0, k), flagValues: flagValues.subarray(0, k) };
}

/** Connected components by breadth-first search; numbered in order of each component's lowest node. */
export function labelComponents(n: number, offsets: Int32Array, targets: Int32Array): { component: Int32Array; count: number } {
  const component = sharedArray(Int32Array, n).fill(-1);
  const queue = new Int32Array(n);
  let count = 0;
  for (let s = 0; s < n; s++) {
    if (component[s] !== -1) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    component[s] = count;
    while (head < tail) {
      const v = queue[head++]!;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const t = targets[k]!;
        if (component[t] === -1) {
          component[t] = count;
          queue[tail++] = t;
        }
      }
    }
    count++;
  }
  return { component, count };
}

/**
 * Reads an .osm or .osm.pbf file (streamed, two passes) into a walking graph.
 * @param path - the OSM file; the format is recognised from its content
 */
export function buildGraphFromFile(path: string, opts: BuildOptions = {}): Graph {
  return buildGraph(openOsm(path), opts);
}

/** Builds a walking graph from an OSM XML document held in a string (tests, the demo-city generator). */
export function buildGraphFromOsmXml(xml: string, opts: BuildOptions = {}): Graph {
  return buildGraph(xmlStringSource(xml), opts);
}

/** Gate/entrance flags of node `i` (0 for most nodes): a binary search in the sparse flag list. */
export function nodeFlagsOf(g: Graph, i: number): number {
  let lo = 0;
  let hi = g.flagNodes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = g.flagNodes[mid]!;
    if (v === i) return g.flagValues[mid]!;
    if (v < i) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** Node count, edge count, components and total length of a graph. */
export function graphSummary(g: Graph): GraphSummary {
  const sizes = new Int32Array(g.componentCount);
  let gates = 0;
  let entrances = 0;
  for (let i = 0; i < g.nodeCount; i++) sizes[g.component[i]!]!++;
  for (const f of g.flagValues) {
    if (f & NODE_GATE) gates++;
    if (f & NODE_ENTRANCE) entrances++;
  }
  let total = 0;
  for (let k = 0; k < g.meters.length; k++) total += g.meters[k]!;
  let largest = 0;
  for (const s of sizes) largest = Math.max(largest, s);
  return { nodes: g.nodeCount, edges: g.edgeCount, components: g.componentCount, largestComponent: largest, gates, entrances, meters: Math.round(total / 2 * 10) / 10 };
}

/** Bytes held by a graph's arrays. */
export function graphBytes(g: Graph): number {
  return g.osmIds.byteLength + g.lon.byteLength + g.lat.byteLength + g.offsets.byteLength + g.targets.byteLength + g.meters.byteLength + g.component.byteLength + g.flagNodes.byteLength + g.flagValues.byteLength;
}

/** Nodes as CSV `osm_id,lon,lat` (node order = graph index order). */
export function* nodesCsv(g: Graph): Generator<string> {
  yield 'osm_id,lon,lat\n';
  for (let i = 0; i < g.nodeCount; i++) yield `${g.osmIds[i]},${g.lon[i]},${g.lat[i]}\n`;
}

/** Undirected edges as CSV `from,to,meters` (OSM ids, from < to by index, each edge once). */
export function* edgesCsv(g: Graph): Generator<string> {
  yield 'from,to,meters\n';
  for (let i = 0; i < g.nodeCount; i++) {
    for (let k = g.offsets[i]!; k < g.offsets[i + 1]!; k++) {
      const j = g.targets[k]!;
      if (j > i) yield `${g.osmIds[i]},${g.osmIds[j]},${Math.round(g.meters[k]! * 1000) / 1000}\n`;
    }
  }
}
