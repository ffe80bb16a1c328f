/**
 * A monotone bucket queue of graph nodes (Dial's algorithm): node labels go to buckets of a fixed width, processed
 * in increasing order. A ring of bucket heads over linked lists of entries in typed arrays; a node whose label
 * improves is pushed again and its older entry becomes stale (skipped on pop) — no decrease-key.
 */

/** The smallest power of two ≥ n, at least 16. */
function ringSize(n: number): number {
  let r = 16;
  while (r < n) r *= 2;
  return r;
}

/** A copy of `a` twice as long. */
function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Buckets numbered from 0; `current` only moves forward and every push goes to a bucket ≥ `current`. Reusable:
 * {@link BucketQueue.start} clears it for the next search.
 */
export class BucketQueue {
  /** The bucket each node is queued in, -1 when not queued. */
  readonly queuedIn: Int32Array;
  /** The bucket being processed. */
  current = 0;
  /** Entries in the ring, stale ones included (0 = empty). */
  size = 0;
  /** Ring of first entries per bucket (a power of two long; bucket b sits in slot b & mask). */
  #head: Int32Array;
  #mask: number;
  /** Entry → node, entry → next entry of the same bucket. */
  #node: Int32Array;
  #next: Int32Array;
  #entries = 0;

  /**
   * @param nodes - the graph's node count
   * @param span - the bucket span expected between the current bucket and the farthest push (grown on demand)
   */
  constructor(nodes: number, span = 8192) {
    this.queuedIn = new Int32Array(nodes).fill(-1);
    this.#head = new Int32Array(ringSize(span)).fill(-1);
    this.#mask = this.#head.length - 1;
    const cap = Math.max(16, nodes >> 2);
    this.#node = new Int32Array(cap);
    this.#next = new Int32Array(cap);
  }

  /** Empties the queue and makes `first` the current bucket; `span` buckets ahead must fit without a regrow. */
  start(first: number, span: number): void {
    if (this.size > 0) this.#head.fill(-1);
    if (this.#head.length < span) {
      this.#head = new Int32Array(ringSize(span)).fill(-1);
      this.#mask = this.#head.length - 1;
    }
    this.current = first;
    this.size = 0;
    this.#entries = 0;
  }

  /** Queues node v in bucket b (b ≥ current). */
  push(v: number, b: number): void {
    if (b - this.current > this.#mask) this.#regrow(2 * (b - this.current + 1));
    if (this.#entries === this.#node.length) {
      this.#node = grown(this.#node);
      this.#next = grown(this.#next);
    }
    const slot = b & this.#mask;
    const e = this.#entries++;
    this.#node[e] = v;
    this.#next[e] = this.#head[slot]!;
    this.#head[slot] = e;
    this.queuedIn[v] = b;
    this.size++;
  }

  /** The next node of the current bucket (marked as no longer queued), or -1 when the bucket is empty. */
  pop(): number {
    const head = this.#head;
    const slot = this.current & this.#mask;
    const cur = this.current;
    const queuedIn = this.queuedIn;
    let e = head[slot]!;
    while (e !== -1) {
      head[slot] = this.#next[e]!;
      this.size--;
      const v = this.#node[e]!;
      if (queuedIn[v] === cur) {
        queuedIn[v] = -1;
        return v;
      }
      e = head[slot]!; // stale: v moved to a lower bucket and was processed there
    }
    return -1;
  }

  /**
   * Moves the live entries into a ring of at least `span` buckets. Every queued bucket lies within one ring length
   * of the current one, so an entry in slot s is live exactly when its node's bucket ≡ s; stale entries are dropped.
   */
  #regrow(span: number): void {
    const old = this.#head;
    const oldMask = this.#mask;
    const head = new Int32Array(ringSize(span)).fill(-1);
    const mask = head.length - 1;
    let live = 0;
    for (let s = 0; s < old.length; s++) {
      let e = old[s]!;
      while (e !== -1) {
        const after = this.#next[e]!;
        const b = this.queuedIn[this.#node[e]!]!;
        if (b >= 0 && (b & oldMask) === s) {
          this.#next[e] = head[b & mask]!;
          head[b & mask] = e;
          live++;
        }
        e = after;
      }
    }
    this.#head = head;
    this.#mask = mask;
    this.size = live;
  }
}
