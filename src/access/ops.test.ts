/**
 * `access nearest` in columns: the same rows and summary as the straightforward definition (architecture.md, CLI
 * contract) computed from nearestFacility's own result, and JSON text identical to JSON.stringify of the rows —
 * on random networks with two islands, points off the network, a cap, facilities on points' edges and weights.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleGraph, sharedArray, buildSnapIndex, snapPoints, nearestFacility, metersPerMinute, REASONS } from './index.ts';
import { nearestColumns, nearestRowsOf, nearestResultsJson } from './ops.ts';
import type { Graph } from './index.ts';

/** Two jittered grids ~3 km apart (two components), `nx × ny` nodes each, some streets missing. */
function islands(nx: number, ny: number, seed: number): Graph {
  let s = seed >>> 0 || 1;
  const rnd = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  const lon: number[] = [];
  const lat: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (const x0 of [0, 0.04]) {
    const base = lon.length;
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        lon.push(113.1 + x0 + (i + (rnd() - 0.5) * 0.5) * 0.0008);
        lat.push(36.2 + (j + (rnd() - 0.5) * 0.5) * 0.0008);
        const k = base + j * nx + i;
        if (i > 0 && rnd() < 0.9) {
          from.push(k - 1);
          to.push(k);
        }
        if (j > 0 && rnd() < 0.9) {
          from.push(k - nx);
          to.push(k);
        }
      }
    }
  }
  const n = lon.length;
  return assembleGraph(n, sharedArray(Float64Array, n), Float64Array.from(lon), Float64Array.from(lat), sharedArray(Uint8Array, n), from, to);
}

const round = (v: number, d: number): number => Math.round(v * 10 ** d) / 10 ** d;

describe('access nearest in columns', () => {
  it('gives the rows, summary and JSON text of the definition', () => {
    const coord = fc.tuple(fc.double({ min: 113.09, max: 113.15, noNaN: true }), fc.double({ min: 36.195, max: 36.21, noNaN: true }));
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: 1, max: 1e9 }),
        fc.array(coord, { minLength: 0, maxLength: 5 }),
        fc.array(fc.tuple(coord, fc.oneof(fc.constant(1), fc.double({ min: 0, max: 7, noNaN: true }))), { minLength: 1, maxLength: 40 }),
        fc.oneof(fc.constant(undefined), fc.double({ min: 0.5, max: 30, noNaN: true })),
        fc.double({ min: 1, max: 20, noNaN: true }),
        (size, seed, facCoords, pointSpec, maxMinutes, minutes) => {
          const g = islands(size, size, seed);
          const idx = buildSnapIndex(g);
          // Some points exactly at facilities, so that points share their facility's edge.
          const ptsCoords = [...pointSpec.map(([c]) => c), ...facCoords];
          const weights = Float64Array.from([...pointSpec.map(([, w]) => w), ...facCoords.map(() => 2)]);
          const fac = snapPoints(idx, facCoords, { maxSnapMeters: 150 });
          const pts = snapPoints(idx, ptsCoords, { maxSnapMeters: 150 });
          const params = { minutes, speedKmh: 4, ...(maxMinutes === undefined ? {} : { maxMinutes }) };
          const mpm = metersPerMinute(4);
          const fids = facCoords.map((_, i) => `f"${i}\u00e9`);
          const pids = ptsCoords.map((_, i) => `p\\${i}`);
          const cols = nearestColumns(g, fac, pts, weights, params);
          // The definition, from nearestFacility's result.
          const r = nearestFacility(g, fac, pts, maxMinutes === undefined ? {} : { capMeters: maxMinutes * mpm });
          const limit = minutes * mpm;
          let covered = 0;
          let weight = 0;
          let coveredWeight = 0;
          const rows = ptsCoords.map((_, i) => {
            weight += weights[i]!;
            const f = r.facility[i]!;
            if (f < 0) return { id: pids[i], facility: null, minutes: null, meters: null, covered: false, reason: REASONS[r.reason[i]!] };
            const m = r.meters[i]!;
            if (m <= limit) {
              covered++;
              coveredWeight += weights[i]!;
            }
            return { id: pids[i], facility: fids[f], minutes: round(m / mpm, 3), meters: round(m, 1), covered: m <= limit };
          });
          const n = ptsCoords.length;
          expect(nearestRowsOf(cols, fids, pids)).toEqual(rows);
          expect(cols.summary).toEqual({ points: n, covered, share: round(covered / n, 6), weight: round(weight, 6), coveredWeight: round(coveredWeight, 6) });
          expect(nearestResultsJson(cols, fids, pids)).toBe(JSON.stringify(nearestRowsOf(cols, fids, pids)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
