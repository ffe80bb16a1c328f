/**
 * Names for the API's types, all taken from the generated document (schema.gen.ts): the web app never writes its own
 * copy of a server shape. Vocabularies (tiers, modes, bands …) come at run time from GET /api/policy/care.
 */
import type { Readable } from 'openapi-typescript-helpers';
import type { paths } from './schema.gen.ts';
import type { Schemas as Raw } from './http.ts';

/** The answers as the client hands them over (openapi-fetch's Readable: tuples read as arrays). */
type Schemas = { [K in keyof Raw]: Readable<Raw[K]> };

export type Facility = Schemas['Facility'];
export type FacilitySummary = Schemas['FacilitySummary'];
export type FacilityPatch = Schemas['FacilityPatch'];
export type FacilityClass = Facility['classes'][number];
export type OpeningHours = NonNullable<Facility['openingHours']>;
export type MonthlyPrice = FacilitySummary['monthlyPrices'][number];
export type FacilityCollection = Schemas['FacilityCollection'];
export type FacilityPoint = Schemas['FacilityPointProperties'];
export type Division = Schemas['Division'];
export type DivisionCollection = Schemas['DivisionCollection'];
export type NetworkNode = Schemas['NetworkNode'];
export type CarePolicy = Schemas['CarePolicy'];
export type Me = Schemas['Me'];
export type User = Schemas['User'];
export type Capabilities = Schemas['Capabilities'];
export type Scope = Schemas['Scope'];
export type IssueCode = Schemas['IssueCode'];

export type Tier = FacilitySummary['tier'];
export type Ownership = FacilitySummary['ownership'];
export type FilingStatus = FacilitySummary['filingStatus'];
export type ServiceMode = Facility['services'][number]['mode'];
export type PriceUnit = Facility['services'][number]['unit'];
export type ClassBand = FacilityClass['band'];

/** The list filters of GET /api/facilities (and facilities.geojson). */
export type FacilityQuery = NonNullable<paths['/api/facilities']['get']['parameters']['query']>;

export type AccessStatus = Schemas['AccessStatus'];
export type Coverage = Schemas['Coverage'];
export type Isochrones = Schemas['Isochrones'];
export type IsochroneProps = Schemas['IsochroneProperties'];
export type AreaGeometry = Isochrones['features'][number]['geometry'];
