/**
 * The loaded city's walking network for the API: the graph (from an OSM file, through the engine's cache), a worker
 * pool for heavy queries, and the roads layer for the map. One per process; queries never block the event loop.
 */
import { existsSync, readFileSync } from 'node:fs';
import { AccessPool, graphSummary, loadOrBuildGraph, type Graph, type PointSet } from '../../access/index.ts';

export interface CityNetworkOptions {
  /** The city's .osm / .osm.pbf file. */
  osmPath: string;
  /** A GeoJSON file of the streets for the map (optional; the graph's edges are used otherwise). */
  roadsPath?: string;
  /** Shown with every result derived from the data. */
  attribution?: string;
  /** Generated sample streets (the demo city), not real map data: the UI credits them in its own words. */
  synthetic?: boolean;
  threads?: number;
}

/** Builds a PointSet from plain records. */
export function pointSet(items: ReadonlyArray<{ id: string; lng: number; lat: number; weight?: number }>): PointSet {
  return {
    ids: items.map((i) => i.id),
    coords: items.map((i) => [i.lng, i.lat] as [number, number]),
    weights: Float64Array.from(items, (i) => i.weight ?? 1),
    properties: items.map(() => ({})),
  };
}

export class CityNetwork {
  readonly graph: Graph;
  readonly pool: AccessPool;
  readonly osmPath: string;
  readonly attribution: string;
  readonly synthetic: boolean;
  readonly #roadsPath: string | undefined;
  #roads: string | null = null;

  private constructor(graph: Graph, opts: CityNetworkOptions) {
    this.graph = graph;
    this.osmPath = opts.osmPath;
    this.attribution = opts.attribution ?? '© OpenStreetMap contributors (ODbL)';
    this.synthetic = opts.synthetic ?? false;
    this.#roadsPath = opts.roadsPath;
    this.pool = AccessPool.create(graph, { threads: opts.threads ?? 1, timeoutMs: 60_000 });
  }

  /** Loads (or builds and caches) the graph and starts the worker pool. */
  static async load(opts: CityNetworkOptions): Promise<CityNetwork> {
    const net = new CityNetwork(loadOrBuildGraph(opts.osmPath), opts);
    await net.pool.ready();
    return net;
  }

  /** A network over a graph built in memory (a synthetic street grid in tests and benchmarks). */
  static async fromGraph(graph: Graph, opts: Partial<CityNetworkOptions> = {}): Promise<CityNetwork> {
    const net = new CityNetwork(graph, { osmPath: '(in memory)', synthetic: true, ...opts });
    await net.pool.ready();
    return net;
  }

  summary(): ReturnType<typeof graphSummary> {
    return graphSummary(this.graph);
  }

  /** The streets as GeoJSON text (read once, then kept). */
  roadsGeoJson(): string {
    if (this.#roads !== null) return this.#roads;
    if (this.#roadsPath && existsSync(this.#roadsPath)) this.#roads = readFileSync(this.#roadsPath, 'utf8');
    else this.#roads = edgesAsGeoJson(this.graph);
    return this.#roads;
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

/** Every undirected edge of the graph as a two-point LineString (when no roads file is available). */
function edgesAsGeoJson(g: Graph): string {
  const parts: string[] = [];
  for (let u = 0; u < g.nodeCount; u++) {
    for (let k = g.offsets[u]!; k < g.offsets[u + 1]!; k++) {
      const v = g.targets[k]!;
      if (v <= u) continue;
      parts.push(`{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[${g.lon[u]!.toFixed(6)},${g.lat[u]!.toFixed(6)}],[${g.lon[v]!.toFixed(6)},${g.lat[v]!.toFixed(6)}]]}}`);
    }
  }
  return `{"type":"FeatureCollection","features":[${parts.join(',')}]}`;
}
