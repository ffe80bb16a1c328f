/**
 * The demo city's family life (families, issue 10), planned once per city from its own random stream and shared by
 * the record kinds in families.ts: applications (the families on the waiting lists, with up to three nearby choices
 * by walking metres over the generated streets), open offers for the free places to the families the waiting-list
 * policy puts first, and temporary-care bookings over the two weeks after the demo's "today" within each hour's
 * free places (class room and the carers' ratio). Everything is relative to `city.asOf`, so a demo seeded on the day
 * it starts has offers still open and bookings still ahead.
 */
import { ADMISSION_POLICY_2026 } from '../../care/admission.ts';
import { ageInMonths, fitsBand } from '../../care/age.ts';
import { feeCap, feePolicyOn } from '../../care/fees.ts';
import { NATIONAL_POLICY_2019 } from '../../care/policy.ts';
import { PRIORITY_POLICY_2026, rankWaitlist, type WaitlistEntry } from '../../care/priority.ts';
import { bookingPrice, slotsOf, TEMPORARY_CARE_POLICY_2026 } from '../../care/temporary.ts';
import { addDays } from '../dates.ts';
import { createRng, stableUuid } from '../rng.ts';
import type { ChildRow, ClassRow, DemoCity, FacilityRow } from '../types.ts';
import { buildWalkGraph, walkSearcher } from '../walk.ts';
import { carerAssignments } from './class-staff.ts';

type City = Omit<DemoCity, 'records'>;
const CARE = NATIONAL_POLICY_2019;
/** Walking reach of a family's choices (metres): about 22 minutes at 4 km/h. */
const REACH_M = 1500;

export interface PlannedApplication {
  id: string;
  childId: string;
  startDate: string;
  dualWorking: boolean;
  singleParent: boolean;
  appliedOn: string;
  createdAt: string;
  createdBy: string | null;
  choices: Array<{ rank: number; facilityId: string; walkMeters: number | null; resident: boolean; status: 'waiting' | 'offered' }>;
}

export interface PlannedOffer {
  id: string;
  applicationId: string;
  facilityId: string;
  classId: string;
  startDate: string;
  monthlyFee: number;
  createdAt: string;
  expiresAt: string;
  madeBy: string | null;
}

export interface PlannedBooking {
  id: string;
  childId: string;
  facilityId: string;
  classId: string;
  mode: 'temporary' | 'hourly';
  day: string;
  start: string;
  end: string;
  hours: number;
  price: number;
  createdAt: string;
  createdBy: string | null;
}

export interface FamilyPlan {
  applications: PlannedApplication[];
  offers: PlannedOffer[];
  bookings: PlannedBooking[];
  /** Class fees set where an affordable facility's listed price is above the cap of a class band. */
  classFees: Array<{ id: string; classId: string; fee: number }>;
}

const plans = new WeakMap<object, FamilyPlan>();

/** The family plan of a city (computed once per city object). */
export function familyPlan(city: City): FamilyPlan {
  let p = plans.get(city);
  if (!p) plans.set(city, (p = planFamilies(city)));
  return p;
}

/** The monthly fee of a class for a mode: the class fee where one is set, else the listed price. */
export function demoClassFee(f: FacilityRow, k: ClassRow, mode: 'full_day' | 'half_day', classFees: ReadonlyMap<string, number>): number | null {
  const listed = f.services.find((s) => s.mode === mode && s.unit === 'month')?.price ?? null;
  if (mode === 'full_day' && classFees.has(k.id)) return classFees.get(k.id)!;
  return listed;
}

function planFamilies(city: City): FamilyPlan {
  const rng = createRng(city.seed, 'records:family-life');
  const asOf = city.asOf;
  const facilityById = new Map(city.facilities.map((f) => [f.id, f]));
  const classesOf = new Map<string, ClassRow[]>();
  for (const k of city.classes) classesOf.set(k.facilityId, [...(classesOf.get(k.facilityId) ?? []), k]);
  const childById = new Map(city.children.map((c) => [c.id, c]));
  const compoundById = new Map(city.compounds.map((c) => [c.id, c]));
  const guardianOf = new Map(city.guardians.map((g) => [g.childId, g.userId]));
  const directorOf = new Map(city.users.filter((u) => u.role === 'director' && u.facilityId).map((u) => [u.facilityId!, u.id]));
  const placed = new Map<string, number>();
  for (const c of city.children) if (c.status === 'enrolled' && c.classId) placed.set(c.classId, (placed.get(c.classId) ?? 0) + 1);

  // Class fees: an affordable facility charges a class at most its band's cap.
  const classFees: FamilyPlan['classFees'] = [];
  const fees = feePolicyOn(city.asOf);
  for (const f of city.facilities) {
    const listed = f.services.find((s) => s.mode === 'full_day' && s.unit === 'month')?.price;
    if (listed === undefined) continue;
    for (const k of classesOf.get(f.id) ?? []) {
      const cap = feeCap(f.ownership, k.band, fees);
      if (cap !== null && listed > cap) classFees.push({ id: stableUuid(city.seed, `class-fee:${k.id}`), classId: k.id, fee: cap });
    }
  }
  const feeOf = new Map(classFees.map((x) => [x.classId, x.fee]));

  // Walking metres from each waiting family's home to every facility within reach.
  const search = walkSearcher(buildWalkGraph(city.network));
  const reachOf = new Map<string, Map<string, number>>();
  const facilityNodes = city.facilities.map((f) => f.osmNodeId - 1);
  const reach = (compoundId: string): Map<string, number> => {
    let m = reachOf.get(compoundId);
    if (m) return m;
    const c = compoundById.get(compoundId)!;
    const dist = search(c.osmNodeId - 1, REACH_M);
    m = new Map();
    city.facilities.forEach((f, i) => {
      const d = dist[facilityNodes[i]!]!;
      if (d <= REACH_M) m!.set(f.id, Math.round(d * 10) / 10);
    });
    reachOf.set(compoundId, m);
    return m;
  };
  const communityOf = (compoundId: string) => compoundById.get(compoundId)?.communityId ?? null;
  const takes = (f: FacilityRow, child: ChildRow, on: string) => (classesOf.get(f.id) ?? []).some((k) => fitsBand(k.band, ageInMonths(child.birthDate, on), CARE));

  // Applications: every family on a waiting list applies, naming that facility first and up to two more nearby.
  const applications: PlannedApplication[] = [];
  for (const w of city.waiting) {
    const child = childById.get(w.childId);
    const first = facilityById.get(w.facilityId);
    if (!child || !first || child.status !== 'waiting') continue;
    let startDate = addDays(asOf, rng.int(7, 45));
    if (!takes(first, child, startDate)) startDate = addDays(asOf, 7);
    if (!takes(first, child, startDate) || !first.services.some((s) => s.mode === 'full_day')) continue;
    const near = reach(child.compoundId);
    const others = [...near.entries()]
      .filter(([id]) => id !== first.id)
      .map(([id, m]) => ({ f: facilityById.get(id)!, m }))
      .filter(({ f }) => f.services.some((s) => s.mode === 'full_day') && takes(f, child, startDate))
      .sort((a, b) => a.m - b.m || (a.f.id < b.f.id ? -1 : 1));
    const more = rng.chance(0.5) ? (rng.chance(0.5) ? 2 : 1) : 0;
    const chosen = [first, ...others.slice(0, more).map((x) => x.f)];
    const dual = rng.chance(0.55);
    const single = !dual && rng.chance(0.08);
    const hh = String(rng.int(0, 9)).padStart(2, '0');
    const mm = String(rng.int(0, 59)).padStart(2, '0');
    applications.push({
      id: stableUuid(city.seed, `application:${w.id}`),
      childId: child.id,
      startDate,
      dualWorking: dual,
      singleParent: single,
      appliedOn: w.appliedOn,
      createdAt: `${w.appliedOn}T${hh}:${mm}:00Z`,
      createdBy: guardianOf.get(child.id) ?? null,
      choices: chosen.map((f, i) => ({
        rank: i + 1,
        facilityId: f.id,
        walkMeters: near.get(f.id) ?? null,
        resident: communityOf(child.compoundId) !== null && communityOf(child.compoundId) === communityOf(f.compoundId),
        status: 'waiting' as const,
      })),
    });
  }

  // Offers: a class with a free place has offered it (or not yet) to the first waiting family it takes.
  const offers: PlannedOffer[] = [];
  const offered = new Set<string>();
  const byFacility = new Map<string, PlannedApplication[]>();
  for (const a of applications) for (const c of a.choices) byFacility.set(c.facilityId, [...(byFacility.get(c.facilityId) ?? []), a]);
  for (const f of city.facilities) {
    const apps = byFacility.get(f.id);
    if (!apps) continue;
    for (const k of [...(classesOf.get(f.id) ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      const free = k.capacity - (placed.get(k.id) ?? 0);
      if (free <= 0) continue;
      const fee = demoClassFee(f, k, 'full_day', feeOf);
      if (fee === null) continue;
      const entries: Array<WaitlistEntry & { app: PlannedApplication }> = apps
        .filter((a) => !offered.has(a.id) && fitsBand(k.band, ageInMonths(childById.get(a.childId)!.birthDate, a.startDate), CARE))
        .map((a) => {
          const c = a.choices.find((x) => x.facilityId === f.id)!;
          return { app: a, applicationId: a.id, siblingPlaced: false, dualWorking: a.dualWorking, singleParent: a.singleParent, resident: c.resident, walkMeters: c.walkMeters, appliedOn: a.appliedOn, createdAt: a.createdAt };
        });
      const top = rankWaitlist(entries, PRIORITY_POLICY_2026).slice(0, Math.min(free, rng.int(0, 1)));
      for (const { entry } of top) {
        const made = addDays(asOf, -rng.int(0, 1));
        const createdAt = `${made}T02:${String(rng.int(0, 59)).padStart(2, '0')}:00Z`;
        offers.push({
          id: stableUuid(city.seed, `offer:${entry.applicationId}`),
          applicationId: entry.applicationId,
          facilityId: f.id,
          classId: k.id,
          startDate: entry.app.startDate,
          monthlyFee: fee,
          createdAt,
          expiresAt: `${addDays(made, ADMISSION_POLICY_2026.offerOpenDays)}${createdAt.slice(10)}`,
          madeBy: directorOf.get(f.id) ?? null,
        });
        offered.add(entry.applicationId);
        entry.app.choices.find((c) => c.facilityId === f.id)!.status = 'offered';
      }
    }
  }

  // Temporary and hourly care over the next two weeks, within each hour's free places.
  const carers = new Map<string, Array<string>>();
  for (const a of carerAssignments(city)) carers.set(a.classId, [...(carers.get(a.classId) ?? []), a.from]);
  const waitingNear = new Map<string, ChildRow[]>();
  for (const a of applications) {
    const child = childById.get(a.childId)!;
    for (const fid of reach(child.compoundId).keys()) waitingNear.set(fid, [...(waitingNear.get(fid) ?? []), child]);
  }
  const bookings: PlannedBooking[] = [];
  const busy = new Set<string>(); // child|day
  for (const f of city.facilities) {
    const service = f.services.find((s) => s.mode === 'temporary') ?? f.services.find((s) => s.mode === 'hourly');
    const kids = waitingNear.get(f.id);
    if (!service || !kids?.length || !f.openingHours) continue;
    const classes = classesOf.get(f.id) ?? [];
    for (let d = 1; d <= 13; d++) {
      const day = addDays(asOf, d);
      const slots = slotsOf(f.openingHours, day);
      if (slots.length < 2) continue;
      const booked = new Map<string, number[]>();
      const n = rng.int(0, f.tier === 'county_centre' || f.tier === 'municipal_centre' ? 3 : 2);
      for (let b = 0; b < n; b++) {
        const child = rng.pick(kids);
        if (busy.has(`${child.id}|${day}`)) continue;
        const hours = service.mode === 'hourly' ? rng.int(1, 3) : rng.int(2, 4);
        const from = rng.int(0, Math.max(0, slots.length - hours));
        const months = ageInMonths(child.birthDate, day);
        const klass = classes.find((k) => {
          if (!fitsBand(k.band, months, CARE)) return false;
          const ratio = f.tier === 'family_point' ? CARE.familyPointChildrenPerCarer : CARE.classes[k.band].childrenPerCarer;
          const roster = (carers.get(k.id) ?? []).filter((hired) => hired <= day).length;
          const room = Math.min(k.capacity, roster * ratio) - (placed.get(k.id) ?? 0);
          const used = booked.get(k.id) ?? [];
          for (let h = from; h < from + hours; h++) if ((used[h] ?? 0) >= room) return false;
          return true;
        });
        if (!klass) continue;
        const used = booked.get(klass.id) ?? [];
        for (let h = from; h < from + hours; h++) used[h] = (used[h] ?? 0) + 1;
        booked.set(klass.id, used);
        busy.add(`${child.id}|${day}`);
        const asked = addDays(day, -rng.int(1, 6));
        const madeOn = asked < asOf ? asked : asOf;
        bookings.push({
          id: stableUuid(city.seed, `booking:${f.id}:${day}:${b}`),
          childId: child.id,
          facilityId: f.id,
          classId: klass.id,
          mode: service.mode as 'temporary' | 'hourly',
          day,
          start: slots[from]!.start,
          end: slots[from + hours - 1]!.end,
          hours,
          price: bookingPrice(service, hours, TEMPORARY_CARE_POLICY_2026),
          createdAt: `${madeOn}T03:${String(rng.int(0, 59)).padStart(2, '0')}:00Z`,
          createdBy: guardianOf.get(child.id) ?? null,
        });
      }
    }
  }
  return { applications, offers, bookings, classFees };
}
