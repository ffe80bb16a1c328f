/**
 * Cross-check of src/access against the independent networkx/pyosmium peer (networkx_peer.py): the same random
 * facilities and points, placed on graph nodes (and snapped by our engine from their coordinates), must get the same
 * walking minutes within 0.01 — every disagreement is classified.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildGraphFromFile, buildSnapIndex, snapPoints, nearestFacility, metersPerMinute, graphSummary } from '../../src/access/index.ts';
import type { Graph } from '../../src/access/index.ts';

/** Debian's interpreter, which carries python3-networkx and python3-pyosmium. */
export const PYTHON = process.env.CARECIRCLE_PEER_PYTHON ?? '/usr/bin/python3';
const script = join(import.meta.dirname, 'networkx_peer.py');

/** Whether the peer can run here (python3 with networkx and osmium); the reason when not. */
export function peerAvailable(): { ok: boolean; why: string } {
  const r = spawnSync(PYTHON, ['-c', 'import networkx, osmium'], { encoding: 'utf8' });
  if (r.error) return { ok: false, why: `${PYTHON} not found` };
  if (r.status !== 0) return { ok: false, why: `python3-networkx / python3-pyosmium missing: ${r.stderr.trim().split('\n').pop()}` };
  return { ok: true, why: '' };
}

/** The peer's answer. */
export interface PeerResult {
  nodes: number;
  edges: number;
  components: number;
  read_s: number;
  graph_s: number;
  /** multi_source_dijkstra (distances and paths); null when run without paths. */
  dijkstra_s: number | null;
  /** multi_source_dijkstra_path_length (distances only). */
  dijkstra_length_s: number;
  /** The distances-only call plus every point's answer (minutes, metres, covered). */
  dijkstra_points_s: number;
  build_cpu_s: number;
  dijkstra_cpu_s: number | null;
  dijkstra_length_cpu_s: number;
  dijkstra_points_cpu_s: number;
  /** Every run's time of the distances-only call and of it with the per-point loop (wall, and thread CPU). */
  dijkstra_length_all_s: number[];
  dijkstra_length_all_cpu_s: number[];
  dijkstra_points_all_s: number[];
  dijkstra_points_all_cpu_s: number[];
  /** Minutes and nearest facility per point (the facility is null when run without paths). */
  results: Record<string, [number, number | null] | null>;
}

/**
 * Runs the peer on an OSM file.
 * @param opts - `paths: false` skips networkx's path-building search (then no facility ids come back)
 */
export function runPeer(osm: string, facilities: number[], points: number[], opts: { speedKmh?: number; minutes?: number; repeat?: number; paths?: boolean } = {}): PeerResult {
  const input = JSON.stringify({ osm, facilities, points, speed_kmh: opts.speedKmh ?? 4, minutes: opts.minutes ?? 15, repeat: opts.repeat ?? 1, paths: opts.paths ?? true });
  const r = spawnSync(PYTHON, [script], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`peer failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as PeerResult;
}

/** A seeded generator (tests and benchmarks are reproducible). */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

/** `k` distinct node indices drawn with `rnd` (all nodes when k ≥ n). */
export function sampleNodes(n: number, k: number, rnd: () => number): number[] {
  if (k >= n) return Array.from({ length: n }, (_, i) => i);
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(rnd() * n));
  return [...picked].sort((a, b) => a - b);
}

/** One disagreement and its explanation. */
export interface Disagreement {
  point: number;
  ours: number | null;
  peer: number | null;
  why: string;
}

/** The outcome of one comparison. */
export interface Comparison {
  file: string;
  graph: { ours: { nodes: number; edges: number; components: number }; peer: { nodes: number; edges: number; components: number } };
  points: number;
  facilities: number;
  agree: number;
  share: number;
  maxDiffMinutes: number;
  /** Reachable points (both agree), and among them those with the same facility / another facility at equal time. */
  reachable: number;
  sameFacility: number;
  tiedFacility: number;
  /** Points on a node that shares its coordinate with another node (all included). */
  twinPoints: number;
  disagreements: Disagreement[];
  unexplained: number;
}

/**
 * Compares our nearest-facility minutes with the peer's on one extract.
 * @param nFacilities - random facility nodes; `nPoints` random point nodes (all nodes when larger than the graph)
 */
export function compareWithPeer(osm: string, nFacilities: number, nPoints: number, seed = 42, given?: Graph): Comparison {
  const g = given ?? buildGraphFromFile(osm);
  const rnd = rng(seed);
  const fac = sampleNodes(g.nodeCount, nFacilities, rnd);
  // Nodes sharing a coordinate with another node: a point there may start at the twin (deterministically, ours).
  const byCoord = new Map<string, number>();
  for (let i = 0; i < g.nodeCount; i++) {
    const key = `${g.lon[i]},${g.lat[i]}`;
    byCoord.set(key, (byCoord.get(key) ?? 0) + 1);
  }
  const twin = (k: number): boolean => byCoord.get(`${g.lon[k]},${g.lat[k]}`)! > 1;
  const twins: number[] = [];
  for (let i = 0; i < g.nodeCount; i++) if (twin(i)) twins.push(i);
  // The random sample, plus every node that has a twin (the hard case for snapping).
  const pts = [...new Set([...sampleNodes(g.nodeCount, nPoints, rnd), ...twins])].sort((a, b) => a - b);
  const idx = buildSnapIndex(g);
  const coord = (k: number): [number, number] => [g.lon[k]!, g.lat[k]!];
  const facSnap = snapPoints(idx, fac.map(coord));
  const ptsSnap = snapPoints(idx, pts.map(coord));
  const r = nearestFacility(g, facSnap, ptsSnap);
  /** The node a snapped point starts at (-1 when it is mid-edge or unsnapped). */
  const startNode = (s: typeof ptsSnap, i: number): number => (s.edge[i]! < 0 ? -1 : s.du[i] === 0 ? s.u[i]! : s.dv[i] === 0 ? s.v[i]! : -1);
  const mpm = metersPerMinute(4);
  const peer = runPeer(osm, fac.map((k) => g.osmIds[k]!), pts.map((k) => g.osmIds[k]!));
  const facMoved = fac.some((k, i) => startNode(facSnap, i) !== k);
  let agree = 0;
  let sameFacility = 0;
  let reachable = 0;
  let tiedFacility = 0;
  let maxDiff = 0;
  const disagreements: Disagreement[] = [];
  pts.forEach((k, i) => {
    const ours = r.facility[i]! >= 0 ? r.meters[i]! / mpm : null;
    const p = peer.results[String(g.osmIds[k])];
    const theirs = p ? p[0] : null;
    if (ours === null && theirs === null) return void agree++;
    if (ours !== null && theirs !== null && Math.abs(ours - theirs) <= 0.01) {
      agree++;
      reachable++;
      maxDiff = Math.max(maxDiff, Math.abs(ours - theirs));
      // The facility may differ only on an exact tie (networkx breaks ties its own way).
      if (g.osmIds[fac[r.facility[i]!]!] === p![1]) sameFacility++;
      else tiedFacility++;
      return;
    }
    let why = 'unexplained';
    const start = startNode(ptsSnap, i);
    if (twin(k) && start !== k && start >= 0 && g.lon[start] === g.lon[k] && g.lat[start] === g.lat[k]) {
      why = `point on node ${g.osmIds[k]}, which shares its coordinate with node ${g.osmIds[start]}: snapping (lowest edge index at equal distance) starts it at the twin, the peer at the node itself`;
    } else if (facMoved) why = 'a facility on a node that shares its coordinate with another node starts at the twin';
    disagreements.push({ point: g.osmIds[k]!, ours, peer: theirs, why });
  });
  const s = graphSummary(g);
  return {
    file: osm,
    graph: { ours: { nodes: s.nodes, edges: s.edges, components: s.components }, peer: { nodes: peer.nodes, edges: peer.edges, components: peer.components } },
    points: pts.length,
    facilities: fac.length,
    agree,
    share: agree / pts.length,
    maxDiffMinutes: maxDiff,
    reachable,
    sameFacility,
    tiedFacility,
    twinPoints: twins.length,
    disagreements,
    unexplained: disagreements.filter((d) => d.why === 'unexplained').length,
  };
}
