/**
 * Repositories bound to one caller: the only way the API and the CLI reach the data.
 */
import type { Db } from '../pool.ts';
import type { Caller } from './caller.ts';
import { ChildRepo } from './children.ts';
import { DivisionRepo } from './divisions.ts';
import { FacilityRepo } from './facilities.ts';

export * from './caller.ts';
export { AuthStore, createUser, publicUser, callerOf, type PublicUser, type UserRecord, type NewUser } from './users.ts';
export type { FacilityView, FacilitySummary, FacilityFilter, TreeNode, ClassView } from './facilities.ts';
export type { DivisionView } from './divisions.ts';
export type { ChildView } from './children.ts';
export { audit } from './audit.ts';

export interface Repos {
  caller: Caller;
  facilities: FacilityRepo;
  divisions: DivisionRepo;
  children: ChildRepo;
}

/** All repositories, scoped to `caller`. */
export function reposFor(db: Db, caller: Caller): Repos {
  return {
    caller,
    facilities: new FacilityRepo(db, caller),
    divisions: new DivisionRepo(db),
    children: new ChildRepo(db, caller),
  };
}
