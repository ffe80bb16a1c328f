/**
 * The planning endpoints (/api/plan/*) for the planner page: typed shapes of what the server answers and one
 * function per call, through the app's HTTP client (cookies + CSRF, errors as ApiError). Lists are paged (page +
 * total); the map needs every candidate, so the planner reads all pages.
 */
import { request } from '../../api/client.ts';

export type Objective = 'coverage' | 'setcover' | 'median' | 'center' | 'capacitated';
export const OBJECTIVES: readonly Objective[] = ['coverage', 'setcover', 'median', 'center', 'capacitated'];
export type CandidateKind = 'community_room' | 'kindergarten' | 'uploaded' | 'other';
export const CANDIDATE_KINDS: readonly CandidateKind[] = ['community_room', 'kindergarten', 'uploaded'];

export interface SolveRequest {
  objective: Objective;
  p?: number;
  targetShare?: number;
  minutes: number;
  speedKmh: number;
  timeLimitSeconds?: number;
  divisionId?: string;
  candidates?: { kinds?: CandidateKind[] };
}

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

export interface Coverage {
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
  coverage: { before: Coverage; after: Coverage; divisions: DivisionRow[] };
  places: { population: number; before: number; after: number; per1000Before: number | null; per1000After: number | null };
  newlyCovered: Array<{ id: string; name: string; lng: number; lat: number; children: number; siteId: string }>;
  counts: { demandPoints: number; candidates: number; existing: number; unreachableChildren: number };
  timings: { totalMs: number };
  /** When the run (what-ifs, saving) is deleted. */
  expiresAt: string;
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
  rebuilt: boolean;
}

interface PageOf<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Every page of a paged list, the first page first and then the rest at once. */
async function allPages<T>(path: string, signal?: AbortSignal): Promise<{ items: T[]; total: number }> {
  const pageSize = 200;
  const first = await request<PageOf<T>>('GET', path, { query: { page: 1, pageSize }, signal });
  const more = Math.max(0, Math.ceil(first.total / pageSize) - 1);
  const rest = await Promise.all(Array.from({ length: more }, (_, k) => request<PageOf<T>>('GET', path, { query: { page: k + 2, pageSize }, signal })));
  return { items: [first, ...rest].flatMap((p) => p.items), total: first.total };
}

export const planApi = {
  solve: (body: SolveRequest, signal?: AbortSignal) => request<SolveResponse>('POST', '/plan/solve', { body, signal }),
  whatIf: (body: { runId?: string; scenarioId?: string; change: { action: 'open' | 'close' | 'move' | 'places'; site: string; to?: string; places?: number } }) =>
    request<WhatIfResponse>('POST', '/plan/whatif', { body }),
  candidates: (signal?: AbortSignal) => allPages<Candidate>('/plan/candidates', signal),
  upload: (geojson: unknown) => request<{ items: Candidate[] }>('POST', '/plan/candidates', { body: geojson }),
  scenarios: (signal?: AbortSignal) => allPages<ScenarioSummary>('/plan/scenarios', signal),
  scenario: (id: string, signal?: AbortSignal) => request<Scenario>('GET', `/plan/scenarios/${encodeURIComponent(id)}`, { signal }),
  save: (name: string, runId: string) => request<Scenario>('POST', '/plan/scenarios', { body: { name, runId } }),
  remove: (id: string) => request<void>('DELETE', `/plan/scenarios/${encodeURIComponent(id)}`),
  exportUrl: (id: string, format: 'geojson' | 'xlsx') => `/api/plan/scenarios/${encodeURIComponent(id)}/export?format=${format}`,
};
