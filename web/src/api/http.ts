/**
 * The typed HTTP client, generated from the API's OpenAPI document: `paths` (web/src/api/schema.gen.ts, by
 * openapi-typescript) types every path, parameter, body and answer; openapi-fetch makes the calls. Cookies carry the
 * session; every write sends the session's X-CSRF-Token; an error answer becomes an ApiError with the server's
 * machine codes (translate by code: web/src/api/issues.ts, never by message).
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.gen.ts';

export type Schemas = components['schemas'];
export type ErrorCode = Schemas['Error']['error']['code'] | 'network';
export type FieldIssue = Schemas['FieldIssue'];

/** An API failure with the server's stable code, HTTP status and field-level issues. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly field: string | undefined;
  readonly issues: readonly FieldIssue[];
  /** Seconds until a retry may succeed (429: the Retry-After header, or the issue's `retryAfterSeconds`). */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, code: ErrorCode, message: string, field?: string, issues: readonly FieldIssue[] = [], retryAfterSeconds?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.issues = issues;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The issue for one dotted field path, if any. */
  issueFor(field: string): FieldIssue | undefined {
    return this.issues.find((i) => i.field === field);
  }
}

let csrfToken: string | null = null;

/** Remembers the CSRF token of the current session (null after logout). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && request.method !== 'HEAD' && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
};

/** The client: `http.GET('/api/facilities/{id}', { params: { path: { id } } })`. */
export const http = createClient<paths>({ baseUrl: '', credentials: 'include' });
http.use(csrf);

const STATUS_CODES: Record<number, ErrorCode> = { 400: 'invalid', 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 413: 'too_large', 415: 'unsupported', 429: 'rate_limited', 503: 'unavailable', 504: 'timeout' };

/**
 * The answer's data, or an ApiError for an error answer (or the network failing).
 * @param call - an `http.GET(…)`/`http.POST(…)` promise
 */
export async function data<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let r: { data?: T; error?: unknown; response: Response };
  try {
    r = await call;
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', e instanceof Error ? e.message : String(e));
  }
  if (r.response.ok) return r.data as T;
  const err = (r.error as { error?: Schemas['Error']['error'] } | undefined)?.error;
  const issues = err?.issues ?? [];
  const header = Number(r.response.headers.get('Retry-After'));
  const fromIssue = issues.map((i) => i.params?.retryAfterSeconds).find((v): v is number => typeof v === 'number');
  const retry = Number.isFinite(header) && header > 0 ? header : fromIssue;
  throw new ApiError(r.response.status, err?.code ?? STATUS_CODES[r.response.status] ?? 'internal', err?.message ?? `${r.response.status} ${r.response.statusText}`, err?.field, issues, retry);
}
