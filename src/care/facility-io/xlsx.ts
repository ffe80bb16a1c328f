/**
 * Facility workbooks (.xlsx). Reading streams the first worksheet with exceljs's streaming reader
 * (`ExcelJS.stream.xlsx.WorkbookReader`) and stops as soon as a limit is passed — facility row
 * {@link MAX_IMPORT_ROWS} + 1, {@link MAX_READ_ROWS} rows in all, {@link MAX_XLSX_UNPACKED_BYTES} inflated bytes,
 * {@link MAX_XLSX_SHARED_STRINGS} shared strings — so a crafted workbook (850,000 rows in 10 MB, a "zip bomb") is
 * refused after a bounded amount of work and memory instead of after it was loaded whole.
 *
 * How the limits hold: zip.ts reads the archive's directory and hands the reader only the parts it reads (the
 * workbook's relationships, the workbook, shared strings, styles, then the worksheets), index first, so exceljs
 * parses every sheet as it streams (it spools a sheet to a temporary file when the sheet comes before the shared
 * strings — as Excel orders them) and never inflates pictures or themes. {@link BoundedWorkbookReader} counts
 * every byte inflated from those parts and stops the reader at the budget. It hooks into exceljs 4.4's reader at
 * its per-part methods (`_parseRels`, `_parseWorkbook`, `_parseStyles`, `_parseSharedStrings`, `_parseWorksheet`);
 * xlsx.test.ts fails if an exceljs update changes them.
 *
 * Writing builds the workbook in memory (the registry is a few thousand rows).
 */
import { Transform, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors.ts';
import { FILING_STATUSES, OWNERSHIP_ZH, OWNERSHIPS, PRICE_UNITS, SERVICE_MODE_ZH, SERVICE_MODES, TIER_ZH, TIERS } from '../facility.ts';
import { CLASS_BAND_ZH, CLASS_BANDS, NATIONAL_POLICY_2019 } from '../policy.ts';
import type { Cell } from './cells.ts';
import { choices, columnLetter, FACILITY_COLUMN_ZH, FACILITY_COLUMNS, FILING_STATUS_ZH, NUMERIC, PRICE_UNIT_ZH, type FacilityColumn } from './columns.ts';
import { facilityToRow } from './flat-row.ts';
import { issue, tooLarge, type ImportIssue } from './issues.ts';
import { readHeader, TableImport } from './table.ts';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, MAX_READ_ROWS, type ExportedFacility, type FacilityImport, type ImportOptions } from './types.ts';
import { readZipDirectory, zipRecordStream, type ZipEntry } from './zip.ts';

/**
 * The most bytes an upload may inflate to, all parts read together. A workbook of {@link MAX_IMPORT_ROWS} full
 * facility rows as Excel or the export writes it unpacks to about 10 MB; four times that leaves room for
 * formatting, and stops a zip bomb long before memory or time matter.
 */
export const MAX_XLSX_UNPACKED_BYTES = 40 * 1024 * 1024;
/** The most shared strings a workbook may hold (exceljs keeps them all in memory): 22 columns × 10,001 rows fit. */
export const MAX_XLSX_SHARED_STRINGS = 300_000;
/** The most parts an archive may list (a workbook has a few dozen). */
const MAX_XLSX_PARTS = 1_000;

/** The parts read, in the order the reader gets them: the index before the sheets. */
const INDEX_PARTS = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'] as const;
/** The worksheet parts exceljs's streaming reader recognises. */
const SHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;

const MB = 1024 * 1024;
const unpackedTooLarge = (where: string) =>
  new AppError('too_large', `the workbook unpacks to more than ${MAX_XLSX_UNPACKED_BYTES / MB} MB (${where}); a workbook of ${MAX_IMPORT_ROWS} facilities is far smaller: keep only the facility sheet, or save it as CSV`, { field: 'file' });

/** What exceljs 4.4's WorkbookReader has beyond its typings: the per-part steps of its `parse()`. */
interface ReaderInternals {
  sharedStrings?: unknown[];
  workbookRels?: Array<{ Id: string; Target: string }>;
  model?: { sheets?: Array<{ rId: string }> };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<Buffer>, sheetNo: string): Generator<{ eventType: string; value: unknown }>;
  [Symbol.asyncIterator](): AsyncGenerator<ExcelJS.stream.xlsx.WorksheetReader>;
}
const StreamReader = ExcelJS.stream.xlsx.WorkbookReader as unknown as new (input: Readable, options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>) => ReaderInternals;

/**
 * Re-cuts a stream of UTF-8 bytes so no chunk ends inside a character. exceljs 4.4's streaming reader decodes each
 * inflated chunk on its own (utils/parse-sax.js), so a Chinese character split across two 16 KB chunks became two
 * U+FFFD — about one cell in 3,000 of a Chinese registry.
 */
class Utf8Chunks {
  #rest: Buffer = Buffer.alloc(0);

  /** The complete characters so far; an incomplete last one waits for the next chunk. */
  next(chunk: Buffer): Buffer {
    const buf = this.#rest.length ? Buffer.concat([this.#rest, chunk]) : chunk;
    let start = buf.length - 1;
    while (start > 0 && buf.length - start < 4 && (buf[start]! & 0xc0) === 0x80) start--; // back over continuation bytes
    const lead = buf[start] ?? 0;
    const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    const cut = start >= 0 && start + size > buf.length ? start : buf.length;
    this.#rest = buf.subarray(cut);
    return buf.subarray(0, cut);
  }

  /** What is left at the end (an incomplete character, decoded as U+FFFD like any broken UTF-8). */
  end(): Buffer {
    const rest = this.#rest;
    this.#rest = Buffer.alloc(0);
    return rest;
  }
}

/**
 * exceljs's streaming reader held to a budget of inflated bytes: each part it parses passes through a counter
 * first, and the first byte over the budget (or a shared string over {@link MAX_XLSX_SHARED_STRINGS}) stops it
 * with AppError('too_large'). A corrupt deflate stream stops it too (the unzipper reports it on the archive
 * stream, where exceljs would not see it while inside a part).
 */
class BoundedWorkbookReader extends StreamReader {
  readonly #budget: number;
  #used = 0;
  readonly #live = new Set<Transform>();
  readonly #aborted: Promise<never>;
  #abort!: (e: Error) => void;
  readonly #sheets = new Map<unknown, { sheetNo: string; raw: AsyncIterable<Buffer> }>();
  #firstSheetNo: string | undefined;

  constructor(source: Readable, budget: number) {
    super(source, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
    this.#budget = budget;
    this.sharedStrings = []; // a workbook without shared strings must not wait for them (exceljs would spool the sheet)
    this.#aborted = new Promise<never>((_, reject) => (this.#abort = reject));
    this.#aborted.catch(() => undefined);
    // exceljs pipes the source into its unzipper; an inflate error is raised there, not on the part's stream.
    const pipe = source.pipe.bind(source);
    source.pipe = <T extends NodeJS.WritableStream>(dest: T, opts?: { end?: boolean }): T => {
      (dest as unknown as Readable).on('error', (e: Error) => this.#fail(e));
      return pipe(dest, opts);
    };
  }

  #fail(e: Error): void {
    this.#abort(e);
    for (const t of this.#live) t.destroy(e);
  }

  #take(bytes: number, part: string): void {
    this.#used += bytes;
    if (this.#used > this.#budget) throw unpackedTooLarge(`reading stopped in ${part}`);
    if (part === 'xl/sharedStrings.xml' && (this.sharedStrings?.length ?? 0) > MAX_XLSX_SHARED_STRINGS) {
      throw new AppError('too_large', `the workbook holds more than ${MAX_XLSX_SHARED_STRINGS} distinct texts; a workbook of ${MAX_IMPORT_ROWS} facilities holds fewer`, { field: 'file' });
    }
  }

  /** A part's stream through the counter (and cut at character boundaries, see {@link Utf8Chunks}). */
  #counted(entry: Readable, part: string): Readable {
    const take = (n: number) => this.#take(n, part);
    const utf8 = new Utf8Chunks();
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        try {
          take(chunk.length);
          done(null, utf8.next(chunk));
        } catch (e) {
          done(e as Error);
        }
      },
      flush(done) {
        done(null, utf8.end());
      },
    });
    this.#live.add(counter);
    counter.on('close', () => this.#live.delete(counter));
    entry.on('error', (e: Error) => counter.destroy(e));
    return entry.pipe(counter);
  }

  /** A worksheet's chunks through the counter (exceljs hands a sheet over as an iterator, not a stream). */
  async *#countedChunks(chunks: AsyncIterable<Buffer>, part: string): AsyncGenerator<Buffer> {
    const it = chunks[Symbol.asyncIterator]();
    const utf8 = new Utf8Chunks();
    for (;;) {
      const next = await Promise.race([it.next(), this.#aborted]);
      if (next.done) break;
      this.#take(next.value.length, part);
      yield utf8.next(next.value);
    }
    const rest = utf8.end();
    if (rest.length) yield rest;
  }

  _parseRels(entry: Readable): Promise<void> {
    return super._parseRels(this.#counted(entry, 'xl/_rels/workbook.xml.rels'));
  }
  _parseWorkbook(entry: Readable): Promise<void> {
    return super._parseWorkbook(this.#counted(entry, 'xl/workbook.xml'));
  }
  _parseStyles(entry: Readable): Promise<void> {
    return super._parseStyles(this.#counted(entry, 'xl/styles.xml'));
  }
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown> {
    return super._parseSharedStrings(this.#counted(entry, 'xl/sharedStrings.xml'));
  }
  *_parseWorksheet(iterator: AsyncIterable<Buffer>, sheetNo: string): Generator<{ eventType: string; value: unknown }> {
    const raw = this.#countedChunks(iterator, `xl/worksheets/sheet${sheetNo}.xml`);
    for (const event of super._parseWorksheet(raw, sheetNo)) {
      if (event.eventType === 'worksheet') this.#sheets.set(event.value, { sheetNo, raw });
      yield event;
    }
  }

  /** True for the workbook's first sheet in tab order (what Excel opens on, and what the import reads). */
  isFirstSheet(ws: ExcelJS.stream.xlsx.WorksheetReader): boolean {
    const sheetNo = this.#sheets.get(ws)?.sheetNo;
    if (this.#firstSheetNo === undefined) {
      const rId = this.model?.sheets?.[0]?.rId;
      const target = this.workbookRels?.find((r) => r.Id === rId)?.Target;
      this.#firstSheetNo = (target && /sheet(\d+)\.xml$/.exec(target)?.[1]) || sheetNo;
    }
    return sheetNo === this.#firstSheetNo;
  }

  /** Reads past a sheet the import does not use: inflated and counted, not parsed. */
  async skip(ws: ExcelJS.stream.xlsx.WorksheetReader): Promise<void> {
    const raw = this.#sheets.get(ws)?.raw;
    if (raw) for await (const _chunk of raw);
  }
}

type XCell = Cell | { error: string | null };

/** A cell value as exceljs's streaming reader gives it → a raw cell, or the spreadsheet error it shows. */
function xlsxValue(v: ExcelJS.CellValue | undefined): XCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || v instanceof Date) return v;
  if (typeof v === 'boolean') return String(v);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('error' in v) return { error: String(v.error) };
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    // The streaming reader drops a formula's cached error (#REF!, #N/A …): no value left means an error, or a
    // formula never calculated — either way there is no value to import (an empty cell would clear one).
    if (result === undefined || result === null || (typeof result === 'number' && Number.isNaN(result))) return { error: null };
    return xlsxValue(result as ExcelJS.CellValue);
  }
  if ('text' in v) return xlsxValue(v.text as ExcelJS.CellValue);
  return null;
}

const isError = (v: XCell): v is { error: string | null } => v !== null && typeof v === 'object' && !(v instanceof Date);

/** Picks the parts the reader needs from the archive's directory, index first, refusing what cannot be a workbook. */
function workbookParts(entries: readonly ZipEntry[]): ZipEntry[] {
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) {
    if (byName.has(e.name)) throw new AppError('invalid', `the file is not a readable .xlsx workbook (${e.name} is in it twice)`, { field: 'file' });
    byName.set(e.name, e);
  }
  for (const need of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']) {
    if (!byName.has(need)) throw new AppError('invalid', `the file is not a readable .xlsx workbook (it has no ${need})`, { field: 'file' });
  }
  const parts = [...INDEX_PARTS.flatMap((n) => byName.get(n) ?? []), ...entries.filter((e) => SHEET_PART.test(e.name))];
  const declared = parts.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > MAX_XLSX_UNPACKED_BYTES) throw unpackedTooLarge(`its directory declares ${Math.ceil(declared / MB)} MB`);
  return parts;
}

/**
 * Parses a facility workbook: the first worksheet (in tab order), header in spreadsheet row 1, streamed.
 * @param buf - the .xlsx bytes
 * @param options - the policy to check class caps against
 * @returns valid rows and every issue; `row` is the spreadsheet row number minus 1 (data starts at row 1)
 * @throws AppError('invalid') when the bytes are not a workbook; AppError('too_large') over a limit (see the module
 *   comment): facility rows, rows in all, inflated bytes, shared strings, or over {@link MAX_IMPORT_BYTES}
 */
export async function parseFacilitiesXlsx(buf: Buffer | Uint8Array, options: ImportOptions = {}): Promise<FacilityImport> {
  const bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (bytes.length > MAX_IMPORT_BYTES) throw new AppError('too_large', `the file is larger than ${MAX_IMPORT_BYTES / MB} MB`, { field: 'file' });
  const parts = workbookParts(readZipDirectory(bytes, MAX_XLSX_PARTS));
  const source = zipRecordStream(bytes, parts);
  const reader = new BoundedWorkbookReader(source, MAX_XLSX_UNPACKED_BYTES);
  try {
    return await readFirstSheet(reader, options);
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    const why = cause instanceof Error ? cause.message.split('\n')[0]!.slice(0, 200) : String(cause);
    throw new AppError('invalid', `the file is not a readable .xlsx workbook (${why})`, { field: 'file', cause });
  } finally {
    source.destroy();
  }
}

async function readFirstSheet(reader: BoundedWorkbookReader, options: ImportOptions): Promise<FacilityImport> {
  let table: TableImport | undefined;
  let header: ReturnType<typeof readHeader> | undefined;
  let read = 0;
  for await (const ws of reader) {
    if (!reader.isFirstSheet(ws)) {
      await reader.skip(ws);
      continue;
    }
    for await (const r of ws) {
      if (++read > MAX_READ_ROWS + 1) throw tooLarge('rows (blank ones included)', MAX_READ_ROWS, `spreadsheet row ${r.number}`);
      if (header === undefined || table === undefined) {
        const headerCells: string[] = [];
        if (r.number === 1) {
          r.eachCell({ includeEmpty: false }, (c, col) => {
            const v = xlsxValue(c.value);
            headerCells[col - 1] = v === null || typeof v === 'object' ? (v instanceof Date ? v.toISOString() : '') : String(v);
          });
        }
        for (let i = 0; i < headerCells.length; i++) headerCells[i] ??= '';
        if (headerCells.every((h) => h.trim() === '')) throw new AppError('invalid', 'spreadsheet row 1 must be the header', { field: 'file' });
        header = readHeader(headerCells);
        table = new TableImport(header, options.policy ?? NATIONAL_POLICY_2019);
        continue;
      }
      const row = r.number - 1;
      const values: Cell[] = [];
      const pre: ImportIssue[] = [];
      const byIndex = header.byIndex;
      r.eachCell({ includeEmpty: false }, (c, col) => {
        const v = xlsxValue(c.value);
        if (isError(v)) {
          const field = byIndex[col - 1] ?? `column ${columnLetter(col - 1)}`;
          const shows = v.error === null ? 'the cell holds a formula without a value (or one showing an error such as #REF! or #N/A)' : `the cell shows the spreadsheet error ${v.error}`;
          pre.push(issue(row, field, 'spreadsheet_error', `${shows}; put the value itself there`, v.error === null ? undefined : { error: v.error }));
          values[col - 1] = null;
        } else values[col - 1] = v;
      });
      for (let i = 0; i < values.length; i++) values[i] ??= null;
      table.add(row, values, (c) => c, pre);
    }
    break; // the first sheet is read: nothing after it is inflated
  }
  if (table === undefined) throw new AppError('invalid', 'the workbook is empty: its first sheet needs a header row', { field: 'file' });
  return table.finishYielding();
}

const WIDTH: Partial<Record<FacilityColumn, number>> = {
  id: 38,
  name: 30,
  tier: 20,
  ownership: 12,
  filing_status: 14,
  filing_number: 20,
  division_id: 14,
  address: 40,
  lng: 14,
  lat: 14,
  opening_days: 14,
  services: 44,
  classes: 52,
  contact_phone: 18,
  supervisor_id: 38,
  medical_institution_id: 38,
};

/**
 * Writes facilities as an .xlsx workbook: sheet 1 "设施 Facilities" (header `名称 (name)` in Chinese and English,
 * frozen, filterable; text columns formatted as text so Excel does not turn `1-5` into a date or drop a phone's
 * leading 0), sheet 2 "说明 Legend" listing the columns and codes. The importer reads sheet 1 only.
 * @param list - stored facilities
 */
export async function facilitiesToXlsx(list: readonly ExportedFacility[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CareCircle';
  const ws = wb.addWorksheet('设施 Facilities', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = FACILITY_COLUMNS.map((c) => ({
    header: `${FACILITY_COLUMN_ZH[c]} (${c})`,
    key: c,
    width: WIDTH[c] ?? Math.max(12, FACILITY_COLUMN_ZH[c].length * 2 + c.length + 4),
    style: NUMERIC.has(c) ? {} : { numFmt: '@' },
  }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: FACILITY_COLUMNS.length } };
  for (const f of list) ws.addRow(facilityToRow(f));

  const legend = wb.addWorksheet('说明 Legend');
  legend.columns = [
    { header: '列 column', key: 'col', width: 34 },
    { header: '取值 values', key: 'values', width: 120 },
  ];
  legend.getRow(1).font = { bold: true };
  const rows: Array<[string, string]> = [
    ['层级 (tier)', choices(TIERS, TIER_ZH)],
    ['性质 (ownership)', choices(OWNERSHIPS, OWNERSHIP_ZH)],
    ['备案状态 (filing_status)', choices(FILING_STATUSES, FILING_STATUS_ZH)],
    ['坐标系 (crs)', 'wgs84, gcj02 (高德/腾讯坐标, converted on import)'],
    ['开放日 (opening_days)', 'ISO weekdays 1 = 周一 … 7 = 周日: 1-5, 1,2,3,4,5,6'],
    ['开门/关门 (open/close)', 'HH:MM, 24-hour'],
    ['服务 (services)', `mode:price/unit; … — modes ${choices(SERVICE_MODES, SERVICE_MODE_ZH)}; units ${choices(PRICE_UNITS, PRICE_UNIT_ZH)}`],
    ['班级 (classes)', `name:band:capacity[:id]; … — bands ${choices(CLASS_BANDS, CLASS_BAND_ZH)}`],
    ['编号 (id)', 'empty → create a new facility; a UUID → update that facility'],
  ];
  for (const [col, values] of rows) legend.addRow({ col, values });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

