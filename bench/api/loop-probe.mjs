// Preloaded into the server by the API benchmarks (NODE_OPTIONS=--import …/loop-probe.mjs): watches the main thread's
// event loop, and tells blocking work apart from a busy machine.
// - delay: how late a 5 ms timer fires (monitorEventLoopDelay) — blocking work on the loop, plus the OS not running
//   the thread at all;
// - work per tick: CPU time the main thread used between two ticks of a 5 ms timer (Linux: /proc/thread-self/schedstat,
//   nanoseconds) — the longest of these is the longest stretch of JavaScript the loop ran without a break, whatever
//   the machine's load;
// - run-queue wait: time the thread was ready but not running (the machine's share of the delay);
// - utilisation: the share of wall time the loop was not idle.
// On SIGUSR2 it prints `CC_LOOP {…}` for the time since the last signal and starts over.
import { existsSync, readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

if (isMainThread) {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  let since = performance.eventLoopUtilization();
  const SCHED = '/proc/thread-self/schedstat';
  const sched = existsSync(SCHED) ? () => readFileSync(SCHED, 'utf8').split(' ').map(Number) : null;
  let work = [];
  let waitNs = 0;
  let last = sched?.();
  if (sched)
    setInterval(() => {
      const s = sched();
      work.push((s[0] - last[0]) / 1e6);
      waitNs += s[1] - last[1];
      last = s;
    }, 5).unref();
  process.on('SIGUSR2', () => {
    const u = performance.eventLoopUtilization(since);
    const ms = (ns) => Math.round(ns / 1e4) / 100;
    const sorted = work.sort((a, b) => a - b);
    const at = (p) => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] * 100) / 100 : null);
    process.stdout.write(
      `CC_LOOP ${JSON.stringify({ delayP50: ms(delay.percentile(50)), delayP99: ms(delay.percentile(99)), delayMax: ms(delay.max), workP99: at(0.99), workMax: at(1), runQueueMs: Math.round(waitNs / 1e6), utilization: Math.round(u.utilization * 1000) / 1000, activeMs: Math.round(u.active) })}\n`,
    );
    delay.reset();
    since = performance.eventLoopUtilization();
    work = [];
    waitNs = 0;
  });
}
