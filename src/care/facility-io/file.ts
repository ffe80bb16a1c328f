/**
 * An uploaded file → its format (by Content-Type, file name, or the bytes) → its text (BOM, charset, UTF-8 or
 * GB18030) → the reader for that format.
 */
import { AppError } from '../../shared/errors.ts';
import { readFacilitiesCsv } from './csv.ts';
import { readFacilitiesGeoJson } from './geojson.ts';
import { MAX_IMPORT_BYTES, type FacilityFileFormat, type FacilityImport, type ImportOptions } from './types.ts';
import { parseFacilitiesXlsx } from './xlsx.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function sniff(bytes: Uint8Array): FacilityFileFormat | 'xls' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\ufeff/, '').trimStart();
  return head.startsWith('{') ? 'geojson' : 'csv';
}

/**
 * The format a content type (`text/csv; charset=utf-8`) or file name (`网点.xlsx`) names. Browsers on Windows send
 * `application/vnd.ms-excel` for .csv files, and some send `application/octet-stream`: those are told apart by the
 * bytes.
 */
export function facilityFileFormat(bytes: Uint8Array, contentTypeOrFilename: string): FacilityFileFormat {
  const s = contentTypeOrFilename.trim().toLowerCase();
  const mime = s.split(';')[0]!.trim();
  let f: FacilityFileFormat | 'xls' | undefined;
  if (mime === 'text/csv' || mime === 'application/csv' || mime === 'text/comma-separated-values' || mime === 'text/plain') f = 'csv';
  else if (mime === XLSX_TYPE) f = 'xlsx';
  else if (mime === 'application/geo+json' || mime === 'application/json' || mime === 'application/vnd.geo+json') f = 'geojson';
  else if (mime === 'application/vnd.ms-excel' || mime === 'application/octet-stream') f = sniff(bytes);
  else {
    const ext = /\.([a-z0-9]+)$/.exec(s)?.[1];
    f = ext === 'csv' || ext === 'txt' ? 'csv' : ext === 'xlsx' ? 'xlsx' : ext === 'geojson' || ext === 'json' ? 'geojson' : ext === 'xls' ? 'xls' : undefined;
  }
  if (f === 'xls') throw new AppError('unsupported', 'legacy .xls workbooks are not read; save the file as .xlsx (Excel 工作簿) or CSV UTF-8', { field: 'file' });
  if (f === undefined) throw new AppError('unsupported', `cannot import "${contentTypeOrFilename}": send CSV (text/csv), XLSX (${XLSX_TYPE}) or GeoJSON (application/geo+json)`, { field: 'file' });
  return f;
}

/**
 * Decodes text bytes: a BOM decides (UTF-8, UTF-16LE); else a `charset` parameter; else UTF-8 when the bytes are
 * valid UTF-8, otherwise GB18030 — what a Chinese Excel writes for plain "CSV" (a superset of GBK/GB2312).
 * A UTF-8 BOM stays in the text (the CSV and GeoJSON readers drop it).
 * @param bytes - the file
 * @param contentType - the request's Content-Type, for its `charset`
 */
export function decodeText(bytes: Uint8Array, contentType = ''): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  // Buffer's UTF-16 decoder keeps a lone surrogate as it is (TextDecoder would make it U+FFFD), so the text check
  // can name the cell that holds one.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return Buffer.from(bytes.buffer, bytes.byteOffset + 2, bytes.byteLength - 2).toString('utf16le');
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch (cause) {
      throw new AppError('unsupported', `unknown charset ${charset}`, { field: 'file', cause });
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * Parses an uploaded facility file of any supported format, within the limits of each reader.
 * @param buf - the file's bytes
 * @param contentTypeOrFilename - the request's Content-Type, or the file name
 * @param options - the policy to check class caps against
 * @throws AppError('unsupported') for another format; AppError('too_large') over {@link MAX_IMPORT_BYTES}; see each
 *   parser for the rest
 */
export async function parseFacilitiesFile(buf: Buffer | Uint8Array, contentTypeOrFilename: string, options: ImportOptions = {}): Promise<FacilityImport> {
  const bytes = buf instanceof Uint8Array ? buf : new Uint8Array(buf);
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new AppError('too_large', `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`, { field: 'file' });
  const format = facilityFileFormat(bytes, contentTypeOrFilename);
  if (format === 'xlsx') return parseFacilitiesXlsx(bytes, options);
  const text = decodeText(bytes, contentTypeOrFilename.includes('/') ? contentTypeOrFilename : '');
  return (format === 'csv' ? readFacilitiesCsv(text, options) : readFacilitiesGeoJson(text, options)).finishYielding();
}
