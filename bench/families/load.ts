/**
 * Two ways of asking autocannon for "200 requests a second", and what each one actually sends.
 *
 * - `evenRate`: `rate` autocannon clients of one connection at one request a second each, started 1/rate s apart, so
 *   the requests leave evenly spaced (every 5 ms at 200/s) — the rate as a city's phones would make it. Response
 *   times are taken raw from autocannon's `response` events. No coordinated omission: a client sends on its own
 *   1-second tick, so a request could only leave late behind a response slower than a second (the run's max says
 *   whether any was).
 * - `autocannonOverallRate`: autocannon's own `overallRate` with 20 connections (the previous bench). Its limiter
 *   gives each connection rate/connections requests per 1-second tick and sends them back to back as soon as the tick
 *   comes, so each second's 200 requests arrive at once, 20 at a time; and its coordinated-omission correction records
 *   every response of n ms with n − 1 extra samples (n−1, n−2, … 1 ms: it uses ceil(1 / rate) = 1 ms as the expected
 *   interval, a rate per second taken for milliseconds). Both figures are kept: the printed (corrected) percentiles,
 *   and the raw response times.
 *
 * Each run also records when every request left (the response's arrival minus its response time), so the report
 * can say how bursty the load was: the most requests that left within any 50 ms (10 when evenly spaced at 200/s);
 * and the first RAMP_SECONDS of a run, while its clients open their connections, are run but not counted.
 */
import { createRequire } from 'node:module';

interface CannonResult {
  latency: { p50: number; p90: number; p99: number; max: number };
  requests: { total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface CannonInstance extends PromiseLike<CannonResult> {
  on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
type Cannon = (opts: Record<string, unknown>) => CannonInstance;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

export interface LoadRun {
  /** raw response times of 2xx answers (ms) */
  ms: number[];
  sent: number;
  failed: number;
  /** the most requests that left within any 50 ms */
  burst50: number;
  /** autocannon's own percentiles, where it printed them (its overallRate mode) */
  printed?: { p50: number; p90: number; p99: number; max: number };
}

/** The `p`-quantile (nearest rank) of `xs`. */
export function quantile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
}

function mostWithin(times: number[], windowMs: number): number {
  times.sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= windowMs) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

/**
 * Collects responses; `done(from)` keeps those of requests that left at or after `from` (performance.now() time):
 * each run opens its connections anew, and the first second or two measure that, not the rate.
 */
function recorder() {
  const took: number[] = [];
  const left: number[] = [];
  const ok: boolean[] = [];
  return {
    on(status: number, ms: number) {
      left.push(performance.now() - ms);
      took.push(ms);
      ok.push(status >= 200 && status < 300);
    },
    done(from: number, extra: Partial<LoadRun> = {}): LoadRun {
      const keep = left.map((_, i) => i).filter((i) => left[i]! >= from);
      return {
        ms: keep.filter((i) => ok[i]).map((i) => took[i]!),
        sent: keep.length,
        failed: keep.filter((i) => !ok[i]).length,
        burst50: mostWithin(keep.map((i) => left[i]!), 50),
        ...extra,
      };
    },
  };
}

/** Seconds at the start of each run not counted: the clients open their connections. */
export const RAMP_SECONDS = { even: 2, autocannon: 1 } as const;

/** `rate` requests a second, evenly spaced, for `seconds`; `path(i)` gives the i-th request's path. */
export async function evenRate(base: string, rate: number, seconds: number, path: (i: number) => string): Promise<LoadRun> {
  const rec = recorder();
  let i = 0;
  const runs: CannonInstance[] = [];
  const t0 = performance.now();
  const ramp = RAMP_SECONDS.even;
  for (let c = 0; c < rate; c++) {
    // start client c at c/rate s: its 1-second tick then keeps that phase
    const wait = t0 + (c * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const inst = autocannon({
      url: base,
      connections: 1,
      connectionRate: 1,
      duration: seconds + ramp,
      ignoreCoordinatedOmission: true,
      requests: [{ method: 'GET', setupRequest: (req: Record<string, unknown>) => ({ ...req, path: path(i++) }) }],
    });
    inst.on('response', (_c, status, _b, took) => rec.on(status, took));
    runs.push(inst);
  }
  const results = await Promise.all(runs);
  const run = rec.done(t0 + ramp * 1000);
  return { ...run, failed: run.failed + results.reduce((s, r) => s + r.errors + r.timeouts, 0) };
}

/** autocannon's own overallRate limiter over 20 connections (bursty; see the file's comment). */
export async function autocannonOverallRate(base: string, rate: number, seconds: number, path: (i: number) => string): Promise<LoadRun> {
  const rec = recorder();
  let i = 0;
  const t0 = performance.now();
  const ramp = RAMP_SECONDS.autocannon;
  const inst = autocannon({
    url: base,
    connections: 20,
    overallRate: rate,
    duration: seconds + ramp,
    requests: [{ method: 'GET', setupRequest: (req: Record<string, unknown>) => ({ ...req, path: path(i++) }) }],
  });
  inst.on('response', (_c, status, _b, took) => rec.on(status, took));
  const r = await inst;
  const run = rec.done(t0 + ramp * 1000);
  return { ...run, failed: run.failed + r.errors + r.timeouts, printed: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max } };
}
