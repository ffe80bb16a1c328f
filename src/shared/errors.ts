/**
 * One error type for the whole code base (after medplum's OperationOutcome): a stable machine `code`, a human
 * message, field issues that each carry their own machine code and parameters (so a UI translates by code, never by
 * reading the message), and an optional cause. The API maps it to HTTP in exactly one place (src/api/errors.ts);
 * the CLI prints `error: <message>` on one line and exits non-zero.
 */
import { ISSUE_CODES, type IssueCode } from './issue-codes.ts';

export type { IssueCode } from './issue-codes.ts';

export const ERROR_CODES = [
  'invalid', // input does not satisfy a schema or a rule (400)
  'unauthenticated', // no or bad credentials (401)
  'forbidden', // authenticated but not allowed (403)
  'not_found', // absent, or hidden from this caller (404)
  'conflict', // a rule about the current state (duplicate, stale version, overlap) (409)
  'full', // no free place left (a class, an hour of temporary care, a session) (409)
  'too_large', // body or file over a limit (413)
  'unsupported', // unsupported media type / format (415)
  'rate_limited', // too many attempts (429)
  'unavailable', // a dependency is not ready (503)
  'timeout', // a computation hit its time limit (504; the result may still carry a best answer)
  'internal', // a bug: never shown with a stack trace (500)
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Parameters of an issue, interpolated by the UI's translation (numbers, names, ids). */
export type IssueParams = Record<string, string | number | boolean | null>;

/** One problem with one input field; `row` is set for file imports (1-based data row). */
export interface FieldIssue {
  /** Dotted path of the field, e.g. `classes.0.capacity` (imports: the column's field name). */
  field: string;
  /** Stable machine code (src/shared/issue-codes.ts). */
  code: IssueCode;
  /** Values the translation interpolates, e.g. `{cap: 15}`. */
  params?: IssueParams;
  /** The server's English sentence (for logs and API users; UIs translate `code`). */
  message: string;
  row?: number;
}

/**
 * Builds a field issue.
 * @param field - dotted field path
 * @param code - the machine code
 * @param message - English text (default: the code's description)
 * @param params - values for the translation
 * @param row - data row of an imported file
 */
export function issue(field: string, code: IssueCode, message?: string, params?: IssueParams, row?: number): FieldIssue {
  const out: FieldIssue = { field, code, message: message ?? ISSUE_CODES[code] };
  if (params && Object.keys(params).length) out.params = params;
  if (row !== undefined) out.row = row;
  return out;
}

export interface AppErrorOptions {
  /** The field at fault (a one-issue error). */
  field?: string;
  /** The machine code of that field's issue (default: derived from the error code). */
  code?: IssueCode;
  params?: IssueParams;
  /** Every problem, when more than one is known (imports, forms). */
  issues?: FieldIssue[];
  cause?: unknown;
  /** Seconds until a retry may succeed (rate limits): the API sends it as Retry-After. */
  retryAfterSeconds?: number;
}

const DEFAULT_ISSUE: Partial<Record<ErrorCode, IssueCode>> = {
  invalid: 'invalid',
  not_found: 'not_found',
  forbidden: 'forbidden',
  full: 'full',
  conflict: 'rule_violated',
  too_large: 'file_too_large',
  unsupported: 'unsupported_format',
  rate_limited: 'rate_limited',
  unauthenticated: 'wrong_credentials',
};

/** The single error type. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly issues: readonly FieldIssue[];
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, opts: AppErrorOptions = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'AppError';
    this.code = code;
    this.field = opts.field ?? opts.issues?.[0]?.field;
    this.retryAfterSeconds = opts.retryAfterSeconds;
    if (opts.issues) this.issues = opts.issues;
    else if (opts.field) this.issues = [issue(opts.field, opts.code ?? DEFAULT_ISSUE[code] ?? 'invalid', message, opts.params)];
    else this.issues = [];
  }
}

/**
 * A 400 naming the field, with its machine code.
 * @param field - dotted field path
 * @param message - English text
 * @param code - machine code (default `invalid`; give the specific one wherever a UI shows the error)
 * @param params - values for the translation
 */
export function invalid(field: string, message: string, code: IssueCode = 'invalid', params?: IssueParams): AppError {
  return new AppError('invalid', `${field}: ${message}`, { issues: [issue(field, code, message, params)] });
}

/** Narrowing helper. */
export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
