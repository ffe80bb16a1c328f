/**
 * The plan report (规划报告): what a planner reads after a solve — the proposed sites with the children each newly
 * covers, the closures, coverage of children 0–3 before and after (overall and by county-level division), places
 * (托位) per 1,000 residents before and after, and the compounds that become covered. Pure: the instance, the plan
 * and the named points in, plain data out.
 *
 * "Covered" uses the plan's walking limit (cost ≤ minutes, inclusive, as every measure here). "Before" is the
 * existing facilities (every site that is not a candidate); "after" is the plan's open set. A compound newly covered
 * is credited to its nearest open new site within the limit.
 */
import type { Objective, PlanResult, Problem } from './types.ts';
import { SiteStatus } from './types.ts';

/** A demand point with what the report names. */
export interface ReportDemand {
  id: string;
  name: string;
  divisionId: string;
  lng: number;
  lat: number;
  /** Children 0–3 (the demand weight). */
  children: number;
}

/** An existing facility. */
export interface ReportFacility {
  id: string;
  name: string;
  divisionId: string;
  lng: number;
  lat: number;
  places: number;
}

/** A candidate site. */
export interface ReportCandidate<K extends string = string> {
  id: string;
  name: string;
  kind: K;
  divisionId: string;
  lng: number;
  lat: number;
  places: number;
}

/** A county-level division with its residents. */
export interface ReportDivision {
  id: string;
  name: string;
  nameEn: string | null;
  population: number;
}

/** The named points of a plan, in the order of the problem (demand rows; candidates and facilities by site id). */
export interface ReportInputs<K extends string = string> {
  demand: readonly ReportDemand[];
  facilities: readonly ReportFacility[];
  candidates: readonly ReportCandidate<K>[];
  divisions: readonly ReportDivision[];
}

/** The request figures the report states. */
export interface ReportParams {
  objective: Objective;
  /** The walking limit of "covered", minutes. */
  minutes: number;
  /** The matrix cutoff (p-median and p-center charge twice this beyond it). */
  cutoffMinutes: number;
  timeLimitSeconds: number;
}

/** A proposed (newly opened) site. */
export interface ProposedSite<K extends string = string> {
  id: string;
  name: string;
  kind: K;
  divisionId: string;
  lng: number;
  lat: number;
  places: number;
  /** Children 0–3 within the limit of this site and of no site before the plan (credited to their nearest new site). */
  newlyCovered: number;
  newlyCoveredCompounds: number;
}

/** An existing facility the plan closes. */
export interface ClosedSite {
  id: string;
  name: string;
  divisionId: string;
  lng: number;
  lat: number;
  places: number;
}

export interface CoverageFigure {
  children: number;
  covered: number;
  /** covered ÷ children (0 without children). */
  share: number;
}

/** One county-level division before and after. */
export interface DivisionRow {
  divisionId: string;
  name: string;
  nameEn: string | null;
  children: number;
  coveredBefore: number;
  coveredAfter: number;
  shareBefore: number;
  shareAfter: number;
  population: number;
  placesBefore: number;
  placesAfter: number;
  /** Places per 1,000 residents (2 decimals); null without residents. */
  per1000Before: number | null;
  per1000After: number | null;
}

/** A compound that the plan newly covers. */
export interface NewlyCovered {
  id: string;
  name: string;
  lng: number;
  lat: number;
  children: number;
  /** The new site it is credited to. */
  siteId: string;
}

/** How the solve went, in the planner's words. */
export interface SolveSummary {
  objective: number;
  objectiveName: Objective;
  sense: 'max' | 'min';
  optimal: boolean;
  bound: number | null;
  gap: number | null;
  status: PlanResult['status'];
  timeLimitHit: boolean;
  solver: PlanResult['solver'];
  boundSource: string | null;
  seconds: number;
  /** One sentence: proven optimal, the time limit and the bound, or the heuristic's bound. */
  message: string;
}

/** The report. */
export interface PlanReport<K extends string = string> {
  solve: SolveSummary;
  sites: ProposedSite<K>[];
  closed: ClosedSite[];
  coverage: { before: CoverageFigure; after: CoverageFigure; divisions: DivisionRow[] };
  places: { population: number; before: number; after: number; per1000Before: number | null; per1000After: number | null };
  newlyCovered: NewlyCovered[];
  counts: { demandPoints: number; candidates: number; existing: number; unreachableChildren: number };
}

/** Rounds to `d` decimals. */
export const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Places per 1,000 residents (the key figure of the 15-minute circle; national target 4.5 by 2025).
 * @param places - places (托位)
 * @param population - residents
 */
export const per1000 = (places: number, population: number): number | null => (population > 0 ? round((1000 * places) / population, 2) : null);

/** The solve's one-sentence summary. */
function message(result: PlanResult, params: ReportParams): string {
  if (result.status === 'time_limit')
    return `the solver hit its time limit of ${params.timeLimitSeconds} s: this is the best plan found; the optimum is ${result.sense === 'max' ? 'at most' : 'at least'} ${result.bound === null ? 'unknown' : round(result.bound, 2)} (gap ${result.gap === null ? '?' : (100 * result.gap).toFixed(2)}%)`;
  if (result.optimal) return `proven optimal${params.objective === 'median' || params.objective === 'center' ? ` (walks longer than ${params.cutoffMinutes} minutes count as ${2 * params.cutoffMinutes})` : ''}`;
  return `heuristic plan; best bound ${result.bound === null ? 'unknown' : round(result.bound, 2)}${result.exactError ? ` (exact solver: ${result.exactError})` : ''}`;
}

/**
 * Turns the engine's plan into the planner's figures.
 * @param inputs - the named points (demand in the problem's row order; sites found by id)
 * @param problem - the instance the plan was solved on (walking minutes)
 * @param result - the plan
 * @param params - objective, limit, cutoff, time limit
 */
export function planReport<K extends string>(inputs: ReportInputs<K>, problem: Problem, result: PlanResult, params: ReportParams): PlanReport<K> {
  const limit = params.minutes;
  const nSites = problem.siteIds.length;
  if (inputs.demand.length !== problem.demandIds.length) throw new RangeError(`the report has ${inputs.demand.length} demand points, the problem ${problem.demandIds.length}`);
  const openAfter = new Uint8Array(nSites);
  const openBefore = new Uint8Array(nSites);
  const openSet = new Set(result.sites);
  for (let j = 0; j < nSites; j++) {
    openAfter[j] = openSet.has(problem.siteIds[j]!) ? 1 : 0;
    openBefore[j] = problem.status[j] === SiteStatus.candidate ? 0 : 1;
  }
  const nearestWithin = (i: number, open: Uint8Array): number => {
    for (let x = problem.rowStart[i]!; x < problem.rowStart[i + 1]! && problem.rowCost[x]! <= limit; x++) if (open[problem.rowSite[x]!]) return problem.rowSite[x]!;
    return -1;
  };
  const byDiv = new Map<string, { children: number; before: number; after: number }>();
  const newly = new Map<number, { children: number; compounds: number }>();
  const newlyCovered: NewlyCovered[] = [];
  let children = 0;
  let before = 0;
  let after = 0;
  let unreachable = 0;
  inputs.demand.forEach((d, i) => {
    const w = d.children;
    children += w;
    let row = byDiv.get(d.divisionId);
    if (!row) byDiv.set(d.divisionId, (row = { children: 0, before: 0, after: 0 }));
    row.children += w;
    if (problem.rowStart[i + 1] === problem.rowStart[i]) unreachable += w;
    const b = nearestWithin(i, openBefore) >= 0;
    const a = nearestWithin(i, openAfter);
    if (b) {
      before += w;
      row.before += w;
    }
    if (a >= 0) {
      after += w;
      row.after += w;
    }
    if (!b && a >= 0) {
      const n = newly.get(a) ?? { children: 0, compounds: 0 };
      n.children += w;
      n.compounds++;
      newly.set(a, n);
      newlyCovered.push({ id: d.id, name: d.name, lng: d.lng, lat: d.lat, children: w, siteId: problem.siteIds[a]! });
    }
  });
  const siteIndex = new Map(problem.siteIds.map((id, j) => [id, j]));
  const candById = new Map(inputs.candidates.map((c) => [c.id, c]));
  const facById = new Map(inputs.facilities.map((f) => [f.id, f]));
  const sites: ProposedSite<K>[] = result.opened.map((id) => {
    const c = candById.get(id);
    if (!c) throw new RangeError(`opened site ${id} is not a candidate of the report`);
    const n = newly.get(siteIndex.get(id)!);
    return { id, name: c.name, kind: c.kind, divisionId: c.divisionId, lng: c.lng, lat: c.lat, places: c.places, newlyCovered: n?.children ?? 0, newlyCoveredCompounds: n?.compounds ?? 0 };
  });
  sites.sort((a, b) => b.newlyCovered - a.newlyCovered || a.id.localeCompare(b.id));
  const closed: ClosedSite[] = result.closed.map((id) => {
    const f = facById.get(id);
    if (!f) throw new RangeError(`closed site ${id} is not a facility of the report`);
    return { id, name: f.name, divisionId: f.divisionId, lng: f.lng, lat: f.lat, places: f.places };
  });
  const placesBefore = new Map<string, number>();
  for (const f of inputs.facilities) placesBefore.set(f.divisionId, (placesBefore.get(f.divisionId) ?? 0) + f.places);
  const placesAfter = new Map(placesBefore);
  for (const s of sites) placesAfter.set(s.divisionId, (placesAfter.get(s.divisionId) ?? 0) + s.places);
  for (const c of closed) placesAfter.set(c.divisionId, (placesAfter.get(c.divisionId) ?? 0) - c.places);
  const divisions: DivisionRow[] = inputs.divisions.map((d) => {
    const r = byDiv.get(d.id) ?? { children: 0, before: 0, after: 0 };
    const pb = placesBefore.get(d.id) ?? 0;
    const pa = placesAfter.get(d.id) ?? 0;
    return {
      divisionId: d.id,
      name: d.name,
      nameEn: d.nameEn,
      children: r.children,
      coveredBefore: r.before,
      coveredAfter: r.after,
      shareBefore: r.children ? r.before / r.children : 0,
      shareAfter: r.children ? r.after / r.children : 0,
      population: d.population,
      placesBefore: pb,
      placesAfter: pa,
      per1000Before: per1000(pb, d.population),
      per1000After: per1000(pa, d.population),
    };
  });
  const population = inputs.divisions.reduce((s, d) => s + d.population, 0);
  const totalBefore = [...placesBefore.values()].reduce((s, v) => s + v, 0);
  const totalAfter = [...placesAfter.values()].reduce((s, v) => s + v, 0);
  return {
    solve: {
      objective: result.objective,
      objectiveName: result.objectiveName,
      sense: result.sense,
      optimal: result.optimal,
      bound: result.bound,
      gap: result.gap,
      status: result.status,
      timeLimitHit: result.status === 'time_limit',
      solver: result.solver,
      boundSource: result.boundSource ?? null,
      seconds: round(result.seconds, 3),
      message: message(result, params),
    },
    sites,
    closed,
    coverage: {
      before: { children, covered: before, share: children ? before / children : 0 },
      after: { children, covered: after, share: children ? after / children : 0 },
      divisions,
    },
    places: { population, before: totalBefore, after: totalAfter, per1000Before: per1000(totalBefore, population), per1000After: per1000(totalAfter, population) },
    newlyCovered,
    counts: { demandPoints: inputs.demand.length, candidates: inputs.candidates.length, existing: inputs.facilities.length, unreachableChildren: unreachable },
  };
}
