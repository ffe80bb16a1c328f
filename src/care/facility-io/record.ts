/**
 * One flat record (a CSV/XLSX row, a GeoJSON feature's properties and geometry) → a validated facility, or every
 * issue it has: each cell through its parser (cells.ts), then the facility schema and the childcare rules, each
 * problem named by its flat column.
 */
import { z } from 'zod';
import { toWgs84 } from '../../shared/coords.ts';
import { checkFacilityRules, facilityInputSchema, FILING_STATUSES, OWNERSHIP_ZH, OWNERSHIPS, TIER_ZH, TIERS, type FacilityData } from '../facility.ts';
import type { CarePolicy } from '../policy.ts';
import { cellText, CellError, cellTextIssue, enumCell, numberCell, parseClasses, parseDays, parseServices, parseTime, type Cell } from './cells.ts';
import { choices, FACILITY_COLUMN_ZH, FILING_STATUS_ZH, REQUIRED, SPELLINGS, type FacilityColumn } from './columns.ts';
import { issue, shown, type ImportIssue, type ImportIssueCode } from './issues.ts';
import { ISSUE_CODES, isIssueCode } from '../../shared/issue-codes.ts';
import { zodToIssues } from '../../shared/zod-issues.ts';
import type { ImportedFacility } from './types.ts';

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
export function columnOf(path: ReadonlyArray<PropertyKey>, geo: boolean): string {
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

/** Describes a zod issue in words naming the class/service/value it is about. */
function describe(zi: z.ZodError['issues'][number], input: Record<string, unknown>): string {
  const path = zi.path;
  let value: unknown = input;
  for (const k of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[k] : undefined;
  const got = typeof value === 'number' || (typeof value === 'string' && value !== '') ? ` (got ${shown(value)})` : '';
  const [a, i] = path;
  // A schema may name an issue code as its message (`time_hhmm`): show the code's words.
  const text = isIssueCode(zi.message) ? ISSUE_CODES[zi.message] : zi.message;
  if (a === 'classes' && typeof i === 'number') {
    const c = (input.classes as Array<{ name?: string }>)[i];
    return `class ${i + 1} "${c?.name ?? ''}" ${String(path[2] ?? '')}: ${text}${got}`;
  }
  if (a === 'services' && typeof i === 'number') return `service ${i + 1} ${String(path[2] ?? '')}: ${text}${got}`;
  if (a === 'openingHours' && path[1] === 'days') return `opening days: ${text}${got}`;
  return `${text}${got}`;
}

/** What a record is validated against. */
export interface RecordContext {
  geo: boolean;
  /** Columns already reported at row 0 (missing from the header): no per-row noise about them. */
  suppress: ReadonlySet<string>;
  policy: CarePolicy;
}

/** A record's outcome: its issues and, when it has none, the facility. */
export interface RecordResult {
  issues: ImportIssue[];
  result?: ImportedFacility;
}

/**
 * Validates one flat record. Every string cell first goes through the text check (a cell that fails it is named
 * once and then read as empty); every other problem of the row is named too, each on its flat column.
 * @param row - the data row the issues name
 * @param cells - the record's cells by column
 * @param ctx - GeoJSON or table, the header's missing columns, the policy
 * @param pre - issues the reader already found on this row (their columns are not checked again)
 */
export function validateRecord(row: number, cells: ReadonlyMap<FacilityColumn, Cell>, ctx: RecordContext, pre: ImportIssue[] = []): RecordResult {
  const issues: ImportIssue[] = [...pre];
  const bad = new Set<string>([...ctx.suppress, ...pre.map((p) => p.field)]);
  const field = (col: FacilityColumn): string => (ctx.geo && (col === 'lng' || col === 'lat') ? 'geometry' : col);
  const fail = (f: string, code: ImportIssueCode, message: string) => {
    issues.push(issue(row, f, code, message));
    bad.add(f);
  };
  for (const [col, c] of cells) {
    if (bad.has(field(col))) continue;
    const textBad = cellTextIssue(row, field(col), c);
    if (textBad) {
      issues.push(textBad);
      bad.add(field(col));
    }
  }
  /** Runs a cell parser; a CellError becomes an issue on the column and the value undefined. */
  const cell = <T>(col: FacilityColumn, parse: (t: string, c: Cell) => T): T | undefined => {
    if (bad.has(field(col))) return undefined; // already named (text check, reader, missing column)
    const c = cells.get(col) ?? null;
    const t = cellText(c, col);
    if (t === '') return undefined;
    try {
      return parse(t, c);
    } catch (e) {
      if (!(e instanceof CellError)) throw e;
      fail(field(col), e.code, e.message);
      return undefined;
    }
  };
  const str = (col: FacilityColumn) => cell(col, (t) => t);
  const num = (col: FacilityColumn) => cell(col, (_t, c) => numberCell(c, col));

  const id = str('id');
  if (id !== undefined && !z.uuid().safeParse(id).success) fail('id', 'not_uuid', `id "${id}" is not a UUID (leave it empty to create a new facility)`);

  /** A coordinate in its range, said in words (the schema's "Too big" would not name the axis). */
  const coordinate = (col: 'lng' | 'lat', limit: number, what: string) =>
    cell(col, (_t, c) => {
      const v = numberCell(c, col)!;
      if (v < -limit || v > limit) throw new CellError('out_of_range', `${col} ${v} is out of range: ${what} is between -${limit} and ${limit} degrees`);
      return v;
    });
  const lng = coordinate('lng', 180, 'longitude');
  const lat = coordinate('lat', 90, 'latitude');
  const crs = cell('crs', (t) => enumCell(t, SPELLINGS.crs, 'coordinate system', 'wgs84, gcj02'));
  const days = cell('opening_days', parseDays);
  const open = cell('open', parseTime);
  const close = cell('close', parseTime);
  let openingHours: unknown = null;
  const hourCells = [['opening_days', days], ['open', open], ['close', close]] as const;
  if (hourCells.some(([col, v]) => v !== undefined || bad.has(col))) {
    for (const [col, v] of hourCells) {
      if (v === undefined && !bad.has(col)) fail(col, 'incomplete_hours', `${col} (${FACILITY_COLUMN_ZH[col]}) is needed too: opening_days, open and close go together (leave all three empty for no fixed hours)`);
    }
    openingHours = { days, open, close };
  }
  const person = str('contact_person');
  const phone = str('contact_phone');

  const input: Record<string, unknown> = {
    name: str('name'),
    tier: cell('tier', (t) => enumCell(t, SPELLINGS.tier, 'tier', choices(TIERS, TIER_ZH))),
    ownership: cell('ownership', (t) => enumCell(t, SPELLINGS.ownership, 'ownership', choices(OWNERSHIPS, OWNERSHIP_ZH))),
    filingStatus: cell('filing_status', (t) => enumCell(t, SPELLINGS.filingStatus, 'filing status', choices(FILING_STATUSES, FILING_STATUS_ZH))),
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
    fail(f, ctx.geo && f === 'geometry' ? 'geometry' : 'required', ctx.geo && f === 'geometry' ? 'geometry must be a Point with [lng, lat] coordinates' : `${col} (${FACILITY_COLUMN_ZH[col]}) is required`);
  }

  const parsed = facilityInputSchema.safeParse(input);
  if (!parsed.success) {
    const seen = new Set<string>();
    const coded = zodToIssues(parsed.error);
    parsed.error.issues.forEach((zi, k) => {
      const col = columnOf(zi.path, ctx.geo);
      if (bad.has(col)) return;
      const message = describe(zi, input);
      if (seen.has(col + message)) return;
      seen.add(col + message);
      const c = coded[k]!;
      issues.push(issue(row, col, c.code, message, c.params));
    });
  }
  // The rules a schema cannot check, run even when another column failed so a row's problems all show at once.
  const classes = input.classes as FacilityData['classes'];
  const services = input.services as FacilityData['services'];
  const best = { ...(parsed.success ? parsed.data : input), classes, services, filingStatus: input.filingStatus ?? 'unfiled' } as FacilityData;
  // A column that failed contributes an empty value here, and its own issue stands alone.
  for (const ri of checkFacilityRules(best, ctx.policy)) {
    const col = columnOf(ri.field.split('.'), ctx.geo);
    if (!ctx.suppress.has(col) && !bad.has(col)) issues.push(issue(row, col, ri.code, ri.message, ri.params));
  }
  if (issues.length > 0 || !parsed.success) return { issues };
  const data: FacilityData = { ...parsed.data, location: toWgs84(parsed.data.location) };
  return { issues, result: id === undefined ? { row, data } : { row, id, data } };
}
