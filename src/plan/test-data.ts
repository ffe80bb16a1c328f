/**
 * Where the shared planning data lives (../shared/data/plan from the project root; PLAN_DATA overrides) — for tests
 * and benchmarks, which skip with a clear message when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the planning data folder. */
export const PLAN_DATA = process.env.PLAN_DATA ?? resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/data/plan');

/** True when the data folder is present. */
export const HAS_PLAN_DATA = existsSync(join(PLAN_DATA, 'README.md'));

/** Message used by skipped suites. */
export const NO_DATA_MESSAGE = `planning data not found at ${PLAN_DATA} (set PLAN_DATA or add ../shared/data/plan) — data tests skipped`;

/**
 * Reads a file of the data folder.
 * @param rel - path relative to the data folder
 */
export function readPlanData(rel: string): string {
  return readFileSync(join(PLAN_DATA, rel), 'utf8');
}
