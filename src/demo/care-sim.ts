/**
 * Four weeks of care days in the demo city, ending with "today" in progress up to the demo's clock: for every placed
 * child each opening day is a day in care (arrival, who brought them, the morning check with a temperature, who
 * collected them) or an absence (sick with symptoms and reported, leave reported ahead, or unexplained and followed
 * up); a few fevers at the noon check end with the child sent home; one outbreak (three children of 托小班1 at
 * 潞州区公办综合托育中心 vomiting on the last opening day before today) is open for the director to report. The demo
 * facility's own children get the whole day (meals, water, naps, diapers, activities, outdoor time, notes); elsewhere
 * the record holds attendance and the morning check, which is what the city's rules and reports read. Carers clock
 * in and out of their classes; the week's menus are set. Outbreak alerts come from the real cluster rule
 * (src/care/outbreak.ts) run over the generated cases.
 *
 * Pure: a function of the city (its seed, asOf and clock); the big table (entries) is a generator, re-run for each
 * pass (digest, store), so a million rows never sit in memory.
 */
import { addDays, isoWeekday, weekStart } from '../care/days.ts';
import { detectClusters, syndromesOf, type Case } from '../care/outbreak.ts';
import { DAILY_CARE_2012 } from '../care/daily-policy.ts';
import { LUZHOU_CENTRE_NAME } from './facilities.ts';
import { classStaff } from './records/class-staff.ts';
import { createRng, stableUuid } from './rng.ts';
import type { ChildRow, DemoCity } from './types.ts';
import { ACTIVITIES, CARE_NOTES, MENU } from './care-pools.ts';

type City = Omit<DemoCity, 'records'>;

/** Days of care history (four weeks ending today). */
export const CARE_DAYS = 28;
const POLICY = DAILY_CARE_2012;

export interface ChildDay {
  child: ChildRow;
  /** Index of the child among the placed children (stable). */
  ci: number;
  day: string;
  status: 'present' | 'sick' | 'leave' | 'unexplained';
  /** Minutes since midnight (local). */
  arrive: number;
  leave: number;
  /** Arrived by the demo clock (today) / gone by it. */
  arrived: boolean;
  gone: boolean;
  temp: number;
  site: 'forehead' | 'axillary' | 'ear';
  card: 'green' | 'yellow' | 'red';
  symptoms: string[];
  /** Noon-check fever: the reading and the recheck; the child leaves early. */
  fever: { noonC: number; recheckC: number } | null;
  dropped: string | null;
  collected: string | null;
  full: boolean;
  detail: boolean;
  /** In the last five opening days (this week's records are complete everywhere). */
  recent: boolean;
  checkInId: string;
  checkOutId: string | null;
}

export interface CareSim {
  days: ChildDay[];
  pickups: { id: string; childId: string; userId: string | null; name: string; relationship: string }[];
  absences: { id: string; childId: string; from: string; to: string; reason: 'sick' | 'leave'; symptoms: string[]; reportedAt: string }[];
  alerts: unknown[][];
  /** The planted outbreak: class, day, children. */
  outbreak: { classId: string; day: string; childIds: string[] } | null;
}

const memo = new WeakMap<object, CareSim>();

/** A cheap deterministic generator for per-row detail (mulberry32), seeded by integers. */
export function mulberry(a: number): () => number {
  let s = a >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Unique, stable ids without a hash per row: a prefix hashed once per city and purpose, and a counter (RFC 9562
 * version-8 layout).
 */
export function idSequence(seed: number, purpose: string): () => string {
  const p = stableUuid(seed, `ids:${purpose}`).replace(/-/g, '');
  let n = 0;
  return () => {
    const c = (n++).toString(16).padStart(12, '0');
    return `${p.slice(0, 8)}-${p.slice(8, 12)}-${p.slice(12, 16)}-${p.slice(16, 20)}-${c}`;
  };
}

/** Local time on a day as an ISO timestamp (the demo city's clock is Asia/Shanghai, UTC+8). */
export function localIso(day: string, minutes: number): string {
  const m = Math.max(0, Math.min(24 * 60 - 1, Math.round(minutes)));
  return `${day}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+08:00`;
}

/** The placed children (enrolled with a class), in generation order. */
export function placedChildren(city: City): ChildRow[] {
  return city.children.filter((c) => c.status === 'enrolled' && c.classId);
}

/** The opening days of a facility within the care window, oldest first. */
export function openingDays(city: City, days: readonly number[]): string[] {
  const out: string[] = [];
  for (let i = CARE_DAYS - 1; i >= 0; i--) {
    const d = addDays(city.asOf, -i);
    if (days.includes(isoWeekday(d))) out.push(d);
  }
  return out;
}

/** The shared simulation of the care days (computed once per generated city). */
export function simulateCare(city: City): CareSim {
  const hit = memo.get(city);
  if (hit) return hit;
  const rng = createRng(city.seed, 'care-days');
  const facilities = new Map(city.facilities.map((f) => [f.id, f]));
  const luzhou = city.facilities.find((f) => f.name === LUZHOU_CENTRE_NAME)!;
  const guardiansOf = new Map<string, { userId: string; relationship: string }[]>();
  for (const g of city.guardians) guardiansOf.set(g.childId, [...(guardiansOf.get(g.childId) ?? []), { userId: g.userId, relationship: g.relationship }]);
  const clock = city.asOfMinutes;

  // Pickup lists: the guardian(s), and a grandparent for most children.
  const pickups: CareSim['pickups'] = [];
  const pickupIds = new Map<string, string[]>();
  const placed = placedChildren(city);
  for (const ch of placed) {
    const ids: string[] = [];
    for (const g of guardiansOf.get(ch.id) ?? []) {
      const id = stableUuid(city.seed, `pickup:${ch.id}:${g.userId}`);
      const label = g.relationship === 'mother' ? '妈妈' : g.relationship === 'father' ? '爸爸' : g.relationship === 'grandmother' ? '奶奶' : '爷爷';
      pickups.push({ id, childId: ch.id, userId: g.userId, name: label, relationship: g.relationship });
      ids.push(id);
    }
    if (rng.chance(0.6)) {
      const rel = rng.pick(['grandmother', 'grandmother', 'grandfather'] as const);
      const id = stableUuid(city.seed, `pickup:${ch.id}:extra`);
      pickups.push({ id, childId: ch.id, userId: null, name: rel === 'grandmother' ? rng.pick(['外婆', '奶奶']) : rng.pick(['外公', '爷爷']), relationship: rel });
      ids.push(id);
    }
    pickupIds.set(ch.id, ids);
  }

  // The planted outbreak: 托小班1 of the demo facility, the last opening day before today.
  const luzhouDays = openingDays(city, luzhou.openingHours?.days ?? [1, 2, 3, 4, 5]);
  const obDay = [...luzhouDays].reverse().find((d) => d < city.asOf) ?? null;
  const obClass = city.classes.find((k) => k.facilityId === luzhou.id && k.name === '托小班1') ?? null;
  const obKids = obClass && obDay ? placed.filter((c) => c.classId === obClass.id && (c.enrolledFrom ?? city.asOf) <= obDay).slice(0, 3).map((c) => c.id) : [];
  const outbreak = obClass && obDay && obKids.length === 3 ? { classId: obClass.id, day: obDay, childIds: obKids } : null;

  const days: ChildDay[] = [];
  const checkIns = idSequence(city.seed, 'check-in');
  const checkOuts = idSequence(city.seed, 'check-out');
  const absences: CareSim['absences'] = [];
  const episodes = new Map<string, { until: string; reason: 'sick' | 'leave' | 'unexplained'; id: string; symptoms: string[] }>();
  placed.forEach((ch, ci) => {
    const f = facilities.get(ch.facilityId)!;
    const open = openingDays(city, f.openingHours?.days ?? [1, 2, 3, 4, 5]);
    const detail = f.id === luzhou.id;
    const full = ch.serviceMode === 'full_day';
    const opens = Number((f.openingHours?.open ?? '07:30').slice(0, 2)) * 60 + Number((f.openingHours?.open ?? '07:30').slice(3, 5));
    const r = mulberry(city.seed ^ Math.imul(ci + 1, 0x9e3779b1));
    const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
    const people = pickupIds.get(ch.id) ?? [];
    for (const day of open) {
      if ((ch.enrolledFrom ?? city.asOf) > day) continue;
      const isToday = day === city.asOf;
      let status: ChildDay['status'] = 'present';
      let symptoms: string[] = [];
      const planted = !!outbreak && outbreak.childIds.includes(ch.id);
      if (planted) {
        // Present on the outbreak day; the first two stay home sick on the next opening day (reported).
        const next = open.find((d) => d > outbreak!.day);
        if (day === next && ch.id !== outbreak!.childIds[2]) {
          status = 'sick';
          symptoms = ['vomiting', 'diarrhoea'];
          absences.push({ id: stableUuid(city.seed, `absence:${ch.id}:${day}`), childId: ch.id, from: day, to: day, reason: 'sick', symptoms, reportedAt: localIso(day, 7 * 60 + 20) });
        }
      } else {
        const ep = episodes.get(ch.id);
        if (ep && ep.until >= day) {
          status = ep.reason;
          symptoms = ep.symptoms;
        } else {
          const x = r();
          const len = 1 + Math.floor(r() * 3);
          if (x < 0.04) {
            const reason = x < 0.012 ? 'sick' : x < 0.032 ? 'leave' : 'unexplained';
            const until = reason === 'unexplained' ? day : addDays(day, len - 1);
            const id = stableUuid(city.seed, `absence:${ch.id}:${day}`);
            const sym = reason === 'sick' ? [pick(['runny_nose', 'runny_nose', 'fever', 'cough', 'diarrhoea', 'other'] as const)] : [];
            episodes.set(ch.id, { until, reason, id, symptoms: sym });
            status = reason;
            symptoms = sym;
            if (reason !== 'unexplained') absences.push({ id, childId: ch.id, from: day, to: until, reason, symptoms: sym, reportedAt: reason === 'leave' ? localIso(addDays(day, -1), 20 * 60 + Math.floor(r() * 90)) : localIso(day, 7 * 60 + Math.floor(r() * 60)) });
          }
        }
      }
      const arrive = opens + Math.floor(r() * 75);
      const leave = full ? 16 * 60 + 30 + Math.floor(r() * 80) : 11 * 60 + 30 + Math.floor(r() * 30);
      const y = r();
      let card: ChildDay['card'] = y < 0.03 ? 'yellow' : y < 0.04 ? 'red' : 'green';
      let morning: string[] = card === 'yellow' ? [r() < 0.12 ? 'cough' : 'runny_nose'] : [];
      if (planted && status === 'present' && day === outbreak!.day) {
        card = 'yellow';
        morning = ['vomiting', 'diarrhoea'];
      }
      const fever = status === 'present' && full && !planted && r() < 0.005 ? { noonC: Math.round((37.6 + r()) * 10) / 10, recheckC: Math.round((37.7 + r()) * 10) / 10 } : null;
      const leaveAt = fever ? 15 * 60 + 10 + Math.floor(r() * 50) : leave;
      const dayRow: ChildDay = {
        child: ch,
        ci,
        day,
        status,
        arrive,
        leave: leaveAt,
        arrived: !isToday || arrive <= clock,
        gone: !isToday || leaveAt <= clock,
        temp: Math.round((36.1 + r() * 1.0) * 10) / 10,
        site: pick(['axillary', 'axillary', 'forehead', 'ear'] as const),
        card,
        symptoms: status === 'present' ? morning : symptoms,
        fever: fever && (!isToday || 14 * 60 + 50 <= clock) ? fever : null,
        dropped: people.length ? people[Math.floor(r() * people.length)]! : null,
        collected: people.length ? people[Math.floor(r() * people.length)]! : null,
        full,
        detail,
        recent: open.indexOf(day) >= open.length - 5,
        checkInId: checkIns(),
        checkOutId: detail ? checkOuts() : null,
      };
      if (status !== 'present' || dayRow.arrived) days.push(dayRow);
    }
  });

  const alerts = buildAlerts(city, days, outbreak, clock);
  const sim: CareSim = { days, pickups, absences, alerts, outbreak };
  memo.set(city, sim);
  return sim;
}

/** Alerts the rules would have raised: absence follow-ups, fevers sent home, clusters (by the real cluster rule). */
function buildAlerts(city: City, days: readonly ChildDay[], outbreak: CareSim['outbreak'], clock: number): unknown[][] {
  const rows: unknown[][] = [];
  const add = (kind: string, ch: ChildRow | null, classId: string, facilityId: string, day: string, key: string, openedMin: number, open: boolean, details: Record<string, unknown>, dueAt: string | null, resolution: string | null) => {
    const openedAt = localIso(day, openedMin);
    rows.push([stableUuid(city.seed, `alert:${key}`), kind, facilityId, classId, ch?.id ?? null, day, key, open ? 'open' : 'done', openedAt, dueAt, open ? null : localIso(day, Math.min(openedMin + 40, 23 * 60)), open ? null : resolution, details, POLICY.id, true]);
  };
  const cases: Case[] = [];
  for (const d of days) {
    const ch = d.child;
    const isToday = d.day === city.asOf;
    if (d.status === 'unexplained' && (!isToday || clock >= 9 * 60 + 30))
      add('absence_followup', ch, ch.classId!, ch.facilityId, d.day, `absence:${ch.id}:${d.day}`, 9 * 60 + 30, isToday, { deadline: POLICY.absence.followUpAt }, null, '已电话联系家长：临时有事未来园');
    if (d.fever) {
      add('fever_recheck', ch, ch.classId!, ch.facilityId, d.day, `fever_recheck:${ch.id}:${d.day}`, 14 * 60 + 50, false, { firstC: d.fever.noonC, lastC: d.fever.recheckC }, localIso(d.day, 14 * 60 + 55), `fever confirmed (${d.fever.recheckC} °C)`);
      add('send_home', ch, ch.classId!, ch.facilityId, d.day, `send_home:${ch.id}:${d.day}`, 14 * 60 + 56, isToday && !d.gone, { temperatureC: d.fever.recheckC }, null, '家长已接回，建议就医');
      cases.push({ childId: ch.id, classId: ch.classId!, day: d.day, syndrome: 'fever' });
    }
    for (const s of syndromesOf(d.symptoms, POLICY)) cases.push({ childId: ch.id, classId: ch.classId!, day: d.day, syndrome: s });
  }
  // The cluster rule over the generated cases, day by day, as the server would have run it.
  const byClass = new Map<string, Case[]>();
  for (const c of cases) byClass.set(c.classId, [...(byClass.get(c.classId) ?? []), c]);
  const classes = new Map(city.classes.map((k) => [k.id, k]));
  for (const [classId, list] of [...byClass.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const raised: { classId: string; syndrome: Case['syndrome']; day: string }[] = [];
    for (const day of [...new Set(list.map((c) => c.day))].sort()) {
      for (const cl of detectClusters(list, day, raised, POLICY)) {
        raised.push({ classId, syndrome: cl.syndrome, day });
        const planted = outbreak && outbreak.classId === classId && outbreak.day === day;
        const openedMin = planted ? 9 * 60 + 10 : 10 * 60;
        const due = new Date(Date.parse(localIso(day, openedMin)) + POLICY.outbreak.reportWithinHours * 3_600_000).toISOString();
        const recent = day >= addDays(city.asOf, -1);
        add('outbreak', null, classId, classes.get(classId)!.facilityId, day, `outbreak:${classId}:${cl.syndrome}:${day}`, openedMin, !!planted || recent, { syndrome: cl.syndrome, rule: cl.rule, cases: cl.childIds.length, childIds: cl.childIds, from: cl.from, to: cl.to }, due, '已报告区疾控中心和区卫健局');
      }
    }
  }
  return rows;
}

/** The carers' shifts: each class's carers today (and every opening day at the demo facility), in before opening and out after closing. */
export function* shiftRows(city: City): Generator<unknown[]> {
  const assign = classStaff.generate(city, createRng(city.seed, 'unused')).rows as [string, string, boolean, string][];
  const facilityOfClass = new Map(city.classes.map((k) => [k.id, k.facilityId]));
  const facilities = new Map(city.facilities.map((f) => [f.id, f]));
  const hired = new Map(city.staff.map((s) => [s.id, s.hiredOn]));
  const luzhou = city.facilities.find((f) => f.name === LUZHOU_CENTRE_NAME)!.id;
  const ids = idSequence(city.seed, 'shift');
  for (const [i, [classId, staffId]] of assign.entries()) {
    const f = facilities.get(facilityOfClass.get(classId)!)!;
    const r = mulberry(city.seed ^ Math.imul(i + 7, 0x85ebca6b));
    for (const day of openingDays(city, f.openingHours?.days ?? [1, 2, 3, 4, 5])) {
      // Every class today (the live ratio); the four weeks at the demo facility.
      if (hired.get(staffId)! > day || (f.id !== luzhou && day !== city.asOf)) continue;
      const inAt = 7 * 60 + 10 + Math.floor(r() * 25);
      const outAt = 17 * 60 + 40 + Math.floor(r() * 30);
      if (day === city.asOf && inAt > city.asOfMinutes) continue;
      yield [ids(), staffId, f.id, classId, `[${localIso(day, inAt)},${localIso(day, outAt)})`, true];
    }
  }
}

/** The menus: breakfast, lunch and the afternoon snack for every opening day of this week and next (the demo facility: the four weeks too). */
export function* menuRows(city: City): Generator<unknown[]> {
  const last = addDays(weekStart(city.asOf), 11);
  for (const [fi, f] of city.facilities.entries()) {
    const days = f.openingHours?.days ?? [1, 2, 3, 4, 5];
    const r = mulberry(city.seed ^ Math.imul(fi + 3, 0xc2b2ae35));
    // This week and next everywhere; the four weeks at the demo facility.
    const first = f.name === LUZHOU_CENTRE_NAME ? addDays(city.asOf, -(CARE_DAYS - 1)) : weekStart(city.asOf);
    for (let d = first; d <= last; d = addDays(d, 1)) {
      if (!days.includes(isoWeekday(d))) continue;
      for (const meal of ['breakfast', 'lunch', 'afternoon_snack'] as const) {
        const pool = MENU[meal];
        const a = pool[Math.floor(r() * pool.length)]!;
        const b = pool[Math.floor(r() * pool.length)]!;
        const dishes = a === b ? [a] : [a, b];
        yield [f.id, d, meal, dishes, dishes.some((x) => x.includes('蛋')) ? ['egg'] : dishes.some((x) => x.includes('奶')) ? ['milk'] : [], `${weekStart(city.asOf)}T00:00:00Z`];
      }
    }
  }
}

export { ACTIVITIES, CARE_NOTES };
