/**
 * The server the API benchmarks measure: `carecircle demo` on a data folder (the synthetic city is generated once and
 * cached there), with bench/api/loop-probe.mjs preloaded so the benchmark can read the server's own event-loop
 * figures for each phase it runs.
 */
import { freePort } from '../../src/db/index.ts';
import { startCli, type ServerProcess } from '../../test/spawn.ts';

/** The server's main thread between two `loop()` calls (see loop-probe.mjs). */
export interface LoopFigures {
  delayP50: number;
  delayP99: number;
  delayMax: number;
  /** CPU ms the loop used between two 5 ms ticks: p99 and the longest stretch (null off Linux). */
  workP99: number | null;
  workMax: number | null;
  /** ms the thread was ready to run but waited for a processor. */
  runQueueMs: number;
  utilization: number;
  activeMs: number;
}

export interface BenchServer {
  base: string;
  server: ServerProcess;
  /** The loop figures since the last call (the first call starts the count). */
  loop(): Promise<LoopFigures>;
  stop(): Promise<void>;
}

/**
 * Starts the demo city's server with the loop probe.
 * @param dataDir - the data folder (embedded PostgreSQL, the generated city)
 */
export async function startBenchServer(dataDir: string): Promise<BenchServer> {
  const port = await freePort();
  const probe = `--import ${new URL('./loop-probe.mjs', import.meta.url).href}`;
  const before = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = `${before ?? ''} ${probe}`.trim();
  const server = await startCli('demo', port, ['--data', dataDir], 240_000).finally(() => {
    if (before === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = before;
  });
  return {
    base: server.base,
    server,
    async loop() {
      const from = server.stderr().length;
      server.child.kill('SIGUSR2');
      for (let k = 0; k < 200; k++) {
        const m = /CC_LOOP (\{.*\})/.exec(server.stderr().slice(from));
        if (m) return JSON.parse(m[1]!) as LoopFigures;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error('the loop probe did not answer');
    },
    async stop() {
      await server.stop();
    },
  };
}

const fmt = (x: number | null) => (x === null ? '–' : `${x.toFixed(1)} ms`);

/** A markdown table of loop figures, one row per phase. */
export function loopTable(rows: ReadonlyArray<readonly [string, LoopFigures]>): string[] {
  return [
    '| server main thread | loop delay p50 | delay p99 | delay max | work per 5 ms tick p99 | longest stretch of work | waiting for a core | loop utilisation |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(([name, l]) => `| ${name} | ${fmt(l.delayP50)} | ${fmt(l.delayP99)} | ${fmt(l.delayMax)} | ${fmt(l.workP99)} | ${fmt(l.workMax)} | ${(l.runQueueMs / 1000).toFixed(1)} s | ${(100 * l.utilization).toFixed(1)}% |`),
  ];
}
