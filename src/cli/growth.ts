/**
 * `carecircle growth score --in children.csv [--out scored.csv]` — WHO 2006 z-scores for a file of child visits
 * (the CLI contract in docs/architecture.md; columns in src/growth/csv.ts). The scored CSV goes to --out, or to
 * stdout; with --out, a JSON summary goes to stdout. `--in -` reads stdin. A bad value in a row empties the scores
 * it feeds and says why in `reason_*`; a bad file or flag is one line `error: …` and exit 1.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '../shared/errors.ts';
import { loadWhoTables, scoreCsv } from '../growth/index.ts';

const usage = `carecircle growth — WHO Child Growth Standards (2006) z-scores
  growth score --in children.csv [--out scored.csv]
    columns read:    id, sex (1/2 or M/F), age_days (or birth_date + date), weight_kg, length_cm,
                     position (l lying, h standing, empty unknown), head_cm, oedema (y/n, optional)
    columns added:   z_wfa z_lhfa z_wflh z_bfa z_hcfa, flag_wfa … flag_hcfa (1 = implausible, WHO),
                     reason_wfa … reason_hcfa (why a z is empty), clenhei_cm, bmi, wflh_table, c9mo_flag
    --in -           read the CSV from stdin; without --out the scored CSV goes to stdout
`;

/** node:util parseArgs, with its errors turned into the CLI's one-line messages naming the option. */
function parseFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { in: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const name = /'(-[^' ]+)/.exec(err.message)?.[1] ?? '';
    const field = name.replace(/^-+/, '');
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new AppError('invalid', `unknown option ${name} (usage: carecircle growth --help)`, { field });
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new AppError('invalid', `option ${name} needs a value`, { field });
    throw new AppError('invalid', err.message.split('\n')[0]!, { field });
  }
}

/** Reads the input as text: UTF-8 (a BOM is fine), else GB18030 — what Excel on a Chinese Windows saves as "CSV". */
function readInput(path: string): string {
  let bytes: Buffer;
  try {
    bytes = path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'error'})`;
    throw new AppError('invalid', `in: ${why}: ${path}`, { field: 'in', cause: e });
  }
  if (bytes.includes(0)) throw new AppError('invalid', `in: ${path} is not a text file`, { field: 'in' });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Writes the whole file or nothing: a temporary file beside it, then a rename. */
function writeOutput(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new AppError('invalid', `out: cannot write ${path} (${code === 'ENOENT' ? 'no such folder' : code === 'EACCES' ? 'permission denied' : (code ?? 'error')})`, { field: 'out', cause: e });
  }
}

/**
 * Runs `carecircle growth …`.
 * @param argv - arguments after `growth`
 */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv);
  if (values.help || positionals.length === 0) {
    process.stdout.write(usage);
    return values.help ? 0 : 2;
  }
  const [cmd, ...extra] = positionals;
  if (cmd !== 'score') throw new AppError('invalid', `unknown growth command "${cmd}" (usage: carecircle growth score --in children.csv [--out scored.csv])`, { field: 'command' });
  if (extra.length > 0) throw new AppError('invalid', `unexpected argument "${extra[0]}" (usage: carecircle growth score --in children.csv [--out scored.csv])`, { field: 'command' });
  if (values.in === undefined || values.in === '') throw new AppError('invalid', 'missing required option --in (a CSV file of child visits, or - for stdin)', { field: 'in' });
  if (values.out === '') throw new AppError('invalid', 'option --out needs a file name', { field: 'out' });
  const text = readInput(values.in);
  const tables = await loadWhoTables();
  const scored = scoreCsv(tables, text);
  if (values.out === undefined) {
    process.stdout.write(scored.csv);
    return 0;
  }
  writeOutput(values.out, scored.csv);
  process.stdout.write(`${JSON.stringify({ rows: scored.rows, computed: scored.computed, flagged: scored.flagged, out: values.out })}\n`);
  return 0;
}
