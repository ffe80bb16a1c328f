/** OpenAPI schemas of daily care (issue 11): entries (the contract's shapes), the class day, people, alerts, menus. */
import { z } from '@hono/zod-openapi';
import type { BULK_KINDS} from '../../care/entries.ts';
import { CARE_DOMAINS, CHECK_CARDS, DIAPER_TYPES, ENTRY_FIELDS, ENTRY_KINDS, MEALS, PORTIONS, TEMPERATURE_SITES, type EntryKind } from '../../care/entries.ts';
import { SYMPTOMS, SYNDROMES } from '../../care/daily-policy.ts';
import { CLASS_BANDS } from '../../care/policy.ts';

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'invalid_uuid');
const isoTime = z.iso.datetime({ offset: true }).openapi({ example: '2026-12-02T08:05:00+08:00' });
export const isoDate = z.iso.date().openapi({ example: '2026-12-02' });
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time_hhmm');

const common = {
  id: uuid.openapi({ description: 'Made by the client (the tablet): sending the same id again answers the stored entry (200), never a second one. A correction sends the id of the entry it corrects with the next version.' }),
  at: isoTime.optional().openapi({ description: 'When it happened (default: now); at most 7 days back (corrections: 31)' }),
  version: z.number().int().min(1).max(1000).optional().openapi({ description: '1 (default) for a new entry; n + 1 corrects version n (shown to parents as corrected)' }),
  reason: z.string().trim().min(1).max(200).optional().openapi({ description: 'Why a correction was made' }),
};

function kindSchema<K extends EntryKind>(kind: K) {
  return z.object({ kind: z.literal(kind), ...common, ...ENTRY_FIELDS[kind] }).strict();
}

/** The body of POST /api/children/{id}/events: one of the 14 kinds, each with its own fields. */
export const entryInputSchema = z
  .discriminatedUnion('kind', [
    kindSchema('check_in'),
    kindSchema('check_out'),
    kindSchema('morning_check'),
    kindSchema('noon_check'),
    kindSchema('temperature'),
    kindSchema('meal'),
    kindSchema('water'),
    kindSchema('nap_start'),
    kindSchema('nap_end'),
    kindSchema('diaper'),
    kindSchema('activity'),
    kindSchema('outdoor'),
    kindSchema('note'),
    kindSchema('photo'),
  ])
  .openapi('CareEntryInput');

function bulkSchema<K extends (typeof BULK_KINDS)[number]>(kind: K) {
  return z
    .object({
      kind: z.literal(kind),
      id: common.id.openapi({ description: 'The client-made id of the action; each child’s entry id is derived from it, so a repeat is a no-op' }),
      at: common.at,
      childIds: z.array(uuid).min(1).max(100).optional().openapi({ description: 'Default: the children present now' }),
      ...ENTRY_FIELDS[kind],
    })
    .strict();
}

export const bulkInputSchema = z
  .discriminatedUnion('kind', [bulkSchema('meal'), bulkSchema('water'), bulkSchema('nap_start'), bulkSchema('nap_end'), bulkSchema('activity'), bulkSchema('outdoor'), bulkSchema('note'), bulkSchema('photo')])
  .openapi('CareBulkInput');

const assessment = z
  .object({
    fever: z.boolean(),
    action: z.enum(['none', 'recheck', 'observe', 'send_home', 'resolved']),
    recheck: z.boolean().openapi({ description: 'This reading answered a pending recheck' }),
    recheckDueAt: z.string().nullable(),
    policyId: z.string(),
  })
  .openapi('FeverAssessment', { description: 'What the fever rule decided for a temperature (≥ 37.3 °C: recheck in 5 min; > 37.5 °C confirmed: send home)' });

export const entrySchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    seq: z.number().int().openapi({ description: 'Feed order; the SSE event id' }),
    childId: z.string(),
    classId: z.string(),
    kind: z.enum(ENTRY_KINDS),
    at: z.string(),
    day: z.string(),
    corrected: z.boolean().openapi({ description: 'A later version of the entry (shown to parents as corrected)' }),
    retracted: z.boolean().openapi({ description: 'Withdrawn (a version that cancels the entry)' }),
    reason: z.string().nullable(),
    recordedBy: z.string().nullable().openapi({ description: 'Family name and role (王老师), never the full name' }),
    recordedAt: z.string(),
    droppedBy: z.string().optional(),
    collectedBy: z.string().optional(),
    collectorDescription: z.string().optional(),
    sentHome: z.boolean().optional(),
    temperatureC: z.number().optional(),
    site: z.enum(TEMPERATURE_SITES).optional(),
    card: z.enum(CHECK_CARDS).optional(),
    symptoms: z.array(z.enum(SYMPTOMS)).optional(),
    medicine: z.object({ name: z.string(), dose: z.string(), times: z.string() }).optional(),
    note: z.string().optional(),
    assessment: assessment.optional(),
    meal: z.enum(MEALS).optional(),
    portion: z.enum(PORTIONS).optional(),
    ml: z.number().int().optional(),
    type: z.enum(DIAPER_TYPES).optional(),
    domain: z.enum(CARE_DOMAINS).optional(),
    title: z.string().optional(),
    minutes: z.number().int().optional(),
    text: z.string().optional(),
    photoId: z.string().optional(),
    caption: z.string().optional(),
  })
  .openapi('CareEntry');

export const entryListSchema = z.object({ childId: z.string(), date: z.string(), events: z.array(entrySchema) }).openapi('CareEntryList');

const ratioSchema = z.object({ present: z.number().int(), carers: z.number().int(), needed: z.number().int(), childrenPerCarer: z.number(), ok: z.boolean() }).openapi('CareRatio');

export const alertSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['fever_recheck', 'send_home', 'absence_followup', 'outbreak', 'outdoor_short', 'ratio_break', 'unauthorized_pickup', 'not_collected']),
    status: z.enum(['open', 'done', 'dismissed']),
    classId: z.string(),
    className: z.string(),
    childId: z.string().nullable(),
    childName: z.string().nullable(),
    day: z.string(),
    openedAt: z.string(),
    dueAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    resolution: z.string().nullable(),
    details: z
      .object({
        syndrome: z.enum(SYNDROMES).optional(),
        rule: z.string().optional(),
        cases: z.number().optional(),
        from: z.string().optional(),
        to: z.string().optional(),
        temperatureC: z.number().optional(),
        firstC: z.number().optional(),
        lastC: z.number().optional(),
        who: z.string().optional(),
        minutes: z.number().optional(),
        goal: z.number().optional(),
        present: z.number().optional(),
        carers: z.number().optional(),
        needed: z.number().optional(),
      })
      .openapi({ description: 'What the rule saw (by kind)' }),
    policyId: z.string(),
  })
  .openapi('CareAlert');

const rosterChild = z.object({
  id: z.string(),
  familyName: z.string(),
  givenName: z.string(),
  birthDate: z.string(),
  mode: z.string(),
  source: z.string(),
  checkInAt: z.string().nullable(),
  checkOutAt: z.string().nullable(),
  droppedBy: z.string().nullable(),
  collectedBy: z.string().nullable(),
  sentHome: z.boolean(),
  absence: z.object({ id: z.string(), reason: z.enum(['sick', 'leave']), symptoms: z.array(z.string()) }).nullable(),
  morningCheck: z.object({ card: z.string(), temperatureC: z.number().nullable() }).nullable(),
  noonCheck: z.boolean(),
  lastTemperatureC: z.number().nullable(),
  recheckDueAt: z.string().nullable(),
  medicine: z.boolean(),
  entriesToday: z.number().int(),
});

export const classDaySchema = z
  .object({
    class: z.object({ id: z.string(), name: z.string(), band: z.enum(CLASS_BANDS), capacity: z.number().int(), facilityId: z.string(), facilityName: z.string() }),
    date: z.string(),
    today: z.boolean(),
    openingDay: z.boolean(),
    opens: z.string().nullable(),
    closes: z.string().nullable(),
    children: z.array(rosterChild),
    carers: z.array(z.object({ shiftId: z.string(), staffId: z.string(), title: z.string(), since: z.string(), mine: z.boolean() })),
    ratio: ratioSchema,
    alerts: z.array(alertSchema),
    me: z.object({ staffId: z.string().nullable(), shiftId: z.string().nullable(), shiftClassId: z.string().nullable() }),
  })
  .openapi('ClassDay');

export const myClassesSchema = z
  .object({ classes: z.array(z.object({ id: z.string(), name: z.string(), band: z.enum(CLASS_BANDS), facilityId: z.string(), facilityName: z.string(), mine: z.boolean(), expected: z.number().int(), present: z.number().int() })) })
  .openapi('CareClasses');

export const dashboardSchema = z
  .object({
    facility: z.object({ id: z.string(), name: z.string(), opens: z.string().nullable(), closes: z.string().nullable() }),
    date: z.string(),
    now: z.string(),
    classes: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        band: z.enum(CLASS_BANDS),
        capacity: z.number().int(),
        expected: z.number().int(),
        present: z.number().int(),
        checkedOut: z.number().int(),
        absentReported: z.number().int(),
        notArrived: z.number().int(),
        morningChecksDone: z.number().int(),
        ratio: ratioSchema,
      }),
    ),
    totals: z.object({ expected: z.number().int(), present: z.number().int(), checkedOut: z.number().int(), absentReported: z.number().int(), notArrived: z.number().int(), morningChecksDone: z.number().int(), carers: z.number().int() }),
    alerts: z.array(alertSchema),
    notCollected: z.array(z.object({ childId: z.string(), name: z.string(), classId: z.string(), className: z.string(), checkInAt: z.string() })),
    closingSoon: z.boolean(),
  })
  .openapi('CareDashboard');

export const attendanceSchema = z
  .object({
    childId: z.string(),
    month: z.string(),
    days: z.array(z.object({ day: z.string(), checkInAt: z.string().nullable(), checkOutAt: z.string().nullable(), droppedBy: z.string().nullable(), collectedBy: z.string().nullable(), sentHome: z.boolean(), absence: z.enum(['sick', 'leave']).nullable() })),
  })
  .openapi('Attendance');

export const absenceInputSchema = z
  .object({
    id: uuid.openapi({ description: 'Client-made; a repeat answers the stored report' }),
    from: isoDate,
    to: isoDate,
    reason: z.enum(['sick', 'leave']),
    symptoms: z.array(z.enum(SYMPTOMS)).max(10).optional(),
    note: z.string().trim().min(1).max(500).optional(),
  })
  .strict()
  .openapi('AbsenceInput');

export const absenceSchema = z
  .object({ id: z.string(), childId: z.string(), from: z.string(), to: z.string(), reason: z.enum(['sick', 'leave']), symptoms: z.array(z.string()), note: z.string().nullable(), reportedAt: z.string(), cancelled: z.boolean() })
  .openapi('Absence');

export const pickupInputSchema = z
  .object({
    displayName: z.string().trim().min(1).max(40).openapi({ example: '李奶奶' }),
    relationship: z.enum(['mother', 'father', 'grandmother', 'grandfather', 'relative', 'nanny', 'other']),
    phoneTail: z.string().regex(/^\d{4}$/, 'invalid_format').optional().openapi({ description: 'Last four digits of the phone number, to confirm by phone' }),
    photoId: uuid.optional(),
  })
  .strict()
  .openapi('PickupPersonInput');

export const pickupSchema = z
  .object({ id: z.string(), childId: z.string(), displayName: z.string(), relationship: z.string(), phoneTail: z.string().nullable(), photoId: z.string().nullable(), guardian: z.boolean(), addedAt: z.string() })
  .openapi('PickupPerson');

export const shiftSchema = z.object({ id: z.string(), staffId: z.string(), classId: z.string(), since: z.string(), until: z.string().nullable() }).openapi('StaffShift');

export const teacherSchema = z
  .object({
    staffId: z.string(),
    title: z.string().openapi({ description: 'Family name and role (王老师) — never the full name or a phone number' }),
    role: z.enum(['director', 'carer', 'health']),
    lead: z.boolean(),
    qualification: z.string(),
    yearsOfExperience: z.number().int().nullable(),
    trainingHours: z.object({ preService: z.number(), inService: z.number(), safety: z.number(), total: z.number() }),
    healthCertValidTo: z.string().nullable(),
    healthCertValid: z.boolean(),
    photoId: z.string().nullable(),
  })
  .openapi('TeacherProfile');

export const photoSchema = z.object({ id: z.string(), sha256: z.string(), bytes: z.number().int(), mime: z.string(), width: z.number().int().nullable(), height: z.number().int().nullable() }).openapi('Photo');

export const menuItemSchema = z.object({ date: isoDate, meal: z.enum(MEALS), dishes: z.array(z.string().trim().min(1).max(40)).min(1).max(8), allergens: z.array(z.string().trim().min(1).max(20)).max(10).default([]) }).strict();
export const menuSchema = z.object({ facilityId: z.string(), weekStart: z.string(), items: z.array(z.object({ date: z.string(), meal: z.enum(MEALS), dishes: z.array(z.string()), allergens: z.array(z.string()) })) }).openapi('WeekMenu');
export const menuInputSchema = z.object({ weekStart: isoDate, items: z.array(menuItemSchema).max(35) }).strict().openapi('WeekMenuInput');

export const settingsSchema = z
  .object({ facilityId: z.string(), policyId: z.string(), publishMealsNaps: z.enum(['live', 'end_of_day']), publishAt: z.string(), absenceDeadline: z.string(), policies: z.array(z.string()) })
  .openapi('CareSettings');
export const settingsPatchSchema = z.object({ policyId: z.string().max(60).optional(), publishMealsNaps: z.enum(['live', 'end_of_day']).optional(), publishAt: hhmm.optional(), absenceDeadline: hhmm.optional() }).strict().openapi('CareSettingsPatch');

export const outbreakSchema = z
  .object({
    id: z.string(),
    facilityId: z.string(),
    facilityName: z.string(),
    divisionId: z.string(),
    className: z.string(),
    syndrome: z.string(),
    rule: z.string(),
    cases: z.number().int(),
    from: z.string(),
    to: z.string(),
    openedAt: z.string(),
    dueAt: z.string().nullable(),
    status: z.string(),
    reportedAt: z.string().nullable(),
    overdue: z.boolean(),
    synthetic: z.boolean(),
  })
  .openapi('OutbreakReport');
