import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildProblem, coverageOf } from './problem.ts';
import { decodePlanState, encodePlanState, stateCoverage } from './state.ts';
import { SiteStatus } from './types.ts';

const uuid = (k: number) => `${k.toString(16).padStart(8, '0')}-0000-4000-8000-${(k * 7919).toString(16).padStart(12, '0')}`;

function instance(ids: (k: number) => string, places = true) {
  return buildProblem({
    demandIds: [ids(1), ids(2), ids(3)],
    weights: [4, 0, 2.5],
    siteIds: [ids(10), ids(11), ids(12)],
    pairDemand: [0, 0, 1, 2, 2],
    pairSite: [0, 2, 1, 1, 2],
    pairCost: [3.25, 15.0000001, 15, 60, 7],
    status: [SiteStatus.candidate, SiteStatus.existing, SiteStatus.closable],
    places: places ? [20, 15, 0] : null,
  });
}

describe('plan state', () => {
  it('round-trips ids, weights, statuses, places, rows and the open set', () => {
    for (const [ids, places] of [[uuid, true], [(k: number) => `site-${k}`, false]] as const) {
      const p = instance(ids, places);
      const open = Uint8Array.from([1, 1, 0]);
      const s = decodePlanState(encodePlanState(p, 15, open));
      expect(s.problem.demandIds).toEqual(p.demandIds);
      expect(s.problem.siteIds).toEqual(p.siteIds);
      expect([...s.problem.weights]).toEqual([...p.weights]);
      expect([...s.problem.rowStart]).toEqual([...p.rowStart]);
      expect([...s.problem.rowSite]).toEqual([...p.rowSite]);
      expect([...s.problem.status]).toEqual([...p.status]);
      expect(s.problem.places && [...s.problem.places]).toEqual(p.places && [...p.places]);
      expect([...s.open]).toEqual([1, 1, 0]);
      expect(s.limit).toBe(15);
      // costs are kept to 32-bit precision (they are shown, never compared with the limit)
      s.problem.rowCost.forEach((c, x) => expect(c).toBeCloseTo(p.rowCost[x]!, 5));
    }
  });

  it('decides "within the limit" on the exact costs (a walk of 15.0000001 minutes stays outside 15)', () => {
    const p = instance(uuid);
    const s = decodePlanState(encodePlanState(p, 15, new Uint8Array(3)));
    expect(Math.fround(15.0000001)).toBe(15);
    expect([...s.within]).toEqual([1, 1, 1]);
    const direct = coverageOf(p, 15);
    const stored = stateCoverage(s);
    expect([...stored.demandStart]).toEqual([...direct.demandStart]);
    expect([...stored.demandSite]).toEqual([...direct.demandSite]);
    expect([...stored.siteStart]).toEqual([...direct.siteStart]);
    expect([...stored.siteDemand]).toEqual([...direct.siteDemand]);
  });

  it('gives the same coverage as the problem for any instance and limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 180, maxLength: 180 }), fc.integer({ min: 0, max: 40 }), (n, m, costs, limit) => {
        const pd: number[] = [];
        const ps: number[] = [];
        const pc: number[] = [];
        for (let i = 0; i < n; i++)
          for (let j = 0; j < m; j++)
            if (costs[i * 9 + j]! < 35) {
              pd.push(i);
              ps.push(j);
              pc.push(costs[i * 9 + j]! / 3);
            }
        const p = buildProblem({ demandIds: Array.from({ length: n }, (_, i) => uuid(i)), weights: Array.from({ length: n }, (_, i) => i % 4), siteIds: Array.from({ length: m }, (_, j) => uuid(100 + j)), pairDemand: pd, pairSite: ps, pairCost: pc });
        const a = coverageOf(p, limit / 3);
        const b = stateCoverage(decodePlanState(encodePlanState(p, limit / 3, new Uint8Array(m))));
        expect([...b.demandSite]).toEqual([...a.demandSite]);
        expect([...b.siteDemand]).toEqual([...a.siteDemand]);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps site indices above 65,535 (32-bit rows) and reads a buffer at any offset', () => {
    const m = 70_000;
    const p = buildProblem({ demandIds: ['d'], weights: [1], siteIds: Array.from({ length: m }, (_, j) => `s${j}`), pairDemand: [0, 0], pairSite: [5, 69_999], pairCost: [2, 1] });
    const bytes = encodePlanState(p, 10, new Uint8Array(m));
    const shifted = new Uint8Array(bytes.byteLength + 3);
    shifted.set(bytes, 3);
    const s = decodePlanState(shifted.subarray(3));
    expect([...s.problem.rowSite]).toEqual([69_999, 5]);
    expect(s.problem.siteIds[69_999]).toBe('s69999');
    // a small Buffer is a view into Node's shared pool, as a database driver hands it over
    const small = encodePlanState(instance(uuid), 15, new Uint8Array(3));
    const pooled = Buffer.from(small);
    expect(pooled.byteOffset > 0 || pooled.buffer.byteLength > pooled.byteLength).toBe(true);
    expect(decodePlanState(pooled).problem.siteIds).toEqual(instance(uuid).siteIds);
  });

  it('is compact: UUIDs as 16 bytes, sites as 16-bit indices, 32-bit costs', () => {
    const p = instance(uuid);
    const bytes = encodePlanState(p, 15, new Uint8Array(3));
    // header 32 + weights 24 + places 24 + rowStart 16 + within 16 + sites 16 (10 → 8-aligned) + costs 24 + status 8 + open 8 + ids 96
    expect(bytes.byteLength).toBe(32 + 24 + 24 + 16 + 16 + 16 + 24 + 8 + 8 + 96);
  });

  it('refuses bytes that are not a plan state', () => {
    expect(() => decodePlanState(new Uint8Array(10))).toThrow(/too short/);
    expect(() => decodePlanState(new Uint8Array(64))).toThrow(/bad magic/);
    const bytes = encodePlanState(instance(uuid), 15, new Uint8Array(3));
    expect(() => decodePlanState(bytes.subarray(0, 100))).toThrow(/truncated/);
    const v2 = bytes.slice();
    v2[4] = 9;
    expect(() => decodePlanState(v2)).toThrow(/version 9/);
  });
});
