import { describe, expect, it } from 'vitest';
import { apportion, createRng, stableUuid } from './rng.ts';

describe('seeded randomness', () => {
  it('repeats for the same seed and stream, differs across streams', () => {
    const a = Array.from({ length: 5 }, ((r) => () => r.next())(createRng(1, 'x')));
    const b = Array.from({ length: 5 }, ((r) => () => r.next())(createRng(1, 'x')));
    const c = Array.from({ length: 5 }, ((r) => () => r.next())(createRng(1, 'y')));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    for (const v of a) expect(v >= 0 && v < 1).toBe(true);
  });

  it('draws integers in range, roughly uniformly', () => {
    const r = createRng(3);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[r.int(0, 3)]!++;
    for (const n of counts) expect(n).toBeGreaterThan(850);
  });

  it('makes stable RFC 9562 version-8 UUIDs', () => {
    const u = stableUuid(5, 'facility:1');
    expect(u).toBe(stableUuid(5, 'facility:1'));
    expect(u).not.toBe(stableUuid(6, 'facility:1'));
    expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('apportions an integer total exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [0, 2, 5]).reduce((s, v) => s + v, 0)).toBe(7);
    expect(apportion(5, [0, 0])).toEqual([5, 0]);
  });
});
