/**
 * The live parent feed's fan-out in one server process: one LISTEN (src/db, channel `care_entries`) for the whole
 * process, and the open streams of each child. A NOTIFY from any process on the database (carrying the entry, or
 * only its seq when the entry is too large for NOTIFY's 8000 bytes) is handed to that child's streams; each stream
 * drops what it already has (seq ≤ its last), so a replay and the live notices can overlap without duplicates.
 * After a lost LISTEN connection the hub reads what every child's streams missed from the table (NOTIFYs sent
 * meanwhile are gone). Nothing here assumes it is the only process.
 */
import type { Db } from '../../db/index.ts';
import { CareFeedStore, type EntryView } from '../../db/repos/index.ts';

/** One open stream of a child's feed. */
export interface FeedSink {
  /** The last seq the stream has sent (or will have sent once its replay is written). */
  lastSeq(): number;
  /** New entries for the child, in seq order (may include ones the stream already has). */
  push(entries: readonly EntryView[]): void;
  /** The server is shutting down. */
  close(): void;
}

interface Notice {
  seq: number;
  child: string;
  entry?: EntryView;
}

export const FEED_CHANNEL = 'care_entries';

const hubs = new WeakMap<Db, FeedHub>();

export class FeedHub {
  readonly #db: Db;
  readonly #store: CareFeedStore;
  readonly #sinks = new Map<string, Set<FeedSink>>();
  /** Per child, the notices in hand (so a fetched entry is never overtaken by a later inline one). */
  readonly #chains = new Map<string, Promise<void>>();
  #started: Promise<void> | null = null;
  #unlisten: (() => void) | null = null;
  #closed = false;
  /** Notices received (for the bench and tests). */
  received = 0;

  private constructor(db: Db) {
    this.#db = db;
    this.#store = new CareFeedStore(db);
  }

  /** The hub of a database handle (one per process and Db). */
  static for(db: Db): FeedHub {
    let h = hubs.get(db);
    if (!h) hubs.set(db, (h = new FeedHub(db)));
    return h;
  }

  /** Closes the hub of a database handle, ending its streams (server shutdown). */
  static close(db: Db): void {
    hubs.get(db)?.close();
    hubs.delete(db);
  }

  /** The number of open streams. */
  get streams(): number {
    let n = 0;
    for (const s of this.#sinks.values()) n += s.size;
    return n;
  }

  #start(): Promise<void> {
    return (this.#started ??= this.#db
      .listen(FEED_CHANNEL, (p) => this.#onNotice(p), () => this.#catchUp())
      .then((unlisten) => {
        this.#unlisten = unlisten;
      })
      .catch((e: unknown) => {
        this.#started = null;
        throw e;
      }));
  }

  /**
   * Adds a stream for a child; resolves once LISTEN is in effect, so every entry committed afterwards reaches it.
   * @returns remove the stream
   */
  async subscribe(childId: string, sink: FeedSink): Promise<() => void> {
    if (this.#closed) throw new Error('feed hub closed');
    let set = this.#sinks.get(childId);
    if (!set) this.#sinks.set(childId, (set = new Set()));
    set.add(sink);
    try {
      await this.#start();
    } catch (e) {
      set.delete(sink);
      throw e;
    }
    return () => {
      const s = this.#sinks.get(childId);
      if (!s) return;
      s.delete(sink);
      if (s.size === 0) this.#sinks.delete(childId);
    };
  }

  #onNotice(payload: string): void {
    let n: Notice;
    try {
      n = JSON.parse(payload) as Notice;
    } catch {
      return;
    }
    this.received++;
    if (!this.#sinks.has(n.child)) return;
    this.#enqueue(n.child, async () => {
      const entries = n.entry ? [n.entry] : await this.#store.after(n.child, this.#minSeq(n.child));
      this.#deliver(n.child, entries);
    });
  }

  #enqueue(child: string, task: () => Promise<void>): void {
    const prev = this.#chains.get(child) ?? Promise.resolve();
    const next = prev.then(task).catch(() => undefined);
    this.#chains.set(child, next);
    void next.then(() => {
      if (this.#chains.get(child) === next) this.#chains.delete(child);
    });
  }

  #minSeq(child: string): number {
    let m = Number.POSITIVE_INFINITY;
    for (const s of this.#sinks.get(child) ?? []) m = Math.min(m, s.lastSeq());
    return Number.isFinite(m) ? m : 0;
  }

  #deliver(child: string, entries: readonly EntryView[]): void {
    if (!entries.length) return;
    for (const s of this.#sinks.get(child) ?? []) s.push(entries);
  }

  /** After a reconnect of the LISTEN connection: every child's streams get what they missed, from the table. */
  #catchUp(): void {
    for (const child of this.#sinks.keys()) this.#enqueue(child, async () => this.#deliver(child, await this.#store.after(child, this.#minSeq(child))));
  }

  close(): void {
    this.#closed = true;
    this.#unlisten?.();
    for (const set of this.#sinks.values()) for (const s of set) s.close();
    this.#sinks.clear();
  }
}
