/** Which facility points lie inside an isochrone polygon (holes, MultiPolygons, concave rings). */
import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../api/model.ts';
import { pointInArea, pointInRings, withinRings } from './geo.ts';

describe('point in polygon', () => {
  const square = (x0: number, y0: number, s: number): [number, number][] => [[x0, y0], [x0 + s, y0], [x0 + s, y0 + s], [x0, y0 + s], [x0, y0]];
  const donut: AreaGeometry = { type: 'Polygon', coordinates: [square(0, 0, 10), square(4, 4, 2)] };
  const two: AreaGeometry = { type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(5, 5, 1)]] };

  it('is inside the outer ring and outside a hole', () => {
    expect(pointInArea([1, 1], donut)).toBe(true);
    expect(pointInArea([5, 5], donut)).toBe(false); // in the hole
    expect(pointInArea([11, 5], donut)).toBe(false);
    expect(pointInArea([-0.1, 5], donut)).toBe(false);
  });

  it('finds a point in any part of a MultiPolygon, and in unclosed rings', () => {
    expect(pointInArea([0.5, 0.5], two)).toBe(true);
    expect(pointInArea([5.5, 5.5], two)).toBe(true);
    expect(pointInArea([3, 3], two)).toBe(false);
    expect(pointInRings([0.5, 0.5], [[[0, 0], [1, 0], [1, 1], [0, 1]]])).toBe(true);
    // a concave "C": the notch is outside
    const c: [number, number][] = [[0, 0], [3, 0], [3, 1], [1, 1], [1, 2], [3, 2], [3, 3], [0, 3], [0, 0]];
    expect(pointInRings([2, 1.5], [c])).toBe(false);
    expect(pointInRings([0.5, 1.5], [c])).toBe(true);
  });

  it('puts each item in the smallest ring that holds it, nearest first, and skips empty rings', () => {
    const rings = [
      { minutes: 15, geometry: { type: 'Polygon', coordinates: [square(0, 0, 10)] } as AreaGeometry },
      { minutes: 5, geometry: { type: 'Polygon', coordinates: [square(4, 4, 2)] } as AreaGeometry },
      { minutes: 10, geometry: { type: 'MultiPolygon', coordinates: [] } as AreaGeometry },
    ];
    const items = [
      { id: 'far', at: [20, 20] as [number, number] },
      { id: 'edge', at: [9, 9] as [number, number] },
      { id: 'near', at: [5, 5] as [number, number] },
    ];
    const r = withinRings(items, (i) => i.at, rings);
    expect(r.map((x) => [x.item.id, x.withinMinutes])).toEqual([
      ['near', 5],
      ['edge', 15],
    ]);
    expect(withinRings(items, (i) => i.at, [])).toEqual([]);
  });
});
