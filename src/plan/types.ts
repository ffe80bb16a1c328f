/**
 * Typed request and result shapes of the site-planning engine (选址规划). Everything here is plain data —
 * structured-cloneable, so a request can cross into a piscina worker and a result can come back unchanged.
 */

/** The location models the engine solves. */
export type Objective =
  /** Maximal covering (MCLP, Church & ReVelle 1974): open p new sites, maximise weighted demand within `maxCost`. */
  | 'coverage'
  /** Set covering (LSCP, Toregas 1971): fewest new sites so that `targetShare` of the demand weight is within `maxCost`. */
  | 'setcover'
  /** p-median (ReVelle & Swain 1970): open p new sites, minimise total weighted cost to the nearest open site. */
  | 'median'
  /** p-center: open p new sites, minimise the worst (unweighted) cost of any demand to its nearest open site. */
  | 'center'
  /** Capacitated coverage: open p new sites; demand is served only within `maxCost` and within the sites' places. */
  | 'capacitated';

/** All objectives, for validation and CLI help. */
export const OBJECTIVES: readonly Objective[] = ['coverage', 'setcover', 'median', 'center', 'capacitated'];

/** Role of a site in a plan. */
export const SiteStatus = {
  /** A candidate that may be opened (counts against p). */
  candidate: 0,
  /** An existing facility that stays open. */
  existing: 1,
  /** An existing facility the model may close (at most `maxClosures` of them; each closure frees one new site). */
  closable: 2,
} as const;
/** Numeric site status code (see {@link SiteStatus}). */
export type SiteStatusCode = (typeof SiteStatus)[keyof typeof SiteStatus];

/**
 * A facility-location instance: demand points with weights, sites, and the finite demand→site costs in CSR form,
 * one row per demand, sorted by cost ascending (ties by site index). A pair that is absent cannot be served.
 * Build it with `buildProblem` (validates and sorts) rather than by hand.
 */
export interface Problem {
  /** Demand ids (strings, kept verbatim: leading zeros survive). */
  readonly demandIds: readonly string[];
  /** Demand weights (e.g. children 0–3), ≥ 0. */
  readonly weights: Float64Array;
  /** Site ids. */
  readonly siteIds: readonly string[];
  /** CSR row starts, length demands + 1. */
  readonly rowStart: Int32Array;
  /** Site index of each pair, sorted by cost within a row. */
  readonly rowSite: Int32Array;
  /** Cost of each pair (metres, minutes, …; ≥ 0). */
  readonly rowCost: Float64Array;
  /** Site status codes ({@link SiteStatus}), length sites. */
  readonly status: Uint8Array;
  /** Places (托位) per site for the capacitated model; null when not given. */
  readonly places: Float64Array | null;
}

/** Which solver to use. `auto` runs HiGHS with the heuristic as a warm start and a fallback. */
export type SolverChoice = 'auto' | 'exact' | 'heuristic';

/** A planning request: an instance, a model and its parameters. */
export interface PlanRequest {
  problem: Problem;
  objective: Objective;
  /** New sites to open (coverage, median, center, capacitated). */
  p?: number;
  /** Inclusive service limit (cost ≤ maxCost) for coverage, setcover, capacitated. */
  maxCost?: number;
  /** Share of total demand weight that set covering must reach, in (0, 1]; default 1 (everyone). */
  targetShare?: number;
  /** How many `closable` existing sites may close (default 0). Each closure allows one more new site. */
  maxClosures?: number;
  solver?: SolverChoice;
  /** Wall-clock limit for the exact solver, seconds (default 60). */
  timeLimitSeconds?: number;
  /** Relative MIP gap at which HiGHS may stop (default 0: prove optimality). */
  mipGap?: number;
  /** Seed of the heuristic's pseudo-random shaking (default 1). Same seed, same plan. */
  seed?: number;
  /**
   * Run HiGHS even when the heuristic's bound already proves its plan optimal (benchmarks that time the exact
   * path). Default false: a plan proven by a Lagrangian or covering bound skips the MIP.
   */
  alwaysRunExact?: boolean;
  /** Local-search effort: shaking rounds without improvement before the heuristic stops (default 50). */
  effort?: number;
}

/** How a solve ended. */
export type PlanStatus =
  /** Proven optimal (within `mipGap` when one was given). */
  | 'optimal'
  /** The exact solver hit its time limit; the best plan found and the best bound are returned. */
  | 'time_limit'
  /** Heuristic answer (no optimality proof unless the bound meets the objective). */
  | 'heuristic';

/** The answer of a solve. `objective`, `sites`, `optimal`, `bound`, `seconds` form the CLI JSON contract. */
export interface PlanResult {
  /** Objective value of the returned plan (covered weight, site count, total cost, worst cost, served places). */
  objective: number;
  /** Ids of every open site of the plan (existing kept open and new), in site order. */
  sites: string[];
  /** True when the plan is proven optimal. */
  optimal: boolean;
  /** Best proven bound on the optimum (upper for maximisation, lower for minimisation); null when none is known. */
  bound: number | null;
  /** Wall-clock seconds of the solve. */
  seconds: number;
  status: PlanStatus;
  /** Relative gap |bound − objective| / max(|objective|, 1e-9); null without a bound. */
  gap: number | null;
  /** Which engine produced the plan. */
  solver: 'highs' | 'heuristic';
  sense: 'max' | 'min';
  objectiveName: Objective;
  /** New sites opened (ids). */
  opened: string[];
  /** Existing sites closed (ids). */
  closed: string[];
  /** Demand weight within `maxCost` of an open site (coverage, setcover, capacitated; also reported for others when maxCost given). */
  covered?: number;
  /** covered ÷ total weight. */
  coveredShare?: number;
  /** Total demand weight. */
  totalWeight: number;
  /** p-median: objective ÷ total weight. */
  mean?: number;
  /** How HiGHS itself ended, when it ran (the final status may still be "optimal" through another bound). */
  highsStatus?: 'optimal' | 'time_limit';
  /** Why the exact solver did not run or failed (the plan is then the heuristic's). */
  exactError?: string;
  /** HiGHS's own best bound, when it ran and had one. */
  highsBound?: number | null;
  /** Where the bound comes from (e.g. "lp", "greedy 1-1/e", "lagrangian"). */
  boundSource?: string;
}
