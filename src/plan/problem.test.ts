import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.ts';
import { parseCsv, problemFromCsv } from './csv.ts';
import { allPairsDijkstra, floydWarshall, parseOrlib } from './orlib.ts';
import { buildProblem, coverageOf, coveredWeight, medianCost } from './problem.ts';

function errorOf(f: () => unknown): AppError {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('buildProblem', () => {
  it('sorts rows by cost and keeps the last of duplicate pairs', () => {
    const p = buildProblem({ demandIds: ['a', 'b'], weights: [1, 2], siteIds: ['X', 'Y'], pairDemand: [0, 0, 1, 0], pairSite: [0, 1, 0, 0], pairCost: [5, 3, 7, 1] });
    expect(Array.from(p.rowStart)).toEqual([0, 2, 3]);
    expect(Array.from(p.rowSite)).toEqual([0, 1, 0]);
    expect(Array.from(p.rowCost)).toEqual([1, 3, 7]);
  });
  it('rejects a negative cost naming the field', () => {
    const e = errorOf(() => buildProblem({ demandIds: ['a'], weights: [1], siteIds: ['X'], pairDemand: [0], pairSite: [0], pairCost: [-1] }));
    expect(e.field).toBe('cost');
    expect(e.message).toMatch(/negative cost/);
  });
  it('coverage is inclusive of the limit and CSR both ways', () => {
    const p = buildProblem({ demandIds: ['a', 'b', 'c'], weights: [1, 2, 4], siteIds: ['X', 'Y'], pairDemand: [0, 1, 2, 2], pairSite: [0, 0, 0, 1], pairCost: [10, 10.0001, 3, 10] });
    const cov = coverageOf(p, 10);
    expect(Array.from(cov.siteStart)).toEqual([0, 2, 3]);
    expect(Array.from(cov.siteDemand)).toEqual([0, 2, 2]);
    expect(coveredWeight(p, Uint8Array.of(1, 0), 10)).toBe(5);
  });
});

describe('CSV input', () => {
  it('keeps ids verbatim (leading zeros, decimals) and handles quotes and CRLF', () => {
    expect(parseCsv('a,"b,c"\r\n"x""y",2\n')).toEqual([
      ['a', 'b,c'],
      ['x"y', '2'],
    ]);
    const p = problemFromCsv('demand_id,site_id,cost\n060750101.00,007,5\n', 'id,weight\n060750101.00,3\n');
    expect(p.demandIds).toEqual(['060750101.00']);
    expect(p.siteIds).toEqual(['007']);
  });
  it('names the field and row of bad input', () => {
    const e1 = errorOf(() => problemFromCsv('demand_id,site_id,cost\nd1,A,abc\n', 'id,weight\nd1,1\n'));
    expect(e1.field).toBe('cost');
    expect(e1.issues[0]!.row).toBe(1);
    expect(errorOf(() => problemFromCsv('demand_id,site_id,cost\nd9,A,1\n', 'id,weight\nd1,1\n')).field).toBe('demand_id');
    expect(errorOf(() => problemFromCsv('demand,site_id,cost\n', 'id,weight\nd1,1\n')).field).toBe('demand_id');
    expect(errorOf(() => problemFromCsv('demand_id,site_id,cost\nd1,A,1\n', 'id,weight\nd1,-2\n')).field).toBe('weight');
  });
});

describe('OR-Library reader', () => {
  it('last duplicate edge wins (both orientations)', () => {
    const inst = parseOrlib('4 5 1\n1 2 20\n2 3 10\n3 4 10\n1 2 5\n2 1 40\n');
    expect(inst.dist[0 * 4 + 1]).toBe(40);
    expect(medianCost(inst.problem, Uint8Array.of(0, 1, 0, 0))).toBe(70);
  });
  it('rejects malformed files naming the field', () => {
    expect(errorOf(() => parseOrlib('3 2\n')).field).toBe('orlib');
    expect(errorOf(() => parseOrlib('3 2 1\n1 2 x\n')).field).toBe('orlib');
    expect(errorOf(() => parseOrlib('3 1 1\n1 9 4\n')).field).toBe('orlib');
    expect(errorOf(() => parseOrlib('3 1 1\n1 2 -4\n')).field).toBe('cost');
    expect(errorOf(() => parseOrlib('3 1 5\n1 2 4\n')).field).toBe('p');
  });
  it('n Dijkstras agree with Floyd–Warshall on random graphs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.array(fc.tuple(fc.nat(11), fc.nat(11), fc.integer({ min: 0, max: 50 })), { maxLength: 40 }), (n, es) => {
        const edge = new Map<number, number>();
        const d = new Float64Array(n * n).fill(Infinity);
        for (let i = 0; i < n; i++) d[i * n + i] = 0;
        for (const [a0, b0, c] of es) {
          const a = (a0 % n) + 1;
          const b = (b0 % n) + 1;
          if (a === b) continue;
          edge.set(Math.min(a, b) * (n + 1) + Math.max(a, b), c);
          d[(a - 1) * n + b - 1] = c;
          d[(b - 1) * n + a - 1] = c;
        }
        floydWarshall(d, n);
        expect(Array.from(allPairsDijkstra(n, edge))).toEqual(Array.from(d));
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
