/**
 * The flat columns of a facility file (CSV and XLSX columns, GeoJSON properties) with their Chinese headers, and
 * the spellings accepted on import: English or Chinese, any case, spaces or `_`, camelCase, or both languages as
 * the XLSX export writes them (`名称 (name)`). Enum cells take the English code or the Chinese name.
 */
import { OWNERSHIP_ZH, OWNERSHIPS, SERVICE_MODE_ZH, SERVICE_MODES, TIER_ZH, TIERS, COORD_SYSTEMS, type FilingStatus, type PriceUnit } from '../facility.ts';
import { CLASS_BAND_ZH, CLASS_BANDS } from '../policy.ts';

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

/** Normalises a header or enum spelling: NFKC (full-width → ASCII), lower case, no spaces, `_` or `-`. */
export function norm(s: string): string {
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

/** The accepted spellings of each enum (normalised spelling → code). */
export const SPELLINGS = {
  tier: lookup(TIERS.map((t) => [t, TIER_ZH[t]] as const)),
  ownership: lookup(OWNERSHIPS.map((o) => [o, OWNERSHIP_ZH[o]] as const)),
  filingStatus: lookup([
    ['unfiled', FILING_STATUS_ZH.unfiled],
    ['pending', FILING_STATUS_ZH.pending, '待备案', '审核中'],
    ['filed', FILING_STATUS_ZH.filed],
    ['revoked', FILING_STATUS_ZH.revoked, '撤销'],
  ] as const),
  mode: lookup(SERVICE_MODES.map((m) => [m, SERVICE_MODE_ZH[m]] as const)),
  unit: lookup([
    ['month', PRICE_UNIT_ZH.month, '每月'],
    ['day', PRICE_UNIT_ZH.day, '天', '每天'],
    ['half_day', PRICE_UNIT_ZH.half_day, '半日'],
    ['hour', PRICE_UNIT_ZH.hour, '时', 'h'],
  ] as const),
  band: lookup(CLASS_BANDS.map((b) => [b, CLASS_BAND_ZH[b]] as const)),
  crs: lookup(COORD_SYSTEMS.map((c) => [c] as const)),
} as const;

/** Lists codes for a message, each with its Chinese name: `public (公办), affordable (普惠)`. */
export function choices<T extends string>(codes: readonly T[], zh?: Readonly<Record<T, string>>): string {
  return codes.map((c) => (zh ? `${c} (${zh[c]})` : c)).join(', ');
}

/** The columns a row cannot do without. */
export const REQUIRED: readonly FacilityColumn[] = ['name', 'tier', 'ownership', 'division_id', 'address', 'lng', 'lat'];

/** The columns exported as numbers (every other column is text). */
export const NUMERIC: ReadonlySet<FacilityColumn> = new Set(['lng', 'lat', 'floor_area_m2', 'outdoor_area_m2']);

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

/** The spreadsheet letter of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index0: number): string {
  let n = index0 + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
