import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProblem, coverageOf, coveredWeight } from './problem.ts';
import { evaluatePlan } from './solve.ts';
import { WhatIf } from './whatif.ts';

const arb = fc.record({
  n: fc.integer({ min: 1, max: 30 }),
  m: fc.integer({ min: 1, max: 8 }),
  costs: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 240, maxLength: 240 }),
  weights: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 30, maxLength: 30 }),
  places: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 8, maxLength: 8 }),
  ops: fc.array(fc.tuple(fc.constantFrom('open', 'close', 'move', 'places'), fc.nat(7), fc.nat(7), fc.integer({ min: 0, max: 30 })), { maxLength: 40 }),
});

describe('WhatIf', () => {
  it('incremental counters equal a recomputation after any sequence of changes', () => {
    fc.assert(
      fc.property(arb, ({ n, m, costs, weights, places, ops }) => {
        const pd: number[] = [];
        const ps: number[] = [];
        const pc: number[] = [];
        for (let i = 0; i < n; i++)
          for (let j = 0; j < m; j++) {
            pd.push(i);
            ps.push(j);
            pc.push(costs[i * 8 + j]!);
          }
        const problem = buildProblem({ demandIds: weights.slice(0, n).map((_, i) => `d${i}`), weights: weights.slice(0, n), siteIds: places.slice(0, m).map((_, j) => `s${j}`), pairDemand: pd, pairSite: ps, pairCost: pc, places: places.slice(0, m) });
        const w = WhatIf.forProblem(problem, 50);
        const open = new Uint8Array(m);
        const pl = Float64Array.from(places.slice(0, m));
        for (const [op, a0, b0, v] of ops) {
          const a = a0 % m;
          const b = b0 % m;
          let before = coveredWeight(problem, open, 50);
          if (op === 'open') open[a] = 1;
          else if (op === 'close') open[a] = 0;
          else if (op === 'places') pl[a] = v;
          else if (open[a] && !open[b]) {
            open[a] = 0;
            open[b] = 1;
          } else {
            before = NaN;
          }
          const ch = op === 'open' ? w.open(a) : op === 'close' ? w.close(a) : op === 'places' ? w.setPlaces(a, v) : w.isOpen(a) && !w.isOpen(b) ? w.move(a, b) : null;
          if (!ch) continue;
          const covered = coveredWeight(problem, open, 50);
          expect(ch.covered).toBeCloseTo(covered, 9);
          if (!Number.isNaN(before)) expect(ch.coveredDelta).toBeCloseTo(covered - before, 9);
          expect(ch.openSites).toBe(open.reduce((s, x) => s + x, 0));
          // equal-split served is a feasible allocation: within places, within covered, below the max-flow optimum
          const p2 = { ...problem, places: pl };
          const best = evaluatePlan(p2, 'capacitated', open, 50);
          let openPlaces = 0;
          for (let j = 0; j < m; j++) if (open[j]) openPlaces += pl[j]!;
          expect(ch.places).toBeCloseTo(openPlaces, 9);
          expect(ch.served).toBeLessThanOrEqual(best + 1e-6);
          expect(ch.served).toBeLessThanOrEqual(covered + 1e-6);
          expect(ch.served).toBeGreaterThanOrEqual(-1e-9);
        }
        // a rebuilt WhatIf agrees on served (no drift)
        const fresh = new WhatIf(coverageOf(problem, 50), open, pl);
        expect(fresh.state().served).toBeCloseTo(w.state().served, 6);
      }),
      { numRuns: 200, seed: 5 },
    );
  });
  it('rejects a bad site index naming the field', () => {
    const problem = buildProblem({ demandIds: ['a'], weights: [1], siteIds: ['X'], pairDemand: [0], pairSite: [0], pairCost: [1] });
    const w = WhatIf.forProblem(problem, 5);
    expect(() => w.open(3)).toThrow(/site/);
    expect(() => w.setPlaces(0, -1)).toThrow(/places/);
  });
});
