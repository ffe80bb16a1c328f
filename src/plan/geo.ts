/**
 * Geographic mode: demand points and sites as GeoJSON on a walking network (src/access). Costs are walking
 * minutes over the street network — never straight-line buffers — from the access engine's bounded many-to-many
 * matrix (one Dijkstra per site). Sites: the candidates, then the existing facilities (status `existing`, or
 * `closable` when a feature's `properties.status` says so); places from `properties.places` (or `capacity`).
 */
import { buildSnapIndex, matrix, metersPerMinute, snapPoints, type Graph, type PointSet } from '../access/index.ts';
import { invalid } from '../shared/errors.ts';
import { buildProblem } from './problem.ts';
import { SiteStatus, type Problem } from './types.ts';

/** Input of {@link problemFromNetwork}. */
export interface NetworkPlanInput {
  graph: Graph;
  demand: PointSet;
  candidates: PointSet;
  existing?: PointSet | null;
  /** Walking speed, km/h (default 4, a carer with a toddler). */
  speedKmh?: number;
  /** Pairs beyond this many minutes are dropped (coverage models need nothing beyond the limit). */
  cutoffMinutes?: number;
  /** Points farther than this from the network cannot be served (default 500 m, the access engine's default). */
  maxSnapMeters?: number;
}

function placesOf(props: Record<string, unknown>): number | null {
  const v = props.places ?? props.capacity;
  if (v === undefined || v === null || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : NaN;
}

/**
 * Builds a Problem whose costs are walking minutes.
 * @param input - network, point sets, speed and cutoff
 */
export function problemFromNetwork(input: NetworkPlanInput): Problem {
  const speed = input.speedKmh ?? 4;
  const mpm = metersPerMinute(speed);
  const existing = input.existing ?? { ids: [], coords: [], weights: new Float64Array(0), properties: [] };
  const siteIds = [...input.candidates.ids, ...existing.ids];
  const seen = new Set<string>();
  for (const id of siteIds) {
    if (seen.has(id)) throw invalid('candidates', `site id "${id}" appears twice (candidates and existing ids must be distinct)`);
    seen.add(id);
  }
  const status = new Uint8Array(siteIds.length);
  const props = [...input.candidates.properties, ...existing.properties];
  for (let k = 0; k < existing.ids.length; k++) status[input.candidates.ids.length + k] = existing.properties[k]?.status === 'closable' ? SiteStatus.closable : SiteStatus.existing;
  const placesRaw = props.map(placesOf);
  let places: Float64Array | null = null;
  if (placesRaw.some((v) => v !== null)) {
    places = new Float64Array(siteIds.length);
    placesRaw.forEach((v, j) => {
      if (Number.isNaN(v)) throw invalid('places', `site "${siteIds[j]}" has invalid places`);
      places![j] = v ?? 0;
    });
  }
  const idx = buildSnapIndex(input.graph);
  const snapOpts = input.maxSnapMeters === undefined ? {} : { maxSnapMeters: input.maxSnapMeters };
  const sites = snapPoints(idx, [...input.candidates.coords, ...existing.coords], snapOpts);
  const demand = snapPoints(idx, input.demand.coords, snapOpts);
  const cutoff = input.cutoffMinutes === undefined ? Infinity : input.cutoffMinutes * mpm;
  const meters = matrix(input.graph, sites, demand, cutoff);
  const n = demand.count;
  const pd: number[] = [];
  const ps: number[] = [];
  const pc: number[] = [];
  for (let j = 0; j < sites.count; j++) {
    const row = j * n;
    for (let i = 0; i < n; i++) {
      const m = meters[row + i]!;
      if (m < Infinity) {
        pd.push(i);
        ps.push(j);
        pc.push(m / mpm);
      }
    }
  }
  return buildProblem({ demandIds: input.demand.ids, weights: input.demand.weights, siteIds, pairDemand: pd, pairSite: ps, pairCost: pc, status, places });
}
