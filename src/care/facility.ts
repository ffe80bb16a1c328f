/**
 * The facility registry's domain model: tiers of the "1+12+N" network, ownership, filing (备案), service modes with
 * prices, classes with capacity checked against the versioned national caps. Pure: zod schemas plus rule checks,
 * shared by the API, the CSV/XLSX/GeoJSON importer and the demo-city generator.
 */
import { z } from 'zod';
import { issue, type FieldIssue } from '../shared/errors.ts';
import { CLASS_BAND_ZH, CLASS_BANDS, NATIONAL_POLICY_2019, type CarePolicy, type ClassBand } from './policy.ts';

/** Tiers of the 1+12+N network. */
export const TIERS = ['municipal_centre', 'county_centre', 'community', 'family_point', 'kindergarten_class', 'employer', 'private'] as const;
export type Tier = (typeof TIERS)[number];
export const TIER_ZH: Record<Tier, string> = {
  municipal_centre: '市级托育综合服务中心',
  county_centre: '县级公办托育中心',
  community: '社区托育点',
  family_point: '家庭托育点',
  kindergarten_class: '幼儿园托班',
  employer: '用人单位办托',
  private: '社会力量办托',
};

export const OWNERSHIPS = ['public', 'affordable', 'market'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];
export const OWNERSHIP_ZH: Record<Ownership, string> = { public: '公办', affordable: '普惠', market: '市场化' };

export const FILING_STATUSES = ['unfiled', 'pending', 'filed', 'revoked'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

export const SERVICE_MODES = ['full_day', 'half_day', 'hourly', 'temporary'] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number];
export const SERVICE_MODE_ZH: Record<ServiceMode, string> = { full_day: '全日托', half_day: '半日托', hourly: '计时托', temporary: '临时托' };

export const PRICE_UNITS = ['month', 'day', 'half_day', 'hour'] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

export const COORD_SYSTEMS = ['wgs84', 'gcj02'] as const;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time_hhmm');

export const openingHoursSchema = z
  .object({
    /** ISO weekdays 1 = Monday … 7 = Sunday. */
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    open: hhmm,
    close: hhmm,
  })
  .strict()
  .refine((h) => h.open < h.close, { message: 'close_before_open', path: ['close'] });

export const serviceOfferSchema = z
  .object({
    mode: z.enum(SERVICE_MODES),
    /** Price in yuan (¥) per unit; 0 for free public services. */
    price: z.number().min(0).max(100_000),
    unit: z.enum(PRICE_UNITS),
  })
  .strict();

export const classSchema = z
  .object({
    id: z.uuid().optional(),
    name: z.string().trim().min(1).max(60),
    band: z.enum(CLASS_BANDS),
    capacity: z.number().int().min(1).max(100),
  })
  .strict();

export const locationSchema = z
  .object({
    lng: z.number().min(-180).max(180),
    lat: z.number().min(-90).max(90),
    /** Input coordinate system; stored as WGS-84 always. */
    crs: z.enum(COORD_SYSTEMS).optional(),
  })
  .strict();

export const contactSchema = z
  .object({
    person: z.string().trim().max(40).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^[0-9+\-() ]{5,20}$/, 'invalid_phone')
      .optional(),
  })
  .strict();

/** The fields of a facility, without defaults (the PATCH shape is built from this, so absent stays absent). */
const facilityFields = z
  .object({
    name: z.string().trim().min(2).max(100),
    tier: z.enum(TIERS),
    ownership: z.enum(OWNERSHIPS),
    filingStatus: z.enum(FILING_STATUSES),
    filingNumber: z.string().trim().max(40).nullish(),
    divisionId: z.string().min(1).max(40),
    address: z.string().trim().min(2).max(200),
    location: locationSchema,
    openingHours: openingHoursSchema.nullish(),
    services: z.array(serviceOfferSchema).max(8),
    classes: z.array(classSchema).max(40),
    floorAreaM2: z.number().min(0).max(100_000).nullish(),
    outdoorAreaM2: z.number().min(0).max(100_000).nullish(),
    contact: contactSchema.nullish(),
    supervisorId: z.uuid().nullish(),
    /** The signed medical institution (医育融合), by id. */
    medicalInstitutionId: z.uuid().nullish(),
  })
  .strict();

/** Everything a caller may set on a facility (create). */
export const facilityInputSchema = facilityFields
  .extend({
    filingStatus: z.enum(FILING_STATUSES).default('unfiled'),
    services: z.array(serviceOfferSchema).max(8).default([]),
    classes: z.array(classSchema).max(40).default([]),
  })
  .strict();
export type FacilityInput = z.input<typeof facilityInputSchema>;
export type FacilityData = z.output<typeof facilityInputSchema>;

/** A partial update (PATCH): any subset of the fields; absent fields keep their value. */
export const facilityPatchSchema = facilityFields.partial().strict();
export type FacilityPatch = z.output<typeof facilityPatchSchema>;

/**
 * Checks the rules a schema cannot: class capacity against the policy's cap for its band (班额), a family point's
 * total, filing number present when filed, service modes not repeated, supervising tier order.
 * @param f - the facility as it would be stored
 * @param policy - the versioned policy to check against
 * @returns every problem, each naming its field path
 */
export function checkFacilityRules(f: FacilityData, policy: CarePolicy = NATIONAL_POLICY_2019): FieldIssue[] {
  const issues: FieldIssue[] = [];
  f.classes.forEach((c, i) => {
    const rule = policy.classes[c.band as ClassBand];
    if (c.capacity > rule.maxChildren) {
      issues.push(
        issue(`classes.${i}.capacity`, 'over_cap', `${CLASS_BAND_ZH[c.band]} (${c.band}) capacity ${c.capacity} exceeds the national cap of ${rule.maxChildren} (${policy.id})`, {
          cap: rule.maxChildren,
          band: c.band,
          policy: policy.id,
        }),
      );
    }
  });
  if (f.tier === 'family_point') {
    const total = f.classes.reduce((s, c) => s + c.capacity, 0);
    if (total > policy.familyPointMaxChildren) {
      issues.push(
        issue('classes', 'family_point_over_cap', `a family point (家庭托育点) takes at most ${policy.familyPointMaxChildren} children in all; its classes total ${total}`, {
          cap: policy.familyPointMaxChildren,
          total,
        }),
      );
    }
  }
  if (f.filingStatus === 'filed' && !f.filingNumber) issues.push(issue('filingNumber', 'filing_number_required', 'a filed (已备案) facility needs its filing number'));
  const modes = new Set<string>();
  f.services.forEach((s, i) => {
    if (modes.has(s.mode)) issues.push(issue(`services.${i}.mode`, 'duplicate_mode', `service mode ${s.mode} is listed twice`, { mode: s.mode }));
    modes.add(s.mode);
  });
  const names = new Set<string>();
  f.classes.forEach((c, i) => {
    if (names.has(c.name)) issues.push(issue(`classes.${i}.name`, 'duplicate_class_name', `class name "${c.name}" is used twice`, { name: c.name }));
    names.add(c.name);
  });
  return issues;
}

/**
 * The tiers a facility's supervising centre may have ("1+12+N"): a county centre is supervised by the municipal
 * centre; every other facility by the county centre of its own division (first, the default) or the municipal
 * centre; the municipal centre by none.
 */
export function supervisorTiersFor(tier: Tier): readonly Tier[] {
  if (tier === 'municipal_centre') return [];
  if (tier === 'county_centre') return ['municipal_centre'];
  return ['county_centre', 'municipal_centre'];
}
