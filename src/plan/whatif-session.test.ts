import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isAppError } from '../shared/errors.ts';
import { buildProblem, coveredWeight } from './problem.ts';
import { decodePlanState, encodePlanState } from './state.ts';
import { SiteStatus } from './types.ts';
import { WhatIfSession } from './whatif-session.ts';

const clock = () => 0;

function session(n: number, m: number, costs: number[], weights: number[], existing: number, open: number[]) {
  const pd: number[] = [];
  const ps: number[] = [];
  const pc: number[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++)
      if (costs[i * 8 + j]! <= 30) {
        pd.push(i);
        ps.push(j);
        pc.push(costs[i * 8 + j]!);
      }
  const status = Array.from({ length: m }, (_, j) => (j < m - existing ? SiteStatus.candidate : SiteStatus.existing));
  const problem = buildProblem({ demandIds: weights.slice(0, n).map((_, i) => `d${i}`), weights: weights.slice(0, n), siteIds: status.map((_, j) => `s${j}`), pairDemand: pd, pairSite: ps, pairCost: pc, status, places: status.map((_, j) => 10 + j) });
  const planOpen = Uint8Array.from(status, (s, j) => (s === SiteStatus.candidate ? (open.includes(j) ? 1 : 0) : 1));
  return { problem, planOpen, s: new WhatIfSession(decodePlanState(encodePlanState(problem, 15, planOpen))) };
}

function issue(f: () => unknown): { field: string; code: string } {
  try {
    f();
  } catch (e) {
    if (isAppError(e)) return { field: e.issues[0]!.field, code: e.issues[0]!.code };
    throw e;
  }
  throw new Error('no error');
}

describe('WhatIfSession', () => {
  it('answers base + one change like a recomputation, and never accumulates changes', () => {
    fc.assert(
      fc.property(
        fc.record({
          n: fc.integer({ min: 1, max: 25 }),
          m: fc.integer({ min: 2, max: 8 }),
          existing: fc.integer({ min: 0, max: 2 }),
          costs: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 200, maxLength: 200 }),
          weights: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 25, maxLength: 25 }),
          open: fc.array(fc.nat(7), { maxLength: 4 }),
          changes: fc.array(fc.tuple(fc.constantFrom('open', 'close', 'move', 'places'), fc.nat(7), fc.nat(7), fc.integer({ min: 0, max: 40 })), { minLength: 1, maxLength: 10 }),
        }),
        ({ n, m, existing, costs, weights, open, changes }) => {
          const { problem, planOpen, s } = session(n, m, costs, weights, Math.min(existing, m - 1), open);
          const base = coveredWeight(problem, planOpen, 15);
          for (const [action, a0, b0, places] of changes) {
            const a = a0 % m;
            const b = b0 % m;
            if (action === 'move' && (!planOpen[a] || planOpen[b])) continue;
            const r = s.apply({}, { action, site: `s${a}`, to: `s${b}`, places }, clock);
            const after = Uint8Array.from(planOpen);
            if (action === 'open') after[a] = 1;
            if (action === 'close') after[a] = 0;
            if (action === 'move') {
              after[a] = 0;
              after[b] = 1;
            }
            expect(r.before.covered).toBeCloseTo(base, 9);
            expect(r.after.covered).toBeCloseTo(coveredWeight(problem, after, 15), 9);
            expect(r.delta.covered).toBeCloseTo(r.after.covered - r.before.covered, 9);
            const placesOf = (o: Uint8Array, j: number, v: number) => o.reduce((t, x, k) => t + (x ? (k === j ? v : 10 + k) : 0), 0);
            expect(r.after.places).toBe(action === 'places' ? placesOf(after, a, places) : placesOf(after, -1, 0));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('takes a base other than the plan: candidates open, facilities closed', () => {
    // d0 reaches s0 (candidate) in 5 and s2 (existing) in 10; d1 reaches s1 (candidate) in 3
    const costs = new Array(200).fill(99);
    costs[0] = 5;
    costs[2] = 10;
    costs[8 + 1] = 3;
    const { s } = session(2, 3, costs, [4, 6], 1, [0]);
    const plan = s.apply({}, { action: 'open', site: 's1' }, clock);
    expect(plan.before).toMatchObject({ covered: 4, openSites: 2, places: 10 + 12 });
    expect(plan.after).toMatchObject({ covered: 10, openSites: 3 });
    const other = s.apply({ open: ['s1'], closed: ['s2'] }, { action: 'close', site: 's1' }, clock);
    expect(other.before).toMatchObject({ covered: 6, openSites: 1, places: 11 });
    expect(other.delta).toMatchObject({ covered: -6, places: -11 });
  });

  it('names the field and the code of a bad change', () => {
    const costs = new Array(200).fill(1);
    const { s } = session(2, 3, costs, [1, 1], 1, [0]);
    expect(issue(() => s.apply({}, { action: 'open', site: 'nope' }, clock))).toEqual({ field: 'change.site', code: 'unknown_site' });
    expect(issue(() => s.apply({ open: ['zz'] }, { action: 'open', site: 's1' }, clock))).toEqual({ field: 'open', code: 'unknown_site' });
    expect(issue(() => s.apply({ closed: ['zz'] }, { action: 'open', site: 's1' }, clock))).toEqual({ field: 'closed', code: 'unknown_site' });
    expect(issue(() => s.apply({}, { action: 'move', site: 's1', to: 's0' }, clock))).toEqual({ field: 'change.site', code: 'not_open' });
    expect(issue(() => s.apply({}, { action: 'move', site: 's0', to: 's2' }, clock))).toEqual({ field: 'change.to', code: 'already_open' });
    expect(issue(() => s.apply({}, { action: 'move', site: 's0' }, clock))).toEqual({ field: 'change.to', code: 'required' });
    expect(issue(() => s.apply({}, { action: 'places', site: 's0' }, clock))).toEqual({ field: 'change.places', code: 'required' });
    // a refused change leaves the session as it was
    expect(s.apply({}, { action: 'close', site: 's0' }, clock).before.openSites).toBe(2);
  });
});
