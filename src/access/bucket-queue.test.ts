/**
 * The bucket queue against a plain model (node → its latest bucket): every pop returns a node queued in the current
 * bucket, each live entry exactly once, stale entries never — also across ring regrowth (pushes far ahead).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BucketQueue } from './bucket-queue.ts';

describe('BucketQueue', () => {
  it('pops exactly the live entries of each bucket, in bucket order, through regrowth', () => {
    const op = fc.record({ node: fc.integer({ min: 0, max: 49 }), ahead: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 100_000 })), pops: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), fc.integer({ min: 0, max: 1000 }), (ops, first) => {
        const q = new BucketQueue(50, 16);
        q.start(first, 1);
        const model = new Map<number, number>(); // node → bucket it is queued in
        const popBucket = (): void => {
          const expected = [...model].filter(([, b]) => b === q.current).map(([v]) => v).sort((a, b) => a - b);
          const got: number[] = [];
          let v: number;
          while ((v = q.pop()) !== -1) got.push(v);
          for (const x of got) model.delete(x);
          expect(got.sort((a, b) => a - b)).toEqual(expected);
          q.current++;
        };
        for (const { node, ahead, pops } of ops) {
          const b = q.current + ahead;
          // As the search does: push only when the node is not already queued in that bucket.
          if (q.queuedIn[node] !== b) {
            q.push(node, b);
            model.set(node, b);
          }
          for (let k = 0; k < pops; k++) popBucket();
          for (const [, bucket] of model) expect(bucket).toBeGreaterThanOrEqual(q.current);
        }
        // Drain: jump over empty buckets to the next queued one, as far as the model says.
        while (model.size > 0) {
          q.current = Math.min(...model.values());
          popBucket();
        }
        expect(q.pop()).toBe(-1);
      }),
      { numRuns: 300 },
    );
  });

  it('starts over cleanly with entries left from the last search', () => {
    const q = new BucketQueue(4, 16);
    q.start(0, 1);
    q.push(1, 3);
    q.push(2, 5);
    for (const v of [1, 2]) q.queuedIn[v] = -1; // what Searcher.reset does
    q.start(100, 1);
    expect(q.size).toBe(0);
    q.push(3, 100);
    expect(q.pop()).toBe(3);
    expect(q.pop()).toBe(-1);
  });
});
