/**
 * Site planning for the API (选址规划): gathers the caller's demand, supply and candidates from the plan repository,
 * builds the walking-minutes problem and solves it in a worker (./worker.ts), and turns the engine's answer into what
 * a planner reads — proposed sites with the children they newly cover, coverage and places per 1,000 residents before
 * and after, overall and by division. Keeps recent runs and what-if states in memory (a bounded LRU) so a what-if
 * answers from incremental counters without re-solving; a saved scenario's state is rebuilt on demand.
 */
import { randomUUID } from 'node:crypto';
import { Piscina } from 'piscina';
import type { PointSet } from '../../access/index.ts';
import { planToXlsx, WhatIf, type Objective, type PlanResult, type Problem } from '../../plan/index.ts';
import type { CandidateKind, CandidateSite, PlanDemand, PlanDivision, PlanFacility, PlanRepo } from '../../db/repos/plan.ts';
import { AppError, invalid, type ErrorCode } from '../../shared/errors.ts';
import type { CityNetwork } from '../access/service.ts';
import type { PlanTask, PlanTaskResult } from './worker.ts';

/** A solve request as the API takes it (validated by the route's schema). */
export interface SolveRequest {
  objective: Objective;
  p?: number | undefined;
  targetShare?: number | undefined;
  minutes: number;
  speedKmh: number;
  maxClosures: number;
  timeLimitSeconds: number;
  divisionId?: string | undefined;
  candidates?: { kinds?: CandidateKind[] | undefined; ids?: string[] | undefined } | undefined;
}

/** A proposed (newly opened) site. */
export interface ProposedSite {
  id: string;
  name: string;
  kind: string;
  divisionId: string;
  lng: number;
  lat: number;
  places: number;
  /** Children 0–3 within the limit of this site and of no site before the plan (assigned to their nearest new site). */
  newlyCovered: number;
  newlyCoveredCompounds: number;
}

export interface CoverageFigure {
  children: number;
  covered: number;
  share: number;
}

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
  per1000Before: number | null;
  per1000After: number | null;
}

/** The planner's answer. */
export interface SolveResponse {
  runId: string;
  request: SolveRequest;
  solve: {
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
    message: string;
  };
  sites: ProposedSite[];
  closed: Array<{ id: string; name: string; divisionId: string; lng: number; lat: number; places: number }>;
  coverage: { before: CoverageFigure; after: CoverageFigure; divisions: DivisionRow[] };
  places: { population: number; before: number; after: number; per1000Before: number | null; per1000After: number | null };
  newlyCovered: Array<{ id: string; name: string; lng: number; lat: number; children: number; siteId: string }>;
  counts: { demandPoints: number; candidates: number; existing: number; unreachableChildren: number };
  timings: { loadMs: number; buildMs: number; solveMs: number; totalMs: number };
  /** The open site ids of the plan (existing kept open and new). */
  openSites: string[];
}

/** One what-if change. */
export interface WhatIfRequest {
  runId?: string | undefined;
  scenarioId?: string | undefined;
  /** Candidate ids open in the base (default: the plan's new sites). */
  open?: string[] | undefined;
  /** Existing facility ids closed in the base (default: the plan's closures). */
  closed?: string[] | undefined;
  change: { action: 'open' | 'close' | 'move' | 'places'; site: string; to?: string | undefined; places?: number | undefined };
}

export interface WhatIfFigure {
  covered: number;
  share: number;
  places: number;
  served: number;
  openSites: number;
}

export interface WhatIfResponse {
  before: WhatIfFigure;
  after: WhatIfFigure;
  delta: { covered: number; share: number; places: number; served: number };
  /** Server-side time of the change (incremental counters), ms. */
  ms: number;
  /** Whether the state had to be rebuilt (walking matrix) first. */
  rebuilt: boolean;
}

interface Inputs {
  demand: PlanDemand[];
  facilities: PlanFacility[];
  candidates: CandidateSite[];
  divisions: PlanDivision[];
}

interface Run {
  key: string;
  owner: string;
  request: SolveRequest;
  inputs: Inputs;
  problem: Problem;
  result: PlanResult;
  response: SolveResponse | null;
  whatIf: { state: WhatIf; index: Map<string, number> } | null;
}

const MAX_RUNS = 8;

function pointSet<T extends { id: string; lng: number; lat: number }>(items: readonly T[], weight: (t: T) => number, props: (t: T) => Record<string, unknown>): PointSet {
  return {
    ids: items.map((i) => i.id),
    coords: items.map((i) => [i.lng, i.lat] as [number, number]),
    weights: Float64Array.from(items, weight),
    properties: items.map(props),
  };
}

const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;
const per1000 = (places: number, population: number): number | null => (population > 0 ? round((1000 * places) / population, 2) : null);

/** Walking-minute limit of the matrix: the coverage limit, or a wide city-scale limit for p-median / p-center. */
function cutoffFor(req: SolveRequest): number {
  return req.objective === 'median' || req.objective === 'center' ? Math.max(60, req.minutes) : req.minutes;
}

/** Site planning over one city network. */
export class PlanService {
  readonly #network: () => CityNetwork | null;
  #pool: Piscina | null = null;
  #poolNet: CityNetwork | null = null;
  readonly #runs = new Map<string, Run>();

  /** @param network - the loaded city network (null: the planning endpoints answer 503) */
  constructor(network: () => CityNetwork | null) {
    this.#network = network;
  }

  #workers(): Piscina {
    const net = this.#network();
    if (!net) throw new AppError('unavailable', 'no walking network is loaded (start with `carecircle demo`, or `carecircle serve --osm FILE`)');
    if (this.#pool && this.#poolNet === net) return this.#pool;
    void this.#pool?.destroy();
    this.#poolNet = net;
    this.#pool = new Piscina({ filename: new URL('./worker.mjs', import.meta.url).href, workerData: { graph: net.pool.graph }, minThreads: 1, maxThreads: 1, idleTimeout: 120_000 });
    return this.#pool;
  }

  async #run(task: PlanTask): Promise<Exclude<PlanTaskResult, { error: unknown }>> {
    const out = (await this.#workers().run(task)) as PlanTaskResult;
    if ('error' in out) {
      const m = out.error.field && out.error.message.startsWith(`${out.error.field}: `) ? out.error.message.slice(out.error.field.length + 2) : out.error.message;
      throw out.error.field ? new AppError(out.error.code as ErrorCode, out.error.message, { field: out.error.field, issues: [{ field: out.error.field, code: 'invalid', message: m }] }) : new AppError(out.error.code as ErrorCode, out.error.message);
    }
    return out;
  }

  async #inputs(repo: PlanRepo, req: SolveRequest): Promise<Inputs> {
    const filter = { ...(req.candidates?.kinds ? { kinds: req.candidates.kinds } : {}), ...(req.candidates?.ids ? { ids: req.candidates.ids } : {}), ...(req.divisionId ? { divisionId: req.divisionId } : {}) };
    const [demand, facilities, candidates, divisionsAll] = await Promise.all([repo.demand(req.divisionId), repo.facilities(req.divisionId), repo.candidates(filter), repo.divisions()]);
    const divisions = req.divisionId ? divisionsAll.filter((d) => d.id === req.divisionId) : divisionsAll;
    if (req.candidates?.ids) {
      const have = new Set(candidates.map((c) => c.id));
      const missing = req.candidates.ids.find((id) => !have.has(id));
      if (missing) throw invalid('candidates.ids', `candidate "${missing}" does not exist or is outside your scope`);
    }
    if (demand.length === 0) throw invalid('divisionId', 'there are no children 0–3 in compounds in this scope to plan for');
    if (candidates.length === 0) throw invalid('candidates', 'there are no candidate sites in this scope (upload some as GeoJSON points)');
    return { demand, facilities, candidates, divisions };
  }

  #task(req: SolveRequest, inputs: Inputs, solve: boolean): PlanTask {
    return {
      demand: pointSet(inputs.demand, (d) => d.children, () => ({})),
      candidates: pointSet(inputs.candidates, () => 1, (c) => ({ places: c.places })),
      existing: pointSet(inputs.facilities, () => 1, (f) => ({ places: f.places, ...(req.maxClosures > 0 ? { status: 'closable' } : {}) })),
      speedKmh: req.speedKmh,
      cutoffMinutes: cutoffFor(req),
      solve: solve
        ? {
            objective: req.objective,
            ...(req.p !== undefined ? { p: req.p } : {}),
            ...(req.objective === 'setcover' && req.targetShare !== undefined ? { targetShare: req.targetShare } : {}),
            maxCost: req.minutes,
            maxClosures: req.objective === 'setcover' || req.objective === 'center' ? 0 : req.maxClosures,
            timeLimitSeconds: req.timeLimitSeconds,
          }
        : null,
    };
  }

  #remember(run: Run): void {
    this.#runs.delete(run.key);
    this.#runs.set(run.key, run);
    while (this.#runs.size > MAX_RUNS) this.#runs.delete(this.#runs.keys().next().value!);
  }

  /**
   * Solves a plan for the caller.
   * @param repo - the caller's plan repository
   * @param owner - who may reuse the run (user id)
   * @param req - the validated request
   */
  async solve(repo: PlanRepo, owner: string, req: SolveRequest): Promise<SolveResponse> {
    const t0 = performance.now();
    repo.scope();
    if (req.objective !== 'setcover' && req.p === undefined) throw invalid('p', `the ${req.objective} model needs p, the number of new sites`);
    const inputs = await this.#inputs(repo, req);
    if (req.objective !== 'setcover' && req.p !== undefined && req.p > inputs.candidates.length)
      throw invalid('p', `p = ${req.p} is larger than the ${inputs.candidates.length} candidate site${inputs.candidates.length === 1 ? '' : 's'}`);
    const t1 = performance.now();
    const out = await this.#run(this.#task(req, inputs, true));
    const result = out.result!;
    const runId = randomUUID();
    const run: Run = { key: `run:${runId}`, owner, request: req, inputs, problem: out.problem, result, response: null, whatIf: null };
    const response = describe(runId, req, inputs, out.problem, result, { loadMs: t1 - t0, buildMs: out.buildMs, solveMs: out.solveMs, totalMs: performance.now() - t0 });
    run.response = response;
    prepareWhatIf(run); // the counters are ready before the first what-if
    this.#remember(run);
    return response;
  }

  /**
   * A run of this process by id (for saving it as a scenario).
   * @param runId - from a solve response
   * @param owner - the caller's user id
   */
  run(runId: string, owner: string): SolveResponse {
    const r = this.#runs.get(`run:${runId}`);
    if (!r || r.owner !== owner || !r.response) throw new AppError('not_found', `run ${runId} is no longer kept (solve again)`, { field: 'runId' });
    return r.response;
  }

  async #stateFor(repo: PlanRepo, owner: string, req: { runId?: string | undefined; scenarioId?: string | undefined }): Promise<{ run: Run; rebuilt: boolean }> {
    if (req.runId) {
      const r = this.#runs.get(`run:${req.runId}`);
      if (!r || r.owner !== owner) throw new AppError('not_found', `run ${req.runId} is no longer kept (solve again, or use a saved scenario)`, { field: 'runId' });
      this.#remember(r);
      return { run: r, rebuilt: false };
    }
    if (!req.scenarioId) throw invalid('runId', 'give a runId or a scenarioId');
    const s = await repo.getScenario(req.scenarioId);
    const key = `scenario:${s.id}`;
    const cached = this.#runs.get(key);
    if (cached) {
      this.#remember(cached);
      return { run: cached, rebuilt: false };
    }
    const stored = s.result as SolveResponse & { engine?: PlanResult };
    const sreq = s.request as SolveRequest;
    const inputs = await this.#inputs(repo, sreq);
    const out = await this.#run(this.#task(sreq, inputs, false));
    const result = stored.engine ?? ({ sites: stored.openSites, opened: stored.sites.map((x) => x.id), closed: stored.closed.map((x) => x.id) } as unknown as PlanResult);
    const run: Run = { key, owner, request: sreq, inputs, problem: out.problem, result, response: stored, whatIf: null };
    this.#remember(run);
    return { run, rebuilt: true };
  }

  /**
   * Applies one change to a base open set and reports the coverage change (incremental counters, no re-solve).
   * The state is kept, so the next change on the same run answers in microseconds to milliseconds.
   * @param repo - the caller's plan repository
   * @param owner - the caller's user id
   * @param req - base and change
   */
  async whatIf(repo: PlanRepo, owner: string, req: WhatIfRequest): Promise<WhatIfResponse> {
    repo.scope();
    const { run, rebuilt } = await this.#stateFor(repo, owner, req);
    const p = run.problem;
    const { state, index } = prepareWhatIf(run);
    const t0 = performance.now();
    const site = (id: string, field: string): number => {
      const j = index.get(id);
      if (j === undefined) throw invalid(field, `site "${id}" is neither a candidate nor an existing facility of this plan`);
      return j;
    };
    // the base: existing facilities open unless listed as closed; candidates open when listed
    const openIds = new Set(req.open ?? run.result.opened);
    const closedIds = new Set(req.closed ?? run.result.closed);
    for (const id of openIds) site(id, 'open');
    for (const id of closedIds) site(id, 'closed');
    for (let j = 0; j < p.siteIds.length; j++) {
      const id = p.siteIds[j]!;
      const want = p.status[j] === 0 ? openIds.has(id) : !closedIds.has(id);
      if (want !== state.isOpen(j)) {
        if (want) state.open(j);
        else state.close(j);
      }
    }
    const before = state.state();
    const c = req.change;
    const j = site(c.site, 'change.site');
    const wasOpen = state.isOpen(j);
    let k = -1;
    let kWasOpen = false;
    switch (c.action) {
      case 'open':
        state.open(j);
        break;
      case 'close':
        state.close(j);
        break;
      case 'move': {
        if (!c.to) throw invalid('change.to', 'a move needs the site to move to');
        k = site(c.to, 'change.to');
        if (!wasOpen) throw invalid('change.site', `site "${c.site}" is not open in the base`);
        kWasOpen = state.isOpen(k);
        if (kWasOpen) throw invalid('change.to', `site "${c.to}" is already open`);
        state.move(j, k);
        break;
      }
      case 'places':
        if (c.places === undefined) throw invalid('change.places', 'a places change needs the new places');
        state.setPlaces(j, c.places);
        break;
    }
    const after = state.state();
    const ms = performance.now() - t0;
    // back to the base, so every what-if is "base + one change"
    if (c.action === 'places') state.setPlaces(j, p.places ? p.places[j]! : Infinity);
    if (k >= 0 && !kWasOpen) state.close(k);
    if (wasOpen !== state.isOpen(j)) {
      if (wasOpen) state.open(j);
      else state.close(j);
    }
    const fig = (s: ReturnType<WhatIf['state']>): WhatIfFigure => ({ covered: s.covered, share: s.coveredShare, places: s.places, served: round(s.served, 3), openSites: s.openSites });
    return {
      before: fig(before),
      after: fig(after),
      delta: { covered: after.covered - before.covered, share: after.coveredShare - before.coveredShare, places: after.places - before.places, served: round(after.served - before.served, 3) },
      ms: round(ms, 3),
      rebuilt,
    };
  }

  /**
   * A saved scenario as GeoJSON (every site with its role, names and newly covered children) or XLSX (the engine's
   * workbook: summary, sites, demand assignments).
   * @param repo - the caller's plan repository
   * @param owner - the caller's user id
   * @param scenarioId - the scenario
   * @param format - geojson or xlsx
   */
  async export(repo: PlanRepo, owner: string, scenarioId: string, format: 'geojson' | 'xlsx'): Promise<{ body: string | Uint8Array; contentType: string; filename: string }> {
    const s = await repo.getScenario(scenarioId);
    const stored = s.result as SolveResponse & { engine?: PlanResult };
    const safe = `plan-${s.id.slice(0, 8)}`;
    if (format === 'geojson') {
      const newly = new Map(stored.sites.map((x) => [x.id, x]));
      const features: unknown[] = [
        ...stored.sites.map((x) => ({ type: 'Feature', id: x.id, geometry: { type: 'Point', coordinates: [x.lng, x.lat] }, properties: { id: x.id, role: 'new', name: x.name, kind: x.kind, divisionId: x.divisionId, places: x.places, newlyCovered: x.newlyCovered } })),
        ...stored.closed.map((x) => ({ type: 'Feature', id: x.id, geometry: { type: 'Point', coordinates: [x.lng, x.lat] }, properties: { id: x.id, role: 'closed', name: x.name, divisionId: x.divisionId, places: x.places } })),
        ...stored.newlyCovered.map((x) => ({ type: 'Feature', id: `demand:${x.id}`, geometry: { type: 'Point', coordinates: [x.lng, x.lat] }, properties: { id: x.id, role: 'newly_covered', name: x.name, children: x.children, site: x.siteId, siteName: newly.get(x.siteId)?.name ?? null } })),
      ];
      const body = JSON.stringify({ type: 'FeatureCollection', name: s.name, properties: { scenario: s.id, request: s.request, solve: stored.solve, coverage: { before: stored.coverage.before, after: stored.coverage.after } }, features });
      return { body, contentType: 'application/geo+json; charset=utf-8', filename: `${safe}.geojson` };
    }
    const { run } = await this.#stateFor(repo, owner, { scenarioId });
    const result = stored.engine ?? run.result;
    const bytes = await planToXlsx(run.problem, { ...result, objectiveName: stored.solve.objectiveName, objective: stored.solve.objective, optimal: stored.solve.optimal, bound: stored.solve.bound, gap: stored.solve.gap, status: stored.solve.status, solver: stored.solve.solver, seconds: stored.solve.seconds } as PlanResult, run.request.minutes);
    return { body: bytes, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: `${safe}.xlsx` };
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await this.#pool?.destroy();
    this.#pool = null;
  }
}

/** The run's what-if counters, built once (coverage sets for the run's limit, the plan's sites open). */
function prepareWhatIf(run: Run): { state: WhatIf; index: Map<string, number> } {
  if (!run.whatIf) {
    const p = run.problem;
    const index = new Map(p.siteIds.map((id, j) => [id, j]));
    const open = new Set(run.result.sites);
    run.whatIf = { state: WhatIf.forProblem(p, run.request.minutes, p.siteIds.flatMap((id, j) => (open.has(id) ? [j] : []))), index };
  }
  return run.whatIf;
}

/** Turns the engine's plan into the planner's figures. */
function describe(runId: string, req: SolveRequest, inputs: Inputs, problem: Problem, result: PlanResult, timings: SolveResponse['timings']): SolveResponse & { engine: PlanResult } {
  const limit = req.minutes;
  const nSites = problem.siteIds.length;
  const openAfter = new Uint8Array(nSites);
  const openBefore = new Uint8Array(nSites);
  const openSet = new Set(result.sites);
  const nCand = inputs.candidates.length;
  for (let j = 0; j < nSites; j++) {
    openAfter[j] = openSet.has(problem.siteIds[j]!) ? 1 : 0;
    openBefore[j] = j >= nCand ? 1 : 0; // candidates first, then existing facilities (problemFromNetwork's order)
  }
  const nearestWithin = (i: number, open: Uint8Array): number => {
    for (let x = problem.rowStart[i]!; x < problem.rowStart[i + 1]! && problem.rowCost[x]! <= limit; x++) if (open[problem.rowSite[x]!]) return problem.rowSite[x]!;
    return -1;
  };
  const byDiv = new Map<string, { children: number; before: number; after: number }>();
  const newly = new Map<number, { children: number; compounds: number }>();
  const newlyCovered: SolveResponse['newlyCovered'] = [];
  let children = 0;
  let before = 0;
  let after = 0;
  let unreachable = 0;
  inputs.demand.forEach((d, i) => {
    const w = d.children;
    children += w;
    const row = byDiv.get(d.divisionId) ?? { children: 0, before: 0, after: 0 };
    byDiv.set(d.divisionId, row);
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
  const candIndex = new Map(inputs.candidates.map((c, j) => [c.id, j]));
  const facIndex = new Map(inputs.facilities.map((f) => [f.id, f]));
  const sites: ProposedSite[] = result.opened.map((id) => {
    const j = candIndex.get(id)!;
    const c = inputs.candidates[j]!;
    const n = newly.get(j);
    return { id, name: c.name, kind: c.kind, divisionId: c.divisionId, lng: c.lng, lat: c.lat, places: c.places, newlyCovered: n?.children ?? 0, newlyCoveredCompounds: n?.compounds ?? 0 };
  });
  sites.sort((a, b) => b.newlyCovered - a.newlyCovered || a.id.localeCompare(b.id));
  const closed = result.closed.map((id) => {
    const f = facIndex.get(id)!;
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
  const timeLimitHit = result.status === 'time_limit';
  const message = timeLimitHit
    ? `the solver hit its time limit of ${req.timeLimitSeconds} s: this is the best plan found; the optimum is ${result.sense === 'max' ? 'at most' : 'at least'} ${result.bound === null ? 'unknown' : round(result.bound, 2)} (gap ${result.gap === null ? '?' : (100 * result.gap).toFixed(2)}%)`
    : result.optimal
      ? `proven optimal${req.objective === 'median' || req.objective === 'center' ? ` (walks longer than ${cutoffFor(req)} minutes count as ${2 * cutoffFor(req)})` : ''}`
      : `heuristic plan; best bound ${result.bound === null ? 'unknown' : round(result.bound, 2)}${result.exactError ? ` (exact solver: ${result.exactError})` : ''}`;
  return {
    runId,
    request: req,
    solve: {
      objective: result.objective,
      objectiveName: result.objectiveName,
      sense: result.sense,
      optimal: result.optimal,
      bound: result.bound,
      gap: result.gap,
      status: result.status,
      timeLimitHit,
      solver: result.solver,
      boundSource: result.boundSource ?? null,
      seconds: round(result.seconds, 3),
      message,
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
    timings: { loadMs: round(timings.loadMs), buildMs: round(timings.buildMs), solveMs: round(timings.solveMs), totalMs: round(timings.totalMs) },
    openSites: result.sites,
    engine: result,
  };
}
