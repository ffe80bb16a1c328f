/**
 * The one CSV reader (RFC 4180, through csv-parse), shared by the facility import and the planning inputs so both
 * read a file the same way:
 * - `,` separates fields, `"` quotes a field (`""` is a quote inside); quoted fields may hold commas and line breaks;
 *   records end with CRLF, LF or CR (mixed in one file is fine); a leading UTF-8 BOM is dropped.
 * - Lenient where Excel is: a `"` that does not open a field is kept literally, records may have different lengths.
 * - **Blank records** — every field empty or only whitespace (an empty line, `,,,`) — are skipped, but they still
 *   count: record `row` N is always the N-th record after the first line (the header), so a spreadsheet shows it
 *   as row N + 1 when no field spans lines.
 * - An unclosed quote is an error naming the record where it opened.
 * Records are handed over one by one while parsing, so a caller can stop at a limit without reading the rest.
 */
import { parse } from 'csv-parse/sync';
import { AppError } from './errors.ts';

/** Options of {@link eachCsvRecord}. */
export interface CsvReadOptions {
  /** What the file is called in messages (`CSV`, `costs`) and the error's `field` (default `file`). */
  name?: string;
  field?: string;
  /**
   * Stop after this many records (the header is one; records of empty fields such as `,,,` count, empty lines do
   * not: they cost nothing to skip), calling `tooMany` with the row reached for the error to throw.
   */
  maxRecords?: number;
  tooMany?: (records: number) => Error;
}

/** True when every field is empty or only whitespace: such a record is skipped (but counted). */
export function isBlankRecord(fields: readonly string[]): boolean {
  return fields.every((f) => f.trim() === '');
}

interface CsvParseError extends Error {
  code?: string;
  records?: number;
  empty_lines?: number;
}

/**
 * Reads CSV text, calling `visit` for each record that is not blank with its row: 0 for the first record (the
 * header), N for the N-th record after it. Blank records are skipped but counted. `visit` may throw to stop.
 * @param text - the whole CSV text (decoded; a BOM is fine)
 * @param visit - receives the fields and the row
 * @param options - names for messages, and a record limit
 * @returns the number of rows read (the last row + 1), blank ones included
 * @throws AppError('invalid') for an unclosed quote; whatever `visit` or `tooMany` throws
 */
export function eachCsvRecord(text: string, visit: (fields: string[], row: number) => void, options: CsvReadOptions = {}): number {
  const name = options.name ?? 'CSV';
  let records = 0;
  const carried = carrySurrogates(text);
  const restore = carried.restore;
  try {
    parse(carried.text, {
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      // Empty lines are skipped inside csv-parse (cheaply: it builds no record for them) and counted back into the
      // row below; a record of empty fields (`,,,`) comes through and is skipped here.
      skip_empty_lines: true,
      on_record: (fields: string[], info: { records: number; empty_lines: number }) => {
        const row = info.records - 1 + info.empty_lines;
        records = row + 1;
        if (options.maxRecords !== undefined && info.records > options.maxRecords) {
          throw options.tooMany?.(records) ?? new AppError('too_large', `${name}: more than ${options.maxRecords} records`, { field: options.field ?? 'file' });
        }
        if (!isBlankRecord(fields)) visit(restore ? restore(fields) : fields, row);
        return null; // nothing is kept: the caller takes what it needs
      },
    });
  } catch (e) {
    const err = e as CsvParseError;
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
      const at = (err.records ?? 0) + (err.empty_lines ?? 0);
      throw new AppError('invalid', `${name} ${at === 0 ? 'header' : `row ${at}`}: a quoted field is never closed (a " is missing)`, { field: options.field ?? 'file', cause: e });
    }
    if (typeof err.code === 'string' && err.code.startsWith('CSV_')) {
      throw new AppError('invalid', `${name} row ${(err.records ?? 0) + (err.empty_lines ?? 0)}: ${err.message}`, { field: options.field ?? 'file', cause: e });
    }
    throw e;
  }
  return records;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * csv-parse reads bytes, so the text goes through UTF-8 on the way in, where a lone surrogate (a UTF-16 file can
 * hold one) would silently become U+FFFD. Each one is carried through as a noncharacter the text does not use
 * (Unicode §23.7: noncharacters are for internal use) and put back in the fields, so the caller's text check sees
 * and names it.
 */
function carrySurrogates(text: string): { text: string; restore?: (fields: string[]) => string[] } {
  if (!/[\ud800-\udfff]/.test(text) || !LONE_SURROGATE.test(text)) return { text };
  LONE_SURROGATE.lastIndex = 0;
  let sentinel = '';
  for (let c = 0xfdd0; c <= 0xfdef && !sentinel; c++) if (!text.includes(String.fromCharCode(c))) sentinel = String.fromCharCode(c);
  if (!sentinel) throw new AppError('invalid', 'the file holds lone UTF-16 surrogates (halves of characters); save it again as UTF-8', { field: 'file' });
  const halves: string[] = [];
  const carried = text.replace(LONE_SURROGATE, (half) => {
    halves.push(half);
    return sentinel;
  });
  let next = 0;
  const back = (f: string) => (f.includes(sentinel) ? f.replaceAll(sentinel, () => halves[next++] ?? '\ufffd') : f);
  return { text: carried, restore: (fields) => fields.map(back) };
}

/** One record that is not blank, with its row (0 = the first line). */
export interface CsvRecord {
  row: number;
  fields: string[];
}

/**
 * Reads all records of CSV text that are not blank, each with its row (see {@link eachCsvRecord}).
 * @param text - the whole CSV text
 * @param options - names for messages, and a record limit
 */
export function readCsv(text: string, options: CsvReadOptions = {}): CsvRecord[] {
  const out: CsvRecord[] = [];
  eachCsvRecord(text, (fields, row) => out.push({ row, fields }), options);
  return out;
}
