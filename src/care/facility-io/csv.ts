/**
 * Facility CSV (RFC 4180): reading through the shared reader (src/shared/csv.ts — csv-parse, blank records skipped
 * but counted), writing UTF-8 with a BOM and CRLF, guarded against spreadsheet formula injection.
 */
import { eachCsvRecord } from '../../shared/csv.ts';
import { AppError } from '../../shared/errors.ts';
import { NATIONAL_POLICY_2019 } from '../policy.ts';
import type { Cell } from './cells.ts';
import { FACILITY_COLUMNS, NUMERIC, type FacilityColumn } from './columns.ts';
import { tooLarge } from './issues.ts';
import { facilityToRow } from './flat-row.ts';
import { readHeader, TableImport } from './table.ts';
import { MAX_READ_ROWS, type ExportedFacility, type FacilityImport, type ImportOptions } from './types.ts';

/** A CSV text cell written by {@link facilitiesToCsv} with a formula guard: `'=1+1` is read back as `=1+1`. */
function unguard(c: Cell): Cell {
  return typeof c === 'string' && /^\s*'+[=+\-@\t\r]/.test(c) ? c.replace(/^(\s*)'/, '$1') : c;
}

const emptyFile = () => new AppError('invalid', 'the file is empty: the first line must be the header', { field: 'file' });

/**
 * Reads a facility CSV into a table, one record at a time: reading stops at facility row MAX_IMPORT_ROWS + 1, or
 * after {@link MAX_READ_ROWS} records when most are blank. Validation waits for {@link TableImport.finish}.
 */
export function readFacilitiesCsv(text: string, options: ImportOptions = {}): TableImport {
  let table: TableImport | undefined;
  eachCsvRecord(
    text,
    (fields, row) => {
      if (table !== undefined) table.add(row, fields, unguard);
      else if (row === 0) table = new TableImport(readHeader(fields), options.policy ?? NATIONAL_POLICY_2019);
      else throw emptyFile(); // the first line is blank
    },
    { name: 'CSV', maxRecords: MAX_READ_ROWS + 1, tooMany: (n) => tooLarge('records (blank ones included)', MAX_READ_ROWS, `row ${n - 1}`) },
  );
  if (table === undefined) throw emptyFile();
  return table;
}

/**
 * Parses a facility CSV (UTF-8 text; a BOM is fine), one record at a time: reading stops at facility row
 * MAX_IMPORT_ROWS + 1 (10,001), or after {@link MAX_READ_ROWS} records when most are blank.
 * @param text - the file's text (see parseFacilitiesFile for bytes in other encodings)
 * @param options - the policy to check class caps against
 * @returns valid rows and every issue; `row` is the record number after the header (blank records count)
 * @throws AppError('too_large') over the limits; AppError('invalid') for an unclosed quote or no header
 */
export function parseFacilitiesCsv(text: string, options: ImportOptions = {}): FacilityImport {
  return readFacilitiesCsv(text, options).finish();
}

/** RFC 4180 quoting, plus the OWASP CSV-injection guard on text: a leading `=`, `+`, `-`, `@` gets a `'`. */
function csvField(v: string | number | null, col: FacilityColumn): string {
  if (v === null) return '';
  let s = String(v);
  if (!NUMERIC.has(col) && /^'*[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Writes facilities as CSV: UTF-8 with a BOM (so Excel shows Chinese correctly), CRLF line ends (RFC 4180), the
 * English column names as the header. Text starting with `=`, `+`, `-` or `@` is prefixed with `'` so a
 * spreadsheet does not run it as a formula; the importer removes that prefix again.
 * @param list - stored facilities
 */
export function facilitiesToCsv(list: readonly ExportedFacility[]): string {
  const lines = [FACILITY_COLUMNS.join(',')];
  for (const f of list) {
    const r = facilityToRow(f);
    lines.push(FACILITY_COLUMNS.map((c) => csvField(r[c], c)).join(','));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
