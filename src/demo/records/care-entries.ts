/**
 * The day's entries (一日生活记录) of the simulated care days: the morning check for every child in care (with
 * attendance, the regulatory record); at the demo facility the whole day from check-in (water, an activity, outdoor time, diapers, lunch, the nap, the noon check,
 * the snack, a note now and then, check-out); a fever at the noon check with its recheck. Entries of today stop at the
 * demo's clock. Each carries the fever rule's assessment where it has a temperature, as the server would have stored.
 * A generator: rows are made on each pass, each child's in time order (the order their seq replays).
 */
import { assessTemperature } from '../../care/fever.ts';
import { DAILY_CARE_2012 } from '../../care/daily-policy.ts';
import { ACTIVITIES, CARE_NOTES, idSequence, localIso, mulberry, simulateCare, type ChildDay } from '../care-sim.ts';
import { classStaff } from './class-staff.ts';
import { createRng } from '../rng.ts';
import type { DemoCity, RecordRows } from '../types.ts';
import type { Rng } from '../rng.ts';
import type { RecordKind } from './index.ts';

type City = Omit<DemoCity, 'records'>;

const COLUMNS = [
  ['id', 'uuid'], ['child_id', 'uuid'], ['facility_id', 'uuid'], ['class_id', 'uuid'], ['kind', 'text'], ['at', 'timestamptz'], ['day', 'date'],
  ['payload', 'jsonb'], ['recorded_by', 'uuid'], ['recorded_at', 'timestamptz'], ['source', 'text'], ['published_at', 'timestamptz'],
] as const;

const NORMAL = Object.freeze({ fever: false, action: 'none', recheck: false, recheckDueAt: null, policyId: DAILY_CARE_2012.id });

function assessment(day: string, minutes: number, t: number, pending: number | null) {
  if (t < DAILY_CARE_2012.fever.flagAtC && pending === null) return NORMAL;
  const at = Date.parse(localIso(day, minutes));
  const a = assessTemperature({ at, temperatureC: t }, { pendingRecheck: pending === null ? null : { flaggedAt: pending, dueAt: pending + 5 * 60_000 }, confirmed: false }, DAILY_CARE_2012);
  return { fever: a.fever, action: a.action, recheck: a.recheck, recheckDueAt: a.recheckDueAt === null ? null : new Date(a.recheckDueAt).toISOString(), policyId: a.policyId };
}

/** The entries of one child's day, in time order. */
function dayEntries(city: City, d: ChildDay, recorder: string | null, bands: ReadonlyMap<string, string>, nextId: () => string): unknown[][] {
  const out: unknown[][] = [];
  const ch = d.child;
  const clock = d.day === city.asOf ? city.asOfMinutes : 24 * 60;
  const end = d.gone ? d.leave : clock;
  const r = mulberry(city.seed ^ Math.imul(d.ci + 11, 0x27d4eb2f) ^ Math.imul(Number(d.day.slice(8, 10)) + 1, 0x165667b1));
  const row = (kind: string, minutes: number, payload: Record<string, unknown>, id?: string): unknown[] | null => {
    if (minutes > end || minutes < d.arrive) return null;
    const at = localIso(d.day, minutes);
    return [id ?? nextId(), ch.id, ch.facilityId, ch.classId, kind, at, d.day, payload, recorder, at, 'demo', at];
  };
  const emit = (x: unknown[] | null) => {
    if (x) out.push(x);
  };
  // Elsewhere than at the demo facility the attendance row holds the check-in; the morning check is the health record.
  if (d.detail) emit(row('check_in', d.arrive, d.dropped ? { droppedBy: d.dropped } : {}, d.checkInId));
  const morning: Record<string, unknown> = { temperatureC: d.temp, site: d.site, card: d.card, assessment: assessment(d.day, d.arrive + 2, d.temp, null) };
  if (d.symptoms.length) morning.symptoms = d.symptoms;
  if (d.card === 'red') morning.medicine = { name: '小儿氨酚黄那敏颗粒', dose: '半袋', times: '午饭后一次' };
  // The morning check of every child this week; before that, at the demo facility and wherever a check found something.
  if (d.detail || d.recent || d.card !== 'green' || d.symptoms.length) emit(row('morning_check', d.arrive + 2, morning));
  const band = bands.get(ch.classId!);
  const diapers = band === 'infant' || band === 'toddler_small';
  if (d.detail) {
    const [domain, title] = ACTIVITIES[Math.floor(r() * ACTIVITIES.length)]!;
    emit(row('activity', 9 * 60 + 35, { domain, title }));
    emit(row('water', 10 * 60 + Math.floor(r() * 10), { ml: 80 + 10 * Math.floor(r() * 10) }));
    emit(row('outdoor', 10 * 60 + 30, { minutes: 50 + Math.floor(r() * 20) }));
    if (diapers) emit(row('diaper', 10 * 60 + 45, { type: r() < 0.7 ? 'wet' : 'dirty' }));
    if (d.full || d.leave >= 11 * 60 + 40) emit(row('meal', 11 * 60 + 20, { meal: 'lunch', portion: ['all', 'all', 'most', 'most', 'some', 'none'][Math.floor(r() * 6)] }));
  }
  if (d.full) {
    const napStart = 12 * 60 + 15 + Math.floor(r() * 20);
    const napEnd = 14 * 60 + 20 + Math.floor(r() * 20);
    if (d.detail) {
      emit(row('nap_start', napStart, {}));
      emit(row('nap_end', napEnd, {}));
      if (diapers) emit(row('diaper', napEnd + 5, { type: 'wet' }));
      else emit(row('diaper', napEnd + 5, { type: 'toilet' }));
    }
    if (d.fever) {
      const flagged = Date.parse(localIso(d.day, 14 * 60 + 50));
      emit(row('noon_check', 14 * 60 + 50, { temperatureC: d.fever.noonC, site: 'axillary', card: 'yellow', symptoms: ['fever'], assessment: assessment(d.day, 14 * 60 + 50, d.fever.noonC, null) }));
      emit(row('temperature', 14 * 60 + 56, { temperatureC: d.fever.recheckC, site: 'axillary', assessment: assessment(d.day, 14 * 60 + 56, d.fever.recheckC, flagged) }));
    } else if (d.detail) {
      const t = Math.round((36.2 + r() * 0.8) * 10) / 10;
      emit(row('noon_check', 14 * 60 + 50, { temperatureC: t, site: 'forehead', card: 'green', assessment: assessment(d.day, 14 * 60 + 50, t, null) }));
    }
    if (d.detail && !d.fever) {
      emit(row('meal', 15 * 60 + 10, { meal: 'afternoon_snack', portion: r() < 0.8 ? 'all' : 'most' }));
      if (r() < 0.85) emit(row('outdoor', 15 * 60 + 40, { minutes: 40 + Math.floor(r() * 25) }));
      if (r() < 0.06) emit(row('note', 16 * 60, { text: CARE_NOTES[Math.floor(r() * CARE_NOTES.length)] }));
    }
  }
  if (d.detail && d.gone) emit(row('check_out', d.leave, { ...(d.collected ? { collectedBy: d.collected } : {}), ...(d.fever ? { sentHome: true } : {}) }, d.checkOutId!));
  return out;
}

/** Every entry of the simulated days. */
export function* entryRows(city: City): Generator<unknown[]> {
  const sim = simulateCare(city);
  const staffUser = new Map(city.staff.filter((s) => s.userId).map((s) => [s.id, s.userId!]));
  const recorder = new Map<string, string>();
  for (const [classId, staffId] of classStaff.generate(city, createRng(city.seed, 'unused')).rows as [string, string][]) {
    const u = staffUser.get(staffId);
    if (u && !recorder.has(classId)) recorder.set(classId, u);
  }
  const bands = new Map(city.classes.map((k) => [k.id, k.band]));
  const nextId = idSequence(city.seed, 'entry');
  for (const d of sim.days) if (d.status === 'present') yield* dayEntries(city, d, recorder.get(d.child.classId!) ?? null, bands, nextId);
}

export const careEntries: RecordKind = {
  name: 'daily_entries',
  generate(city: Omit<DemoCity, 'records'>, _rng: Rng): RecordRows {
    return { table: 'daily_entries', columns: COLUMNS, rows: [], stream: () => entryRows(city) };
  },
};
