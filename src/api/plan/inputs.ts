/**
 * The points a plan is built from (read in a solver worker): the caller's demand, supply, candidates and divisions
 * from one snapshot of the plan repository, and a 400 naming the field when there is nothing to plan with.
 */
import type { Repos } from '../../db/repos/index.ts';
import type { PlanInputs } from '../../db/repos/plan.ts';
import { invalid } from '../../shared/errors.ts';
import type { SolveRequest } from './schemas.ts';

/**
 * Reads and checks the inputs of `req`.
 * @param repos - the caller's repositories
 * @param req - the request (division, candidate kinds or ids, p)
 */
export async function planInputs(repos: Repos, req: SolveRequest): Promise<PlanInputs> {
  const filter = { ...(req.candidates?.kinds ? { kinds: req.candidates.kinds } : {}), ...(req.candidates?.ids ? { ids: req.candidates.ids } : {}), ...(req.divisionId ? { divisionId: req.divisionId } : {}) };
  const inputs = await repos.plan.inputs(filter);
  const { demand, candidates } = inputs;
  if (req.candidates?.ids) {
    const have = new Set(candidates.map((c) => c.id));
    const missing = req.candidates.ids.findIndex((id) => !have.has(id));
    if (missing >= 0) throw invalid(`candidates.ids.${missing}`, `candidate "${req.candidates.ids[missing]}" does not exist or is outside your scope`, 'unknown_candidate', { id: req.candidates.ids[missing]! });
  }
  if (demand.length === 0) throw invalid('divisionId', 'there are no children 0–3 in compounds in this scope to plan for', 'no_demand');
  if (candidates.length === 0) throw invalid('candidates', 'there are no candidate sites in this scope (upload some as GeoJSON points)', 'no_candidates');
  if (req.objective !== 'setcover' && req.p! > candidates.length)
    throw invalid('p', `p = ${req.p} is larger than the ${candidates.length} candidate site${candidates.length === 1 ? '' : 's'}`, 'more_than_candidates', { p: req.p!, candidates: candidates.length });
  return inputs;
}
