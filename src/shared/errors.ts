/**
 * One error type for the whole code base (after medplum's OperationOutcome): a stable machine `code`, a human
 * message, an optional field path, and an optional cause. The API maps it to HTTP in exactly one place
 * (src/api/errors.ts); the CLI prints `error: <message>` on one line and exits non-zero.
 */
export type ErrorCode =
  | 'invalid' // input does not satisfy a schema or a rule (400)
  | 'unauthenticated' // no or bad credentials (401)
  | 'forbidden' // authenticated but not allowed (403)
  | 'not_found' // absent, or hidden from this caller (404)
  | 'conflict' // a rule about the current state (capacity, duplicate, stale version) (409)
  | 'too_large' // body or file over a limit (413)
  | 'unsupported' // unsupported media type / format (415)
  | 'rate_limited' // too many attempts (429)
  | 'unavailable' // a dependency is not ready (503)
  | 'timeout' // a computation hit its time limit (the result may still carry a best answer)
  | 'internal'; // a bug: never shown with a stack trace

/** One problem with one input field; `row` is set for file imports (1-based data row). */
export interface FieldIssue {
  /** Dotted path of the field, e.g. `classes.0.capacity`. */
  field: string;
  message: string;
  row?: number;
}

/** The single error type. `issues` lists every problem when more than one is known (imports, forms). */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly issues: readonly FieldIssue[];

  constructor(code: ErrorCode, message: string, opts: { field?: string; issues?: FieldIssue[]; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'AppError';
    this.code = code;
    this.field = opts.field ?? opts.issues?.[0]?.field;
    this.issues = opts.issues ?? (opts.field ? [{ field: opts.field, message }] : []);
  }
}

/** Shorthand for a 400-class validation error naming the field. */
export function invalid(field: string, message: string): AppError {
  return new AppError('invalid', `${field}: ${message}`, { field, issues: [{ field, message }] });
}

/** Narrowing helper. */
export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
