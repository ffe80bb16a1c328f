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
 *     encodePlanState · decodePlanState · stateCoverage    a solved plan's state as bytes (any process answers what-ifs)
 *     new WhatIfSession(state).apply(base, change, now)    "base + one change" over a stored state
 *   Report
 *     planReport(inputs, problem, result, params)          before/after coverage, places per 1,000 by division, new sites
 *     reportToGeoJson(report, meta)                        the report as a FeatureCollection
 *   Export
 *     planToGeoJson · planToXlsx · assignments             (./export.ts)
 */
export type { Objective, PlanRequest, PlanResult, PlanStatus, Problem, SiteStatusCode, SolverChoice } from './types.ts';
export { OBJECTIVES, SiteStatus } from './types.ts';
export type { Coverage, ProblemInput } from './problem.ts';
export { buildProblem, coverageOf, coverageOfPrefix, totalWeight, coveredWeight, medianCost, centerCost } from './problem.ts';
export type { SiteRow } from './csv.ts';
export { parseCsv, parseSitesCsv, problemFromCsv } from './csv.ts';
export type { OrlibInstance } from './orlib.ts';
export { parseOrlib, parseOrlibOptima, denseProblem, allPairsDijkstra, floydWarshall } from './orlib.ts';
export type { NetworkPlanInput } from './geo.ts';
export { problemFromNetwork } from './geo.ts';
export { solvePlan, validateRequest, evaluatePlan, PLAN_DEFAULTS, AUTO_EXACT_LIMIT } from './solve.ts';
export type { WhatIfState, WhatIfChange } from './whatif.ts';
export { WhatIf } from './whatif.ts';
export type { PlanState } from './state.ts';
export { encodePlanState, decodePlanState, stateCoverage } from './state.ts';
export type { WhatIfBase, SiteChange, WhatIfFigure, WhatIfAnswer } from './whatif-session.ts';
export { WhatIfSession } from './whatif-session.ts';
export type { PlanReport, ReportInputs, ReportParams, ReportDemand, ReportFacility, ReportCandidate, ReportDivision, ProposedSite, ClosedSite, CoverageFigure, DivisionRow, NewlyCovered, SolveSummary } from './report.ts';
export { planReport, per1000 } from './report.ts';
export type { ReportCollection, ReportForExport, NewSiteFeature, ClosedSiteFeature, NewlyCoveredFeature } from './report-geojson.ts';
export { reportToGeoJson } from './report-geojson.ts';
export type { PointCollection } from './export.ts';
export { planToGeoJson, planToXlsx, assignments } from './export.ts';
