/**
 * Cost-matrix CSV input: `demand_id,site_id,cost` rows plus a demand CSV `id,weight`, and optionally a site CSV
 * `id[,places][,status]` (status: candidate | existing | closable). Ids are strings kept verbatim (leading zeros and
 * decimal points survive). Errors name the file, the row and the field. The files are read by the shared CSV reader
 * (src/shared/csv.ts): blank lines are skipped but counted, so row N is the N-th line after the header, as in the
 * facility import.
 */
import { readCsv, type CsvRecord } from '../shared/csv.ts';
import { AppError } from '../shared/errors.ts';
import { buildProblem } from './problem.ts';
import { SiteStatus, type Problem } from './types.ts';

/**
 * Splits CSV text into the fields of its records, blank records left out (the shared reader: RFC 4180 via
 * csv-parse, CRLF, LF or CR, a BOM dropped). Use {@link readCsv} where row numbers matter.
 */
export function parseCsv(text: string): string[][] {
  return readCsv(text).map((r) => r.fields);
}

function fail(file: string, field: string, message: string, row?: number): AppError {
  const where = row === undefined ? file : `${file} row ${row}`;
  return new AppError('invalid', `${field}: ${where}: ${message}`, { field, issues: [{ field, code: 'invalid', message, ...(row === undefined ? {} : { row }) }] });
}

/** Reads a file's records (blank ones skipped but counted, so `row` N is the N-th line after the header). */
function records(text: string, file: string): CsvRecord[] {
  return readCsv(text, { name: file, field: file });
}

function header(rows: readonly CsvRecord[], file: string, need: readonly string[]): Map<string, number> {
  if (rows.length === 0) throw fail(file, need[0]!, 'empty file (a header row is required)');
  if (rows[0]!.row !== 0) throw fail(file, need[0]!, 'the first line must be the header (it is blank)');
  const h = new Map<string, number>();
  const names = rows[0]!.fields;
  names.forEach((name, i) => h.set(name.trim().toLowerCase(), i));
  for (const n of need) if (!h.has(n)) throw fail(file, n, `missing column "${n}" (header: ${names.join(',')})`);
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
  const rows = records(text, file);
  const h = header(rows, file, ['id']);
  const ci = h.get('id')!;
  const cp = h.get('places') ?? h.get('capacity');
  const cs = h.get('status');
  const out: SiteRow[] = [];
  for (const { row: r, fields: row } of rows.slice(1)) {
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
  const drows = records(demandText, files.demand);
  const dh = header(drows, files.demand, ['id', 'weight']);
  const did = dh.get('id')!;
  const dw = dh.get('weight')!;
  const demandIds: string[] = [];
  const weights: number[] = [];
  const demandIndex = new Map<string, number>();
  for (const { row: r, fields } of drows.slice(1)) {
    const id = fields[did]?.trim() ?? '';
    if (id === '') throw fail(files.demand, 'id', 'empty demand id', r);
    if (demandIndex.has(id)) throw fail(files.demand, 'id', `duplicate demand id "${id}"`, r);
    const raw = fields[dw] ?? '';
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
  const crows = records(costsText, files.costs);
  const ch = header(crows, files.costs, ['demand_id', 'site_id', 'cost']);
  const cd = ch.get('demand_id')!;
  const cs = ch.get('site_id')!;
  const cc = ch.get('cost')!;
  const k = crows.length - 1;
  const pd = new Int32Array(k);
  const ps = new Int32Array(k);
  const pc = new Float64Array(k);
  for (let n = 1; n < crows.length; n++) {
    const { row: r, fields: row } = crows[n]!;
    const d = row[cd]?.trim() ?? '';
    const s = row[cs]?.trim() ?? '';
    const raw = row[cc] ?? '';
    const i = demandIndex.get(d);
    if (i === undefined) throw fail(files.costs, 'demand_id', `demand "${d}" is not in the demand file`, r);
    if (s === '') throw fail(files.costs, 'site_id', 'empty site id', r);
    const c = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(c)) throw fail(files.costs, 'cost', `cost must be a number, got "${raw}"`, r);
    if (c < 0) throw fail(files.costs, 'cost', `negative cost ${c}`, r);
    pd[n - 1] = i;
    ps[n - 1] = addSite(s);
    pc[n - 1] = c;
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
