/**
 * The planning endpoints (/api/plan/*) for the planner page, all in this one module, through the typed client
 * (cookies + CSRF, errors as ApiError with machine codes). Requests are the document's types.
 *
 * The answers of /api/plan/* are not described in the OpenAPI document yet (they are `{[key: string]: unknown}`;
 * the planning helper is typing them — see UNTYPED_FOR_NOW in src/api/contract/contract.test.ts). Until then the
 * answer shapes the page reads are written here, each narrowed in exactly one place (`as Plan…` below); when the
 * schemas land, replace each `PlanX` with `Schemas['PlanX']` and delete its interface — nothing else changes.
 */
import { data, http, type Schemas } from '../../api/http.ts';

export type SolveRequest = Schemas['PlanSolveRequest'];
export type Objective = SolveRequest['objective'];
export type CandidateKind = NonNullable<NonNullable<SolveRequest['candidates']>['kinds']>[number];
export type WhatIfRequest = Schemas['PlanWhatIfRequest'];
export type CandidateUpload = Schemas['PlanCandidateUpload'];

// ── answer shapes, until the plan schemas are in the document ────────────────────────────────────────────────────

export interface ProposedSite {
  id: string;
  name: string;
  kind: CandidateKind;
  divisionId: string;
  lng: number;
  lat: number;
  places: number;
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
    status: 'optimal' | 'time_limit' | 'heuristic';
    timeLimitHit: boolean;
    solver: 'highs' | 'heuristic';
    seconds: number;
    message: string;
  };
  sites: ProposedSite[];
  closed: Array<{ id: string; name: string; lng: number; lat: number; places: number }>;
  coverage: { before: CoverageFigure; after: CoverageFigure; divisions: DivisionRow[] };
  places: { population: number; before: number; after: number; per1000Before: number | null; per1000After: number | null };
  newlyCovered: Array<{ id: string; name: string; lng: number; lat: number; children: number; siteId: string }>;
  counts: { demandPoints: number; candidates: number; existing: number; unreachableChildren: number };
  timings: { totalMs: number };
}

export interface Candidate {
  id: string;
  name: string;
  kind: CandidateKind;
  divisionId: string;
  lng: number;
  lat: number;
  places: number;
  synthetic: boolean;
  source: string;
}

export interface ScenarioSummary {
  id: string;
  name: string;
  ownerName: string;
  divisionId: string | null;
  createdAt: string;
  objective: Objective | null;
  p: number | null;
  minutes: number | null;
  coveredBefore: number | null;
  coveredAfter: number | null;
}

export interface Scenario extends Omit<ScenarioSummary, 'objective' | 'p' | 'minutes' | 'coveredBefore' | 'coveredAfter'> {
  request: SolveRequest;
  result: SolveResponse;
}

export interface WhatIfFigure {
  covered: number;
  share: number;
  places: number;
}

export interface WhatIfResponse {
  before: WhatIfFigure;
  after: WhatIfFigure;
  delta: { covered: number; share: number; places: number };
  ms: number;
}

// ── the calls ─────────────────────────────────────────────────────────────────────────────────────────────────────

export const planApi = {
  solve: async (body: SolveRequest, signal?: AbortSignal) => (await data(http.POST('/api/plan/solve', { body, signal }))) as unknown as SolveResponse,
  whatIf: async (body: WhatIfRequest) => (await data(http.POST('/api/plan/whatif', { body }))) as unknown as WhatIfResponse,
  candidates: async (signal?: AbortSignal) => {
    const r = await data(http.GET('/api/plan/candidates', { signal }));
    return { items: r.items as unknown as Candidate[], total: r.total };
  },
  upload: async (body: CandidateUpload) => ({ items: (await data(http.POST('/api/plan/candidates', { body }))).items as unknown as Candidate[] }),
  scenarios: async (signal?: AbortSignal) => ({ items: (await data(http.GET('/api/plan/scenarios', { signal }))).items as unknown as ScenarioSummary[] }),
  scenario: async (id: string, signal?: AbortSignal) => (await data(http.GET('/api/plan/scenarios/{id}', { params: { path: { id } }, signal }))) as unknown as Scenario,
  save: async (name: string, runId: string) => (await data(http.POST('/api/plan/scenarios', { body: { name, runId } }))) as unknown as Scenario,
  remove: (id: string) => data(http.DELETE('/api/plan/scenarios/{id}', { params: { path: { id } } })),
  exportUrl: (id: string, format: 'geojson' | 'xlsx') => `/api/plan/scenarios/${encodeURIComponent(id)}/export?format=${format}`,
};
