import { describe, expect, it } from 'vitest';
import { buildProblem } from './problem.ts';
import { planReport, type ReportInputs } from './report.ts';
import { reportToGeoJson } from './report-geojson.ts';
import { SiteStatus, type PlanResult } from './types.ts';

// Two divisions: A (10,000 residents) with compounds d1, d2 and facility f1; B (no residents on record) with d3 and
// an off-network compound d4. Candidates c1 (A) and c2 (B). Walking minutes:
//   d1: f1 5, c1 10 · d2: c1 12, f1 20 · d3: c2 3, c1 16 · d4: none
const inputs: ReportInputs<'community_room' | 'kindergarten'> = {
  demand: [
    { id: 'd1', name: '一号院', divisionId: 'A', lng: 1, lat: 1, children: 10 },
    { id: 'd2', name: '二号院', divisionId: 'A', lng: 2, lat: 2, children: 20 },
    { id: 'd3', name: '三号院', divisionId: 'B', lng: 3, lat: 3, children: 5 },
    { id: 'd4', name: '远郊村', divisionId: 'B', lng: 4, lat: 4, children: 7 },
  ],
  candidates: [
    { id: 'c1', name: '社区用房', kind: 'community_room', divisionId: 'A', lng: 1.5, lat: 1.5, places: 20 },
    { id: 'c2', name: '幼儿园', kind: 'kindergarten', divisionId: 'B', lng: 3.1, lat: 3.1, places: 30 },
  ],
  facilities: [{ id: 'f1', name: '托育中心', divisionId: 'A', lng: 1.1, lat: 1.1, places: 15 }],
  divisions: [
    { id: 'A', name: '甲区', nameEn: 'A District', population: 10_000 },
    { id: 'B', name: '乙区', nameEn: null, population: 0 },
  ],
};

function problem(closable = false) {
  return buildProblem({
    demandIds: ['d1', 'd2', 'd3', 'd4'],
    weights: [10, 20, 5, 7],
    siteIds: ['c1', 'c2', 'f1'],
    pairDemand: [0, 0, 1, 1, 2, 2],
    pairSite: [2, 0, 0, 2, 1, 0],
    pairCost: [5, 10, 12, 20, 3, 16],
    status: [SiteStatus.candidate, SiteStatus.candidate, closable ? SiteStatus.closable : SiteStatus.existing],
    places: [20, 30, 15],
  });
}

function result(over: Partial<PlanResult> = {}): PlanResult {
  return { objective: 35, sites: ['c1', 'c2', 'f1'], optimal: true, bound: 35, seconds: 0.01234, status: 'optimal', gap: 0, solver: 'highs', sense: 'max', objectiveName: 'coverage', opened: ['c1', 'c2'], closed: [], totalWeight: 42, ...over };
}

const params = { objective: 'coverage' as const, minutes: 15, cutoffMinutes: 15, timeLimitSeconds: 10 };

describe('planReport', () => {
  it('reports coverage before and after, overall and by division, and credits newly covered compounds to their nearest new site', () => {
    const r = planReport(inputs, problem(), result(), params);
    expect(r.coverage.before).toEqual({ children: 42, covered: 10, share: 10 / 42 });
    expect(r.coverage.after).toEqual({ children: 42, covered: 35, share: 35 / 42 });
    expect(r.sites.map((s) => [s.id, s.kind, s.newlyCovered, s.newlyCoveredCompounds])).toEqual([
      ['c1', 'community_room', 20, 1],
      ['c2', 'kindergarten', 5, 1],
    ]);
    expect(r.newlyCovered).toEqual([
      { id: 'd2', name: '二号院', lng: 2, lat: 2, children: 20, siteId: 'c1' },
      { id: 'd3', name: '三号院', lng: 3, lat: 3, children: 5, siteId: 'c2' },
    ]);
    expect(r.counts).toEqual({ demandPoints: 4, candidates: 2, existing: 1, unreachableChildren: 7 });
    expect(r.coverage.divisions).toEqual([
      { divisionId: 'A', name: '甲区', nameEn: 'A District', children: 30, coveredBefore: 10, coveredAfter: 30, shareBefore: 1 / 3, shareAfter: 1, population: 10_000, placesBefore: 15, placesAfter: 35, per1000Before: 1.5, per1000After: 3.5 },
      { divisionId: 'B', name: '乙区', nameEn: null, children: 12, coveredBefore: 0, coveredAfter: 5, shareBefore: 0, shareAfter: 5 / 12, population: 0, placesBefore: 0, placesAfter: 30, per1000Before: null, per1000After: null },
    ]);
    expect(r.places).toEqual({ population: 10_000, before: 15, after: 65, per1000Before: 1.5, per1000After: 6.5 });
    expect(r.solve).toMatchObject({ objective: 35, optimal: true, timeLimitHit: false, seconds: 0.012, boundSource: null, message: 'proven optimal' });
  });

  it('takes closed facilities off the places after, and their compounds stay covered only by other open sites', () => {
    const r = planReport(inputs, problem(true), result({ sites: ['c1', 'c2'], closed: ['f1'] }), params);
    expect(r.closed).toEqual([{ id: 'f1', name: '托育中心', divisionId: 'A', lng: 1.1, lat: 1.1, places: 15 }]);
    expect(r.coverage.before.covered).toBe(10); // a closable facility is open before the plan
    expect(r.coverage.after.covered).toBe(35); // d1 is 10 minutes from c1
    expect(r.coverage.divisions[0]).toMatchObject({ placesBefore: 15, placesAfter: 20 });
    expect(r.places).toMatchObject({ before: 15, after: 50 });
  });

  it('counts only walks within the limit (inclusive)', () => {
    const r = planReport(inputs, problem(), result(), { ...params, minutes: 12 });
    expect(r.coverage.after.covered).toBe(35); // d2 at exactly 12 minutes is covered
    const tight = planReport(inputs, problem(), result(), { ...params, minutes: 11.99 });
    expect(tight.coverage.after.covered).toBe(15);
    expect(tight.sites.find((s) => s.id === 'c1')!.newlyCovered).toBe(0);
  });

  it('says when the time limit was hit, with the bound and the gap, and how p-median counts long walks', () => {
    const r = planReport(inputs, problem(), result({ status: 'time_limit', optimal: false, bound: 40, gap: 0.142857 }), params);
    expect(r.solve).toMatchObject({ timeLimitHit: true, status: 'time_limit' });
    expect(r.solve.message).toBe('the solver hit its time limit of 10 s: this is the best plan found; the optimum is at most 40 (gap 14.29%)');
    const m = planReport(inputs, problem(), result({ objectiveName: 'median', sense: 'min' }), { ...params, objective: 'median', cutoffMinutes: 60 });
    expect(m.solve.message).toBe('proven optimal (walks longer than 60 minutes count as 120)');
    const h = planReport(inputs, problem(), result({ optimal: false, status: 'heuristic', solver: 'heuristic', bound: null, exactError: 'too large' }), params);
    expect(h.solve.message).toBe('heuristic plan; best bound unknown (exact solver: too large)');
  });

  it('refuses inputs that do not match the problem', () => {
    expect(() => planReport({ ...inputs, demand: inputs.demand.slice(1) }, problem(), result(), params)).toThrow(/demand points/);
    expect(() => planReport({ ...inputs, candidates: [] }, problem(), result(), params)).toThrow(/not a candidate/);
  });

  it('exports as GeoJSON: new sites, closures and newly covered compounds with their roles', () => {
    const r = planReport(inputs, problem(true), result({ sites: ['c1', 'c2'], closed: ['f1'] }), params);
    const fc = reportToGeoJson(r, { scenario: 's-1', name: '方案甲', request: { p: 2 } });
    expect(fc).toMatchObject({ type: 'FeatureCollection', name: '方案甲', properties: { scenario: 's-1', request: { p: 2 }, coverage: { before: { covered: 10 }, after: { covered: 35 } } } });
    expect(fc.features.map((f) => [f.id, f.properties.role])).toEqual([
      ['c1', 'new'],
      ['c2', 'new'],
      ['f1', 'closed'],
      ['demand:d2', 'newly_covered'],
      ['demand:d3', 'newly_covered'],
    ]);
    expect(fc.features[0]).toEqual({ type: 'Feature', id: 'c1', geometry: { type: 'Point', coordinates: [1.5, 1.5] }, properties: { id: 'c1', role: 'new', name: '社区用房', kind: 'community_room', divisionId: 'A', places: 20, newlyCovered: 20 } });
    expect(fc.features[3]!.properties).toEqual({ id: 'd2', role: 'newly_covered', name: '二号院', children: 20, site: 'c1', siteName: '社区用房' });
  });
});
