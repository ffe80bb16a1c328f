/**
 * OpenAPI schemas of the health endpoints (医育融合): WHO scores as the wire carries them, health checks and flags,
 * the desk, agreements, visits, service sessions and registrations, training, and the bureaus' reports. Response
 * shapes mirror the repositories in src/db/repos (health-*.ts, agreements.ts, services.ts, training.ts).
 */
import { z } from '@hono/zod-openapi';
import { FLAG_KINDS, SEVERITIES } from '../../care/health-flags.ts';
import { AGREEMENT_SERVICES, SERVICE_KINDS } from '../../care/health-services.ts';
import { COMPLIANCE_ISSUES, TRAINING_KINDS } from '../../care/training-rules.ts';
import { CHECK_KINDS } from '../../db/repos/health-checks.ts';
import { VISIT_ACTIVITIES } from '../../db/repos/visits.ts';
import { READING_BANDS, REASON_CODES, SCORE_KEYS, type ChildScores, type Score } from '../../growth/index.ts';
import { pageOf } from '../schemas.ts';

export const isoDate = z.iso.date();
export const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'invalid_uuid');
export const divisionIdQuery = z.string().regex(/^\d{6}$/, 'invalid_format');

// ── WHO scores ──────────────────────────────────────────────────────────────────────────────────────────────────────
const scored = z
  .object({
    ok: z.literal(true),
    table: z.enum(['wfa', 'lhfa', 'wfl', 'wfh', 'bfa', 'hcfa']).openapi({ description: 'the WHO table used (wfl below 731 days, wfh from 731)' }),
    z: z.number().openapi({ description: 'unrounded z-score' }),
    zRounded: z.number().openapi({ description: 'rounded to 2 decimals, as WHO anthro reports and flags it' }),
    percentile: z.number(),
    flagged: z.boolean().openapi({ description: "WHO's implausible-value flag (e.g. weight-for-age < −6 or > 5)" }),
  })
  .openapi('Scored');
const notScored = z
  .object({
    ok: z.literal(false),
    reason: z.enum(REASON_CODES as [string, ...string[]]).openapi({ description: 'why the value is empty' }),
    message: z.string(),
  })
  .openapi('NotScored');
export const scoreSchema = z.union([scored, notScored]).openapi('Score');

export const scoresSchema = z
  .object({
    ageDays: z.number().int().nullable(),
    lengthCm: z.number().nullable().openapi({ description: 'length/height after the ±0.7 cm position correction' }),
    position: z.enum(['l', 'h']).nullable(),
    c9moFlag: z.boolean(),
    bmi: z.number().nullable(),
    wflhTable: z.enum(['wfl', 'wfh']).nullable(),
    wfa: scoreSchema,
    lhfa: scoreSchema,
    wflh: scoreSchema,
    bfa: scoreSchema,
    hcfa: scoreSchema,
  })
  .openapi('GrowthScores');

/** The engine's score as the wire carries it. */
export function scoreWire(s: Score): z.infer<typeof scoreSchema> {
  return s.ok ? { ok: true, table: s.indicator, z: s.z, zRounded: s.zRounded, percentile: s.percentile, flagged: s.flagged } : { ok: false, reason: s.reason, message: s.message };
}
export function scoresWire(s: ChildScores): z.infer<typeof scoresSchema> {
  return { ageDays: s.ageDays, lengthCm: s.lengthCm, position: s.position, c9moFlag: s.c9moFlag, bmi: s.bmi, wflhTable: s.wflhTable, wfa: scoreWire(s.wfa), lhfa: scoreWire(s.lhfa), wflh: scoreWire(s.wflh), bfa: scoreWire(s.bfa), hcfa: scoreWire(s.hcfa) };
}

const cell = z.union([z.number(), z.string().max(40)]).nullable().optional();
export const scoreRequestSchema = z
  .object({
    sex: z.union([z.string().max(10), z.number()]).optional().openapi({ description: '1/M (boy) or 2/F (girl); anything else is scored as unknown (each score says so)' }),
    ageDays: cell.openapi({ description: 'age in days at the measurement, or give birthDate and date' }),
    birthDate: z.string().max(20).optional(),
    date: z.string().max(20).optional().openapi({ description: 'date of the measurement (YYYY-MM-DD)' }),
    weightKg: cell,
    lengthCm: cell.openapi({ description: 'length (lying) or height (standing) as measured' }),
    position: z.string().max(10).nullable().optional().openapi({ description: 'l (lying) or h (standing)' }),
    headCm: cell,
    oedema: z.union([z.boolean(), z.string().max(5)]).optional(),
  })
  .strict()
  .openapi('GrowthScoreRequest');

export const curvesQuerySchema = z
  .object({
    indicator: z.enum(['wfa', 'lhfa', 'wfl', 'wfh', 'bfa', 'hcfa']),
    sex: z.enum(['M', 'F']),
    kind: z.enum(['sd', 'centile']).default('sd').openapi({ description: 'sd: −3…+3 SD lines; centile: 3rd, 15th, 50th, 85th, 97th' }),
    from: z.coerce.number().optional().openapi({ description: 'days (age tables) or cm (weight-for-length/height)' }),
    to: z.coerce.number().optional(),
    step: z.coerce.number().optional().openapi({ description: 'default 1 day or 0.1 cm; at most 20,000 points' }),
  })
  .strict();

export const curvesSchema = z
  .object({
    indicator: z.enum(['wfa', 'lhfa', 'wfl', 'wfh', 'bfa', 'hcfa']),
    sex: z.enum(['M', 'F']),
    xUnit: z.enum(['days', 'cm']),
    measureUnit: z.string(),
    x: z.array(z.number()),
    lines: z.array(z.object({ key: z.string().openapi({ example: 'sd-2' }), z: z.number(), centile: z.number().nullable(), values: z.array(z.number()) })),
    source: z.string(),
  })
  .openapi('GrowthCurves');

export const readingSchema = z
  .object({
    indicator: z.enum(SCORE_KEYS as [string, ...string[]]),
    date: z.string(),
    z: z.number(),
    centile: z.number(),
    band: z.enum(READING_BANDS),
    trend: z.enum(['rising', 'falling', 'steady']).nullable(),
  })
  .openapi('GrowthReading');

export const growthViewSchema = z
  .object({
    child: z.object({ id: z.string(), givenName: z.string(), sex: z.enum(['M', 'F']), birthDate: z.string() }),
    visits: z.array(
      z.object({ checkId: z.string(), date: z.string(), weightKg: z.number().nullable(), lengthCm: z.number().nullable(), position: z.enum(['l', 'h']).nullable(), headCm: z.number().nullable(), scores: scoresSchema }),
    ),
    reading: z.array(readingSchema),
  })
  .openapi('ChildGrowth');

// ── Health checks ─────────────────────────────────────────────────────────────────────────────────────────────────
const num = (min: number, max: number) => z.number().gt(min).max(max).nullable().optional();
export const checkInputSchema = z
  .object({
    id: uuid.openapi({ description: 'made by the client (a repeat with the same id answers the stored check, 200)' }),
    kind: z.enum(CHECK_KINDS).openapi({ description: 'entry: the entry exam (入托体检); periodic: the twice-yearly check of 1–3-year-olds; child_health_visit: a 0–6 child-health visit' }),
    examinedOn: isoDate,
    weightKg: num(0.3, 60),
    lengthCm: z.number().min(30).max(140).nullable().optional().openapi({ description: 'as measured, with its position' }),
    position: z.enum(['l', 'h']).nullable().optional().openapi({ description: 'l lying (卧位), h standing (立位)' }),
    headCm: z.number().min(25).max(60).nullable().optional(),
    haemoglobinGL: z.number().min(30).max(250).nullable().optional().openapi({ description: 'haemoglobin in g/L' }),
    hearing: z.enum(['pass', 'refer']).nullable().optional(),
    vision: z.enum(['normal', 'abnormal']).nullable().optional(),
    oral: z.enum(['healthy', 'caries', 'other']).nullable().optional(),
    cariesTeeth: z.number().int().min(0).max(20).nullable().optional(),
    development: z.enum(['normal', 'suspect', 'abnormal']).nullable().optional().openapi({ description: 'development screening (发育筛查)' }),
    conclusion: z.string().max(2000).nullable().optional().openapi({ description: "the doctor's conclusion" }),
    passed: z.boolean().nullable().optional().openapi({ description: 'entry exam only: fit for admission' }),
    validUntil: isoDate.nullable().optional().openapi({ description: 'entry exam only (default: three months)' }),
  })
  .strict()
  .openapi('HealthCheckInput');

export const flagSchema = z
  .object({
    id: z.string(),
    checkId: z.string(),
    childId: z.string(),
    kind: z.enum(FLAG_KINDS),
    severity: z.enum(SEVERITIES),
    value: z.number().openapi({ description: 'the z-score, or haemoglobin in g/L (anaemia)' }),
    dueOn: z.string().openapi({ description: 'the follow-up is due by' }),
    doneAt: z.string().nullable(),
    outcome: z.string().nullable(),
  })
  .openapi('HealthFlag');

export const checkSchema = z
  .object({
    id: z.string(),
    childId: z.string(),
    kind: z.enum(CHECK_KINDS),
    examinedOn: z.string(),
    ageDays: z.number().int(),
    weightKg: z.number().nullable(),
    lengthCm: z.number().nullable(),
    position: z.enum(['l', 'h']).nullable(),
    headCm: z.number().nullable(),
    haemoglobinGL: z.number().nullable(),
    hearing: z.enum(['pass', 'refer']).nullable(),
    vision: z.enum(['normal', 'abnormal']).nullable(),
    oral: z.enum(['healthy', 'caries', 'other']).nullable(),
    cariesTeeth: z.number().int().nullable(),
    development: z.enum(['normal', 'suspect', 'abnormal']).nullable(),
    conclusion: z.string().nullable(),
    passed: z.boolean().nullable(),
    validUntil: z.string().nullable(),
    facilityId: z.string().nullable(),
    institution: z.object({ id: z.string(), name: z.string() }).nullable(),
    recordedAt: z.string(),
    scores: scoresSchema,
    implausible: z.array(z.enum(SCORE_KEYS as [string, ...string[]])).openapi({ description: 'scores WHO flags as implausible: measure again' }),
    flags: z.array(flagSchema),
  })
  .openapi('HealthCheck');

const deskChild = z.object({ id: z.string(), familyName: z.string(), givenName: z.string(), sex: z.enum(['M', 'F']), birthDate: z.string(), facilityId: z.string(), facilityName: z.string(), className: z.string() });
export const deskItemSchema = z
  .object({
    child: deskChild,
    visit: z.object({ months: z.number().int(), dueOn: z.string(), status: z.enum(['due', 'overdue', 'upcoming']) }).nullable(),
    lastCheckOn: z.string().nullable(),
    entryExam: z.object({ examinedOn: z.string(), passed: z.boolean(), validUntil: z.string().nullable() }).nullable(),
    openFlags: z.number().int(),
  })
  .openapi('HealthDeskItem');
export const deskPageSchema = pageOf(deskItemSchema)
  .extend({ counts: z.object({ overdue: z.number().int(), due: z.number().int(), upcoming: z.number().int() }) })
  .openapi('HealthDeskPage');

export const flagItemSchema = z
  .object({
    id: z.string(),
    kind: z.enum(FLAG_KINDS),
    severity: z.enum(SEVERITIES),
    value: z.number(),
    dueOn: z.string(),
    overdue: z.boolean(),
    doneAt: z.string().nullable(),
    outcome: z.string().nullable(),
    checkId: z.string(),
    examinedOn: z.string(),
    child: z.object({ id: z.string(), familyName: z.string(), givenName: z.string(), sex: z.enum(['M', 'F']), birthDate: z.string() }),
    facility: z.object({ id: z.string(), name: z.string(), className: z.string() }).nullable(),
  })
  .openapi('HealthFlagItem');

// ── Agreements and visits ─────────────────────────────────────────────────────────────────────────────────────────
export const agreementSchema = z
  .object({
    id: z.string(),
    facility: z.object({ id: z.string(), name: z.string(), divisionId: z.string() }),
    institution: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
    validFrom: z.string(),
    validTo: z.string().nullable().openapi({ description: 'last valid day (null: open-ended)' }),
    services: z.array(z.enum(AGREEMENT_SERVICES)),
    signedOn: z.string().nullable(),
    note: z.string().nullable(),
    endedReason: z.string().nullable(),
    status: z.enum(['current', 'future', 'ended']),
    daysLeft: z.number().int().nullable(),
    document: z.object({ fileName: z.string(), contentType: z.string(), bytes: z.number().int(), uploadedAt: z.string() }).nullable(),
  })
  .openapi('MedicalAgreement');

export const agreementInputSchema = z
  .object({
    facilityId: uuid,
    institutionId: uuid,
    validFrom: isoDate,
    validTo: isoDate.nullable().default(null).openapi({ description: 'last valid day (null: open-ended)' }),
    services: z.array(z.enum(AGREEMENT_SERVICES)).min(1).max(AGREEMENT_SERVICES.length),
    signedOn: isoDate.nullable().optional(),
    note: z.string().max(2000).nullable().optional(),
  })
  .strict()
  .openapi('MedicalAgreementInput');

export const visitSchema = z
  .object({
    id: z.string(),
    facility: z.object({ id: z.string(), name: z.string() }),
    institution: z.object({ id: z.string(), name: z.string() }),
    doctorName: z.string(),
    visitedOn: z.string(),
    minutes: z.number().int().nullable(),
    activities: z.array(z.enum(VISIT_ACTIVITIES)),
    childrenSeen: z.number().int(),
    notes: z.string().nullable(),
  })
  .openapi('DoctorVisit');

export const visitInputSchema = z
  .object({
    facilityId: uuid,
    visitedOn: isoDate,
    minutes: z.number().int().min(1).max(720).nullable().optional(),
    activities: z.array(z.enum(VISIT_ACTIVITIES)).max(VISIT_ACTIVITIES.length).default([]),
    childrenSeen: z.number().int().min(0).max(1000).default(0),
    notes: z.string().max(2000).nullable().optional(),
  })
  .strict()
  .openapi('DoctorVisitInput');

// ── Services ──────────────────────────────────────────────────────────────────────────────────────────────────────
export const sessionSchema = z
  .object({
    id: z.string(),
    kind: z.enum(SERVICE_KINDS),
    title: z.string(),
    facility: z.object({ id: z.string(), name: z.string() }),
    institution: z.object({ id: z.string(), name: z.string() }).nullable(),
    startsAt: z.string(),
    endsAt: z.string(),
    capacity: z.number().int(),
    registered: z.number().int(),
    free: z.number().int(),
    ageFromMonths: z.number().int().nullable(),
    ageToMonths: z.number().int().nullable(),
    techniques: z.array(z.string()).openapi({ description: 'massage: the techniques taught at these ages (摩腹, 捏脊, …)' }),
    location: z.string().nullable(),
    description: z.string().nullable(),
    cancelled: z.boolean(),
    mine: z.array(z.object({ registrationId: z.string(), childId: z.string() })).openapi({ description: "guardians: their children's registrations" }),
  })
  .openapi('ServiceSession');

export const sessionInputSchema = z
  .object({
    kind: z.enum(SERVICE_KINDS),
    title: z.string().trim().min(1).max(200),
    facilityId: uuid,
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    capacity: z.number().int().min(1).max(500),
    ageFromMonths: z.number().int().min(0).max(72).nullable().optional(),
    ageToMonths: z.number().int().min(0).max(72).nullable().optional(),
    location: z.string().max(200).nullable().optional(),
    description: z.string().max(2000).nullable().optional(),
  })
  .strict()
  .openapi('ServiceSessionInput');

export const registrationSchema = z
  .object({
    id: z.string(),
    sessionId: z.string(),
    child: z.object({ id: z.string(), familyName: z.string(), givenName: z.string(), birthDate: z.string() }),
    registeredAt: z.string(),
    cancelled: z.boolean(),
    attended: z.boolean().nullable(),
  })
  .openapi('ServiceRegistration');

export const childServicesSchema = z
  .object({
    childId: z.string(),
    counts: z.array(z.object({ kind: z.enum(SERVICE_KINDS), attended: z.number().int(), registered: z.number().int() })),
    upcoming: z.array(z.object({ registrationId: z.string(), sessionId: z.string(), kind: z.enum(SERVICE_KINDS), title: z.string(), startsAt: z.string(), facilityName: z.string() })),
  })
  .openapi('ChildServices');

// ── Training ──────────────────────────────────────────────────────────────────────────────────────────────────────
export const courseSchema = z
  .object({
    id: z.string(),
    kind: z.enum(TRAINING_KINDS),
    title: z.string(),
    provider: z.object({ kind: z.enum(['facility', 'institution']), id: z.string(), name: z.string() }),
    startsOn: z.string(),
    endsOn: z.string(),
    hours: z.number(),
    capacity: z.number().int(),
    registered: z.number().int(),
    free: z.number().int(),
    certificateValidMonths: z.number().int().nullable(),
    location: z.string().nullable(),
    cancelled: z.boolean(),
  })
  .openapi('TrainingCourse');

export const courseInputSchema = z
  .object({
    kind: z.enum(TRAINING_KINDS),
    title: z.string().trim().min(1).max(200),
    providerFacilityId: uuid.nullable().optional().openapi({ description: "default: a director's own facility" }),
    providerInstitutionId: uuid.nullable().optional().openapi({ description: "default: a health worker's institution" }),
    startsOn: isoDate,
    endsOn: isoDate,
    hours: z.number().gt(0).max(500),
    capacity: z.number().int().min(1).max(1000),
    certificateValidMonths: z.number().int().min(1).max(120).nullable().optional(),
    location: z.string().max(200).nullable().optional(),
  })
  .strict()
  .openapi('TrainingCourseInput');

export const courseRegistrationSchema = z
  .object({
    id: z.string(),
    courseId: z.string(),
    staff: z.object({ id: z.string(), familyName: z.string(), givenName: z.string(), role: z.string(), facilityId: z.string(), facilityName: z.string() }),
    registeredAt: z.string(),
    completed: z.object({ trainingId: z.string(), heldOn: z.string(), hours: z.number(), certificateNo: z.string().nullable(), certificateValidTo: z.string().nullable() }).nullable(),
  })
  .openapi('TrainingRegistration');

const hoursSchema = z.object({ pre_service: z.number(), in_service: z.number(), safety: z.number() });
export const complianceSchema = z
  .object({ staff: z.number().int(), directors: z.number().int(), directorsCompliant: z.number().int(), healthCertsValid: z.number().int(), healthCertsExpiring: z.number().int(), compliant: z.boolean() })
  .openapi('TrainingCompliance');

export const facilityStaffSchema = z
  .object({
    facilityId: z.string(),
    asOf: z.string(),
    staff: z.array(
      z.object({
        id: z.string(),
        familyName: z.string(),
        givenName: z.string(),
        role: z.enum(['director', 'carer', 'health']),
        qualification: z.string(),
        hours: hoursSchema.openapi({ description: 'training hours by kind, computed from the training records' }),
        healthCertValidTo: z.string().nullable(),
        certificates: z.array(z.object({ trainingId: z.string(), title: z.string(), kind: z.enum(TRAINING_KINDS), heldOn: z.string(), certificateNo: z.string().nullable(), validTo: z.string().nullable(), expired: z.boolean() })),
        issues: z.array(z.enum(COMPLIANCE_ISSUES)),
      }),
    ),
    compliance: complianceSchema,
  })
  .openapi('FacilityStaffTraining');

// ── Reports ───────────────────────────────────────────────────────────────────────────────────────────────────────
export const signingReportSchema = z
  .object({
    target: z.number().openapi({ description: 'the target signing rate (1 = 100%)' }),
    rows: z.array(z.object({ divisionId: z.string(), name: z.string(), facilities: z.number().int(), signed: z.number().int(), rate: z.number(), expiring: z.number().int() })),
  })
  .openapi('SigningReport');

export const serviceReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    rows: z.array(
      z.object({
        divisionId: z.string(),
        name: z.string(),
        childrenPlaced: z.number().int(),
        byKind: z.array(z.object({ kind: z.enum(SERVICE_KINDS), children: z.number().int(), attendances: z.number().int(), sessions: z.number().int() })),
      }),
    ),
  })
  .openapi('ServiceReport');

export const trainingReportSchema = z
  .object({
    rows: z.array(complianceSchema.extend({ facilityId: z.string(), name: z.string(), divisionId: z.string() })),
  })
  .openapi('TrainingReport');
