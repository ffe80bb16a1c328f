/**
 * Facility GeoJSON (RFC 7946): a FeatureCollection of Point features, properties named as the flat columns minus
 * `lng`/`lat` (they come from the geometry). Reading takes the features one at a time (json-members.ts), so a
 * file is refused at feature {@link MAX_IMPORT_ROWS} + 1, or at a feature over {@link MAX_FEATURE_BYTES}, without
 * parsing the rest; writing is the export's flat rows as properties.
 */
import { AppError } from '../../shared/errors.ts';
import { isValidLngLat } from '../../shared/geo.ts';
import { NATIONAL_POLICY_2019 } from '../policy.ts';
import type { Cell } from './cells.ts';
import { FACILITY_COLUMNS, resolveHeader, type FacilityColumn } from './columns.ts';
import { facilityToRow } from './flat-row.ts';
import { issue, shown, textIssue, tooLarge, type ImportIssue } from './issues.ts';
import { JsonShapeError, splitArrayMember } from './json-members.ts';
import { NO_HEADER, TableImport } from './table.ts';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type ExportedFacility, type FacilityFeatureCollection, type ImportOptions } from './types.ts';
import type { FacilityImport } from './types.ts';

/** The largest one feature may be, in characters: a facility with every column filled is a few kilobytes. */
export const MAX_FEATURE_BYTES = 64 * 1024;
/** The largest the document may be without its features (`type`, `name`, `crs`, `bbox` …). */
export const MAX_GEOJSON_REST_BYTES = 1024 * 1024;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const notJson = (why: string, cause?: unknown) => new AppError('invalid', `the file is not valid JSON (${why})`, { field: 'file', cause });
const notCollection = () => new AppError('invalid', 'GeoJSON must be a FeatureCollection with a "features" array', { field: 'file' });

/** One feature → its cells and the issues found on the way (geometry, property names and kinds). */
function featureCells(row: number, feature: Record<string, unknown>): { cells: Map<FacilityColumn, Cell>; pre: ImportIssue[] } {
  const pre: ImportIssue[] = [];
  const cells = new Map<FacilityColumn, Cell>();
  const g = feature.geometry;
  if (!isObject(g)) pre.push(issue(row, 'geometry', 'geometry', 'geometry is missing; each facility is a Point'));
  else if (g.type !== 'Point') pre.push(issue(row, 'geometry', 'geometry', `geometry must be a Point, not ${shown(g.type)}`));
  else {
    const c = g.coordinates;
    if (!Array.isArray(c) || c.length < 2 || typeof c[0] !== 'number' || typeof c[1] !== 'number' || !isValidLngLat(c[0], c[1])) {
      pre.push(issue(row, 'geometry', 'geometry', `Point coordinates must be [lng, lat] with -180 ≤ lng ≤ 180 and -90 ≤ lat ≤ 90 (got ${JSON.stringify(c)})`));
    } else {
      cells.set('lng', c[0]);
      cells.set('lat', c[1]);
    }
  }
  const props = feature.properties ?? {};
  if (!isObject(props)) {
    pre.push(issue(row, 'properties', 'property_type', 'properties must be an object'));
    return { cells, pre };
  }
  for (const [key, v] of Object.entries(props)) {
    const keyBad = textIssue(row, 'properties', key);
    if (keyBad) {
      pre.push({ ...keyBad, message: `the property name ${JSON.stringify(key)} ${keyBad.message.replace(/^the cell /, '')}` });
      continue;
    }
    const col = resolveHeader(key);
    if (col === undefined || col === 'lng' || col === 'lat') {
      pre.push(
        col
          ? issue(row, key, 'property_from_geometry', `${col} comes from the geometry, not from properties`)
          : issue(row, key, 'unknown_property', `unknown property "${key}"; the properties are: ${FACILITY_COLUMNS.filter((c) => c !== 'lng' && c !== 'lat').join(', ')}`),
      );
      if (typeof v === 'string') {
        const valueBad = textIssue(row, key, v);
        if (valueBad) pre.push(valueBad);
      }
    } else if (cells.has(col)) {
      pre.push(issue(row, col, 'duplicate_property', `property ${col} is given twice`));
    } else if (v === null || v === undefined) cells.set(col, null);
    else if (typeof v === 'string' || typeof v === 'number') cells.set(col, v);
    else if (typeof v === 'boolean') cells.set(col, String(v));
    else pre.push(issue(row, col, 'property_type', `property ${col} must be a string or a number (flat columns, as in the CSV)`));
  }
  return { cells, pre };
}

/**
 * Parses a GeoJSON FeatureCollection of Point features (RFC 7946: WGS-84 unless a `crs` property says `gcj02`),
 * one feature at a time. Properties use the flat column names (English or Chinese) minus `lng`/`lat`, which come
 * from the geometry.
 * @param text - the GeoJSON text
 * @param options - the policy to check class caps against
 * @returns valid rows and every issue; `row` is the 1-based feature index; a missing or non-Point geometry is an
 *   issue on `geometry`
 * @throws AppError('invalid') when the text is not JSON or not a FeatureCollection; AppError('too_large') over
 *   {@link MAX_IMPORT_ROWS} features, a feature over {@link MAX_FEATURE_BYTES}, or a file over {@link MAX_IMPORT_BYTES}
 */
export function parseFacilitiesGeoJson(text: string, options: ImportOptions = {}): FacilityImport {
  return readFacilitiesGeoJson(text, options).finish();
}

/** Reads a GeoJSON FeatureCollection into a table, one feature at a time (see {@link parseFacilitiesGeoJson}); validation waits for {@link TableImport.finish}. */
export function readFacilitiesGeoJson(text: string, options: ImportOptions = {}): TableImport {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length > MAX_IMPORT_BYTES) throw new AppError('too_large', `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`, { field: 'file' });
  let split: ReturnType<typeof splitArrayMember>;
  try {
    split = splitArrayMember(text, 'features', MAX_IMPORT_ROWS, (n) => tooLarge('features', MAX_IMPORT_ROWS, `feature ${n}`));
  } catch (e) {
    if (e instanceof JsonShapeError) throw notJson(e.message, e);
    throw e;
  }
  if (split === null) {
    // Not an object: say whether it is JSON at all only when that is cheap to find out.
    if (text.length <= MAX_GEOJSON_REST_BYTES) {
      try {
        JSON.parse(text);
      } catch (cause) {
        throw notJson((cause as Error).message, cause);
      }
    }
    throw notCollection();
  }
  if (split.rest.length > MAX_GEOJSON_REST_BYTES) {
    throw new AppError('too_large', `the FeatureCollection holds more than ${MAX_GEOJSON_REST_BYTES / 1024} KB besides its features; keep only "type" and "features"`, { field: 'file' });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(split.rest);
  } catch (cause) {
    throw notJson((cause as Error).message, cause);
  }
  if (!isObject(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) throw notCollection();

  const table = new TableImport(NO_HEADER, options.policy ?? NATIONAL_POLICY_2019, true);
  split.elements.forEach(([start, end], i) => {
    const row = i + 1;
    if (end - start > MAX_FEATURE_BYTES) throw new AppError('too_large', `feature ${row} is larger than ${MAX_FEATURE_BYTES / 1024} KB; a facility is a few KB`, { field: 'file' });
    let feature: unknown;
    try {
      feature = JSON.parse(text.slice(start, end));
    } catch (cause) {
      throw notJson(`feature ${row}: ${(cause as Error).message}`, cause);
    }
    if (!isObject(feature) || feature.type !== 'Feature') {
      table.addIssue(issue(row, 'type', 'not_a_feature', 'each element of "features" must be a GeoJSON Feature'));
      return;
    }
    const { cells, pre } = featureCells(row, feature);
    table.addCells(row, cells, pre);
  });
  return table;
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
