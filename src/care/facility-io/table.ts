/**
 * Tables (CSV, XLSX): the header row → columns, then each record → a validated facility, counting facilities
 * against {@link MAX_IMPORT_ROWS} as they come, and at the end the check that no id is used twice.
 */
import type { CarePolicy } from '../policy.ts';
import type { Cell } from './cells.ts';
import { columnLetter, FACILITY_COLUMN_ZH, FACILITY_COLUMNS, REQUIRED, resolveHeader, type FacilityColumn } from './columns.ts';
import { issue, shown, textIssue, tooLarge, type ImportIssue } from './issues.ts';
import { validateRecord, type RecordContext, type RecordResult } from './record.ts';
import { MAX_IMPORT_ROWS, type FacilityImport, type ImportedFacility } from './types.ts';

/** Records validated between two turns of the event loop (about 15 ms of work). */
const BATCH = 250;

/** A table's header as read from its first row. */
export interface Header {
  /** Column index (0-based) → column, or null for an unknown/empty header. */
  byIndex: Array<FacilityColumn | null>;
  /** Indexes whose header is empty (a value under one is an error). */
  blank: Set<number>;
  issues: ImportIssue[];
  /** Required columns the header lacks (reported once, at row 0). */
  missing: Set<string>;
}

/** The header of a GeoJSON import: properties are named per feature, so no columns are known up front. */
export const NO_HEADER: Header = { byIndex: [], blank: new Set(), issues: [], missing: new Set() };

/**
 * Reads a header row: every cell must name a known column once (English or Chinese); required columns must be
 * there. Problems are issues at row 0.
 * @param cells - the header cells as text
 */
export function readHeader(cells: string[]): Header {
  const issues: ImportIssue[] = [];
  const byIndex: Array<FacilityColumn | null> = [];
  const blank = new Set<number>();
  const firstAt = new Map<FacilityColumn, string>();
  cells.forEach((raw, i) => {
    const text = raw.trim();
    const textBad = textIssue(0, `column ${columnLetter(i)}`, raw);
    if (textBad) {
      issues.push(textBad);
      byIndex.push(null);
      return;
    }
    if (!text) {
      byIndex.push(null);
      blank.add(i);
      return;
    }
    const col = resolveHeader(text);
    if (col === undefined) {
      issues.push(issue(0, text, 'unknown_column', `unknown column "${text}" (column ${columnLetter(i)}); the columns are: ${FACILITY_COLUMNS.map((c) => `${c} (${FACILITY_COLUMN_ZH[c]})`).join(', ')}`));
      byIndex.push(null);
    } else if (firstAt.has(col)) {
      issues.push(issue(0, col, 'duplicate_column', `column ${col} appears twice ("${firstAt.get(col)}" and "${text}")`));
      byIndex.push(null);
    } else {
      firstAt.set(col, text);
      byIndex.push(col);
    }
  });
  const missing = new Set<string>();
  for (const col of REQUIRED) {
    if (!firstAt.has(col)) {
      issues.push(issue(0, col, 'missing_column', `required column ${col} (${FACILITY_COLUMN_ZH[col]}) is missing`));
      missing.add(col);
    }
  }
  return { byIndex, blank, issues, missing };
}

/** True when a record has nothing in it (blank records are skipped, not reported). */
export function isBlank(values: readonly Cell[]): boolean {
  return values.every((v) => v === null || (typeof v === 'string' && v.trim() === ''));
}

/**
 * Collects the records of a table (header already read), counting them against {@link MAX_IMPORT_ROWS} as they
 * come; {@link TableImport.finish} then validates them all and checks ids are not repeated. Validation waits for
 * the count so that a file over the limit is refused after reading, not after validating, 10,000 rows.
 */
export class TableImport {
  readonly #rows: ImportedFacility[] = [];
  readonly #issues: ImportIssue[];
  readonly #pending: Array<() => RecordResult> = [];
  readonly #ctx: RecordContext;
  readonly #header: Header;
  #count = 0;

  constructor(header: Header, policy: CarePolicy, geo = false) {
    this.#header = header;
    this.#issues = [...header.issues];
    this.#ctx = { geo, suppress: header.missing, policy };
  }

  /**
   * Adds one data record given as cells by column index; blank records are skipped.
   * @throws AppError('too_large') at facility row {@link MAX_IMPORT_ROWS} + 1
   */
  add(row: number, values: Cell[], transform: (c: Cell) => Cell = (c) => c, pre: ImportIssue[] = []): void {
    if (pre.length === 0 && isBlank(values)) return;
    this.#countRow(row);
    const cells = new Map<FacilityColumn, Cell>();
    values.forEach((v, i) => {
      const col = this.#header.byIndex[i];
      if (col) {
        cells.set(col, transform(v));
        return;
      }
      if (v === null || String(v).trim() === '') return;
      // A cell under no column, or under an unknown one: its text is checked all the same.
      const where = `column ${columnLetter(i)}`;
      const textBad = typeof v === 'string' ? textIssue(row, where, v) : null;
      if (textBad) pre.push(textBad);
      else if (i >= this.#header.byIndex.length || this.#header.blank.has(i)) {
        pre.push(issue(row, where, 'unheaded_value', `a value (${shown(v)}) in column ${columnLetter(i)}, which has no header`));
      }
    });
    this.#pending.push(() => validateRecord(row, cells, this.#ctx, pre));
  }

  /** Adds a record already split into columns (GeoJSON). */
  addCells(row: number, cells: Map<FacilityColumn, Cell>, pre: ImportIssue[]): void {
    this.#countRow(row);
    this.#pending.push(() => validateRecord(row, cells, this.#ctx, pre));
  }

  /** Takes an issue found outside a record (e.g. a GeoJSON element that is not a Feature), counting the row. */
  addIssue(found: ImportIssue): void {
    this.#countRow(found.row);
    this.#issues.push(found);
  }

  #countRow(row: number): void {
    if (++this.#count > MAX_IMPORT_ROWS) throw tooLarge(this.#ctx.geo ? 'features' : 'facility rows', MAX_IMPORT_ROWS, `${this.#ctx.geo ? 'feature' : 'row'} ${row}`);
  }

  /** Validates every record: the valid rows and every issue, sorted by row; of rows sharing an id only the first stays. */
  finish(): FacilityImport {
    for (const validate of this.#pending.splice(0)) this.#take(validate());
    return this.#result();
  }

  /**
   * {@link TableImport.finish}, yielding to the event loop every {@link BATCH} records so that validating 10,000
   * rows (about half a second) does not hold up other requests.
   */
  async finishYielding(): Promise<FacilityImport> {
    const pending = this.#pending.splice(0);
    for (let i = 0; i < pending.length; i++) {
      if (i > 0 && i % BATCH === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      this.#take(pending[i]!());
    }
    return this.#result();
  }

  #take(r: RecordResult): void {
    this.#issues.push(...r.issues);
    if (r.result) this.#rows.push(r.result);
  }

  #result(): FacilityImport {
    const firstRow = new Map<string, number>();
    for (const r of this.#rows) {
      if (r.id === undefined) continue;
      const key = r.id.toLowerCase();
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, r.row);
      else this.#issues.push(issue(r.row, 'id', 'duplicate_id', `id ${r.id} is also used in row ${first}; each facility appears once`));
    }
    const dup = new Set(this.#issues.filter((i) => i.field === 'id').map((i) => i.row));
    const rows = this.#rows.filter((r) => !dup.has(r.row));
    const issues = [...this.#issues].sort((a, b) => a.row - b.row);
    return { rows, issues };
  }
}
