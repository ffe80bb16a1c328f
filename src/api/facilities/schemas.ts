/** OpenAPI schemas of the facility registry (response shapes mirror src/db/repos/facilities.ts). */
import { z } from '@hono/zod-openapi';
import { CLASS_BANDS } from '../../care/policy.ts';
import { facilityInputSchema, facilityPatchSchema, FILING_STATUSES, OWNERSHIPS, PRICE_UNITS, SERVICE_MODES, TIERS } from '../../care/facility.ts';
import { FACILITY_COLUMNS } from '../../care/facility-io/index.ts';
import { featureCollection, pointGeometry } from '../geojson-schemas.ts';

const freeByBand = z.object(Object.fromEntries(CLASS_BANDS.map((b) => [b, z.number().int()])) as Record<(typeof CLASS_BANDS)[number], z.ZodNumber>);

export const facilitySummarySchema = z
  .object({
    id: z.string(),
    name: z.string().openapi({ example: '潞州区公办综合托育中心' }),
    tier: z.enum(TIERS),
    ownership: z.enum(OWNERSHIPS),
    filingStatus: z.enum(FILING_STATUSES),
    divisionId: z.string(),
    divisionName: z.string(),
    address: z.string(),
    location: z.object({ lng: z.number(), lat: z.number() }),
    modes: z.array(z.enum(SERVICE_MODES)),
    capacity: z.number().int(),
    enrolled: z.number().int(),
    free: z.number().int(),
    freeByBand,
    minMonthlyPrice: z.number().nullable().openapi({ description: 'The cheapest monthly price of any mode (kept for old clients; `monthlyPrices` says which mode is which)' }),
    monthlyPrices: z.array(z.object({ mode: z.enum(SERVICE_MODES), price: z.number() })).openapi({ description: 'Monthly prices by service mode, full-day first' }),
    synthetic: z.boolean(),
  })
  .openapi('FacilitySummary');

const classView = z.object({ id: z.string(), name: z.string(), band: z.enum(CLASS_BANDS), capacity: z.number().int(), enrolled: z.number().int(), free: z.number().int() });

export const facilitySchema = facilitySummarySchema
  .extend({
    filingNumber: z.string().nullable(),
    openingHours: z.object({ days: z.array(z.number()), open: z.string(), close: z.string() }).nullable().optional(),
    services: z.array(z.object({ mode: z.enum(SERVICE_MODES), price: z.number(), unit: z.enum(PRICE_UNITS) })),
    classes: z.array(classView),
    floorAreaM2: z.number().nullable(),
    outdoorAreaM2: z.number().nullable(),
    contact: z.object({ person: z.string().optional(), phone: z.string().optional() }).nullable().optional(),
    supervisor: z.object({ id: z.string(), name: z.string(), tier: z.enum(TIERS) }).nullable(),
    medicalPartner: z.object({ id: z.string(), name: z.string(), kind: z.string(), validFrom: z.string() }).nullable(),
    version: z.number().int(),
    archived: z.boolean(),
    updatedAt: z.string(),
    canEdit: z.boolean(),
  })
  .openapi('Facility');

// Rebuilt with the OpenAPI-aware `z`: zod 4 puts methods on each instance, so schemas created in src/care before
// @hono/zod-openapi extended zod have no `.openapi()` — whatever the import order.
export const facilityInputOpenApi = z.object(facilityInputSchema.shape).strict().openapi('FacilityInput');
export const facilityPatchOpenApi = z.object({ ...facilityPatchSchema.shape, version: z.number().int().min(1).optional() }).strict().openapi('FacilityPatch');

const boolString = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();

export const facilityQuerySchema = z
  .object({
    division: z.string().max(40).optional(),
    tier: z.enum(TIERS).optional(),
    ownership: z.enum(OWNERSHIPS).optional(),
    mode: z.enum(SERVICE_MODES).optional(),
    band: z.enum(CLASS_BANDS).optional(),
    free: boolString,
    q: z.string().max(100).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
  })
  .strict();

export const geoQuerySchema = facilityQuerySchema.omit({ page: true, pageSize: true }).strict();

/** GET /api/facilities.geojson: the summary as the properties of a Point (the location is the geometry). */
export const facilityCollectionSchema = featureCollection(pointGeometry, facilitySummarySchema.omit({ location: true }).openapi('FacilityPointProperties')).openapi('FacilityCollection');

/** The export's GeoJSON: one Point per facility, the flat import/export columns as properties (re-importable). */
const exportColumn = z.union([z.string(), z.number(), z.null()]);
export const facilityExportCollectionSchema = featureCollection(
  pointGeometry,
  z
    .object(Object.fromEntries(FACILITY_COLUMNS.filter((c) => c !== 'lng' && c !== 'lat' && c !== 'crs').map((c) => [c, exportColumn])) as Record<Exclude<(typeof FACILITY_COLUMNS)[number], 'lng' | 'lat' | 'crs'>, typeof exportColumn>)
    .openapi('FacilityExportProperties'),
).openapi('FacilityExportCollection');
