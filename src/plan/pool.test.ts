import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.ts';
import { PlanPool } from './pool.ts';
import { buildProblem } from './problem.ts';

describe('PlanPool (piscina worker via the tsx shim)', () => {
  it('solves in a worker and rebuilds AppErrors with their field', async () => {
    const pool = new PlanPool({ threads: 1 });
    try {
      const problem = buildProblem({ demandIds: ['d1', 'd2', 'd3'], weights: [5, 4, 6], siteIds: ['A', 'B'], pairDemand: [0, 1, 2, 0, 1], pairSite: [0, 0, 0, 1, 1], pairCost: [100, 150, 30, 40, 60] });
      const r = await pool.solve({ problem, objective: 'coverage', p: 1, maxCost: 100, solver: 'exact' });
      expect(r).toMatchObject({ objective: 11, sites: ['A'], optimal: true });
      const err = await pool.solve({ problem, objective: 'coverage', p: 3, maxCost: 100 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).field).toBe('p');
    } finally {
      await pool.close();
    }
  });
});
