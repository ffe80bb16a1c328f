/**
 * The planning API's request and response schemas (zod → validation, the OpenAPI document and the web app's types).
 * Every answer names its fields; the TypeScript types of the answers are inferred from here, and the workers that
 * build them (solver-worker.ts, state-worker.ts) are checked against these types.
 */
import { z } from '@hono/zod-openapi';
import { CANDIDATE_KINDS } from '../../db/repos/plan.ts';
import { pageOf } from '../schemas.ts';
import { pointGeometry } from '../geojson-schemas.ts';

const kindEnum = z.enum(CANDIDATE_KINDS).openapi('PlanCandidateKind', { description: 'community_room = vacant community service room (社区用房), kindergarten = kindergarten with spare rooms, uploaded = uploaded point, other' });
const objectiveEnum = z.enum(['coverage', 'setcover', 'median', 'center', 'capacitated']).openapi('PlanObjective', { description: 'coverage = MCLP, setcover = LSCP, median = p-median, center = p-center, capacitated = capacitated coverage' });
const divisionId = z.string().regex(/^\d{6}$/, 'a 6-digit county-level division code');

// ── requests ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** The solve request. */
export const solveSchema = z
  .object({
    objective: objectiveEnum.default('coverage'),
    p: z.number().int('p must be a whole number').min(0, 'p must be ≥ 0').max(1000).optional().openapi({ description: 'new sites to open (all models but setcover)' }),
    targetShare: z.number().gt(0, 'targetShare must be > 0').max(1, 'targetShare must be ≤ 1').optional().openapi({ description: 'setcover: share of children 0–3 to cover, (0, 1]' }),
    minutes: z.number().gt(0, 'minutes must be > 0').max(60, 'minutes must be ≤ 60').default(15),
    speedKmh: z.number().gt(0, 'speedKmh must be > 0').max(20, 'speedKmh must be ≤ 20').default(4),
    maxClosures: z.number().int().min(0, 'maxClosures must be ≥ 0').max(100).default(0).openapi({ description: 'existing facilities the model may close (each frees one new site)' }),
    timeLimitSeconds: z.number().gt(0, 'timeLimitSeconds must be > 0').max(60, 'timeLimitSeconds must be ≤ 60').default(10),
    divisionId: divisionId.optional().openapi({ description: 'plan within one county-level division (district officials: always theirs)' }),
    candidates: z
      .object({ kinds: z.array(kindEnum).min(1).optional(), ids: z.array(z.string().max(64)).min(1).max(5000).optional() })
      .strict()
      .optional(),
  })
  .strict()
  .openapi('PlanSolveRequest');
export type SolveRequest = z.infer<typeof solveSchema>;

/** A what-if: a run (or a saved scenario), an optional base, one change. */
export const whatIfSchema = z
  .object({
    runId: z.string().uuid().optional(),
    scenarioId: z.string().uuid().optional(),
    open: z.array(z.string()).max(5000).optional().openapi({ description: 'candidate ids open in the base (default: the plan’s new sites)' }),
    closed: z.array(z.string()).max(5000).optional().openapi({ description: 'existing facility ids closed in the base (default: the plan’s closures)' }),
    change: z
      .object({
        action: z.enum(['open', 'close', 'move', 'places']),
        site: z.string().min(1),
        to: z.string().min(1).optional(),
        places: z.number().min(0, 'places must be ≥ 0').max(10_000).optional(),
      })
      .strict(),
  })
  .strict()
  .openapi('PlanWhatIfRequest');
export type WhatIfRequest = z.infer<typeof whatIfSchema>;

const pointFeature = z.object({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  geometry: z.object({ type: z.literal('Point', 'only Point geometries are accepted'), coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).rest(z.number()) }),
  properties: z
    .object({
      name: z.string().trim().min(1).max(200).optional(),
      places: z.number().int().min(0).max(1000).optional(),
      divisionId: divisionId.optional(),
    })
    .passthrough()
    .nullable()
    .optional(),
});

/** Uploaded candidate sites: GeoJSON points. */
export const uploadSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    name: z.string().max(200).optional(),
    features: z.array(pointFeature).min(1, 'the upload holds no points').max(2000, 'at most 2,000 points per upload'),
  })
  .passthrough()
  .openapi('PlanCandidateUpload');

export const candidateQuery = z
  .object({
    kinds: z
      .string()
      .regex(/^[a-z_]+(,[a-z_]+)*$/, 'kinds: names separated by commas')
      .transform((s) => s.split(','))
      .pipe(z.array(kindEnum))
      .optional(),
    divisionId: divisionId.optional(),
  })
  .strict();

export const scenarioInputSchema = z.object({ name: z.string().trim().min(1, 'name is required').max(200), runId: z.string().uuid() }).strict().openapi('PlanScenarioInput');
export const scenarioRenameSchema = z.object({ name: z.string().trim().min(1, 'name is required').max(200) }).strict().openapi('PlanScenarioRename');

// ── answers ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** A solve request as solved (defaults filled in). */
export const solvedRequestSchema = z
  .object({
    objective: objectiveEnum,
    p: z.number().int().optional(),
    targetShare: z.number().optional(),
    minutes: z.number(),
    speedKmh: z.number(),
    maxClosures: z.number().int(),
    timeLimitSeconds: z.number(),
    divisionId: z.string().optional(),
    candidates: z.object({ kinds: z.array(kindEnum).optional(), ids: z.array(z.string()).optional() }).optional(),
  })
  .openapi('PlanSolvedRequest');

const coverageFigure = z.object({ children: z.number(), covered: z.number(), share: z.number().openapi({ description: 'covered ÷ children' }) }).openapi('PlanCoverageFigure');
const lngLat = { lng: z.number(), lat: z.number() };

export const candidateSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: kindEnum,
    divisionId: z.string(),
    ...lngLat,
    places: z.number().int().openapi({ description: 'places (托位) if opened' }),
    synthetic: z.boolean(),
    source: z.string().openapi({ description: 'provenance: derived:residential_compounds, upload:<file name>, …' }),
  })
  .openapi('PlanCandidate');

export const solveSummarySchema = z
  .object({
    objective: z.number().openapi({ description: 'the plan’s value: children covered, sites, total or worst walking minutes, children served' }),
    objectiveName: objectiveEnum,
    sense: z.enum(['max', 'min']),
    optimal: z.boolean(),
    bound: z.number().nullable().openapi({ description: 'best proven bound on the optimum (upper for max, lower for min)' }),
    gap: z.number().nullable(),
    status: z.enum(['optimal', 'time_limit', 'heuristic']),
    timeLimitHit: z.boolean(),
    solver: z.enum(['highs', 'heuristic']),
    boundSource: z.string().nullable(),
    seconds: z.number(),
    message: z.string(),
  })
  .openapi('PlanSolveSummary');

export const solveResponseSchema = z
  .object({
    runId: z.string().uuid().openapi({ description: 'the run, kept until expiresAt: what-ifs and saving as a scenario name it' }),
    expiresAt: z.string().openapi({ description: 'when the run is deleted (ISO 8601, UTC)', example: '2026-12-02T08:00:00Z' }),
    request: solvedRequestSchema,
    solve: solveSummarySchema,
    sites: z.array(
      z
        .object({
          id: z.string(),
          name: z.string(),
          kind: kindEnum,
          divisionId: z.string(),
          ...lngLat,
          places: z.number(),
          newlyCovered: z.number().openapi({ description: 'children 0–3 within the limit of this site and of no site before the plan' }),
          newlyCoveredCompounds: z.number().int(),
        })
        .openapi('PlanProposedSite'),
    ),
    closed: z.array(z.object({ id: z.string(), name: z.string(), divisionId: z.string(), ...lngLat, places: z.number() }).openapi('PlanClosedSite')),
    coverage: z.object({
      before: coverageFigure,
      after: coverageFigure,
      divisions: z.array(
        z
          .object({
            divisionId: z.string(),
            name: z.string(),
            nameEn: z.string().nullable(),
            children: z.number(),
            coveredBefore: z.number(),
            coveredAfter: z.number(),
            shareBefore: z.number(),
            shareAfter: z.number(),
            population: z.number(),
            placesBefore: z.number(),
            placesAfter: z.number(),
            per1000Before: z.number().nullable().openapi({ description: 'places per 1,000 residents' }),
            per1000After: z.number().nullable(),
          })
          .openapi('PlanDivisionRow'),
      ),
    }),
    places: z.object({ population: z.number(), before: z.number(), after: z.number(), per1000Before: z.number().nullable(), per1000After: z.number().nullable() }),
    newlyCovered: z.array(z.object({ id: z.string(), name: z.string(), ...lngLat, children: z.number(), siteId: z.string() }).openapi('PlanNewlyCovered')),
    counts: z.object({
      demandPoints: z.number().int(),
      candidates: z.number().int(),
      existing: z.number().int(),
      unreachableChildren: z.number(),
      stateBytes: z.number().int().openapi({ description: 'size of the stored what-if state' }),
    }),
    timings: z
      .object({
        loadMs: z.number().openapi({ description: 'reading demand, supply and candidates' }),
        queueMs: z.number().openapi({ description: 'waiting for a solver worker' }),
        buildMs: z.number().openapi({ description: 'walking-minutes matrix' }),
        solveMs: z.number(),
        reportMs: z.number().openapi({ description: 'the report and the what-if state' }),
        totalMs: z.number(),
      })
      .openapi('PlanTimings'),
    openSites: z.array(z.string()).openapi({ description: 'every open site of the plan (existing kept open and new)' }),
  })
  .openapi('PlanSolveResponse');
export type SolveResponse = z.infer<typeof solveResponseSchema>;

const whatIfFigure = z
  .object({
    covered: z.number(),
    share: z.number(),
    places: z.number(),
    served: z.number().openapi({ description: 'children served under an equal split of places (a feasible allocation)' }),
    openSites: z.number().int(),
  })
  .openapi('PlanWhatIfFigure');

export const whatIfResponseSchema = z
  .object({
    before: whatIfFigure,
    after: whatIfFigure,
    delta: z.object({ covered: z.number(), share: z.number(), places: z.number(), served: z.number() }),
    ms: z.number().openapi({ description: 'time of the change on the counters' }),
    rebuilt: z.boolean().openapi({ description: 'the state had to be rebuilt from live data first (scenarios saved before states were kept)' }),
  })
  .openapi('PlanWhatIfResponse');
export type WhatIfResponse = z.infer<typeof whatIfResponseSchema>;

export const candidatePageSchema = pageOf(candidateSchema).openapi('PlanCandidatePage');
export const uploadResponseSchema = z.object({ items: z.array(candidateSchema) }).openapi('PlanCandidateUploadResult');

const scenarioMeta = {
  id: z.string().uuid(),
  name: z.string(),
  ownerId: z.string(),
  ownerName: z.string(),
  divisionId: z.string().nullable().openapi({ description: 'the plan’s division; null = the whole city' }),
  createdAt: z.string(),
};
export const scenarioSchema = z.object({ ...scenarioMeta, request: solvedRequestSchema, result: solveResponseSchema }).openapi('PlanScenario');
export const scenarioSummarySchema = z
  .object({ ...scenarioMeta, objective: z.union([objectiveEnum, z.null()]), p: z.number().int().nullable(), minutes: z.number().nullable(), coveredBefore: z.number().nullable(), coveredAfter: z.number().nullable() })
  .openapi('PlanScenarioSummary');
export const scenarioPageSchema = pageOf(scenarioSummarySchema).openapi('PlanScenarioPage');

/** The GeoJSON export of a scenario. */
export const scenarioGeoJsonSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    name: z.string(),
    properties: z.object({ scenario: z.string(), request: solvedRequestSchema, solve: solveSummarySchema, coverage: z.object({ before: coverageFigure, after: coverageFigure }) }),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.string(),
        geometry: pointGeometry,
        properties: z.union([
          z.object({ id: z.string(), role: z.literal('new'), name: z.string(), kind: z.string(), divisionId: z.string(), places: z.number(), newlyCovered: z.number() }).openapi('PlanExportNewSite'),
          z.object({ id: z.string(), role: z.literal('closed'), name: z.string(), divisionId: z.string(), places: z.number() }).openapi('PlanExportClosedSite'),
          z.object({ id: z.string(), role: z.literal('newly_covered'), name: z.string(), children: z.number(), site: z.string(), siteName: z.string().nullable() }).openapi('PlanExportNewlyCovered'),
        ]),
      }),
    ),
  })
  .openapi('PlanScenarioGeoJson');
