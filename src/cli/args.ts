import { AppError } from '../shared/errors.ts';

/** Parsed command line: positional words and `--flag value` / `--flag=value` / boolean `--flag` options. */
export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/**
 * Parses argv strictly: every flag must be in `known` (name → takes a value?). Unknown flags are an error naming
 * the flag, so a typo never silently changes a result.
 */
export function parseArgs(argv: readonly string[], known: Record<string, boolean>): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      if (!(name in known)) throw new AppError('invalid', `unknown option --${name}`, { field: name });
      if (known[name]) {
        let value: string | undefined;
        if (eq >= 0) value = a.slice(eq + 1);
        else value = argv[++i];
        if (value === undefined || (value.startsWith('--') && eq < 0)) throw new AppError('invalid', `option --${name} needs a value`, { field: name });
        flags.set(name, value);
      } else {
        if (eq >= 0) throw new AppError('invalid', `option --${name} takes no value`, { field: name });
        flags.set(name, true);
      }
    } else positional.push(a);
  }
  return { positional, flags };
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
