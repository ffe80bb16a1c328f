/** The current time for rendering ("is the recheck due?", "overdue?"), refreshed on an interval, so render stays pure. */
import { useEffect, useState } from 'react';

/**
 * Milliseconds since the epoch, updated every `everyMs`.
 * @param everyMs - how often the value moves on (default 15 s)
 */
export function useNow(everyMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
