/**
 * Cells: a raw cell (CSV text, an XLSX number, date or text, a GeoJSON value) → typed values, one parser per kind
 * of column (numbers, enums, opening days, times, the `services` and `classes` lists). A parser that cannot read a
 * cell throws {@link CellError} with a stable code; the record validation turns it into an issue on that column.
 * {@link cellTextIssue} is the text check every string cell goes through first.
 */
import { PRICE_UNITS, SERVICE_MODE_ZH, SERVICE_MODES } from '../facility.ts';
import { CLASS_BAND_ZH, CLASS_BANDS } from '../policy.ts';
import { choices, norm, PRICE_UNIT_ZH, SPELLINGS, type FacilityColumn } from './columns.ts';
import { textIssue, type ImportIssue, type ImportIssueCode } from './issues.ts';

/** A raw cell as a source hands it over. */
export type Cell = string | number | Date | null;

/** A cell a parser cannot read; `code` is the issue code it becomes. */
export class CellError extends Error {
  readonly code: ImportIssueCode;
  constructor(code: ImportIssueCode, message: string) {
    super(message);
    this.code = code;
  }
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A cell as trimmed text; '' when empty. Spreadsheet dates/times in time or day columns are read as Excel shows them. */
export function cellText(cell: Cell, col: FacilityColumn): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if ((col === 'open' || col === 'close') && cell >= 0 && cell < 1) {
      // Excel stores a typed 07:30 as the day fraction 0.3125.
      const minutes = Math.round(cell * 24 * 60);
      return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
    }
    return String(cell);
  }
  if (cell instanceof Date) {
    if (col === 'open' || col === 'close') return `${pad2(cell.getUTCHours())}:${pad2(cell.getUTCMinutes())}`;
    // Excel turns a typed "1-5" into 5 January; give the user back what they typed.
    if (col === 'opening_days') return `${cell.getUTCMonth() + 1}-${cell.getUTCDate()}`;
    return cell.toISOString();
  }
  return cell.trim();
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}([,，]\d{3})+(\.\d+)?$/;

/** Parses a plain decimal; thousands separators are rejected with a message saying so. */
export function parseNumber(raw: string): number {
  const s = raw.normalize('NFKC').trim();
  if (GROUPED.test(s)) throw new CellError('thousands_separator', `"${raw}": write numbers without thousands separators (${s.replace(/[,，]/g, '')}, not ${s})`);
  if (!NUMBER.test(s)) throw new CellError('not_a_number', `"${raw}" is not a number`);
  return Number(s) + 0; // + 0 turns -0 into 0
}

/** A number column: a spreadsheet number as it is, text through {@link parseNumber}; empty → undefined. */
export function numberCell(cell: Cell, col: FacilityColumn): number | undefined {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new CellError('not_a_number', `${cell} is not a finite number`);
    return cell + 0;
  }
  const t = cellText(cell, col);
  return t === '' ? undefined : parseNumber(t);
}

/** An enum cell: the code or any accepted spelling (see SPELLINGS), else an error listing the choices. */
export function enumCell<T extends string>(t: string, map: Map<string, T>, what: string, list: string): T {
  const code = map.get(norm(t));
  if (code === undefined) throw new CellError('unknown_value', `unknown ${what} "${t}"; use one of: ${list}`);
  return code;
}

/** `1-5`, `1,2,3,4,5,6`, `1-3,5` → ISO weekdays (ISO 8601: 1 = Monday) in the order written. */
export function parseDays(t: string): number[] {
  const days: number[] = [];
  const usage = 'opening days are ISO weekdays 1 (Monday) … 7 (Sunday), e.g. "1-5" or "1,2,3,4,5,6"';
  for (const token of t.normalize('NFKC').split(/[,、;\s]+/).filter(Boolean)) {
    const m = /^([0-9])(?:[-~–—至到]([0-9]))?$/.exec(token);
    if (!m) throw new CellError('bad_format', `"${token}" is not a day or a range; ${usage}`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to > 7 || from > to) throw new CellError('out_of_range', `"${token}" is not a valid day range; ${usage}`);
    for (let d = from; d <= to; d++) days.push(d);
  }
  return days;
}

/** `7:30` → `07:30`; anything else is left for the schema to reject. */
export function parseTime(t: string): string {
  const s = t.normalize('NFKC');
  const m = /^(\d{1,2}):(\d{2})(?::00)?$/.exec(s);
  return m ? `${pad2(Number(m[1]))}:${m[2]}` : s;
}

/** Splits on unescaped separators; `\x` yields x literally (`\n` a newline). Escapes are resolved in the parts. */
function splitEscaped(s: string, seps: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\' && i + 1 < s.length) {
      const next = s[++i]!;
      cur += next === 'n' ? '\n' : next === 'r' ? '\r' : next;
    } else if (seps.includes(ch)) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

/** Escapes `;` `:` `\\` and line breaks in a class name for the `classes` cell (the inverse of the class parser). */
export function escapeClassName(name: string): string {
  return name.replace(/[\\;:；：\n\r]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\${c}`));
}

const ITEM_SEPS = ';；\n\r';
const PART_SEPS = ':：';
const SERVICE_USAGE = 'write mode:price/unit, e.g. "full_day:1500/month; temporary:35/hour"';
const CLASS_USAGE = 'write name:band:capacity, e.g. "乳儿班1:infant:10; 托小班1:toddler_small:15"';

/** Parses each item of a list cell; every bad item is named (one issue for the cell, its messages joined). */
function eachItem<T>(items: string[], parse: (item: string) => T): T[] {
  const out: T[] = [];
  const errors: CellError[] = [];
  for (const item of items) {
    if (!item.trim()) continue;
    try {
      out.push(parse(item));
    } catch (e) {
      if (!(e instanceof CellError)) throw e;
      errors.push(e);
    }
  }
  if (errors.length) throw new CellError(errors[0]!.code, errors.map((e) => e.message).join('; '));
  return out;
}

/** The `services` cell: `mode:price/unit` items separated by `;` (full-width separators and `¥`/`元` accepted). */
export function parseServices(t: string): Array<{ mode: string; price: number; unit: string }> {
  return eachItem(t.split(/[;；\n\r]/), (raw) => {
    const item = raw.normalize('NFKC').trim();
    const m = /^([^:]+):\s*¥?\s*([^/]*?)\s*(?:元)?\s*\/\s*(.+)$/.exec(item);
    if (!m) throw new CellError('bad_format', `service "${item}": ${SERVICE_USAGE}`);
    const mode = enumCell(m[1]!.trim(), SPELLINGS.mode, `service mode in "${item}":`, choices(SERVICE_MODES, SERVICE_MODE_ZH));
    let price: number;
    try {
      price = parseNumber(m[2]!);
    } catch (e) {
      throw new CellError((e as CellError).code, `service "${item}": price ${(e as Error).message}`);
    }
    const unit = enumCell(m[3]!.trim(), SPELLINGS.unit, `price unit in "${item}":`, choices(PRICE_UNITS, PRICE_UNIT_ZH));
    return { mode, price, unit };
  });
}

/** The `classes` cell: `name:band:capacity[:id]` items separated by `;`, `\\` escaping separators in a name. */
export function parseClasses(t: string): Array<{ id?: string; name: string; band: string; capacity: number }> {
  // Split items first on unescaped separators, keeping escapes for the second split.
  const items: string[] = [];
  let cur = '';
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if (ch === '\\' && i + 1 < t.length) cur += ch + t[++i]!;
    else if (ITEM_SEPS.includes(ch)) {
      items.push(cur);
      cur = '';
    } else cur += ch;
  }
  items.push(cur);
  return eachItem(items, (item) => {
    const parts = splitEscaped(item, PART_SEPS).map((p) => p.trim());
    if (parts.length < 3 || parts.length > 4) throw new CellError('bad_format', `class "${item.trim()}": ${CLASS_USAGE}`);
    const [name, bandText, capText, id] = parts as [string, string, string, string | undefined];
    const band = enumCell(bandText, SPELLINGS.band, `class band in "${item.trim()}":`, choices(CLASS_BANDS, CLASS_BAND_ZH));
    let capacity: number;
    try {
      capacity = parseNumber(capText);
    } catch (e) {
      throw new CellError((e as CellError).code, `class "${name}": capacity ${(e as Error).message}`);
    }
    if (!Number.isInteger(capacity)) throw new CellError('not_whole', `class "${name}": capacity ${capText} must be a whole number`);
    return id ? { id, name, band, capacity } : { name, band, capacity };
  });
}

/**
 * The text check of one raw cell: a string cell with NUL, a control character, U+FFFE/U+FFFF or a lone surrogate
 * becomes an issue naming the row and column (numbers and dates have no text to check).
 * @param row - the data row
 * @param field - the column's field name (`column X` under no header)
 * @param cell - the raw cell
 */
export function cellTextIssue(row: number, field: string, cell: Cell): ImportIssue | null {
  return typeof cell === 'string' ? textIssue(row, field, cell) : null;
}
