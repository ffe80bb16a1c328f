import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.ts';
import { buildProblem } from './problem.ts';
import { evaluatePlan, solvePlan } from './solve.ts';
import type { Objective, Problem } from './types.ts';

/** A random small instance: up to 10 demands × 6 sites, some pairs missing, places 0–20. */
const instance = fc
  .record({
    n: fc.integer({ min: 1, max: 10 }),
    m: fc.integer({ min: 1, max: 6 }),
    seed: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 60, maxLength: 60 }),
    weights: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 }),
    places: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 7, maxLength: 7 }),
    extra: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 10, maxLength: 10 }),
  })
  .map(({ n, m, seed, weights, places, extra }) => ({ n, m, seed, weights: weights.slice(0, n), places, extra }));

type Inst = { n: number; m: number; seed: number[]; weights: number[]; places: number[]; extra: number[] };

/** Builds the instance with `m` sites, or m + 1 when `withExtra` (the extra site's costs come from `extra`). */
function build(x: Inst, withExtra = false): Problem {
  const pd: number[] = [];
  const ps: number[] = [];
  const pc: number[] = [];
  const m = x.m + (withExtra ? 1 : 0);
  for (let i = 0; i < x.n; i++)
    for (let j = 0; j < m; j++) {
      const c = j < x.m ? x.seed[i * 6 + j]! : x.extra[i]!;
      if (c > 90) continue; // a missing pair
      pd.push(i);
      ps.push(j);
      pc.push(c);
    }
  return buildProblem({
    demandIds: x.weights.map((_, i) => `d${i}`),
    weights: x.weights,
    siteIds: Array.from({ length: m }, (_, j) => `s${j}`),
    pairDemand: pd,
    pairSite: ps,
    pairCost: pc,
    places: x.places.slice(0, m),
  });
}

/** Solves, or returns null when the model is infeasible for this instance (an AppError naming a field). */
async function solveOrNull(problem: Problem, objective: Objective, p: number, solver: 'exact' | 'heuristic') {
  try {
    return await solvePlan({ problem, objective, p, maxCost: 40, solver, alwaysRunExact: solver === 'exact', timeLimitSeconds: 20 });
  } catch (e) {
    if (e instanceof AppError && e.code === 'invalid') return null;
    throw e;
  }
}

const objectives: Objective[] = ['coverage', 'median', 'capacitated'];

describe('plan properties (fast-check)', () => {
  it('plans open exactly p new sites, respect capacities, and report their true value; bounds are valid', async () => {
    await fc.assert(
      fc.asyncProperty(instance, fc.constantFrom(...objectives), fc.integer({ min: 0, max: 6 }), async (x, objective, p0) => {
        const problem = build(x);
        const p = Math.min(p0, x.m);
        const ex = await solveOrNull(problem, objective, p, 'exact');
        const he = await solveOrNull(problem, objective, p, 'heuristic');
        if (!ex || !he) {
          expect(ex === null && he === null).toBe(true); // infeasible for both or neither
          return;
        }
        for (const r of [ex, he]) {
          expect(r.opened).toHaveLength(p);
          const open = Uint8Array.from(problem.siteIds, (id) => (r.sites.includes(id) ? 1 : 0));
          expect(evaluatePlan(problem, objective, open, 40)).toBeCloseTo(r.objective, 6);
          if (objective === 'capacitated') {
            const places = r.sites.reduce((s, id) => s + problem.places![problem.siteIds.indexOf(id)]!, 0);
            expect(r.objective).toBeLessThanOrEqual(places + 1e-9);
            expect(r.objective).toBeLessThanOrEqual(r.covered! + 1e-9);
          }
        }
        expect(ex.optimal).toBe(true);
        // the heuristic never beats the optimum, and its bound never cuts it off
        if (ex.sense === 'max') {
          expect(he.objective).toBeLessThanOrEqual(ex.objective + 1e-6);
          if (he.bound !== null) expect(he.bound).toBeGreaterThanOrEqual(ex.objective - 1e-6);
        } else {
          expect(he.objective).toBeGreaterThanOrEqual(ex.objective - 1e-6);
          if (he.bound !== null) expect(he.bound).toBeLessThanOrEqual(ex.objective + 1e-6);
        }
      }),
      { numRuns: 60, seed: 42 },
    );
  });

  it('existing sites stay open, closures stay within budget, and bounds stay valid', async () => {
    await fc.assert(
      fc.asyncProperty(instance, fc.constantFrom(...objectives), fc.array(fc.constantFrom(0, 0, 1, 2), { minLength: 6, maxLength: 6 }), fc.nat(3), fc.nat(3), async (x, objective, st, p0, c0) => {
        const base = build(x);
        const status = Uint8Array.from(st.slice(0, x.m));
        const problem = { ...base, status };
        const cand = status.filter((v) => v === 0).length;
        const closable = status.filter((v) => v === 2).length;
        const maxClosures = Math.min(c0, closable, cand);
        const p = Math.min(p0, cand - maxClosures);
        const run = async (solver: 'exact' | 'heuristic') => {
          try {
            return await solvePlan({ problem, objective, p, maxCost: 40, maxClosures, solver, alwaysRunExact: solver === 'exact' });
          } catch (e) {
            if (e instanceof AppError && e.code === 'invalid') return null;
            throw e;
          }
        };
        const ex = await run('exact');
        const he = await run('heuristic');
        if (!ex || !he) return;
        for (const r of [ex, he]) {
          problem.siteIds.forEach((id, j) => {
            if (status[j] === 1) expect(r.sites).toContain(id);
          });
          expect(r.closed.length).toBeLessThanOrEqual(maxClosures);
          expect(r.opened.length).toBe(p + r.closed.length);
        }
        expect(ex.optimal).toBe(true);
        if (ex.sense === 'max') {
          expect(he.objective).toBeLessThanOrEqual(ex.objective + 1e-6);
          if (he.bound !== null) expect(he.bound).toBeGreaterThanOrEqual(ex.objective - 1e-6);
        } else {
          expect(he.objective).toBeGreaterThanOrEqual(ex.objective - 1e-6);
          if (he.bound !== null) expect(he.bound).toBeLessThanOrEqual(ex.objective + 1e-6);
        }
      }),
      { numRuns: 60, seed: 45 },
    );
  });

  it('adding a candidate never makes the optimum worse (exact solver)', async () => {
    await fc.assert(
      fc.asyncProperty(instance, fc.constantFrom(...objectives), fc.integer({ min: 1, max: 6 }), async (x, objective, p0) => {
        const p = Math.min(p0, x.m);
        const before = await solveOrNull(build(x), objective, p, 'exact');
        const after = await solveOrNull(build(x, true), objective, p, 'exact');
        if (!before) return; // infeasible before: anything after is no worse
        expect(after).not.toBeNull();
        if (before.sense === 'max') expect(after!.objective).toBeGreaterThanOrEqual(before.objective - 1e-6);
        else expect(after!.objective).toBeLessThanOrEqual(before.objective + 1e-6);
      }),
      { numRuns: 60, seed: 43 },
    );
  });

  it('set covering: fewest sites, and a smaller plan never reaches the target', async () => {
    await fc.assert(
      fc.asyncProperty(instance, async (x) => {
        const problem = build(x);
        let r;
        try {
          r = await solvePlan({ problem, objective: 'setcover', maxCost: 40, solver: 'exact', alwaysRunExact: true });
        } catch (e) {
          if (e instanceof AppError && e.field === 'targetShare') return;
          throw e;
        }
        expect(r.optimal).toBe(true);
        const h = await solvePlan({ problem, objective: 'setcover', maxCost: 40, solver: 'heuristic' });
        expect(h.objective).toBeGreaterThanOrEqual(r.objective);
        expect(h.bound!).toBeLessThanOrEqual(r.objective);
        if (r.objective > 0) {
          const c = await solvePlan({ problem, objective: 'coverage', p: r.objective - 1, maxCost: 40, solver: 'exact', alwaysRunExact: true });
          const need = x.weights.reduce((a, b) => a + b, 0);
          expect(c.objective).toBeLessThan(need);
        }
      }),
      { numRuns: 40, seed: 44 },
    );
  });
});
