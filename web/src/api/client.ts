/**
 * The typed HTTP client for the CareCircle API. It speaks only HTTP: cookies carry the session
 * (`credentials: 'include'`), every write sends `X-CSRF-Token` (taken from the login or /auth/me response), and every
 * error body `{"error":{code,message,field,issues}}` becomes an {@link ApiError}.
 */
import type {
  Division,
  ErrorCode,
  Facility,
  FacilityPatch,
  FacilityQuery,
  FacilitySummary,
  FeatureCollection,
  FieldIssue,
  Health,
  NetworkNode,
  Page,
  Session,
} from './types.ts';
import { setCsrfToken as setHttpCsrfToken } from './http.ts';

/** An API failure with the server's stable code, HTTP status and field-level issues. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly field: string | undefined;
  readonly issues: readonly FieldIssue[];

  constructor(status: number, code: ErrorCode, message: string, field?: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.issues = issues.length > 0 ? issues : field ? [{ field, message }] : [];
  }

  /** The issue for one dotted field path, if any. */
  issueFor(field: string): FieldIssue | undefined {
    return this.issues.find((i) => i.field === field);
  }
}

const CODES_BY_STATUS: Record<number, ErrorCode> = {
  400: 'invalid',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'too_large',
  415: 'unsupported',
  429: 'rate_limited',
  503: 'unavailable',
};

let csrfToken: string | null = null;

/** Remembers the CSRF token of the current session (null after logout), for this client and the typed one. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
  setHttpCsrfToken(token);
}

type Query = Record<string, string | number | boolean | undefined | null>;

/** Builds `?a=1&b=2`, dropping empty values. */
export function toQueryString(q: Query | undefined): string {
  if (!q) return '';
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === null || v === '' || v === false) continue;
    p.set(k, String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON (a proxy error page, say)
  }
  const err = (body as { error?: { code?: ErrorCode; message?: string; field?: string; issues?: FieldIssue[] } } | null)?.error;
  const code = err?.code ?? CODES_BY_STATUS[res.status] ?? 'internal';
  return new ApiError(res.status, code, err?.message ?? `${res.status} ${res.statusText}`, err?.field, err?.issues ?? []);
}

/**
 * One request. Writes carry the CSRF token; JSON bodies are serialised; a 204 returns undefined.
 * @param method - HTTP method
 * @param path - path under /api, e.g. `/facilities`
 * @param opts - query, JSON body, abort signal
 */
export async function request<T>(method: string, path: string, opts: { query?: Query; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const write = method !== 'GET' && method !== 'HEAD';
  if (write && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(`/api${path}${toQueryString(opts.query)}`, {
      method,
      headers,
      credentials: 'include',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) throw await toApiError(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

function facilityQuery(q: FacilityQuery): Query {
  return { ...q, free: q.free ? 'true' : undefined };
}

/** The API, one function per endpoint the web app uses. */
export const api = {
  health: (signal?: AbortSignal) => request<Health>('GET', '/health', { signal }),

  me: async (signal?: AbortSignal): Promise<Session | null> => {
    try {
      const s = await request<Session | { user: null; csrfToken: null }>('GET', '/auth/me', { signal });
      setCsrfToken(s.csrfToken);
      return s.user ? (s as Session) : null;
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        setCsrfToken(null);
        return null;
      }
      throw e;
    }
  },
  login: async (username: string, password: string): Promise<Session> => {
    const s = await request<Session>('POST', '/auth/login', { body: { username, password } });
    setCsrfToken(s.csrfToken);
    return s;
  },
  logout: async (): Promise<void> => {
    try {
      await request<void>('POST', '/auth/logout');
    } finally {
      setCsrfToken(null);
    }
  },

  divisions: (query: { level?: string; parent?: string } = {}, signal?: AbortSignal) =>
    request<{ items: Division[] }>('GET', '/divisions', { query, signal }),
  divisionsGeoJson: (signal?: AbortSignal) => request<FeatureCollection<Division>>('GET', '/divisions.geojson', { signal }),

  facilities: (q: FacilityQuery, signal?: AbortSignal) => request<Page<FacilitySummary>>('GET', '/facilities', { query: facilityQuery(q), signal }),
  facilitiesGeoJson: (q: FacilityQuery = {}, signal?: AbortSignal) =>
    request<FeatureCollection<Omit<FacilitySummary, 'location'>>>('GET', '/facilities.geojson', { query: facilityQuery(q), signal }),
  facility: (id: string, signal?: AbortSignal) => request<Facility>('GET', `/facilities/${encodeURIComponent(id)}`, { signal }),
  updateFacility: (id: string, patch: FacilityPatch) => request<Facility>('PATCH', `/facilities/${encodeURIComponent(id)}`, { body: patch }),

  networkTree: (signal?: AbortSignal) => request<{ root: NetworkNode | null }>('GET', '/network/tree', { signal }),
};
