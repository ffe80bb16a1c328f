/**
 * A child's day, live: the entries of the day (GET …/events), then the event stream (GET …/feed, Server-Sent
 * Events) from the newest seq on. The browser's EventSource reconnects by itself and sends Last-Event-ID, so the
 * server replays what was missed; entries are merged by id and version, so a replayed or repeated event changes
 * nothing.
 */
import { useEffect, useMemo, useState } from 'react';
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
  const key = `${childId ?? ''}|${day}`;
  // One state per child and day: a new key starts empty and loading (derived below, not reset inside the effect).
  const [cur, setCur] = useState<DayState>(() => fresh(key));
  const view = cur.key === key ? cur : fresh(key);

  useEffect(() => {
    if (!childId) return;
    let closed = false;
    let source: EventSource | null = null;
    const update = (f: (s: DayState) => Partial<DayState>) => setCur((s) => ({ ...(s.key === key ? s : fresh(key)), ...f(s.key === key ? s : fresh(key)) }));
    careApi.events(childId, day).then(
      (r) => {
        if (closed) return;
        update(() => ({ entries: mergeEntries(new Map(), r.events), ...(live ? {} : { state: 'live' as const }) }));
        if (!live) return;
        const after = r.events.reduce((m, e) => Math.max(m, e.seq), 0);
        source = new EventSource(`/api/children/${encodeURIComponent(childId)}/feed?after=${after}`, { withCredentials: true });
        source.onopen = () => update(() => ({ state: 'live' }));
        source.onmessage = (m) => {
          try {
            const e = JSON.parse(m.data) as Entry;
            if (e.day !== day) return;
            update((s) => ({ entries: mergeEntries(s.entries, [e]), received: s.received + 1 }));
          } catch {
            // not an entry
          }
        };
        source.onerror = () => update(() => ({ state: source?.readyState === EventSource.CLOSED ? 'error' : 'reconnecting' }));
      },
      (e: unknown) => {
        if (closed) return;
        update(() => ({ error: e, state: 'error' }));
      },
    );
    return () => {
      closed = true;
      source?.close();
    };
  }, [childId, day, live, key]);

  const list = useMemo(() => [...view.entries.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.seq - b.seq)), [view.entries]);
  return { entries: list, state: view.state, error: view.error, live, day, received: view.received };
}

interface DayState {
  key: string;
  entries: ReadonlyMap<string, Entry>;
  state: FeedState;
  error: unknown;
  /** Events received over the stream (replays included). */
  received: number;
}

const NO_ENTRIES: ReadonlyMap<string, Entry> = new Map();

function fresh(key: string): DayState {
  return { key, entries: NO_ENTRIES, state: 'loading', error: null, received: 0 };
}
