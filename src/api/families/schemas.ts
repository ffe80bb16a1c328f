/** The families API's schemas (issue 10): requests (strict) and named answers, shared by its route modules. */
import { z } from '@hono/zod-openapi';
import { CLASS_BANDS } from '../../care/policy.ts';
import { OWNERSHIPS, PRICE_UNITS, SERVICE_MODES, TIERS } from '../../care/facility.ts';
import { PRIORITY_CRITERIA } from '../../care/priority.ts';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A calendar date yyyy-mm-dd (a real date). */
export const isoDate = z
  .string()
  .regex(DATE_RE, 'invalid_date')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s, 'invalid_date')
  .openapi({ example: '2026-12-15' });
export const hhmm = z.string().regex(TIME_RE, 'time_hhmm').openapi({ example: '09:30' });
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'invalid_format').openapi({ example: '2026-11' });
export const band = z.enum(CLASS_BANDS);
export const placeMode = z.enum(['full_day', 'half_day']);
const id = z.string();

export const consentSchema = z
  .object({ id, purpose: z.enum(['child_record']), wordingVersion: z.string(), givenAt: z.string(), withdrawnAt: z.string().nullable(), guardianId: id })
  .openapi('Consent');

export const consentWordingSchema = z
  .object({ version: z.string(), purpose: z.enum(['child_record']), effectiveFrom: z.string(), zh: z.string(), en: z.string() })
  .openapi('ConsentWording');

export const newChildSchema = z
  .object({
    familyName: z.string().trim().min(1).max(20),
    givenName: z.string().trim().min(1).max(20),
    sex: z.enum(['M', 'F']),
    birthDate: isoDate,
    homeLng: z.number().min(-180).max(180),
    homeLat: z.number().min(-90).max(90),
    consentVersion: z
      .string()
      .min(1)
      .max(60)
      .optional()
      .openapi({ description: 'The consent wording the guardian agreed to (GET /api/consent/wording). Omitted: the request itself is the guardian’s consent to the wording in force, which the UI shows before sending.' }),
    relationship: z.enum(['mother', 'father', 'grandparent', 'other']).optional(),
  })
  .strict()
  .openapi('NewChild');

export const childPatchSchema = z
  .object({
    familyName: z.string().trim().min(1).max(20).optional(),
    givenName: z.string().trim().min(1).max(20).optional(),
    sex: z.enum(['M', 'F']).optional(),
    birthDate: isoDate.optional(),
    homeLng: z.number().min(-180).max(180).optional(),
    homeLat: z.number().min(-90).max(90).optional(),
  })
  .strict()
  .openapi('ChildPatch');

export const createdChildSchema = z.object({ id, consent: consentSchema }).openapi('CreatedChild');

export const erasureSchema = z
  .object({
    erased: z.boolean(),
    deleted: z.array(z.object({ record: z.string(), count: z.number().int() })),
    kept: z.array(z.object({ record: z.string(), count: z.number().int(), reason: z.string() })),
  })
  .openapi('ErasureReport');

export const childExportSchema = z
  .object({
    child: z.object({ id, familyName: z.string(), givenName: z.string(), sex: z.string(), birthDate: z.string(), homeLng: z.number().nullable(), homeLat: z.number().nullable(), createdAt: z.string() }),
    guardians: z.array(z.object({ displayName: z.string(), relationship: z.string() })),
    consents: z.array(consentSchema),
    applications: z.array(z.object({ id, mode: z.string(), startDate: z.string(), status: z.string(), appliedOn: z.string(), choices: z.array(z.object({ rank: z.number().int(), facilityName: z.string(), status: z.string() })) })),
    offers: z.array(z.object({ id, facilityName: z.string(), className: z.string(), startDate: z.string(), monthlyFee: z.number(), status: z.string(), expiresAt: z.string() })),
    placements: z.array(z.object({ id, facilityName: z.string(), className: z.string(), mode: z.string(), from: z.string(), until: z.string().nullable(), monthlyFee: z.number().nullable() })),
    bookings: z.array(z.object({ id, facilityName: z.string(), day: z.string(), start: z.string(), end: z.string(), price: z.number(), status: z.string(), charged: z.number() })),
    statements: z.array(z.object({ id, facilityName: z.string(), month: z.string(), amountDue: z.number(), paid: z.boolean() })),
    entryExams: z.array(z.object({ examinedOn: z.string(), passed: z.boolean(), note: z.string().nullable() })),
    attendance: z.array(z.object({ month: z.string(), facilityName: z.string(), days: z.number().int() })).openapi({ description: 'Days attended, by month and facility (daily care)' }),
    subsidyMonths: z
      .array(z.object({ month: z.string(), facilityName: z.string(), attendedDays: z.number().int(), amountFen: z.number().int(), eligible: z.boolean(), reasons: z.array(z.string()) }))
      .openapi({ description: 'The operating-subsidy months the child counted for at their facility (the bureaus’ claims), in fen' }),
    generatedAt: z.string(),
    accessLog: z.array(z.object({ at: z.string(), role: z.string(), action: z.string(), entity: z.string(), purpose: z.string().nullable() })),
  })
  .openapi('ChildRecordExport');

const staffSchema = z.object({
  carers: z.number().int(),
  qualifications: z.array(z.object({ qualification: z.string(), count: z.number().int() })),
  trainingHoursAvg: z.number().nullable(),
});
const openingHoursSchema = z.object({ days: z.array(z.number().int()), open: z.string(), close: z.string() }).nullable();

export const careResultSchema = z
  .object({
    facilityId: id,
    name: z.string(),
    minutes: z.number().openapi({ description: 'Walking minutes over the street network' }),
    meters: z.number(),
    freePlaces: z.number().int().openapi({ description: 'Free full-day/half-day places for the age band of birthDate from startDate (all bands without a birth date)' }),
    modes: z.array(z.enum(SERVICE_MODES)),
    monthlyFee: z.number().nullable().openapi({ description: 'Monthly fee of the mode (full-day unless mode=half_day) for the child’s class' }),
    feeAfterSubsidy: z.number().nullable(),
    hourlyPrice: z.object({ mode: z.enum(['temporary', 'hourly']), price: z.number(), unit: z.enum(PRICE_UNITS) }).nullable(),
    ownership: z.enum(OWNERSHIPS),
    affordable: z.boolean().openapi({ description: '普惠性: public or affordable (price under the cap)' }),
    tier: z.enum(TIERS),
    address: z.string(),
    divisionId: z.string(),
    location: z.object({ lng: z.number(), lat: z.number() }),
    openingHours: openingHoursSchema,
    medicalPartner: z.string().nullable(),
    bands: z.array(band),
    staff: staffSchema,
  })
  .openapi('CareResult');

export const careAnswerSchema = z
  .object({
    params: z.object({ lng: z.number(), lat: z.number(), minutes: z.number(), speedKmh: z.number(), startDate: z.string(), birthDate: z.string().nullable(), mode: z.enum(SERVICE_MODES).nullable() }),
    ageMonths: z.number().int().nullable(),
    bands: z.array(band).nullable(),
    results: z.array(careResultSchema),
  })
  .openapi('CareSearch');

export const slotSchema = z.object({ start: z.string(), end: z.string(), free: z.number().int() }).openapi('AvailabilitySlot');
export const availabilitySchema = z
  .object({
    facilityId: id,
    date: z.string(),
    mode: z.enum(['temporary', 'hourly']).nullable(),
    price: z.object({ price: z.number(), unit: z.enum(PRICE_UNITS) }).nullable(),
    slots: z.array(slotSchema),
  })
  .openapi('Availability');

export const newBookingSchema = z
  .object({ childId: id.max(100), facilityId: id.max(100), date: isoDate, start: hhmm, end: hhmm, mode: z.enum(['temporary', 'hourly']).optional() })
  .strict()
  .openapi('NewBooking');

export const bookingSchema = z
  .object({
    id,
    childId: id,
    childName: z.string(),
    facilityId: id,
    facilityName: z.string(),
    classId: id,
    mode: z.enum(['temporary', 'hourly']),
    date: z.string(),
    start: z.string(),
    end: z.string(),
    hours: z.number().int(),
    price: z.number(),
    status: z.enum(['booked', 'cancelled', 'attended', 'no_show']),
    charged: z.number().openapi({ description: 'What the family pays for it: the price, a late-cancellation charge, or 0' }),
    createdAt: z.string(),
  })
  .openapi('Booking');

export const placingSchema = z
  .object({
    position: z.number().int(),
    of: z.number().int(),
    band: band.nullable(),
    policyId: z.string(),
    reasons: z.array(z.object({ criterion: z.enum(PRIORITY_CRITERIA), met: z.boolean(), value: z.union([z.number(), z.string()]).nullable() })),
  })
  .openapi('WaitlistPlacing');

export const offerSchema = z
  .object({
    id,
    applicationId: id,
    childId: id,
    childName: z.string(),
    facilityId: id,
    facilityName: z.string(),
    classId: id,
    className: z.string(),
    band: z.string(),
    mode: placeMode,
    startDate: z.string(),
    monthlyFee: z.number(),
    expiresAt: z.string(),
    status: z.enum(['open', 'accepted', 'declined', 'expired', 'withdrawn']),
    automatic: z.boolean(),
    placementId: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Offer');

export const applicationSchema = z
  .object({
    id,
    childId: id,
    childName: z.string(),
    birthDate: z.string(),
    mode: placeMode,
    startDate: z.string(),
    status: z.enum(['open', 'placed', 'withdrawn']),
    appliedOn: z.string(),
    dualWorking: z.boolean(),
    singleParent: z.boolean(),
    createdAt: z.string(),
    choices: z.array(
      z.object({
        rank: z.number().int(),
        facilityId: id,
        facilityName: z.string(),
        status: z.enum(['waiting', 'offered', 'declined', 'withdrawn', 'placed']),
        walkMeters: z.number().nullable(),
        resident: z.boolean(),
        placing: placingSchema.nullable(),
      }),
    ),
    offers: z.array(offerSchema),
  })
  .openapi('Application');

export const newApplicationSchema = z
  .object({
    childId: id.max(100),
    mode: placeMode,
    startDate: isoDate,
    choices: z.array(id.max(100)).min(1).max(10).openapi({ description: 'Facility ids, first choice first (at most 3 by the admission policy)' }),
    dualWorking: z.boolean().optional(),
    singleParent: z.boolean().optional(),
  })
  .strict()
  .openapi('NewApplication');

export const newOfferSchema = z
  .object({ classId: id.max(100), startDate: isoDate.optional(), monthlyFee: z.number().min(0).max(100_000).optional() })
  .strict()
  .openapi('NewOffer');

export const admissionSchema = z.object({
  cleared: z.boolean(),
  reason: z.enum(['entry_exam_missing', 'entry_exam_failed', 'entry_exam_expired']).nullable(),
  examinedOn: z.string().nullable(),
  passed: z.boolean().nullable(),
});

export const placementSchema = z
  .object({
    id,
    childId: id,
    childName: z.string(),
    facilityId: id,
    facilityName: z.string(),
    classId: id,
    className: z.string(),
    band: z.string(),
    mode: placeMode,
    from: z.string(),
    until: z.string().nullable(),
    monthlyFee: z.number().nullable(),
    state: z.enum(['upcoming', 'current', 'ended']),
    endedReason: z.string().nullable(),
    admission: admissionSchema,
  })
  .openapi('Placement');

export const entryExamSchema = z
  .object({ id, childId: id, examinedOn: z.string(), passed: z.boolean(), validUntil: z.string(), note: z.string().nullable(), recordedAt: z.string() })
  .openapi('EntryExam');

export const statementSchema = z
  .object({
    id,
    childId: id,
    childName: z.string(),
    facilityId: id,
    facilityName: z.string(),
    month: z.string(),
    mode: placeMode.nullable(),
    monthlyFee: z.number(),
    workingDays: z.number().int(),
    placedDays: z.number().int(),
    attendedDays: z.number().int(),
    fee: z.number(),
    subsidy: z.number(),
    hourlyCare: z.number(),
    amountDue: z.number(),
    policyId: z.string(),
    issuedAt: z.string(),
    paid: z.boolean(),
    paidAt: z.string().nullable(),
  })
  .openapi('FeeStatement');
