/**
 * Runs the care rules that act on the clock (src/db/repos/care-clock.ts) every half minute in this server process.
 * Every replica runs it: the rules raise each alert once however many processes evaluate them.
 */
import type { Db } from '../../db/index.ts';
import { runCareClock } from '../../db/repos/index.ts';

/**
 * Starts the clock; returns a stop function.
 * @param db - the database
 * @param log - where failures are reported (one line, never children's data)
 * @param everyMs - the interval
 */
export function startCareClock(db: Db, log: (m: string) => void, everyMs = 30_000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runCareClock(db);
    } catch (e) {
      log(`care clock: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), 2_000);
  const timer = setInterval(() => void tick(), everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
