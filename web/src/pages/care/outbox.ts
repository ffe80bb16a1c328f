/**
 * The tablet's offline queue (IndexedDB, via idb): every entry is kept here first, with its client-made id, and sent
 * in order while the network is there; when it is not (the facility's Wi-Fi dropped), entries wait and go when the
 * browser is back online. A repeat of an entry the server already has is answered with the stored one (200), so an
 * entry sent twice — a lost answer, a reload mid-send — is still one entry. An entry the server refuses (a 4xx that is
 * not a network failure) leaves the queue with its error, for the carer to see.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { ApiError } from '../../api/http.ts';
import { careApi, type BulkInput, type EntryInput } from './api.ts';

export interface QueuedEntry {
  /** The entry's id (or the bulk action's). */
  id: string;
  kind: 'entry' | 'bulk';
  /** Child (entry) or class (bulk). */
  target: string;
  body: EntryInput | BulkInput;
  queuedAt: number;
  attempts: number;
}

export interface FailedEntry {
  item: QueuedEntry;
  status: number;
  /** What the server answered (translated by its machine codes where shown). */
  error: ApiError;
}

const DB = 'carecircle-tablet';
const STORE = 'outbox';
let dbp: Promise<IDBPDatabase> | null = null;
const db = () =>
  (dbp ??= openDB(DB, 1, {
    upgrade(d) {
      d.createObjectStore(STORE, { keyPath: 'id' });
    },
  }));

type Listener = () => void;
const listeners = new Set<Listener>();
const failures: FailedEntry[] = [];
let flushing: Promise<void> | null = null;
/** Orders entries queued in the same millisecond (a check-in and its morning check) as they were queued. */
let tick = 0;

/** Subscribe to changes of the queue (length, failures); returns unsubscribe. */
export function onOutboxChange(f: Listener): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}
const changed = () => listeners.forEach((f) => f());

/** Entries waiting to be sent, oldest first. */
export async function pending(): Promise<QueuedEntry[]> {
  const all = (await (await db()).getAll(STORE)) as QueuedEntry[];
  return all.sort((a, b) => a.queuedAt - b.queuedAt || (a.id < b.id ? -1 : 1));
}

/** Entries the server refused (kept until dismissed). */
export function failed(): readonly FailedEntry[] {
  return failures;
}

export function dismissFailures(): void {
  failures.length = 0;
  changed();
}

/** Queues an entry and tries to send the queue. */
export async function enqueue(kind: QueuedEntry['kind'], target: string, body: EntryInput | BulkInput): Promise<void> {
  const item: QueuedEntry = { id: body.id, kind, target, body, queuedAt: Date.now() + (tick++ % 1000) / 1000, attempts: 0 };
  await (await db()).put(STORE, item);
  changed();
  void flush();
}

async function send(item: QueuedEntry): Promise<void> {
  if (item.kind === 'entry') await careApi.record(item.target, item.body as EntryInput);
  else await careApi.bulk(item.target, item.body as BulkInput);
}

/** Sends the queue in order; stops at the first network failure (the rest waits for the network). */
export function flush(): Promise<void> {
  return (flushing ??= (async () => {
    try {
      for (const item of await pending()) {
        if (typeof navigator !== 'undefined' && navigator.onLine === false) return;
        try {
          await send(item);
        } catch (e) {
          if (e instanceof ApiError && e.code !== 'network' && e.status >= 400 && e.status < 500 && e.status !== 401 && e.status !== 429) {
            failures.push({ item, status: e.status, error: e });
          } else {
            await (await db()).put(STORE, { ...item, attempts: item.attempts + 1 });
            changed();
            return; // offline or the server is away: try again later
          }
        }
        await (await db()).delete(STORE, item.id);
        changed();
      }
    } finally {
      flushing = null;
    }
  })());
}

/** Flushes when the browser comes back online, and every 15 s while entries wait. */
export function startOutbox(): () => void {
  const online = () => void flush();
  window.addEventListener('online', online);
  const timer = setInterval(() => void flush(), 15_000);
  void flush();
  return () => {
    window.removeEventListener('online', online);
    clearInterval(timer);
  };
}
