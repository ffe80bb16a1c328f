/**
 * The generated demo city: plain rows, close to the database columns, so the store writes them as they are. Every
 * id is a stable UUID derived from the seed.
 */
import type { ClassBand } from '../care/policy.ts';
import type { FilingStatus, Ownership, ServiceMode, Tier } from '../care/facility.ts';
import type { Network } from './network.ts';

export interface DivisionRow {
  id: string;
  name: string;
  nameEn: string | null;
  level: 'city' | 'county' | 'street' | 'community';
  parentId: string | null;
  population: number;
  children0to3: number;
  lng: number;
  lat: number;
}

/** A place people live: a gated compound (小区), an open block, or a village (村). */
export interface CompoundRow {
  id: string;
  name: string;
  kind: 'compound' | 'block' | 'village';
  countyId: string;
  streetId: string;
  communityId: string;
  lng: number;
  lat: number;
  /** The OSM node id that stands for it (its centre, on the network). */
  osmNodeId: number;
  gates: number;
  areaM2: number;
  residents: number;
  /** Children aged 0, 1 and 2 (completed years). */
  children: [number, number, number];
  /** Urban core of the city (潞州区 seat) — the summary reports coverage there separately. */
  urbanCore: boolean;
}

/** A kindergarten (幼儿园) or an employer (用人单位): host of a toddler class / employer-run point, or a candidate site. */
export interface LocalPlaceRow {
  id: string;
  kind: 'kindergarten' | 'employer';
  name: string;
  divisionId: string;
  streetId: string;
  lng: number;
  lat: number;
  osmNodeId: number;
  /** Pupils (kindergarten) or employees (employer). */
  size: number;
  /** The childcare facility it runs, if any. */
  facilityId: string | null;
}

export interface MedicalRow {
  id: string;
  name: string;
  kind: 'maternal_child_hospital' | 'general_hospital' | 'community_health_centre' | 'township_health_centre' | 'clinic';
  divisionId: string;
  address: string;
  lng: number;
  lat: number;
}

export interface FacilityRow {
  id: string;
  name: string;
  tier: Tier;
  ownership: Ownership;
  filingStatus: FilingStatus;
  filingNumber: string | null;
  divisionId: string;
  streetId: string;
  address: string;
  lng: number;
  lat: number;
  openingHours: { days: number[]; open: string; close: string } | null;
  services: { mode: ServiceMode; price: number; unit: 'month' | 'day' | 'half_day' | 'hour' }[];
  floorAreaM2: number | null;
  outdoorAreaM2: number | null;
  contact: { person?: string; phone?: string } | null;
  supervisorId: string | null;
  policyId: string;
  /** Where it stands: the OSM node id, and the compound it serves first. */
  osmNodeId: number;
  compoundId: string;
}

export interface ClassRow {
  id: string;
  facilityId: string;
  name: string;
  band: ClassBand;
  capacity: number;
}

export interface AgreementRow {
  id: string;
  facilityId: string;
  institutionId: string;
  validFrom: string;
  validTo: string | null;
  services: string[];
}

export type StaffRole = 'director' | 'carer' | 'health';

export interface StaffRow {
  id: string;
  facilityId: string;
  userId: string | null;
  familyName: string;
  givenName: string;
  role: StaffRole;
  /** Qualification (资格), e.g. 保育师（四级）, 幼儿园教师资格证, 护士执业证书. */
  qualification: string;
  /** Training hours by kind: pre-service 职前, in-service 职后, safety 安全. */
  trainingPreHours: number;
  trainingInHours: number;
  trainingSafetyHours: number;
  healthCertValidTo: string;
  hiredOn: string;
}

export type Role = 'guardian' | 'teacher' | 'director' | 'health_worker' | 'district_official' | 'city_official' | 'admin';

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  facilityId: string | null;
  divisionId: string | null;
  medicalInstitutionId: string | null;
  phone: string | null;
  /** A demo login (password `demo1234`); everyone else cannot log in. */
  demoLogin: boolean;
}

export interface ChildRow {
  id: string;
  familyName: string;
  givenName: string;
  sex: 'M' | 'F';
  birthDate: string;
  facilityId: string;
  classId: string | null;
  serviceMode: ServiceMode | null;
  status: 'enrolled' | 'waiting';
  enrolledFrom: string | null;
  homeLng: number;
  homeLat: number;
  compoundId: string;
}

export interface GuardianRow {
  childId: string;
  userId: string;
  relationship: string;
}

export interface WaitingRow {
  id: string;
  childId: string;
  facilityId: string;
  band: ClassBand;
  appliedOn: string;
  priority: number;
}

/** Rows of one kind of record (attendance, checks, …), ready for the store. */
export interface RecordRows {
  /** Table to write. */
  table: string;
  /** Column names and PostgreSQL element types (for COPY / unnest). */
  columns: readonly (readonly [name: string, pgType: string])[];
  rows: unknown[][];
  /**
   * For big tables (the day's entries): the rows as a generator, run afresh for each pass (digest, store), so they
   * never sit in memory at once; `rows` is then empty.
   */
  stream?: () => Iterable<unknown[]>;
}

export interface DemoCity {
  seed: number;
  /** The fixed "today" of the demo (no clock): ages, dates and validity are relative to it. */
  asOf: string;
  /** The demo's time of day on `asOf` (local minutes since midnight): today's records stop there. */
  asOfMinutes: number;
  synthetic: true;
  generatorVersion: string;
  network: Network;
  divisions: DivisionRow[];
  compounds: CompoundRow[];
  /** Kindergartens and employers. */
  places: LocalPlaceRow[];
  medical: MedicalRow[];
  facilities: FacilityRow[];
  classes: ClassRow[];
  agreements: AgreementRow[];
  staff: StaffRow[];
  users: UserRow[];
  children: ChildRow[];
  guardians: GuardianRow[];
  waiting: WaitingRow[];
  /** Records by kind (see records/index.ts). */
  records: Record<string, RecordRows>;
}
