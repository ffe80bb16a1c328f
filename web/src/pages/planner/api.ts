/**
 * The planning endpoints (/api/plan/*) for the planner page, all in this one module, through the typed client
 * (cookies + CSRF, errors as ApiError with machine codes). Requests and answers are the document's types. Lists are
 * paged (page + total, at most 200 a page); the map needs every candidate, so the planner reads all pages.
 */
import { data, http, type Schemas } from '../../api/http.ts';

export type SolveRequest = Schemas['PlanSolveRequest'];
export type Objective = Schemas['PlanObjective'];
export type CandidateKind = Schemas['PlanCandidateKind'];
export type WhatIfRequest = Schemas['PlanWhatIfRequest'];
export type CandidateUpload = Schemas['PlanCandidateUpload'];
export type SolveResponse = Schemas['PlanSolveResponse'];
export type ProposedSite = Schemas['PlanProposedSite'];
export type DivisionRow = Schemas['PlanDivisionRow'];
export type CoverageFigure = Schemas['PlanCoverageFigure'];
export type Candidate = Schemas['PlanCandidate'];
export type ScenarioSummary = Schemas['PlanScenarioSummary'];
export type Scenario = Schemas['PlanScenario'];
export type WhatIfResponse = Schemas['PlanWhatIfResponse'];

const PAGE = 200;

/** Every page of a paged list: the first, then the rest at once. */
async function allPages<T>(page: (page: number, pageSize: number) => Promise<{ items: T[]; total: number }>): Promise<{ items: T[]; total: number }> {
  const first = await page(1, PAGE);
  const rest = await Promise.all(Array.from({ length: Math.max(0, Math.ceil(first.total / PAGE) - 1) }, (_, k) => page(k + 2, PAGE)));
  return { items: [first, ...rest].flatMap((p) => p.items), total: first.total };
}

export const planApi = {
  solve: (body: SolveRequest, signal?: AbortSignal) => data(http.POST('/api/plan/solve', { body, signal })),
  whatIf: (body: WhatIfRequest) => data(http.POST('/api/plan/whatif', { body })),
  candidates: (signal?: AbortSignal) => allPages((page, pageSize) => data(http.GET('/api/plan/candidates', { params: { query: { page, pageSize } }, signal }))),
  upload: (body: CandidateUpload) => data(http.POST('/api/plan/candidates', { body })),
  scenarios: (signal?: AbortSignal) => allPages((page, pageSize) => data(http.GET('/api/plan/scenarios', { params: { query: { page, pageSize } }, signal }))),
  scenario: (id: string, signal?: AbortSignal) => data(http.GET('/api/plan/scenarios/{id}', { params: { path: { id } }, signal })),
  save: (name: string, runId: string) => data(http.POST('/api/plan/scenarios', { body: { name, runId } })),
  remove: (id: string) => data(http.DELETE('/api/plan/scenarios/{id}', { params: { path: { id } } })),
  exportUrl: (id: string, format: 'geojson' | 'xlsx') => `/api/plan/scenarios/${encodeURIComponent(id)}/export?format=${format}`,
};
