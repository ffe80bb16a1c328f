/**
 * AccessPool: answers match the in-thread engine, and the event loop stays free while a big query runs in a worker
 * (the API server's health check must answer within 50 ms during a city-wide query).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessPool } from './pool.ts';
import { gridGraph } from './synthetic.ts';
import { buildSnapIndex, snapPoints } from './index.ts';
import type { PointSet } from './index.ts';
import { nearestRows } from './ops.ts';

// A 160 000-node street grid (8 × 8 km at 20 m): big enough that isochrones for many facilities take a while.
const g = gridGraph(400, 400, 20);
const pointSet = (prefix: string, nodes: number[]): PointSet => ({
  ids: nodes.map((_, i) => `${prefix}${i + 1}`),
  coords: nodes.map((k) => [g.lon[k]! + 0.00003, g.lat[k]! + 0.00002] as [number, number]),
  weights: new Float64Array(nodes.length).fill(1),
  properties: nodes.map(() => ({})),
});
const facilities = pointSet('f', Array.from({ length: 60 }, (_, i) => (i * 2671) % g.nodeCount));
const points = pointSet('p', Array.from({ length: 3000 }, (_, i) => (i * 7919) % g.nodeCount));
let pool: AccessPool;

beforeAll(async () => {
  pool = AccessPool.create(g, { threads: 1 });
  await pool.ready();
}, 60_000);
afterAll(async () => {
  await pool.destroy();
});

describe('AccessPool', () => {
  it('answers nearest exactly like the in-thread engine', async () => {
    const idx = buildSnapIndex(g);
    const local = nearestRows(g, snapPoints(idx, facilities.coords), snapPoints(idx, points.coords), facilities, points, { minutes: 10 });
    const remote = await pool.nearest(facilities, points, { minutes: 10 });
    expect(remote).toEqual(local);
  });

  it('keeps the event loop free during a big query', async () => {
    /** Timer lateness (ms) every 10 ms while `work` runs. */
    const lateness = async (work: () => Promise<unknown>): Promise<{ lags: number[]; elapsed: number }> => {
      const lags: number[] = [];
      let last = performance.now();
      const timer = setInterval(() => {
        const now = performance.now();
        lags.push(now - last - 10);
        last = now;
      }, 10);
      const t0 = performance.now();
      await work();
      const elapsed = performance.now() - t0;
      clearInterval(timer);
      return { lags: lags.sort((a, b) => a - b), elapsed };
    };
    const p95 = (a: number[]) => a[Math.floor(a.length * 0.95)] ?? 0;
    let json = '';
    const busy = await lateness(async () => (json = await pool.isochronesJson(facilities, { minutes: [5, 10, 15] })));
    // The same span with nothing running: the machine's own scheduling noise (tests run in parallel on 2 shared cores).
    const idle = await lateness(() => new Promise((r) => setTimeout(r, busy.elapsed)));
    expect(json.length).toBeGreaterThan(1000);
    expect(busy.elapsed).toBeGreaterThan(100); // it really was a big query…
    // …and timers kept firing throughout. A query on the event loop would hold every timer for all of its length;
    // off the loop, lateness stays within 50 ms of what the machine shows when idle (the strict figure — a health
    // request answered within 50 ms — is measured in bench/access, not asserted on a shared machine).
    expect(busy.lags.length).toBeGreaterThan(busy.elapsed / 10 / 4);
    expect(p95(busy.lags)).toBeLessThan(50 + p95(idle.lags));
    expect(busy.lags[busy.lags.length - 1]!).toBeLessThan(Math.max(50, busy.elapsed / 4));
  });

  it('carries AppErrors across the thread boundary', async () => {
    await expect(pool.nearest(facilities, points, { speedKmh: -1 })).rejects.toMatchObject({ code: 'invalid', field: 'speedKmh' });
    // Thrown inside the worker:
    await expect(pool.nearest(facilities, points, { maxSnapMeters: -5 })).rejects.toMatchObject({ code: 'invalid', field: 'maxSnapMeters' });
    const r = await pool.coverage(facilities, points, { method: 'e2sfca', divisions: points.ids.map((_, i) => (i % 2 ? 'odd' : 'even')) });
    expect(r.divisions.map((d) => d.division)).toEqual(['even', 'odd']);
  });
});
