/**
 * A child's day, live: the entries of the day (GET …/events), then the event stream (GET …/feed, Server-Sent
 * Events) from the newest seq on. The browser's EventSource reconnects by itself and sends Last-Event-ID, so the
 * server replays what was missed; entries are merged by id and version, so a replayed or repeated event changes
 * nothing.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { careApi, cityToday, type Entry } from './api.ts';

export type FeedState = 'loading' | 'live' | 'reconnecting' | 'error';

/** Keeps the newest version of each entry, in time order. */
export function mergeEntries(into: ReadonlyMap<string, Entry>, entries: readonly Entry[]): Map<string, Entry> {
  const out = new Map(into);
  for (const e of entries) {
    const have = out.get(e.id);
    if (!have || have.version < e.version) out.set(e.id, e);
  }
  return out;
}

/**
 * The entries of a child's day; today's stay live.
 * @param childId - the child (null: none)
 * @param date - the day (default today)
 */
export function useChildDay(childId: string | null, date?: string) {
  const day = date ?? cityToday();
  const live = day === cityToday();
  const [entries, setEntries] = useState<Map<string, Entry>>(new Map());
  const [state, setState] = useState<FeedState>('loading');
  const [error, setError] = useState<unknown>(null);
  const received = useRef(0);

  useEffect(() => {
    if (!childId) return;
    let closed = false;
    let source: EventSource | null = null;
    setEntries(new Map());
    setState('loading');
    setError(null);
    careApi.events(childId, day).then(
      (r) => {
        if (closed) return;
        setEntries(mergeEntries(new Map(), r.events));
        if (!live) {
          setState('live');
          return;
        }
        const after = r.events.reduce((m, e) => Math.max(m, e.seq), 0);
        source = new EventSource(`/api/children/${encodeURIComponent(childId)}/feed?after=${after}`, { withCredentials: true });
        source.onopen = () => setState('live');
        source.onmessage = (m) => {
          try {
            const e = JSON.parse(m.data) as Entry;
            if (e.day !== day) return;
            received.current++;
            setEntries((cur) => mergeEntries(cur, [e]));
          } catch {
            // not an entry
          }
        };
        source.onerror = () => setState(source?.readyState === EventSource.CLOSED ? 'error' : 'reconnecting');
      },
      (e: unknown) => {
        if (closed) return;
        setError(e);
        setState('error');
      },
    );
    return () => {
      closed = true;
      source?.close();
    };
  }, [childId, day, live]);

  const list = useMemo(() => [...entries.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.seq - b.seq)), [entries]);
  return { entries: list, state, error, live, day, received: received.current };
}
