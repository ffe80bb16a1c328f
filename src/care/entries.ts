/**
 * The day's records of a child (一日生活记录): the kinds of entry and what each carries, as zod schemas shared by the
 * API and the demo generator, plus the cross-field rules a schema cannot say (a temperature needs its site, a red
 * card needs the medication form). Pure.
 */
import { z } from 'zod';
import { issue, type FieldIssue } from '../shared/errors.ts';
import { SYMPTOMS } from './daily-policy.ts';

export const ENTRY_KINDS = ['check_in', 'check_out', 'morning_check', 'noon_check', 'temperature', 'meal', 'water', 'nap_start', 'nap_end', 'diaper', 'activity', 'outdoor', 'note', 'photo'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Where a temperature was taken: forehead (额温), armpit (腋温), ear (耳温). */
export const TEMPERATURE_SITES = ['forehead', 'axillary', 'ear'] as const;
export type TemperatureSite = (typeof TEMPERATURE_SITES)[number];
/** Morning-check result card: green well, yellow unwell without medicine, red brought medicine (a form follows). */
export const CHECK_CARDS = ['green', 'yellow', 'red'] as const;
export const MEALS = ['breakfast', 'morning_snack', 'lunch', 'afternoon_snack', 'dinner'] as const;
export type Meal = (typeof MEALS)[number];
/** How much of a meal the child ate. */
export const PORTIONS = ['all', 'most', 'some', 'none'] as const;
export const DIAPER_TYPES = ['wet', 'dirty', 'dry', 'toilet'] as const;
/** The guidance domains of 《托育机构保育指导大纲（试行）》. */
export const CARE_DOMAINS = ['nutrition', 'sleep', 'hygiene', 'motor', 'language', 'cognition', 'social_emotional'] as const;

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'invalid_uuid');
const text = (max: number) => z.string().trim().min(1).max(max);
/** Temperatures the contract accepts: 34–43 °C (outside is a device or typing error). */
export const temperatureC = z.number().min(34).max(43);

/** The fields of each kind (beside id, kind, at, version, reason). */
export const ENTRY_FIELDS = {
  check_in: { droppedBy: uuid.optional() },
  check_out: { collectedBy: uuid.optional(), collectorDescription: text(100).optional(), sentHome: z.boolean().optional() },
  morning_check: {
    temperatureC: temperatureC.optional(),
    site: z.enum(TEMPERATURE_SITES).optional(),
    card: z.enum(CHECK_CARDS),
    symptoms: z.array(z.enum(SYMPTOMS)).max(10).optional(),
    medicine: z.object({ name: text(60), dose: text(60), times: text(60) }).strict().optional(),
    note: text(500).optional(),
  },
  noon_check: {
    temperatureC: temperatureC.optional(),
    site: z.enum(TEMPERATURE_SITES).optional(),
    card: z.enum(CHECK_CARDS),
    symptoms: z.array(z.enum(SYMPTOMS)).max(10).optional(),
    medicine: z.object({ name: text(60), dose: text(60), times: text(60) }).strict().optional(),
    note: text(500).optional(),
  },
  temperature: { temperatureC, site: z.enum(TEMPERATURE_SITES) },
  meal: { meal: z.enum(MEALS), portion: z.enum(PORTIONS), note: text(200).optional() },
  water: { ml: z.number().int().min(10).max(1000).optional() },
  nap_start: {},
  nap_end: {},
  diaper: { type: z.enum(DIAPER_TYPES) },
  activity: { domain: z.enum(CARE_DOMAINS), title: text(100), note: text(300).optional() },
  outdoor: { minutes: z.number().int().min(1).max(300), note: text(200).optional() },
  note: { text: text(1000) },
  photo: { photoId: uuid, caption: text(200).optional() },
} as const satisfies Record<EntryKind, z.ZodRawShape>;

/** Kinds a class can record for many children at once ("the whole class ate all of lunch"). */
export const BULK_KINDS = ['meal', 'water', 'nap_start', 'nap_end', 'activity', 'outdoor', 'note', 'photo'] as const satisfies readonly EntryKind[];

/** An entry's own fields as stored (payload), by kind. */
export type EntryPayload = Record<string, unknown>;

/** Kinds that are health checks carrying a temperature and symptoms. */
export const CHECK_KINDS: readonly EntryKind[] = ['morning_check', 'noon_check'];

/**
 * Cross-field rules of one entry's fields: a temperature needs its site, a red card needs the medication form
 * (domain.md §3: 红牌 = brought medicine, a medication form follows).
 * @param kind - the entry's kind
 * @param p - its fields
 */
export function checkEntryFields(kind: EntryKind, p: EntryPayload): FieldIssue[] {
  const out: FieldIssue[] = [];
  if ((kind === 'morning_check' || kind === 'noon_check') && p.temperatureC !== undefined && p.site === undefined) out.push(issue('site', 'site_required', 'the measurement site is required with a temperature'));
  if ((kind === 'morning_check' || kind === 'noon_check') && p.card === 'red' && p.medicine === undefined) out.push(issue('medicine', 'medicine_required', 'a red card needs the medication form (name, dose, times)'));
  if (kind === 'check_out' && p.collectedBy !== undefined && p.collectorDescription !== undefined) out.push(issue('collectorDescription', 'invalid', 'give either the authorized person or a description of someone else, not both'));
  return out;
}

/** Symptoms an entry reports (a check's findings). */
export function symptomsOf(kind: EntryKind, p: EntryPayload): string[] {
  if (kind !== 'morning_check' && kind !== 'noon_check') return [];
  return Array.isArray(p.symptoms) ? (p.symptoms as string[]) : [];
}

/** The temperature an entry carries, if any. */
export function temperatureOf(kind: EntryKind, p: EntryPayload): number | null {
  if (kind !== 'temperature' && kind !== 'morning_check' && kind !== 'noon_check') return null;
  return typeof p.temperatureC === 'number' ? p.temperatureC : null;
}
