/**
 * A compact binary cache of a {@link Graph} so a server starts in milliseconds instead of re-reading OSM.
 * Layout (little-endian): magic "CCWALK02", u32 flagCount, u32 nodeCount, u32 arcCount, u32 componentCount,
 * f64 sourceSize, f64 sourceMtimeMs, then the arrays osmIds, lon, lat (f64), offsets, targets (i32),
 * meters (f32), component (i32), flagNodes (i32), flagValues (u8), each starting on an 8-byte boundary.
 */
import { readFileSync, statSync, writeFileSync, renameSync, existsSync } from 'node:fs';
import { AppError } from '../shared/errors.ts';
import type { Graph, BuildOptions } from './graph.ts';
import { buildGraphFromFile, sharedArray } from './graph.ts';

const MAGIC = 'CCWALK02';
const HEADER = 8 + 4 * 4 + 8 * 2;

/** Where a cache came from: the OSM file's size and modification time, to detect a stale cache. */
export interface CacheSource {
  size: number;
  mtimeMs: number;
}

const pad8 = (n: number): number => (n + 7) & ~7;

function layout(n: number, arcs: number, flagged: number): number[] {
  const sizes = [n * 8, n * 8, n * 8, (n + 1) * 4, arcs * 4, arcs * 4, n * 4, flagged * 4, flagged];
  const offs: number[] = [];
  let o = HEADER;
  for (const s of sizes) {
    offs.push(o);
    o = pad8(o + s);
  }
  offs.push(o);
  return offs;
}

/**
 * Writes a graph to a binary cache file (atomically: a temp file, then rename).
 * @param source - the OSM file's size and mtime, so {@link loadOrBuildGraph} can tell a stale cache
 */
export function saveGraphCache(g: Graph, path: string, source: CacheSource = { size: 0, mtimeMs: 0 }): void {
  const arcs = g.targets.length;
  const offs = layout(g.nodeCount, arcs, g.flagNodes.length);
  const buf = Buffer.alloc(offs[offs.length - 1]!);
  buf.write(MAGIC, 0, 'latin1');
  buf.writeUInt32LE(g.flagNodes.length, 8);
  buf.writeUInt32LE(g.nodeCount, 12);
  buf.writeUInt32LE(arcs, 16);
  buf.writeUInt32LE(g.componentCount, 20);
  buf.writeDoubleLE(source.size, 24);
  buf.writeDoubleLE(source.mtimeMs, 32);
  const parts = [g.osmIds, g.lon, g.lat, g.offsets, g.targets, g.meters, g.component, g.flagNodes, g.flagValues];
  parts.forEach((a, i) => buf.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), offs[i]!));
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, buf);
  renameSync(tmp, path);
}

/** Reads a graph cache file into shared typed arrays; a wrong or truncated file is an AppError on field `cache`. */
export function loadGraphCache(path: string): Graph & { source: CacheSource } {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw new AppError('invalid', `cache: cannot read ${path}`, { field: 'cache', cause: e });
  }
  if (buf.length < HEADER || buf.toString('latin1', 0, 8) !== MAGIC) throw new AppError('invalid', `cache: ${path} is not a CareCircle graph cache`, { field: 'cache' });
  const n = buf.readUInt32LE(12);
  const arcs = buf.readUInt32LE(16);
  const componentCount = buf.readUInt32LE(20);
  const flagged = buf.readUInt32LE(8);
  const offs = layout(n, arcs, flagged);
  if (buf.length !== offs[offs.length - 1]) throw new AppError('invalid', `cache: ${path} is truncated`, { field: 'cache' });
  const take = <T extends Float64Array | Float32Array | Int32Array | Uint8Array>(
    Ctor: { new (b: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number },
    i: number,
    len: number,
  ): T => {
    const a = sharedArray(Ctor, len);
    new Uint8Array(a.buffer).set(buf.subarray(offs[i]!, offs[i]! + len * Ctor.BYTES_PER_ELEMENT));
    return a.subarray(0, len) as T; // sharedArray allocates at least one element
  };
  return {
    nodeCount: n,
    edgeCount: arcs / 2,
    osmIds: take(Float64Array, 0, n),
    lon: take(Float64Array, 1, n),
    lat: take(Float64Array, 2, n),
    offsets: take(Int32Array, 3, n + 1),
    targets: take(Int32Array, 4, arcs),
    meters: take(Float32Array, 5, arcs),
    component: take(Int32Array, 6, n),
    componentCount,
    flagNodes: take(Int32Array, 7, flagged),
    flagValues: take(Uint8Array, 8, flagged),
    source: { size: buf.readDoubleLE(24), mtimeMs: buf.readDoubleLE(32) },
  };
}

/**
 * Loads the graph for an OSM file from its cache when the cache matches the file's size and mtime, else builds it
 * and writes the cache. The server's fast start.
 * @param osmPath - the .osm / .osm.pbf file
 * @param cachePath - the cache file (default `<osmPath>.ccgraph`)
 */
export function loadOrBuildGraph(osmPath: string, cachePath = `${osmPath}.ccgraph`, opts: BuildOptions = {}): Graph {
  let st;
  try {
    st = statSync(osmPath);
  } catch (e) {
    throw new AppError('invalid', `osm: file not found: ${osmPath}`, { field: 'osm', cause: e });
  }
  if (existsSync(cachePath)) {
    try {
      const g = loadGraphCache(cachePath);
      if (g.source.size === st.size && g.source.mtimeMs === st.mtimeMs) return g;
    } catch {
      // a broken cache is rebuilt
    }
  }
  const g = buildGraphFromFile(osmPath, opts);
  try {
    saveGraphCache(g, cachePath, { size: st.size, mtimeMs: st.mtimeMs });
  } catch {
    // A read-only data folder: serve the graph without a cache.
  }
  return g;
}
