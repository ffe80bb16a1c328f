/**
 * `carecircle import facilities FILE` and `carecircle export facilities --format csv|xlsx|geojson [--out FILE]`:
 * the same codec and the same repository as the API (all rows or none), run as the system caller.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { openDatabase } from '../db/index.ts';
import { reposFor, systemCaller } from '../db/repos/index.ts';
import { AppError } from '../shared/errors.ts';
import { facilitiesToCsv, facilitiesToGeoJson, facilitiesToXlsx, parseFacilitiesFile } from '../care/facility-io/index.ts';
import { flagString, parseArgs, requireFlag } from './args.ts';

const DB_FLAGS = { data: true, 'database-url': true } as const;

function entity(args: { positional: string[] }, verb: string): string[] {
  const [what, ...rest] = args.positional;
  if (what !== 'facilities') throw new AppError('invalid', `usage: carecircle ${verb} facilities ${verb === 'import' ? 'FILE' : '--format csv|xlsx|geojson [--out FILE]'}`);
  return rest;
}

async function withRepos<T>(args: ReturnType<typeof parseArgs>, fn: (r: ReturnType<typeof reposFor>) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir: flagString(args, 'data', process.env.CARECIRCLE_DATA), databaseUrl: flagString(args, 'database-url', process.env.DATABASE_URL) });
  try {
    return await fn(reposFor(database.db, systemCaller('cli')));
  } finally {
    await database.stop();
  }
}

/** Formats the first few row problems on one line (the whole list goes to stderr below it). */
function describeIssues(e: AppError): string {
  const shown = e.issues.slice(0, 5).map((i) => `${i.row !== undefined ? `row ${i.row} ` : ''}${i.field}: ${i.message}`);
  return `${e.issues.length} problem(s), nothing imported — ${shown.join('; ')}${e.issues.length > 5 ? `; … (${e.issues.length - 5} more)` : ''}`;
}

export async function runImport(argv: string[]): Promise<number> {
  const args = parseArgs(argv, DB_FLAGS);
  const rest = entity(args, 'import');
  if (rest.length !== 1) throw new AppError('invalid', 'usage: carecircle import facilities FILE (.csv, .xlsx or .geojson)', { field: 'FILE' });
  const file = rest[0]!;
  const buf = await readFile(file).catch((e: NodeJS.ErrnoException) => {
    throw new AppError('invalid', e.code === 'ENOENT' ? `file not found: ${file}` : `cannot read ${file}: ${e.message}`, { field: 'FILE' });
  });
  const parsed = await parseFacilitiesFile(buf, extname(file) || file);
  if (parsed.issues.length) throw new AppError('invalid', describeIssues(new AppError('invalid', '', { issues: parsed.issues })), { issues: parsed.issues });
  const result = await withRepos(args, (r) => r.facilities.importMany(parsed.rows)).catch((e: unknown) => {
    if (e instanceof AppError && e.issues.length > 1) throw new AppError(e.code, describeIssues(e), { issues: [...e.issues] });
    throw e;
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
}

export async function runExport(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { ...DB_FLAGS, format: true, out: true });
  if (entity(args, 'export').length) throw new AppError('invalid', 'usage: carecircle export facilities --format csv|xlsx|geojson [--out FILE]');
  const format = requireFlag(args, 'format');
  if (!['csv', 'xlsx', 'geojson'].includes(format)) throw new AppError('invalid', `--format must be csv, xlsx or geojson, got "${format}"`, { field: 'format' });
  const out = flagString(args, 'out');
  if (format === 'xlsx' && !out && process.stdout.isTTY) throw new AppError('invalid', 'XLSX is binary: give --out FILE or redirect stdout', { field: 'out' });
  const list = await withRepos(args, (r) => r.facilities.exportAll());
  const data = format === 'csv' ? facilitiesToCsv(list) : format === 'geojson' ? `${JSON.stringify(facilitiesToGeoJson(list), null, 1)}\n` : await facilitiesToXlsx(list);
  if (out) {
    await writeFile(out, data);
    process.stderr.write(`exported ${list.length} facilities to ${out}\n`);
  } else process.stdout.write(data);
  return 0;
}
