/**
 * The one place where errors become HTTP. Every error body has the same shape:
 * `{"error":{"code","message","field"?,"issues"?:[{field,code,params?,message,row?}]}}`. Unknown errors become a 500
 * with a generic message (never a stack trace); they are logged with the request's method and path.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, isAppError, type ErrorCode, type FieldIssue } from '../shared/errors.ts';

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500 | 503 | 504;

/** HTTP status of each error code. */
export const STATUS: Record<ErrorCode, ErrorStatus> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  full: 409,
  too_large: 413,
  unsupported: 415,
  rate_limited: 429,
  unavailable: 503,
  timeout: 504,
  internal: 500,
};

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string; issues?: FieldIssue[] };
}

export function errorBody(e: AppError): ErrorBody {
  const body: ErrorBody = { error: { code: e.code, message: e.message } };
  if (e.field) body.error.field = e.field;
  if (e.issues.length) body.error.issues = [...e.issues];
  return body;
}

/** Converts anything thrown into an AppError (HTTP exceptions from middleware included). */
export function toAppError(err: unknown): AppError {
  if (isAppError(err)) return err;
  if (err instanceof HTTPException) {
    const s = err.status;
    if (s === 413) return new AppError('too_large', 'the request body is too large', { field: 'body', code: 'file_too_large' });
    if (s === 400) return new AppError('invalid', 'malformed request body', { field: 'body', code: 'malformed_json' });
    if (s === 401) return new AppError('unauthenticated', 'login required');
    if (s === 403) return new AppError('forbidden', err.message || 'forbidden');
    if (s === 404) return new AppError('not_found', 'not found');
    if (s === 415) return new AppError('unsupported', err.message || 'unsupported media type');
    return new AppError('invalid', err.message || `HTTP ${s}`);
  }
  if (err instanceof SyntaxError) return new AppError('invalid', 'malformed JSON body', { field: 'body', code: 'malformed_json' });
  return new AppError('internal', 'internal error', { cause: err });
}

export function statusOf(e: AppError): (typeof STATUS)[ErrorCode] {
  return STATUS[e.code];
}

/** Hono onError handler. */
export function handleError(err: unknown, c: Context): Response {
  const e = toAppError(err);
  if (e.code === 'internal') {
    const cause = (e.cause ?? err) as Error;
    console.error(`[api] ${c.req.method} ${c.req.path}: ${cause?.stack ?? String(cause)}`);
  }
  const headers: Record<string, string> = {};
  if (e.retryAfterSeconds !== undefined) headers['Retry-After'] = String(Math.max(1, Math.ceil(e.retryAfterSeconds)));
  // Refused before the body was read (too large): the rest of it is still on the socket, so say the connection ends
  // here instead of leaving the client to find a half-read socket closed under its next request.
  if (e.code === 'too_large') headers.Connection = 'close';
  return c.json(errorBody(e), statusOf(e), headers);
}
