import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.ts';
import { parseSitesCsv, problemFromCsv } from './csv.ts';
import { parseOrlib, parseOrlibOptima } from './orlib.ts';
import { buildProblem } from './problem.ts';
import { solvePlan } from './solve.ts';
import { HAS_PLAN_DATA, NO_DATA_MESSAGE, readPlanData } from './test-data.ts';
import type { PlanRequest } from './types.ts';

if (!HAS_PLAN_DATA) console.warn(NO_DATA_MESSAGE);
const withData = describe.skipIf(!HAS_PLAN_DATA);

async function rejection(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

const SOLVERS = ['heuristic', 'exact'] as const;

withData('tiny edge cases', () => {
  const tiny = () => problemFromCsv(readPlanData('tiny/costs.csv'), readPlanData('tiny/demand.csv'));
  for (const solver of SOLVERS) {
    it(`${solver}: the coverage limit is inclusive (p = 1 → A, 11; p = 2 → 15)`, async () => {
      const r1 = await solvePlan({ problem: tiny(), objective: 'coverage', p: 1, maxCost: 100, solver });
      expect(r1.sites).toEqual(['A']);
      expect(r1.objective).toBe(11);
      expect((await solvePlan({ problem: tiny(), objective: 'coverage', p: 2, maxCost: 100, solver })).objective).toBe(15);
    });
    it(`${solver}: median p = 1 → A, 1280 (B cannot serve d3)`, async () => {
      const r = await solvePlan({ problem: tiny(), objective: 'median', p: 1, solver });
      expect(r.sites).toEqual(['A']);
      expect(r.objective).toBe(1280);
    });
    it(`${solver}: capacitated coverage with places from a sites file (A 5, B 10)`, async () => {
      const sites = parseSitesCsv('id,places,status\nA,5,candidate\nB,10,\n');
      const problem = problemFromCsv(readPlanData('tiny/costs.csv'), readPlanData('tiny/demand.csv'), sites);
      const r1 = await solvePlan({ problem, objective: 'capacitated', p: 1, maxCost: 100, solver });
      expect([r1.sites, r1.objective]).toEqual([['B'], 9]);
      const r2 = await solvePlan({ problem, objective: 'capacitated', p: 2, maxCost: 100, solver });
      expect(r2.objective).toBe(14); // A can take only 5 of d3's 6
      expect(r2.optimal).toBe(true);
    });
    it(`${solver}: dup_last_wins p = 1 → 70`, async () => {
      const inst = parseOrlib(readPlanData('tiny/dup_last_wins.txt'));
      expect((await solvePlan({ problem: inst.problem, objective: 'median', p: inst.p, solver })).objective).toBe(70);
    });
  }
});

withData("spopt's San Francisco instance", () => {
  // Read when the suite runs, not while collecting: a clone without ../shared skips it without touching the files.
  let sf: ReturnType<typeof problemFromCsv>;
  beforeAll(() => {
    sf = problemFromCsv(readPlanData('spopt_sf/costs.csv'), readPlanData('spopt_sf/demand.csv'));
  });
  const mclp = [448255, 671938, 791499, 875247, 927402, 941462, 950428, 955113];
  for (const solver of SOLVERS) {
    it(`${solver}: MCLP at 5,000 m matches the published optima for p = 1…8`, async () => {
      for (let p = 1; p <= 8; p++) {
        const r = await solvePlan({ problem: sf, objective: 'coverage', p, maxCost: 5000, solver });
        expect(r.objective, `p = ${p}`).toBe(mclp[p - 1]);
        expect(r.sites).toHaveLength(p);
        if (solver === 'exact') expect(r.optimal).toBe(true);
        if (p === 4) {
          expect(r.sites).toEqual(['Store_2', 'Store_11', 'Store_12', 'Store_15']);
          expect(r.covered).toBe(875247);
        }
      }
    });
    it(`${solver}: p-median, p-center and set covering`, async () => {
      const med = await solvePlan({ problem: sf, objective: 'median', p: 4, solver });
      expect(med.mean).toBeCloseTo(2982.1268579890657, 9);
      const cen = await solvePlan({ problem: sf, objective: 'center', p: 4, solver });
      expect(cen.objective).toBeCloseTo(7403.0638, 3);
      const sc = await solvePlan({ problem: sf, objective: 'setcover', maxCost: 5000, solver });
      expect(sc.objective).toBe(8);
      expect(sc.covered).toBe(955113);
      if (solver === 'exact') for (const r of [med, cen, sc]) expect(r.optimal).toBe(true);
      const part = await solvePlan({ problem: sf, objective: 'setcover', maxCost: 5000, targetShare: 0.9, solver });
      expect(part.covered! / part.totalWeight).toBeGreaterThanOrEqual(0.9);
      expect(part.objective).toBe(4); // 3 sites reach 791,499 (82.9%), 4 reach 875,247 (91.6%)
    });
  }
});

withData('OR-Library', () => {
  let optima: ReturnType<typeof parseOrlibOptima>;
  beforeAll(() => {
    optima = parseOrlibOptima(readPlanData('orlib/pmedopt.txt'));
  });
  for (const k of [1, 2]) {
    it(`exact pmed${k} reproduces the published optimum`, async () => {
      const inst = parseOrlib(readPlanData(`orlib/pmed${k}.txt`));
      const r = await solvePlan({ problem: inst.problem, objective: 'median', p: inst.p, solver: 'exact', alwaysRunExact: true, timeLimitSeconds: 50 });
      expect(r.highsStatus).toBe('optimal');
      expect(r.optimal).toBe(true);
      expect(r.objective).toBe(optima.get(`pmed${k}`));
      expect(r.sites).toHaveLength(inst.p);
    });
  }
  it('the heuristic is within 1% on pmed1–5, 10, 15, 20 and deterministic', async () => {
    for (const k of [1, 2, 3, 4, 5, 10, 15, 20]) {
      const inst = parseOrlib(readPlanData(`orlib/pmed${k}.txt`));
      const r = await solvePlan({ problem: inst.problem, objective: 'median', p: inst.p, solver: 'heuristic' });
      const opt = optima.get(`pmed${k}`)!;
      expect(r.objective / opt, `pmed${k}`).toBeLessThanOrEqual(1.01);
      expect(r.bound!).toBeLessThanOrEqual(opt);
      if (k === 10) {
        const again = await solvePlan({ problem: inst.problem, objective: 'median', p: inst.p, solver: 'heuristic' });
        expect(again.sites).toEqual(r.sites);
      }
    }
  });
  it('a solve that hits its time limit says so and returns its best plan with the bound', async () => {
    const inst = parseOrlib(readPlanData('orlib/pmed6.txt'));
    const r = await solvePlan({ problem: inst.problem, objective: 'median', p: inst.p, solver: 'exact', alwaysRunExact: true, timeLimitSeconds: 1 });
    expect(r.highsStatus).toBe('time_limit');
    expect(r.sites).toHaveLength(5);
    expect(r.bound).not.toBeNull();
    expect(r.bound!).toBeLessThanOrEqual(r.objective);
    if (!r.optimal) expect(r.status).toBe('time_limit');
  });
});

describe('bad input names the field', () => {
  const small = buildProblem({ demandIds: ['a', 'b'], weights: [1, 1], siteIds: ['X', 'Y'], pairDemand: [0, 1], pairSite: [0, 1], pairCost: [1, 1] });
  const cases: Array<[string, Partial<PlanRequest>, string]> = [
    ['p larger than the candidates', { objective: 'coverage', p: 3, maxCost: 5 }, 'p'],
    ['p missing', { objective: 'median' }, 'p'],
    ['maxCost missing', { objective: 'coverage', p: 1 }, 'maxCost'],
    ['negative maxCost', { objective: 'coverage', p: 1, maxCost: -1 }, 'maxCost'],
    ['infeasible target', { objective: 'setcover', maxCost: 0.5 }, 'targetShare'],
    ['target share above 1', { objective: 'setcover', maxCost: 5, targetShare: 1.5 }, 'targetShare'],
    ['capacitated without places', { objective: 'capacitated', p: 1, maxCost: 5 }, 'places'],
    ['unknown objective', { objective: 'nope' as never, p: 1 }, 'objective'],
  ];
  for (const [name, req, field] of cases)
    it(name, async () => {
      const e = await rejection(solvePlan({ problem: small, ...req } as PlanRequest));
      expect(e.code).toBe('invalid');
      expect(e.field).toBe(field);
      expect(e.message.startsWith(`${field}:`)).toBe(true);
    });
  it('an unreachable partial target', async () => {
    const e = await rejection(solvePlan({ problem: small, objective: 'setcover', maxCost: 0.5, targetShare: 0.5 }));
    expect(e.field).toBe('targetShare');
  });
});

describe('existing sites and closures', () => {
  // a line: demands at 0..9, sites at 0, 3, 7 (site "old" at 0 is existing)
  const pos = [0, 3, 7];
  const pd: number[] = [];
  const ps: number[] = [];
  const pc: number[] = [];
  for (let i = 0; i < 10; i++)
    for (let j = 0; j < 3; j++) {
      pd.push(i);
      ps.push(j);
      pc.push(Math.abs(i - pos[j]!));
    }
  const mk = (status: number) => buildProblem({ demandIds: [...Array(10).keys()].map(String), weights: new Array(10).fill(1), siteIds: ['old', 'mid', 'end'], pairDemand: pd, pairSite: ps, pairCost: pc, status: [status, 0, 0] });
  for (const solver of SOLVERS) {
    it(`${solver}: existing sites stay open and do not count against p`, async () => {
      const r = await solvePlan({ problem: mk(1), objective: 'coverage', p: 1, maxCost: 2, solver });
      expect(r.sites).toContain('old');
      expect(r.opened).toHaveLength(1);
    });
    it(`${solver}: a closable site may be swapped for a better new one`, async () => {
      const r = await solvePlan({ problem: mk(2), objective: 'median', p: 1, maxClosures: 1, solver });
      expect(r.closed).toEqual(['old']);
      expect(r.opened).toEqual(['mid', 'end'].filter((s) => r.sites.includes(s)));
      expect(r.sites).toHaveLength(2);
      const kept = await solvePlan({ problem: mk(2), objective: 'median', p: 1, maxClosures: 0, solver });
      expect(kept.sites).toContain('old');
      expect(r.objective).toBeLessThanOrEqual(kept.objective);
    });
  }
});
