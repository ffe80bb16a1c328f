/**
 * Facility import/export codec: CSV (RFC 4180), XLSX and GeoJSON ⇄ {@link FacilityData}. Pure — no database, no
 * HTTP; the API route hands it the uploaded bytes and writes what it returns.
 *
 * ## The flat row format (one facility per row; identical columns for CSV and XLSX)
 *
 * | column | 中文表头 | content |
 * |---|---|---|
 * | `id` | 编号 | optional UUID: present → update that facility, empty → create a new one |
 * | `name` | 名称 | required, 2–100 characters |
 * | `tier` | 层级 | `municipal_centre` 市级托育综合服务中心, `county_centre` 县级公办托育中心, `community` 社区托育点, `family_point` 家庭托育点, `kindergarten_class` 幼儿园托班, `employer` 用人单位办托, `private` 社会力量办托 |
 * | `ownership` | 性质 | `public` 公办, `affordable` 普惠, `market` 市场化 |
 * | `filing_status` | 备案状态 | `unfiled` 未备案 (default), `pending` 备案中, `filed` 已备案, `revoked` 已撤销 |
 * | `filing_number` | 备案号 | required when filed |
 * | `division_id` | 区县代码 | county-level division code, e.g. `140403` |
 * | `address` | 地址 | required |
 * | `lng`, `lat` | 经度, 纬度 | decimal degrees |
 * | `crs` | 坐标系 | `wgs84` (default) or `gcj02` (高德/腾讯 coordinates; converted to WGS-84 on import) |
 * | `opening_days` | 开放日 | ISO weekdays 1 = Monday … 7 = Sunday: `1-5`, `1,2,3,4,5,6`, `1-3,5` |
 * | `open`, `close` | 开门, 关门 | `HH:MM`, 24-hour; the three opening columns are all empty (no fixed hours) or all set |
 * | `services` | 服务 | `mode:price/unit` separated by `;` — `full_day:1500/month; half_day:900/month; temporary:35/hour`; modes `full_day` 全日托, `half_day` 半日托, `hourly` 计时托, `temporary` 临时托; units `month` 月, `day` 日, `half_day` 半天, `hour` 小时 |
 * | `classes` | 班级 | `name:band:capacity[:id]` separated by `;` — `乳儿班1:infant:10; 托小班1:toddler_small:15`; bands `infant` 乳儿班, `toddler_small` 托小班, `toddler_large` 托大班, `mixed` 混合班; a `\` escapes `;` `:` `\` inside a name (`\n` is a newline) |
 * | `floor_area_m2`, `outdoor_area_m2` | 建筑面积, 户外面积 | square metres |
 * | `contact_person`, `contact_phone` | 联系人, 联系电话 | |
 * | `supervisor_id` | 上级中心 | UUID of the supervising centre |
 * | `medical_institution_id` | 签约医疗机构 | UUID of the signed medical institution (医育融合) |
 *
 * Headers may be the English column name or the Chinese one, case-, space- and `_`-insensitive, or both as
 * written by the XLSX export (`名称 (name)`). Enum cells take the English code or the Chinese name. Full-width
 * `；` `：` and `，` are accepted as separators. Numbers are plain decimals: thousands separators (`1,500`) are
 * rejected with a message saying so, never silently misread. Unknown columns are an error (row 0). An empty
 * optional cell parses to `null` — a row is the whole facility, so an empty cell on an update clears the value.
 * CSV text that starts with `'` before `=`, `+`, `-` or `@` loses that one `'` on import: it is the guard the CSV
 * export adds against spreadsheet formula injection.
 *
 * ## Rows and issues
 * Every parser returns `{ rows, issues }`. `rows` holds the rows that are valid; `issues` names EVERY problem with
 * its `row` and flat column name as `field` (`classes`, `lat`, …; `geometry` for GeoJSON). `row` is the 1-based
 * data row: CSV — the record number after the header (a blank record still counts, so row N is spreadsheet row
 * N + 1); XLSX — the spreadsheet row number minus 1 (the header is spreadsheet row 1); GeoJSON — the 1-based index
 * in `features`. `row: 0` is the header (unknown, duplicate or missing columns). An import is all-or-nothing: a
 * caller writes `rows` only when `issues` is empty.
 *
 * Files that cannot be read at all throw {@link AppError}: `invalid` (unclosed CSV quote, not JSON, not a
 * workbook), `too_large` (more than {@link MAX_IMPORT_ROWS} rows), `unsupported` (unknown format, legacy `.xls`).
 * The caller must cap the byte size before calling (an XLSX is unzipped in memory).
 */
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { toWgs84 } from '../shared/coords.ts';
import { AppError, type FieldIssue } from '../shared/errors.ts';
import { ISSUE_CODES, isIssueCode } from '../shared/issue-codes.ts';
import { isValidLngLat } from '../shared/geo.ts';
import {
  checkFacilityRules,
  COORD_SYSTEMS,
  facilityInputSchema,
  FILING_STATUSES,
  OWNERSHIP_ZH,
  OWNERSHIPS,
  PRICE_UNITS,
  SERVICE_MODE_ZH,
  SERVICE_MODES,
  TIER_ZH,
  TIERS,
  type FacilityData,
  type FilingStatus,
  type PriceUnit,
} from './facility.ts';
import { CLASS_BAND_ZH, CLASS_BANDS, NATIONAL_POLICY_2019, type CarePolicy } from './policy.ts';

/** The flat columns, in export order. */
export const FACILITY_COLUMNS = [
  'id',
  'name',
  'tier',
  'ownership',
  'filing_status',
  'filing_number',
  'division_id',
  'address',
  'lng',
  'lat',
  'crs',
  'opening_days',
  'open',
  'close',
  'services',
  'classes',
  'floor_area_m2',
  'outdoor_area_m2',
  'contact_person',
  'contact_phone',
  'supervisor_id',
  'medical_institution_id',
] as const;
export type FacilityColumn = (typeof FACILITY_COLUMNS)[number];

/** Chinese header of each column (accepted on import, written beside the English one in XLSX). */
export const FACILITY_COLUMN_ZH: Readonly<Record<FacilityColumn, string>> = {
  id: '编号',
  name: '名称',
  tier: '层级',
  ownership: '性质',
  filing_status: '备案状态',
  filing_number: '备案号',
  division_id: '区县代码',
  address: '地址',
  lng: '经度',
  lat: '纬度',
  crs: '坐标系',
  opening_days: '开放日',
  open: '开门',
  close: '关门',
  services: '服务',
  classes: '班级',
  floor_area_m2: '建筑面积',
  outdoor_area_m2: '户外面积',
  contact_person: '联系人',
  contact_phone: '联系电话',
  supervisor_id: '上级中心',
  medical_institution_id: '签约医疗机构',
};

/** Chinese names of the filing statuses (备案状态), accepted on import. */
export const FILING_STATUS_ZH: Readonly<Record<FilingStatus, string>> = { unfiled: '未备案', pending: '备案中', filed: '已备案', revoked: '已撤销' };
/** Chinese names of the price units, accepted on import. */
export const PRICE_UNIT_ZH: Readonly<Record<PriceUnit, string>> = { month: '月', day: '日', half_day: '半天', hour: '小时' };

/** An import holds at most this many facilities (a city has a few thousand). */
export const MAX_IMPORT_ROWS = 10_000;

/** One valid imported row. */
export interface ImportedFacility {
  /** 1-based data row (see the module comment for how each format counts). */
  row: number;
  /** Present → update this facility; absent → create. */
  id?: string;
  /** Validated, with the location converted to WGS-84 (no `crs`). */
  data: FacilityData;
}

/** The result of parsing a file: valid rows and every problem found. */
export interface FacilityImport {
  rows: ImportedFacility[];
  issues: FieldIssue[];
}

/** A stored facility as the exporters take it. */
export type ExportedFacility = FacilityData & { id: string };

/** Options shared by the parsers. */
export interface ImportOptions {
  /** The policy version to check class caps against (default: the national 2019 caps). */
  policy?: CarePolicy;
}

/** One flat row as the exporters produce it: text, number or empty. */
export type FlatRow = Record<FacilityColumn, string | number | null>;

/** A GeoJSON Point feature of one facility (RFC 7946; WGS-84). */
export interface FacilityFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Omit<FlatRow, 'lng' | 'lat' | 'crs'>;
}
export interface FacilityFeatureCollection {
  type: 'FeatureCollection';
  features: FacilityFeature[];
}

// ---------------------------------------------------------------------------------------------------------------
// Lookups

/** Normalises a header or enum spelling: NFKC (full-width → ASCII), lower case, no spaces, `_` or `-`. */
function norm(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s_-]+/g, '');
}

function lookup<T extends string>(entries: ReadonlyArray<readonly [T, ...string[]]>): Map<string, T> {
  const m = new Map<string, T>();
  for (const [code, ...aliases] of entries) for (const a of [code, ...aliases]) m.set(norm(a), code);
  return m;
}

const CAMEL: Partial<Record<FacilityColumn, string>> = {
  filing_status: 'filingStatus',
  filing_number: 'filingNumber',
  division_id: 'divisionId',
  floor_area_m2: 'floorAreaM2',
  outdoor_area_m2: 'outdoorAreaM2',
  supervisor_id: 'supervisorId',
  medical_institution_id: 'medicalInstitutionId',
  opening_days: 'openingDays',
};
const HEADER = lookup<FacilityColumn>(
  FACILITY_COLUMNS.map((c) => [c, FACILITY_COLUMN_ZH[c], ...(CAMEL[c] ? [CAMEL[c]!] : [])] as const),
);

const TIER = lookup(TIERS.map((t) => [t, TIER_ZH[t]] as const));
const OWNERSHIP = lookup(OWNERSHIPS.map((o) => [o, OWNERSHIP_ZH[o]] as const));
const FILING = lookup([
  ['unfiled', FILING_STATUS_ZH.unfiled],
  ['pending', FILING_STATUS_ZH.pending, '待备案', '审核中'],
  ['filed', FILING_STATUS_ZH.filed],
  ['revoked', FILING_STATUS_ZH.revoked, '撤销'],
] as const);
const MODE = lookup(SERVICE_MODES.map((m) => [m, SERVICE_MODE_ZH[m]] as const));
const UNIT = lookup([
  ['month', PRICE_UNIT_ZH.month, '每月'],
  ['day', PRICE_UNIT_ZH.day, '天', '每天'],
  ['half_day', PRICE_UNIT_ZH.half_day, '半日'],
  ['hour', PRICE_UNIT_ZH.hour, '时', 'h'],
] as const);
const BAND = lookup(CLASS_BANDS.map((b) => [b, CLASS_BAND_ZH[b]] as const));
const CRS = lookup(COORD_SYSTEMS.map((c) => [c] as const));

function choices<T extends string>(codes: readonly T[], zh?: Readonly<Record<T, string>>): string {
  return codes.map((c) => (zh ? `${c} (${zh[c]})` : c)).join(', ');
}

// ---------------------------------------------------------------------------------------------------------------
// Cells

/** A raw cell as a source hands it over. */
type Cell = string | number | Date | null;

class CellError extends Error {}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A cell as trimmed text; '' when empty. Spreadsheet dates/times in time or day columns are read as Excel shows them. */
function cellText(cell: Cell, col: FacilityColumn): string {
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
function parseNumber(raw: string): number {
  const s = raw.normalize('NFKC').trim();
  if (GROUPED.test(s)) throw new CellError(`"${raw}": write numbers without thousands separators (${s.replace(/[,，]/g, '')}, not ${s})`);
  if (!NUMBER.test(s)) throw new CellError(`"${raw}" is not a number`);
  return Number(s) + 0; // + 0 turns -0 into 0
}

function numberCell(cell: Cell, col: FacilityColumn): number | undefined {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new CellError(`${cell} is not a finite number`);
    return cell + 0;
  }
  const t = cellText(cell, col);
  return t === '' ? undefined : parseNumber(t);
}

function enumCell<T extends string>(t: string, map: Map<string, T>, what: string, list: string): T {
  const code = map.get(norm(t));
  if (code === undefined) throw new CellError(`unknown ${what} "${t}"; use one of: ${list}`);
  return code;
}

/** `1-5`, `1,2,3,4,5,6`, `1-3,5` → ISO weekdays in the order written. */
function parseDays(t: string): number[] {
  const days: number[] = [];
  const usage = 'opening days are ISO weekdays 1 (Monday) … 7 (Sunday), e.g. "1-5" or "1,2,3,4,5,6"';
  for (const token of t.normalize('NFKC').split(/[,、;\s]+/).filter(Boolean)) {
    const m = /^([0-9])(?:[-~–—至到]([0-9]))?$/.exec(token);
    if (!m) throw new CellError(`"${token}" is not a day or a range; ${usage}`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to > 7 || from > to) throw new CellError(`"${token}" is not a valid day range; ${usage}`);
    for (let d = from; d <= to; d++) days.push(d);
  }
  return days;
}

/** `7:30` → `07:30`; anything else is left for the schema to reject. */
function parseTime(t: string): string {
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

function escapeClassName(name: string): string {
  return name.replace(/[\\;:；：\n\r]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\${c}`));
}

const ITEM_SEPS = ';；\n\r';
const PART_SEPS = ':：';
const SERVICE_USAGE = 'write mode:price/unit, e.g. "full_day:1500/month; temporary:35/hour"';
const CLASS_USAGE = 'write name:band:capacity, e.g. "乳儿班1:infant:10; 托小班1:toddler_small:15"';

/** Parses each item of a list cell; every bad item is named (one issue for the cell, its messages joined). */
function eachItem<T>(items: string[], parse: (item: string) => T): T[] {
  const out: T[] = [];
  const errors: string[] = [];
  for (const item of items) {
    if (!item.trim()) continue;
    try {
      out.push(parse(item));
    } catch (e) {
      if (!(e instanceof CellError)) throw e;
      errors.push(e.message);
    }
  }
  if (errors.length) throw new CellError(errors.join('; '));
  return out;
}

function parseServices(t: string): Array<{ mode: string; price: number; unit: string }> {
  return eachItem(t.split(/[;；\n\r]/), (raw) => {
    const item = raw.normalize('NFKC').trim();
    const m = /^([^:]+):\s*¥?\s*([^/]*?)\s*(?:元)?\s*\/\s*(.+)$/.exec(item);
    if (!m) throw new CellError(`service "${item}": ${SERVICE_USAGE}`);
    const mode = enumCell(m[1]!.trim(), MODE, `service mode in "${item}":`, choices(SERVICE_MODES, SERVICE_MODE_ZH));
    let price: number;
    try {
      price = parseNumber(m[2]!);
    } catch (e) {
      throw new CellError(`service "${item}": price ${(e as Error).message}`);
    }
    const unit = enumCell(m[3]!.trim(), UNIT, `price unit in "${item}":`, choices(PRICE_UNITS, PRICE_UNIT_ZH));
    return { mode, price, unit };
  });
}

function parseClasses(t: string): Array<{ id?: string; name: string; band: string; capacity: number }> {
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
    if (parts.length < 3 || parts.length > 4) throw new CellError(`class "${item.trim()}": ${CLASS_USAGE}`);
    const [name, bandText, capText, id] = parts as [string, string, string, string | undefined];
    const band = enumCell(bandText, BAND, `class band in "${item.trim()}":`, choices(CLASS_BANDS, CLASS_BAND_ZH));
    let capacity: number;
    try {
      capacity = parseNumber(capText);
    } catch (e) {
      throw new CellError(`class "${name}": capacity ${(e as Error).message}`);
    }
    if (!Number.isInteger(capacity)) throw new CellError(`class "${name}": capacity ${capText} must be a whole number`);
    return id ? { id, name, band, capacity } : { name, band, capacity };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Validation of one flat record

const FIELD_COLUMN: Record<string, FacilityColumn> = {
  name: 'name',
  tier: 'tier',
  ownership: 'ownership',
  filingStatus: 'filing_status',
  filingNumber: 'filing_number',
  divisionId: 'division_id',
  address: 'address',
  services: 'services',
  classes: 'classes',
  floorAreaM2: 'floor_area_m2',
  outdoorAreaM2: 'outdoor_area_m2',
  supervisorId: 'supervisor_id',
  medicalInstitutionId: 'medical_institution_id',
};

/** Maps a FacilityInput path (`classes.2.capacity`, `location.lat`) to its flat column (or `geometry`). */
function columnOf(path: ReadonlyArray<PropertyKey>, geo: boolean): string {
  const [a, b] = path.map(String);
  switch (a) {
    case 'location':
      if (b === 'crs') return 'crs';
      return geo ? 'geometry' : b === 'lat' ? 'lat' : 'lng';
    case 'openingHours':
      return b === 'open' ? 'open' : b === 'close' ? 'close' : 'opening_days';
    case 'contact':
      return b === 'phone' ? 'contact_phone' : 'contact_person';
    default:
      return FIELD_COLUMN[a ?? ''] ?? a ?? '';
  }
}

const REQUIRED: readonly FacilityColumn[] = ['name', 'tier', 'ownership', 'division_id', 'address', 'lng', 'lat'];

function shown(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v) : String(v);
  return s;
}

/** Describes a zod issue in words naming the class/service/value it is about. */
function describe(issue: z.ZodError['issues'][number], input: Record<string, unknown>): string {
  const path = issue.path;
  let value: unknown = input;
  for (const k of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[k] : undefined;
  const got = typeof value === 'number' || (typeof value === 'string' && value !== '') ? ` (got ${shown(value)})` : '';
  const [a, i] = path;
  const text = isIssueCode(issue.message) ? ISSUE_CODES[issue.message] : issue.message;
  if (a === 'classes' && typeof i === 'number') {
    const c = (input.classes as Array<{ name?: string }>)[i];
    return `class ${i + 1} "${c?.name ?? ''}" ${String(path[2] ?? '')}: ${text}${got}`;
  }
  if (a === 'services' && typeof i === 'number') return `service ${i + 1} ${String(path[2] ?? '')}: ${text}${got}`;
  if (a === 'openingHours' && path[1] === 'days') return `opening days: ${text}${got}`;
  return `${text}${got}`;
}

interface RecordContext {
  geo: boolean;
  /** Columns already reported at row 0 (missing from the header): no per-row noise about them. */
  suppress: ReadonlySet<string>;
  policy: CarePolicy;
}

/** Validates one flat record; returns its issues and, when it has none, the facility. */
function validateRecord(row: number, cells: ReadonlyMap<FacilityColumn, Cell>, ctx: RecordContext, pre: FieldIssue[] = []): { issues: FieldIssue[]; result?: ImportedFacility } {
  const issues: FieldIssue[] = [...pre];
  const bad = new Set<string>([...ctx.suppress, ...pre.map((p) => p.field)]);
  const field = (col: FacilityColumn): string => (ctx.geo && (col === 'lng' || col === 'lat') ? 'geometry' : col);
  const fail = (f: string, message: string) => {
    issues.push({ code: 'invalid', field: f, message, row });
    bad.add(f);
  };
  /** Runs a cell parser; a CellError becomes an issue on the column and the value undefined. */
  const cell = <T>(col: FacilityColumn, parse: (t: string, c: Cell) => T): T | undefined => {
    const c = cells.get(col) ?? null;
    const t = cellText(c, col);
    if (t === '') return undefined;
    try {
      return parse(t, c);
    } catch (e) {
      if (!(e instanceof CellError)) throw e;
      fail(field(col), e.message);
      return undefined;
    }
  };
  const str = (col: FacilityColumn) => cell(col, (t) => t);
  const num = (col: FacilityColumn) => cell(col, (_t, c) => numberCell(c, col));

  const id = str('id');
  if (id !== undefined && !z.uuid().safeParse(id).success) fail('id', `id "${id}" is not a UUID (leave it empty to create a new facility)`);

  /** A coordinate in its range, said in words (the schema's "Too big" would not name the axis). */
  const coordinate = (col: 'lng' | 'lat', limit: number, what: string) =>
    cell(col, (_t, c) => {
      const v = numberCell(c, col)!;
      if (v < -limit || v > limit) throw new CellError(`${col} ${v} is out of range: ${what} is between -${limit} and ${limit} degrees`);
      return v;
    });
  const lng = coordinate('lng', 180, 'longitude');
  const lat = coordinate('lat', 90, 'latitude');
  const crs = cell('crs', (t) => enumCell(t, CRS, 'coordinate system', 'wgs84, gcj02'));
  const days = cell('opening_days', parseDays);
  const open = cell('open', parseTime);
  const close = cell('close', parseTime);
  let openingHours: unknown = null;
  const hourCells = [['opening_days', days], ['open', open], ['close', close]] as const;
  if (hourCells.some(([col, v]) => v !== undefined || bad.has(col))) {
    for (const [col, v] of hourCells) {
      if (v === undefined && !bad.has(col)) fail(col, `${col} (${FACILITY_COLUMN_ZH[col]}) is needed too: opening_days, open and close go together (leave all three empty for no fixed hours)`);
    }
    openingHours = { days, open, close };
  }
  const person = str('contact_person');
  const phone = str('contact_phone');

  const input: Record<string, unknown> = {
    name: str('name'),
    tier: cell('tier', (t) => enumCell(t, TIER, 'tier', choices(TIERS, TIER_ZH))),
    ownership: cell('ownership', (t) => enumCell(t, OWNERSHIP, 'ownership', choices(OWNERSHIPS, OWNERSHIP_ZH))),
    filingStatus: cell('filing_status', (t) => enumCell(t, FILING, 'filing status', choices(FILING_STATUSES, FILING_STATUS_ZH))),
    filingNumber: str('filing_number') ?? null,
    divisionId: str('division_id'),
    address: str('address'),
    location: crs === undefined ? { lng, lat } : { lng, lat, crs },
    openingHours,
    services: cell('services', parseServices) ?? [],
    classes: cell('classes', parseClasses) ?? [],
    floorAreaM2: num('floor_area_m2') ?? null,
    outdoorAreaM2: num('outdoor_area_m2') ?? null,
    contact: person === undefined && phone === undefined ? null : { ...(person === undefined ? {} : { person }), ...(phone === undefined ? {} : { phone }) },
    supervisorId: str('supervisor_id') ?? null,
    medicalInstitutionId: str('medical_institution_id') ?? null,
  };
  for (const col of REQUIRED) {
    const f = field(col);
    if (bad.has(f) || bad.has(col) || cellText(cells.get(col) ?? null, col) !== '') continue;
    fail(f, ctx.geo && f === 'geometry' ? 'geometry must be a Point with [lng, lat] coordinates' : `${col} (${FACILITY_COLUMN_ZH[col]}) is required`);
  }

  const parsed = facilityInputSchema.safeParse(input);
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const zi of parsed.error.issues) {
      const col = columnOf(zi.path, ctx.geo);
      if (bad.has(col)) continue;
      const message = describe(zi, input);
      if (seen.has(col + message)) continue;
      seen.add(col + message);
      issues.push({ code: 'invalid', field: col, message, row });
    }
  }
  // The rules a schema cannot check, run even when another column failed so a row's problems all show at once.
  const classes = input.classes as FacilityData['classes'];
  const services = input.services as FacilityData['services'];
  const best = { ...(parsed.success ? parsed.data : input), classes, services, filingStatus: input.filingStatus ?? 'unfiled' } as FacilityData;
  // A column that failed to parse contributes an empty value here, so these never repeat a cell's own issue.
  for (const ri of checkFacilityRules(best, ctx.policy)) {
    const col = columnOf(ri.field.split('.'), ctx.geo);
    if (!ctx.suppress.has(col)) issues.push({ ...ri, field: col, row });
  }
  if (issues.length > 0 || !parsed.success) return { issues };
  const data: FacilityData = { ...parsed.data, location: toWgs84(parsed.data.location) };
  return { issues, result: id === undefined ? { row, data } : { row, id, data } };
}

// ---------------------------------------------------------------------------------------------------------------
// Headers and tables (CSV, XLSX)

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Resolves a header cell: `name`, `名称`, `Filing Status`, or both languages (`名称 (name)`, `name/名称`). */
export function resolveHeader(raw: string): FacilityColumn | undefined {
  const direct = HEADER.get(norm(raw));
  if (direct) return direct;
  const tokens = raw.replace(/[()（）/|]/g, ' ').split(/\s+/).filter(Boolean);
  const zh = tokens.filter((t) => CJK.test(t)).join('');
  const en = tokens.filter((t) => !CJK.test(t)).join('');
  if (!zh || !en) return undefined;
  const a = HEADER.get(norm(zh));
  const b = HEADER.get(norm(en));
  return a !== undefined && a === b ? a : undefined;
}

function columnLetter(index0: number): string {
  let n = index0 + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

interface Header {
  /** Column index (0-based) → column, or null for an unknown/empty header. */
  byIndex: Array<FacilityColumn | null>;
  /** Indexes whose header is empty (a value under one is an error). */
  blank: Set<number>;
  issues: FieldIssue[];
  missing: Set<string>;
}

function readHeader(cells: string[]): Header {
  const issues: FieldIssue[] = [];
  const byIndex: Array<FacilityColumn | null> = [];
  const blank = new Set<number>();
  const firstAt = new Map<FacilityColumn, string>();
  cells.forEach((raw, i) => {
    const text = raw.trim();
    if (!text) {
      byIndex.push(null);
      blank.add(i);
      return;
    }
    const col = resolveHeader(text);
    if (col === undefined) {
      issues.push({ code: 'invalid', row: 0, field: text, message: `unknown column "${text}" (column ${columnLetter(i)}); the columns are: ${FACILITY_COLUMNS.map((c) => `${c} (${FACILITY_COLUMN_ZH[c]})`).join(', ')}` });
      byIndex.push(null);
    } else if (firstAt.has(col)) {
      issues.push({ code: 'invalid', row: 0, field: col, message: `column ${col} appears twice ("${firstAt.get(col)}" and "${text}")` });
      byIndex.push(null);
    } else {
      firstAt.set(col, text);
      byIndex.push(col);
    }
  });
  const missing = new Set<string>();
  for (const col of REQUIRED) {
    if (!firstAt.has(col)) {
      issues.push({ code: 'invalid', row: 0, field: col, message: `required column ${col} (${FACILITY_COLUMN_ZH[col]}) is missing` });
      missing.add(col);
    }
  }
  return { byIndex, blank, issues, missing };
}

/** Runs the records of a table (header already read) through validation, then checks ids are not repeated. */
class TableImport {
  readonly rows: ImportedFacility[] = [];
  readonly issues: FieldIssue[];
  readonly #ctx: RecordContext;
  readonly #header: Header;
  #count = 0;

  constructor(header: Header, policy: CarePolicy, geo = false) {
    this.#header = header;
    this.issues = [...header.issues];
    this.#ctx = { geo, suppress: header.missing, policy };
  }

  /** Adds one data record given as cells by column index; blank records are skipped. */
  add(row: number, values: Cell[], transform: (c: Cell) => Cell = (c) => c, pre: FieldIssue[] = []): void {
    if (pre.length === 0 && values.every((v) => v === null || (typeof v === 'string' && v.trim() === ''))) return;
    if (++this.#count > MAX_IMPORT_ROWS) throw tooLarge();
    const cells = new Map<FacilityColumn, Cell>();
    values.forEach((v, i) => {
      const col = this.#header.byIndex[i];
      if (col) cells.set(col, transform(v));
      else if ((i >= this.#header.byIndex.length || this.#header.blank.has(i)) && v !== null && String(v).trim() !== '') {
        pre.push({ code: 'invalid', row, field: `column ${columnLetter(i)}`, message: `a value (${shown(v)}) in column ${columnLetter(i)}, which has no header` });
      }
    });
    this.#take(validateRecord(row, cells, this.#ctx, pre));
  }

  #take(r: { issues: FieldIssue[]; result?: ImportedFacility }): void {
    this.issues.push(...r.issues);
    if (r.result) this.rows.push(r.result);
  }

  /** Adds a record already split into columns (GeoJSON). */
  addCells(row: number, cells: Map<FacilityColumn, Cell>, pre: FieldIssue[]): void {
    if (++this.#count > MAX_IMPORT_ROWS) throw tooLarge();
    this.#take(validateRecord(row, cells, this.#ctx, pre));
  }

  finish(): FacilityImport {
    const firstRow = new Map<string, number>();
    for (const r of this.rows) {
      if (r.id === undefined) continue;
      const key = r.id.toLowerCase();
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, r.row);
      else this.issues.push({ code: 'invalid', row: r.row, field: 'id', message: `id ${r.id} is also used in row ${first}; each facility appears once` });
    }
    const dup = new Set(this.issues.filter((i) => i.field === 'id').map((i) => i.row));
    const rows = this.rows.filter((r) => !dup.has(r.row));
    const issues = [...this.issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return { rows, issues };
  }
}

function tooLarge(): AppError {
  return new AppError('too_large', `an import holds at most ${MAX_IMPORT_ROWS} facilities; split the file`);
}

// ---------------------------------------------------------------------------------------------------------------
// CSV (RFC 4180)

/**
 * Splits CSV text into records per RFC 4180: `,` separates fields, `"` quotes a field (`""` is a quote inside),
 * quoted fields may hold commas and line breaks, records end with CRLF, LF or CR. A leading UTF-8 BOM (Excel's "CSV
 * UTF-8") is dropped. Lenient where Excel is: a quote inside an unquoted field, or text after a closing quote, is
 * kept literally.
 * @throws AppError('invalid') when a quoted field is never closed
 */
export function* csvRecords(text: string): Generator<string[]> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let record: string[] = [];
  let recordNo = 0;
  while (i < n) {
    let field = '';
    if (text[i] === '"') {
      const start = recordNo;
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new AppError('invalid', `CSV ${start === 0 ? 'header' : `row ${start}`}: a quoted field is never closed (a " is missing)`, { field: 'file' });
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    }
    while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
    record.push(field);
    if (i >= n) break;
    const ch = text[i];
    i++;
    if (ch === ',') {
      if (i >= n) record.push('');
      continue;
    }
    if (ch === '\r' && text[i] === '\n') i++;
    yield record;
    record = [];
    recordNo++;
  }
  if (record.length > 0) yield record;
}

/** A CSV text cell written by {@link facilitiesToCsv} with a formula guard: `'=1+1` is read back as `=1+1`. */
function unguard(c: Cell): Cell {
  return typeof c === 'string' && /^\s*'+[=+\-@\t\r]/.test(c) ? c.replace(/^(\s*)'/, '$1') : c;
}

/**
 * Parses a facility CSV (UTF-8 text; a BOM is fine).
 * @param text - the file's text (see {@link parseFacilitiesFile} for bytes in other encodings)
 * @param options - the policy to check class caps against
 * @returns valid rows and every issue; `row` is the record number after the header
 * @throws AppError('too_large') over {@link MAX_IMPORT_ROWS} rows; AppError('invalid') for an unclosed quote or no header
 */
export function parseFacilitiesCsv(text: string, options: ImportOptions = {}): FacilityImport {
  const records = csvRecords(text);
  const first = records.next();
  if (first.done || first.value.every((c) => c.trim() === '')) throw new AppError('invalid', 'the file is empty: the first line must be the header', { field: 'file' });
  const table = new TableImport(readHeader(first.value), options.policy ?? NATIONAL_POLICY_2019);
  let row = 0;
  for (const rec of records) table.add(++row, rec, unguard);
  return table.finish();
}

// ---------------------------------------------------------------------------------------------------------------
// XLSX

type XCell = Cell | { error: string };

function xlsxValue(v: ExcelJS.CellValue | undefined): XCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || v instanceof Date) return v;
  if (typeof v === 'boolean') return String(v);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('error' in v) return { error: String(v.error) };
  if ('formula' in v || 'sharedFormula' in v) return xlsxValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue | undefined);
  if ('text' in v) return xlsxValue(v.text as ExcelJS.CellValue);
  return null;
}

/**
 * Parses a facility workbook: the first worksheet, header in spreadsheet row 1.
 * @param buf - the .xlsx bytes
 * @param options - the policy to check class caps against
 * @returns valid rows and every issue; `row` is the spreadsheet row number minus 1 (data starts at row 1)
 * @throws AppError('invalid') when the bytes are not a workbook; AppError('too_large') over {@link MAX_IMPORT_ROWS} rows
 */
export async function parseFacilitiesXlsx(buf: Buffer | Uint8Array, options: ImportOptions = {}): Promise<FacilityImport> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength) as unknown as ExcelJS.Buffer);
  } catch (cause) {
    throw new AppError('invalid', 'the file is not a readable .xlsx workbook', { field: 'file', cause });
  }
  const ws = wb.worksheets[0];
  if (!ws || ws.actualRowCount === 0) throw new AppError('invalid', 'the workbook is empty: its first sheet needs a header row', { field: 'file' });
  if (ws.actualRowCount - 1 > MAX_IMPORT_ROWS) throw tooLarge();
  const headerCells: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (c, col) => {
    const v = xlsxValue(c.value);
    headerCells[col - 1] = v === null || typeof v === 'object' ? (v instanceof Date ? v.toISOString() : '') : String(v);
  });
  for (let i = 0; i < headerCells.length; i++) headerCells[i] ??= '';
  if (headerCells.every((h) => h.trim() === '')) throw new AppError('invalid', 'spreadsheet row 1 must be the header', { field: 'file' });
  const header = readHeader(headerCells);
  const table = new TableImport(header, options.policy ?? NATIONAL_POLICY_2019);
  ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    if (rowNumber === 1) return;
    const row = rowNumber - 1;
    const values: Cell[] = [];
    const pre: FieldIssue[] = [];
    r.eachCell({ includeEmpty: false }, (c, col) => {
      const v = xlsxValue(c.value);
      if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
        pre.push({ code: 'invalid', row, field: header.byIndex[col - 1] ?? `column ${columnLetter(col - 1)}`, message: `the cell shows the spreadsheet error ${v.error}; put the value itself there` });
        values[col - 1] = null;
      } else values[col - 1] = v;
    });
    for (let i = 0; i < values.length; i++) values[i] ??= null;
    table.add(row, values, (c) => c, pre);
  });
  return table.finish();
}

// ---------------------------------------------------------------------------------------------------------------
// GeoJSON

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Parses a GeoJSON FeatureCollection of Point features (RFC 7946: WGS-84 unless a `crs` property says `gcj02`).
 * Properties use the flat column names (English or Chinese) minus `lng`/`lat`, which come from the geometry.
 * @param text - the GeoJSON text
 * @param options - the policy to check class caps against
 * @returns valid rows and every issue; `row` is the 1-based feature index; a missing or non-Point geometry is an
 *   issue on `geometry`
 * @throws AppError('invalid') when the text is not JSON or not a FeatureCollection; AppError('too_large') over
 *   {@link MAX_IMPORT_ROWS} features
 */
export function parseFacilitiesGeoJson(text: string, options: ImportOptions = {}): FacilityImport {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (cause) {
    throw new AppError('invalid', `the file is not valid JSON (${(cause as Error).message})`, { field: 'file', cause });
  }
  if (!isObject(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    throw new AppError('invalid', 'GeoJSON must be a FeatureCollection with a "features" array', { field: 'file' });
  }
  if (doc.features.length > MAX_IMPORT_ROWS) throw tooLarge();
  const table = new TableImport({ byIndex: [], blank: new Set(), issues: [], missing: new Set() }, options.policy ?? NATIONAL_POLICY_2019, true);
  doc.features.forEach((feature: unknown, i: number) => {
    const row = i + 1;
    const pre: FieldIssue[] = [];
    const cells = new Map<FacilityColumn, Cell>();
    if (!isObject(feature) || feature.type !== 'Feature') {
      table.issues.push({ code: 'invalid', row, field: 'type', message: 'each element of "features" must be a GeoJSON Feature' });
      return;
    }
    const g = feature.geometry;
    if (!isObject(g)) pre.push({ code: 'invalid', row, field: 'geometry', message: 'geometry is missing; each facility is a Point' });
    else if (g.type !== 'Point') pre.push({ code: 'invalid', row, field: 'geometry', message: `geometry must be a Point, not ${shown(g.type)}` });
    else {
      const c = g.coordinates;
      if (!Array.isArray(c) || c.length < 2 || typeof c[0] !== 'number' || typeof c[1] !== 'number' || !isValidLngLat(c[0], c[1])) {
        pre.push({ code: 'invalid', row, field: 'geometry', message: `Point coordinates must be [lng, lat] with -180 ≤ lng ≤ 180 and -90 ≤ lat ≤ 90 (got ${JSON.stringify(c)})` });
      } else {
        cells.set('lng', c[0]);
        cells.set('lat', c[1]);
      }
    }
    const props = feature.properties ?? {};
    if (!isObject(props)) pre.push({ code: 'invalid', row, field: 'properties', message: 'properties must be an object' });
    else {
      for (const [key, v] of Object.entries(props)) {
        const col = resolveHeader(key);
        if (col === undefined || col === 'lng' || col === 'lat') {
          pre.push({ code: 'invalid', row, field: key, message: col ? `${col} comes from the geometry, not from properties` : `unknown property "${key}"; the properties are: ${FACILITY_COLUMNS.filter((c) => c !== 'lng' && c !== 'lat').join(', ')}` });
        } else if (cells.has(col)) {
          pre.push({ code: 'invalid', row, field: col, message: `property ${col} is given twice` });
        } else if (v === null || v === undefined) cells.set(col, null);
        else if (typeof v === 'string' || typeof v === 'number') cells.set(col, v);
        else if (typeof v === 'boolean') cells.set(col, String(v));
        else pre.push({ code: 'invalid', row, field: col, message: `property ${col} must be a string or a number (flat columns, as in the CSV)` });
      }
    }
    table.addCells(row, cells, pre);
  });
  return table.finish();
}

// ---------------------------------------------------------------------------------------------------------------
// Dispatch

/** The import formats. */
export type FacilityFileFormat = 'csv' | 'xlsx' | 'geojson';

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
 */
export function decodeText(bytes: Uint8Array, contentType = ''): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
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
 * Parses an uploaded facility file of any supported format.
 * @param buf - the file's bytes
 * @param contentTypeOrFilename - the request's Content-Type, or the file name
 * @param options - the policy to check class caps against
 * @throws AppError('unsupported') for another format; see each parser for the rest
 */
export async function parseFacilitiesFile(buf: Buffer | Uint8Array, contentTypeOrFilename: string, options: ImportOptions = {}): Promise<FacilityImport> {
  const bytes = buf instanceof Uint8Array ? buf : new Uint8Array(buf);
  const format = facilityFileFormat(bytes, contentTypeOrFilename);
  if (format === 'xlsx') return parseFacilitiesXlsx(bytes, options);
  const text = decodeText(bytes, contentTypeOrFilename.includes('/') ? contentTypeOrFilename : '');
  return format === 'csv' ? parseFacilitiesCsv(text, options) : parseFacilitiesGeoJson(text, options);
}

// ---------------------------------------------------------------------------------------------------------------
// Export

/** `[1,2,3,4,5]` → `1-5`; runs of three or more ascending days become ranges; any other order is kept as written. */
function formatDays(days: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < days.length) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${days[i]}-${days[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(days[k]));
    i = j + 1;
  }
  return parts.join(',');
}

/**
 * One facility as a flat row (the columns of the module comment), location in WGS-84.
 * @param f - a stored facility
 */
export function facilityToRow(f: ExportedFacility): FlatRow {
  const loc = toWgs84(f.location);
  const h = f.openingHours;
  return {
    id: f.id,
    name: f.name,
    tier: f.tier,
    ownership: f.ownership,
    filing_status: f.filingStatus,
    filing_number: f.filingNumber || null,
    division_id: f.divisionId,
    address: f.address,
    lng: loc.lng,
    lat: loc.lat,
    crs: 'wgs84',
    opening_days: h ? formatDays(h.days) : null,
    open: h ? h.open : null,
    close: h ? h.close : null,
    services: f.services.map((s) => `${s.mode}:${s.price}/${s.unit}`).join('; ') || null,
    classes: f.classes.map((c) => `${escapeClassName(c.name)}:${c.band}:${c.capacity}${c.id ? `:${c.id}` : ''}`).join('; ') || null,
    floor_area_m2: f.floorAreaM2 ?? null,
    outdoor_area_m2: f.outdoorAreaM2 ?? null,
    contact_person: f.contact?.person || null,
    contact_phone: f.contact?.phone || null,
    supervisor_id: f.supervisorId ?? null,
    medical_institution_id: f.medicalInstitutionId ?? null,
  };
}

const NUMERIC: ReadonlySet<FacilityColumn> = new Set(['lng', 'lat', 'floor_area_m2', 'outdoor_area_m2']);

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

/**
 * Writes facilities as a GeoJSON FeatureCollection of WGS-84 Points (RFC 7946); properties are the flat columns
 * minus `lng`, `lat` and `crs`, empty ones `null`.
 * @param list - stored facilities
 */
export function facilitiesToGeoJson(list: readonly ExportedFacility[]): FacilityFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: list.map((f) => {
      const { lng, lat, crs: _crs, ...properties } = facilityToRow(f);
      return { type: 'Feature', id: f.id, geometry: { type: 'Point', coordinates: [lng as number, lat as number] }, properties };
    }),
  };
}
