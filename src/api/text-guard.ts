/**
 * The one check of incoming text (before any schema or query sees it): every JSON string (and key), every query
 * value, every path segment and the headers the API reads must be text PostgreSQL and a spreadsheet can hold
 * (src/shared/text.ts). A bad character is a 400 naming the field — never a 500 from the database.
 */
import type { MiddlewareHandler } from 'hono';
import { AppError, issue, type FieldIssue } from '../shared/errors.ts';
import { BAD_TEXT_CODE, describeBadText, findBadText } from '../shared/text.ts';

/** Headers the API reads (the rest pass through untouched). */
/** Routes whose body is a file that its reader checks (see the comment at the body check below). */
const FILE_UPLOAD_PATHS: ReadonlySet<string> = new Set(['/api/facilities/import']);
const READ_HEADERS = ['cookie', 'x-csrf-token', 'content-type', 'accept', 'last-event-id', 'x-forwarded-for', 'x-forwarded-proto', 'user-agent'] as const;
const MAX_ISSUES = 20;

function check(field: string, s: string, out: FieldIssue[]): void {
  const bad = findBadText(s);
  if (!bad || out.length >= MAX_ISSUES) return;
  out.push(issue(field, BAD_TEXT_CODE[bad.kind], describeBadText(s, bad), { index: bad.index, codePoint: bad.codePoint }));
}

/** Walks a parsed JSON value, naming each string by its dotted path. */
export function checkJson(v: unknown, path: string, out: FieldIssue[]): void {
  if (out.length >= MAX_ISSUES) return;
  if (typeof v === 'string') check(path || 'body', v, out);
  else if (Array.isArray(v)) v.forEach((x, i) => checkJson(x, path ? `${path}.${i}` : String(i), out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const p = path ? `${path}.${k}` : k;
      check(p, k, out);
      checkJson(x, p, out);
    }
  }
}

function decodeSegment(seg: string): string | null {
  try {
    return decodeURIComponent(seg);
  } catch {
    return null;
  }
}

export const textGuard: MiddlewareHandler = async (c, next) => {
  const out: FieldIssue[] = [];
  const url = new URL(c.req.url);
  for (const seg of url.pathname.split('/')) {
    const s = decodeSegment(seg);
    if (s === null) throw new AppError('not_found', 'not found: malformed path', { field: 'path', code: 'not_found' });
    check('path', s, out);
  }
  for (const [k, v] of url.searchParams) {
    check(k, k, out);
    check(k, v, out);
  }
  for (const h of READ_HEADERS) {
    const v = c.req.header(h);
    if (v !== undefined) check(h, v, out);
  }
  const type = c.req.header('content-type') ?? '';
  // JSON request bodies; uploaded files (CSV, XLSX, GeoJSON — the import takes GeoJSON as application/json too) are
  // checked cell by cell by their readers, within their own size limit, so they are not read here.
  if (out.length === 0 && /^application\/json\s*(;|$)/i.test(type) && c.req.method !== 'GET' && c.req.method !== 'HEAD' && !FILE_UPLOAD_PATHS.has(c.req.path)) {
    let body: unknown;
    try {
      // Read from a copy: the route's own middleware (e.g. an upload's size limit) may still read the stream itself.
      body = JSON.parse(await c.req.raw.clone().text());
    } catch {
      body = undefined; // malformed JSON: the route's validator names it
    }
    if (body !== undefined) checkJson(body, '', out);
  }
  if (out.length) throw new AppError('invalid', `${out[0]!.field}: ${out[0]!.message}`, { issues: out });
  await next();
};
