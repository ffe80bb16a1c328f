/**
 * Cost-matrix CSV input: `demand_id,site_id,cost` rows plus a demand CSV `id,weight`, and optionally a site CSV
 * `id[,places][,status]` (status: candidate | existing | closable). Ids are strings kept verbatim (leading zeros and
 * decimal points survive). Errors name the file, the row and the field.
 */
import { AppError } from '../shared/errors.ts';
import { buildProblem } from './problem.ts';
import { SiteStatus, type Problem } from './types.ts';

/** Splits CSV text into rows of fields (RFC 4180 quoting; CRLF or LF; a BOM is dropped). */
export function parseCsv(text: string): string[][] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (!(row.length === 1 && row[0] === '')) rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
  }
  return rows;
}

function fail(file: string, field: string, message: string, row?: number): AppError {
  const where = row === undefined ? file : `${file} row ${row}`;
  return new AppError('invalid', `${field}: ${where}: ${message}`, { field, issues: [{ field, code: 'invalid', message, ...(row === undefined ? {} : { row }) }] });
}

function header(rows: string[][], file: string, need: readonly string[]): Map<string, number> {
  if (rows.length === 0) throw fail(file, need[0]!, 'empty file (a header row is required)');
  const h = new Map<string, number>();
  rows[0]!.forEach((name, i) => h.set(name.trim().toLowerCase(), i));
  for (const n of need) if (!h.has(n)) throw fail(file, n, `missing column "${n}" (header: ${rows[0]!.join(',')})`);
  return h;
}

/** Site attributes read from a site CSV. */
export interface SiteRow {
  id: string;
  places: number | null;
  status: number;
}

/**
 * Parses a site CSV `id[,places][,status]`.
 * @param text - file text
 * @param file - file name for messages
 */
export function parseSitesCsv(text: string, file = 'sites'): SiteRow[] {
  const rows = parseCsv(text);
  const h = header(rows, file, ['id']);
  const ci = h.get('id')!;
  const cp = h.get('places') ?? h.get('capacity');
  const cs = h.get('status');
  const out: SiteRow[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const id = row[ci]?.trim() ?? '';
    if (id === '') throw fail(file, 'id', 'empty site id', r);
    let places: number | null = null;
    if (cp !== undefined && (row[cp] ?? '').trim() !== '') {
      places = Number(row[cp]);
      if (!Number.isFinite(places) || places < 0) throw fail(file, 'places', `places must be a number ≥ 0, got "${row[cp]}"`, r);
    }
    let status: number = SiteStatus.candidate;
    if (cs !== undefined) {
      const s = (row[cs] ?? '').trim().toLowerCase();
      if (s === '' || s === 'candidate' || s === 'new') status = SiteStatus.candidate;
      else if (s === 'existing' || s === 'fixed' || s === 'open') status = SiteStatus.existing;
      else if (s === 'closable') status = SiteStatus.closable;
      else throw fail(file, 'status', `status must be candidate, existing or closable, got "${row[cs]}"`, r);
    }
    out.push({ id, places, status });
  }
  return out;
}

/**
 * Builds a Problem from the matrix CSV, the demand CSV and an optional site CSV.
 * @param costsText - `demand_id,site_id,cost`
 * @param demandText - `id,weight`
 * @param sites - optional site rows (places, status); sites absent from the matrix are kept (they serve nobody)
 */
export function problemFromCsv(costsText: string, demandText: string, sites?: readonly SiteRow[], files = { costs: 'costs', demand: 'demand' }): Problem {
  const drows = parseCsv(demandText);
  const dh = header(drows, files.demand, ['id', 'weight']);
  const did = dh.get('id')!;
  const dw = dh.get('weight')!;
  const demandIds: string[] = [];
  const weights: number[] = [];
  const demandIndex = new Map<string, number>();
  for (let r = 1; r < drows.length; r++) {
    const id = drows[r]![did]?.trim() ?? '';
    if (id === '') throw fail(files.demand, 'id', 'empty demand id', r);
    if (demandIndex.has(id)) throw fail(files.demand, 'id', `duplicate demand id "${id}"`, r);
    const raw = drows[r]![dw] ?? '';
    const w = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(w)) throw fail(files.demand, 'weight', `weight must be a number, got "${raw}"`, r);
    if (w < 0) throw fail(files.demand, 'weight', `negative weight ${w}`, r);
    demandIndex.set(id, demandIds.length);
    demandIds.push(id);
    weights.push(w);
  }
  const siteIds: string[] = [];
  const siteIndex = new Map<string, number>();
  const addSite = (id: string): number => {
    let j = siteIndex.get(id);
    if (j === undefined) {
      j = siteIds.length;
      siteIndex.set(id, j);
      siteIds.push(id);
    }
    return j;
  };
  for (const s of sites ?? []) addSite(s.id);
  const crows = parseCsv(costsText);
  const ch = header(crows, files.costs, ['demand_id', 'site_id', 'cost']);
  const cd = ch.get('demand_id')!;
  const cs = ch.get('site_id')!;
  const cc = ch.get('cost')!;
  const k = crows.length - 1;
  const pd = new Int32Array(k);
  const ps = new Int32Array(k);
  const pc = new Float64Array(k);
  for (let r = 1; r < crows.length; r++) {
    const row = crows[r]!;
    const d = row[cd]?.trim() ?? '';
    const s = row[cs]?.trim() ?? '';
    const raw = row[cc] ?? '';
    const i = demandIndex.get(d);
    if (i === undefined) throw fail(files.costs, 'demand_id', `demand "${d}" is not in the demand file`, r);
    if (s === '') throw fail(files.costs, 'site_id', 'empty site id', r);
    const c = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(c)) throw fail(files.costs, 'cost', `cost must be a number, got "${raw}"`, r);
    if (c < 0) throw fail(files.costs, 'cost', `negative cost ${c}`, r);
    pd[r - 1] = i;
    ps[r - 1] = addSite(s);
    pc[r - 1] = c;
  }
  const status = new Uint8Array(siteIds.length);
  let places: Float64Array | null = null;
  if (sites && sites.some((s) => s.places !== null)) places = new Float64Array(siteIds.length);
  for (const s of sites ?? []) {
    const j = siteIndex.get(s.id)!;
    status[j] = s.status;
    if (places) places[j] = s.places ?? 0;
  }
  return buildProblem({ demandIds, weights, siteIds, pairDemand: pd, pairSite: ps, pairCost: pc, status, places });
}
