/**
 * The solver worker (piscina): everything heavy of a solve, off the API's event loop — reading the caller's inputs
 * (its own database pool, the caller's repositories), the point sets, the walking-minutes matrix on the city's graph
 * (shared through SharedArrayBuffers in `workerData`), HiGHS or the heuristic, the plan report, the packed what-if
 * state, the answer's JSON text and storing the run. Loaded through solver-worker.mjs; runs at a lower OS priority.
 */
import { workerData } from 'node:worker_threads';
import type { Graph, PointSet } from '../../access/index.ts';
import { buildProblem, encodePlanState, planReport, problemFromNetwork, solvePlan, type Problem } from '../../plan/index.ts';
import type { SolveRequest, SolveResponse } from './schemas.ts';
import { planInputs } from './inputs.ts';
import { reply, workerRepos } from './worker-db.ts';
import type { PlanInputs, RebuildTask, Reply, SolverTask, SolveTask } from './worker-protocol.ts';

const graph = (workerData as { graph: Graph }).graph;
const clock = () => performance.timeOrigin + performance.now();
const round1 = (x: number) => Math.round(x * 10) / 10;

function pointSet<T extends { id: string; lng: number; lat: number }>(items: readonly T[], weight: (t: T) => number, props: (t: T) => Record<string, unknown>): PointSet {
  return { ids: items.map((i) => i.id), coords: items.map((i) => [i.lng, i.lat] as [number, number]), weights: Float64Array.from(items, weight), properties: items.map(props) };
}

/** Walking-minute limit of the matrix: the coverage limit, or a wide city-scale limit for p-median / p-center. */
export function cutoffFor(req: Pick<SolveRequest, 'objective' | 'minutes'>): number {
  return req.objective === 'median' || req.objective === 'center' ? Math.max(60, req.minutes) : req.minutes;
}

/**
 * p-median and p-center need every compound served. The walking matrix stops at its cutoff, so a compound farther
 * than that from every existing facility gets one pair to an existing facility at `penalty` minutes (a capped
 * distance: "beyond the cutoff counts as `penalty`"), which keeps the model feasible for any p. Compounds no site
 * reaches at all (off the network) are left out (weight 0; the report counts them as unreachable).
 */
function capDistances(problem: Problem, nCandidates: number, nExisting: number, penalty: number): Problem {
  const n = problem.demandIds.length;
  const pd: number[] = [];
  const ps: number[] = [];
  const pc: number[] = [];
  const weights = Float64Array.from(problem.weights);
  for (let i = 0; i < n; i++) {
    let reachedExisting = false;
    for (let x = problem.rowStart[i]!; x < problem.rowStart[i + 1]!; x++) {
      pd.push(i);
      ps.push(problem.rowSite[x]!);
      pc.push(problem.rowCost[x]!);
      if (problem.rowSite[x]! >= nCandidates) reachedExisting = true;
    }
    if (problem.rowStart[i + 1] === problem.rowStart[i] && nExisting === 0) weights[i] = 0;
    else if (!reachedExisting && nExisting > 0) {
      pd.push(i);
      ps.push(nCandidates);
      pc.push(penalty);
    }
  }
  return buildProblem({ demandIds: problem.demandIds, weights, siteIds: problem.siteIds, pairDemand: pd, pairSite: ps, pairCost: pc, status: problem.status, places: problem.places });
}

/** The walking-minutes problem: candidates first, then the existing facilities (closable when closures are allowed). */
function problemOf(req: SolveRequest, inputs: PlanInputs, capped: boolean): Problem {
  const problem = problemFromNetwork({
    graph,
    demand: pointSet(inputs.demand, (d) => d.children, () => ({})),
    candidates: pointSet(inputs.candidates, () => 1, (c) => ({ places: c.places })),
    existing: pointSet(inputs.facilities, () => 1, (f) => ({ places: f.places, ...(req.maxClosures > 0 ? { status: 'closable' } : {}) })),
    speedKmh: req.speedKmh,
    cutoffMinutes: cutoffFor(req),
  });
  return capped && (req.objective === 'median' || req.objective === 'center') ? capDistances(problem, inputs.candidates.length, inputs.facilities.length, 2 * cutoffFor(req)) : problem;
}

function openOf(problem: Problem, ids: Iterable<string>): Uint8Array {
  const set = new Set(ids);
  return Uint8Array.from(problem.siteIds, (id) => (set.has(id) ? 1 : 0));
}

/** Connections of a solver worker's own pool (one task at a time). */
const CONNECTIONS = 2;

async function solve(t: SolveTask): Promise<string> {
  const t0 = clock();
  const req = t.request;
  const repos = workerRepos(t.caller, CONNECTIONS);
  const scope = repos.plan.scope();
  const inputs = await planInputs(repos, req);
  const t1 = clock();
  const problem = problemOf(req, inputs, true);
  const t2 = clock();
  const result = await solvePlan({
    problem,
    objective: req.objective,
    ...(req.p !== undefined ? { p: req.p } : {}),
    ...(req.objective === 'setcover' && req.targetShare !== undefined ? { targetShare: req.targetShare } : {}),
    maxCost: req.minutes,
    maxClosures: req.objective === 'setcover' || req.objective === 'center' ? 0 : req.maxClosures,
    timeLimitSeconds: req.timeLimitSeconds,
  });
  const t3 = clock();
  const report = planReport(inputs, problem, result, { objective: req.objective, minutes: req.minutes, cutoffMinutes: cutoffFor(req), timeLimitSeconds: req.timeLimitSeconds });
  const state = encodePlanState(problem, req.minutes, openOf(problem, result.sites));
  const t4 = clock();
  const answer: SolveResponse = {
    runId: t.runId,
    expiresAt: t.expiresAt,
    request: req,
    ...report,
    counts: { ...report.counts, stateBytes: state.byteLength },
    timings: { loadMs: round1(t1 - t0), queueMs: round1(t0 - t.queuedAt), buildMs: round1(t2 - t1), solveMs: round1(t3 - t2), reportMs: round1(t4 - t3), totalMs: round1(t4 - t.startedAt) },
    openSites: result.sites,
  };
  const json = JSON.stringify(answer);
  const { objective, objectiveName, optimal, bound, gap, status, solver, seconds, sense, covered, coveredShare, totalWeight } = result;
  const engine = { objective, objectiveName, optimal, bound, gap, status, solver, seconds, sense, totalWeight, ...(covered !== undefined ? { covered } : {}), ...(coveredShare !== undefined ? { coveredShare } : {}) };
  await repos.planRuns.save({ id: t.runId, divisionId: req.divisionId ?? scope, request: req, resultJson: json, engine, state, expiresAt: new Date(t.expiresAt) });
  return json;
}

/** A scenario saved before states were kept: its state from live inputs and the open sites it saved. */
async function rebuild(t: RebuildTask): Promise<Uint8Array> {
  const repos = workerRepos(t.caller, CONNECTIONS);
  const s = await repos.planScenarios.get(t.scenarioId);
  const request = s.request as unknown as SolveRequest;
  const saved = JSON.parse(s.resultJson) as { openSites?: string[]; engine?: { sites?: string[] } };
  const problem = problemOf(request, await planInputs(repos, request), false);
  return encodePlanState(problem, request.minutes, openOf(problem, saved.openSites ?? saved.engine?.sites ?? []));
}

/**
 * Runs one solver task.
 * @param task - a solve (answers its JSON text), or the rebuild of a scenario's state (answers the packed state)
 */
export default function solverTask(task: SolverTask): Promise<Reply<string | Uint8Array>> {
  return reply(async () => ({ ok: true, value: task.kind === 'solve' ? await solve(task) : await rebuild(task) }));
}
