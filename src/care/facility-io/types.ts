/**
 * The shapes the facility codec takes and returns, and the limits every reader applies while it reads (so a
 * crafted file is refused after a bounded amount of work and memory, not after it was read whole).
 */
import type { FacilityData } from '../facility.ts';
import type { CarePolicy } from '../policy.ts';
import type { FacilityColumn } from './columns.ts';
import type { ImportIssue } from './issues.ts';

/** An import holds at most this many facilities (a city has a few thousand): row 10,001 stops reading. */
export const MAX_IMPORT_ROWS = 10_000;
/** The largest file the codec reads, in bytes (the API's body limit is the same). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/**
 * CSV records or XLSX rows read, blank ones included, before reading stops: blank rows are skipped without
 * counting as facilities, so this bounds a file of nothing but `,,,,` records or formatted empty XLSX rows. (Empty
 * CSV lines are not records: skipping them costs next to nothing, and the 10 MB file limit bounds them.)
 */
export const MAX_READ_ROWS = 10 * MAX_IMPORT_ROWS;

/** One valid imported row. */
export interface ImportedFacility {
  /** 1-based data row (see the module comment of index.ts for how each format counts). */
  row: number;
  /** Present → update this facility; absent → create. */
  id?: string;
  /** Validated, with the location converted to WGS-84 (no `crs`). */
  data: FacilityData;
}

/** The result of parsing a file: valid rows and every problem found. */
export interface FacilityImport {
  rows: ImportedFacility[];
  issues: ImportIssue[];
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
/** A GeoJSON FeatureCollection of facilities (RFC 7946). */
export interface FacilityFeatureCollection {
  type: 'FeatureCollection';
  features: FacilityFeature[];
}

/** The import formats. */
export type FacilityFileFormat = 'csv' | 'xlsx' | 'geojson';
