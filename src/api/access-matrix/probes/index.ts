/**
 * Every feature's probes of the access matrix. A feature that adds rows to the policy table adds its module here
 * (the matrix fails for a policy row without probes).
 */
import type { ProbeModule } from '../context.ts';
import { registryProbes } from './registry.ts';
import { familyProbes } from './families.ts';
import { careProbes } from './care.ts';
import { bureauProbes } from './bureau.ts';
import { subsidyProbes } from './subsidy.ts';
import { deskProbes } from './desk.ts';
import { accountProbes } from './accounts.ts';
import { planProbes } from './plan.ts';
import { healthProbes } from './health.ts';

export const PROBE_MODULES: readonly ProbeModule[] = [
  registryProbes,
  accountProbes, // accounts (issue 8.4, issue 9)
  planProbes, // planning
  familyProbes, // families (issue 10)
  careProbes, // daily care (issue 11)
  healthProbes, // health (issue 12)
  bureauProbes, // the bureaus' desk (issue 13)
  subsidyProbes,
  deskProbes,
];
