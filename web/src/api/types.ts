/**
 * Wire types of the CareCircle API (docs/api-contract.md, v1). The web app speaks only HTTP, so these mirror the
 * JSON shapes rather than importing anything from the server code.
 */

export const TIERS = ['municipal_centre', 'county_centre', 'community', 'family_point', 'kindergarten_class', 'employer', 'private'] as const;
export type Tier = (typeof TIERS)[number];

export const OWNERSHIPS = ['public', 'affordable', 'market'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

export const FILING_STATUSES = ['unfiled', 'pending', 'filed', 'revoked'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

export const SERVICE_MODES = ['full_day', 'half_day', 'hourly', 'temporary'] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number];

export const CLASS_BANDS = ['infant', 'toddler_small', 'toddler_large', 'mixed'] as const;
export type ClassBand = (typeof CLASS_BANDS)[number];

export const PRICE_UNITS = ['month', 'day', 'half_day', 'hour'] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

export const ROLES = ['guardian', 'teacher', 'director', 'health_worker', 'district_official', 'city_official', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface LngLat {
  lng: number;
  lat: number;
}

export interface Division {
  id: string;
  name: string;
  nameEn?: string | null;
  level: 'city' | 'county' | 'street' | 'community';
  parentId: string | null;
  population: number | null;
  children0to3: number | null;
  centroid: LngLat | null;
  facilities: number;
  places: number;
  placesPer1000: number | null;
  synthetic: boolean;
}

export type FreeByBand = Partial<Record<ClassBand, number>>;

export interface FacilitySummary {
  id: string;
  name: string;
  tier: Tier;
  ownership: Ownership;
  filingStatus: FilingStatus;
  divisionId: string;
  divisionName: string;
  address: string;
  location: LngLat;
  modes: ServiceMode[];
  capacity: number;
  enrolled: number;
  free: number;
  freeByBand: FreeByBand;
  minMonthlyPrice: number | null;
}

export interface OpeningHours {
  /** ISO weekdays 1 = Monday … 7 = Sunday. */
  days: number[];
  open: string;
  close: string;
}

export interface ServiceOffer {
  mode: ServiceMode;
  price: number;
  unit: PriceUnit;
}

export interface FacilityClass {
  id: string;
  name: string;
  band: ClassBand;
  capacity: number;
  enrolled: number;
  free: number;
}

export interface Facility extends FacilitySummary {
  filingNumber: string | null;
  openingHours: OpeningHours | null;
  services: ServiceOffer[];
  classes: FacilityClass[];
  floorAreaM2: number | null;
  outdoorAreaM2: number | null;
  contact: { person?: string; phone?: string } | null;
  supervisor: { id: string; name: string; tier: Tier } | null;
  medicalPartner: { id: string; name: string } | null;
  version: number;
  archived: boolean;
  updatedAt: string;
  canEdit: boolean;
}

export interface ClassInput {
  id?: string;
  name: string;
  band: ClassBand;
  capacity: number;
}

/** The body of PATCH /api/facilities/:id — any subset of FacilityInput, plus the version for optimistic locking. */
export interface FacilityPatch {
  name?: string;
  ownership?: Ownership;
  filingStatus?: FilingStatus;
  filingNumber?: string | null;
  address?: string;
  openingHours?: OpeningHours | null;
  services?: ServiceOffer[];
  classes?: ClassInput[];
  floorAreaM2?: number | null;
  outdoorAreaM2?: number | null;
  contact?: { person?: string; phone?: string } | null;
  version?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface FacilityQuery {
  division?: string;
  tier?: Tier;
  ownership?: Ownership;
  mode?: ServiceMode;
  band?: ClassBand;
  free?: boolean;
  q?: string;
  page?: number;
  pageSize?: number;
  sort?: string;
}

export interface NetworkNode {
  id: string;
  name: string;
  tier: Tier;
  divisionId: string;
  capacity: number;
  children: NetworkNode[];
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  facilityId?: string | null;
  divisionId?: string | null;
}

export interface Session {
  user: User;
  csrfToken: string;
}

export interface FieldIssue {
  field: string;
  message: string;
  row?: number;
}

export type ErrorCode =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unsupported'
  | 'rate_limited'
  | 'unavailable'
  | 'timeout'
  | 'internal'
  | 'network';

export interface Health {
  ok: boolean;
  db: string;
  version: string;
}

/** Minimal GeoJSON types (we avoid depending on @types/geojson directly). */
export interface PointGeometry {
  type: 'Point';
  coordinates: [number, number];
}
export interface Feature<P, G = { type: string; coordinates: unknown }> {
  type: 'Feature';
  id?: string | number;
  geometry: G;
  properties: P;
}
export interface FeatureCollection<P, G = { type: string; coordinates: unknown }> {
  type: 'FeatureCollection';
  features: Feature<P, G>[];
}
