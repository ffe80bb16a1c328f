/**
 * Deterministic randomness for the demo city: a seeded PRNG (sfc32 seeded through a SHA-256 of the seed and a
 * stream name) and stable ids. Never Math.random, never the clock: the same seed gives the same city, byte for byte.
 * Every generation stage draws from its own named stream, so adding a stage (or a kind of record) never changes
 * what the others produce.
 */
import { createHash } from 'node:crypto';

/** A seeded random source. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number;
  /** Uniform real in [lo, hi). */
  range(lo: number, hi: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One element with probability proportional to its weight. */
  weighted<T>(items: readonly T[], weight: (t: T) => number): T;
  /** Approximately normal (mean, sd), by the sum of uniforms. */
  normal(mean: number, sd: number): number;
  /** A new independent stream derived from this one's seed and a name. */
  fork(name: string): Rng;
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/**
 * Creates a seeded PRNG stream.
 * @param seed - the city's seed
 * @param stream - the stream name (one per generation stage), so stages are independent
 */
export function createRng(seed: number | string, stream = 'root'): Rng {
  const h = sha256(`carecircle-demo:${seed}:${stream}`);
  let a = h.readUInt32LE(0);
  let b = h.readUInt32LE(4);
  let c = h.readUInt32LE(8);
  let d = h.readUInt32LE(12);
  // sfc32 (Chris Doty-Humphrey's Small Fast Counter), 32-bit state words.
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const rng: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    range: (lo, hi) => lo + next() * (hi - lo),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (items, weight) => {
      let total = 0;
      for (const it of items) total += Math.max(0, weight(it));
      if (items.length === 0) throw new Error('weighted pick from an empty list');
      if (total <= 0) return items[Math.floor(next() * items.length)]!;
      let r = next() * total;
      for (const it of items) {
        r -= Math.max(0, weight(it));
        if (r < 0) return it;
      }
      return items[items.length - 1]!;
    },
    normal: (mean, sd) => {
      let s = 0;
      for (let i = 0; i < 6; i++) s += next();
      return mean + (s - 3) * sd * Math.SQRT2;
    },
    fork: (name) => createRng(seed, `${stream}/${name}`),
  };
  return rng;
}

/**
 * A stable UUID derived from the seed and a key (SHA-256, formatted with the RFC 9562 version-8 "custom" bits), so
 * the same seed writes the same ids.
 * @param seed - the city's seed
 * @param key - a key unique within the city, e.g. `facility:140403:12`
 */
export function stableUuid(seed: number | string, key: string): string {
  const h = sha256(`carecircle-demo-id:${seed}:${key}`);
  h[6] = (h[6]! & 0x0f) | 0x80; // version 8
  h[8] = (h[8]! & 0x3f) | 0x80; // variant 10
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/**
 * Splits an integer total into parts proportional to weights, exactly (largest remainder; ties by index).
 * @param total - a non-negative integer
 * @param weights - non-negative weights
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + Math.max(0, w), 0);
  if (weights.length === 0) return [];
  if (sum <= 0) {
    const out = weights.map(() => 0);
    out[0] = total;
    return out;
  }
  const raw = weights.map((w) => (Math.max(0, w) / sum) * total);
  const out = raw.map((r) => Math.floor(r));
  let left = total - out.reduce((s, v) => s + v, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((p, q) => q[0] - p[0] || p[1] - q[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[order[k]![1]]! += 1;
  return out;
}
