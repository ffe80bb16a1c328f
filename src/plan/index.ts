/**
 * src/plan — the site-planning engine (选址规划), pure: typed request in, typed result out; no database, no HTTP.
 *
 * Public API
 *   Instances
 *     buildProblem(input): Problem                         ids + (demand, site, cost) triples → validated CSR
 *     problemFromCsv(costs, demand, sites?): Problem       `demand_id,site_id,cost` + `id,weight` (+ `id,places,status`)
 *     parseOrlib(text): OrlibInstance                      OR-Library pmed files (last duplicate edge wins)
 *     problemFromNetwork(input): Problem                   GeoJSON points on a walking graph (src/access), minutes
 *     coverageOf(problem, maxCost): Coverage               CSR coverage sets both ways (inclusive limit)
 *   Solving
 *     solvePlan(request, clock?): Promise<PlanResult>      coverage | setcover | median | center | capacitated
 *     evaluatePlan(problem, objective, open, maxCost)      the value of any open set
 *     PlanPool (./pool.ts)                                 piscina workers (worker.mjs → worker.ts)
 *   What-if
 *     new WhatIf(coverage, open, places?)                  open / close / move / setPlaces → WhatIfChange
 *   Export
 *     planToGeoJson · planToXlsx · assignments             (./export.ts)
 */
export type { Objective, PlanRequest, PlanResult, PlanStatus, Problem, SiteStatusCode, SolverChoice } from './types.ts';
export { OBJECTIVES, SiteStatus } from './types.ts';
export type { Coverage, ProblemInput } from './problem.ts';
export { buildProblem, coverageOf, totalWeight, coveredWeight, medianCost, centerCost } from './problem.ts';
export type { SiteRow } from './csv.ts';
export { parseCsv, parseSitesCsv, problemFromCsv } from './csv.ts';
export type { OrlibInstance } from './orlib.ts';
export { parseOrlib, parseOrlibOptima, denseProblem, allPairsDijkstra, floydWarshall } from './orlib.ts';
export type { NetworkPlanInput } from './geo.ts';
export { problemFromNetwork } from './geo.ts';
export { solvePlan, validateRequest, evaluatePlan, PLAN_DEFAULTS, AUTO_EXACT_LIMIT } from './solve.ts';
export type { WhatIfState, WhatIfChange } from './whatif.ts';
export { WhatIf } from './whatif.ts';
export type { PointCollection } from './export.ts';
export { planToGeoJson, planToXlsx, assignments } from './export.ts';
