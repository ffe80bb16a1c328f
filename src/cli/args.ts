import { parseArgs as nodeParseArgs } from 'node:util';
import { AppError } from '../shared/errors.ts';

/** Parsed command line: positional words and `--flag value` / `--flag=value` / boolean `--flag` options. */
export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/**
 * Parses argv strictly with node:util's parseArgs: every flag must be in `known` (name → takes a value?). Unknown
 * flags, missing values and values on boolean flags are errors naming the flag, so a typo never silently changes a
 * result.
 */
export function parseArgs(argv: readonly string[], known: Record<string, boolean>): ParsedArgs {
  const options = Object.fromEntries(Object.entries(known).map(([name, takesValue]) => [name, { type: takesValue ? ('string' as const) : ('boolean' as const) }]));
  // `--minutes -5`: node:util reads `-5` as a short flag; a value that looks like a number is the option's value
  // (so the range check can name it), as `--minutes=-5` would be.
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = argv[i + 1];
    const name = a.startsWith('--') && !a.includes('=') ? a.slice(2) : null;
    if (name && known[name] && next !== undefined && /^-\d|^-\.\d/.test(next)) {
      args.push(`${a}=${next}`);
      i++;
    } else args.push(a);
  }
  let parsed: ReturnType<typeof nodeParseArgs>;
  try {
    parsed = nodeParseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (e) {
    throw argError(e, known);
  }
  const flags = new Map<string, string | true>();
  for (const [name, v] of Object.entries(parsed.values)) {
    if (typeof v === 'string') flags.set(name, v);
    else if (v === true) flags.set(name, true);
  }
  return { positional: parsed.positionals, flags };
}

/** node:util's parse errors as one-line AppErrors naming the flag. */
function argError(e: unknown, known: Record<string, boolean>): AppError {
  const err = e as { code?: string; message?: string };
  const name = /'(?:-[a-zA-Z], )?--([^' =]+)/.exec(err.message ?? '')?.[1] ?? /'-([^' =-]+)'/.exec(err.message ?? '')?.[1] ?? 'argv';
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new AppError('invalid', `unknown option --${name}`, { field: name });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return known[name] ? new AppError('invalid', `option --${name} needs a value`, { field: name }) : new AppError('invalid', `option --${name} takes no value`, { field: name });
    default:
      return new AppError('invalid', (err.message ?? String(e)).split('\n')[0]!, { field: name });
  }
}

/** A string flag, or the default. */
export function flagString(args: ParsedArgs, name: string, def?: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : def;
}

/** A required string flag. */
export function requireFlag(args: ParsedArgs, name: string): string {
  const v = args.flags.get(name);
  if (typeof v !== 'string' || v === '') throw new AppError('invalid', `missing required option --${name}`, { field: name });
  return v;
}

/** A finite number flag with optional bounds; errors name the flag. */
export function flagNumber(args: ParsedArgs, name: string, def: number, opts: { min?: number; exclusiveMin?: number; integer?: boolean } = {}): number {
  const raw = args.flags.get(name);
  if (raw === undefined) return def;
  if (raw === true) throw new AppError('invalid', `option --${name} needs a number`, { field: name });
  const n = Number(raw);
  if (!Number.isFinite(n) || raw.trim() === '') throw new AppError('invalid', `option --${name} must be a number, got "${raw}"`, { field: name });
  if (opts.integer && !Number.isInteger(n)) throw new AppError('invalid', `option --${name} must be a whole number, got ${raw}`, { field: name });
  if (opts.exclusiveMin !== undefined && !(n > opts.exclusiveMin)) throw new AppError('invalid', `option --${name} must be greater than ${opts.exclusiveMin}, got ${raw}`, { field: name });
  if (opts.min !== undefined && n < opts.min) throw new AppError('invalid', `option --${name} must be at least ${opts.min}, got ${raw}`, { field: name });
  return n;
}

/** A boolean flag. */
export function flagBool(args: ParsedArgs, name: string): boolean {
  return args.flags.get(name) === true;
}
