/**
 * The free services of the demo city (医育融合服务): at every facility, sessions of the partner that covers each
 * service — monthly parent classes (家长课堂), pediatric massage by age band (中医推拿: 摩腹/捏脊, 迎香/足三里, 四神聪) and
 * early-development guidance — over the last three months (with registrations and attendance) and the next three
 * (partly booked, a few small ones full). Also the visiting doctors' monthly visits (巡诊记录).
 */
import { addDaysIso, addMonthsIso, daysBetweenIso } from '../../care/health-schedule.ts';
import { MASSAGE_BANDS, type ServiceKind } from '../../care/health-services.ts';
import type { Rng } from '../rng.ts';
import { createRng, stableUuid } from '../rng.ts';
import type { DemoCity, RecordRows } from '../types.ts';
import type { RecordKind } from './index.ts';
import { derivedId } from './derived-ids.ts';

type City = Omit<DemoCity, 'records'>;

const PARENT_CLASSES = ['家长课堂：婴幼儿合理膳食与辅食添加', '家长课堂：婴幼儿睡眠与作息', '家长课堂：常见病预防与家庭护理', '家长课堂：婴幼儿意外伤害预防', '家长课堂：亲子阅读与语言发展', '家长课堂：如厕训练与生活习惯'];
const GUIDANCE = ['早期发展指导：大运动与精细动作', '早期发展指导：语言与认知', '早期发展指导：情绪与社会性'];

interface Plan {
  sessions: unknown[][];
  registrations: unknown[][];
  visits: unknown[][];
}
const plans = new WeakMap<object, Plan>();

function servicesPlan(city: City): Plan {
  const known = plans.get(city.facilities);
  if (known) return known;
  const rng = createRng(city.seed, 'records:service_sessions');
  const plan: Plan = { sessions: [], registrations: [], visits: [] };
  const partner = new Map<string, string>();
  const since = new Map<string, string>();
  for (const a of city.agreements) {
    for (const s of a.services) {
      partner.set(`${a.facilityId}:${s}`, a.institutionId);
      since.set(`${a.facilityId}:${s}`, a.validFrom);
    }
  }
  const enrolled = new Map<string, typeof city.children>();
  for (const c of city.children) if (c.status === 'enrolled' && c.enrolledFrom) enrolled.set(c.facilityId, [...(enrolled.get(c.facilityId) ?? []), c]);
  const at = `${city.asOf}T08:00:00Z`;
  for (const f of city.facilities) {
    const frng = rng.fork(f.id);
    const small = f.tier === 'family_point';
    const children = enrolled.get(f.id) ?? [];
    const session = (kind: ServiceKind, key: string, offsetDays: number, title: string, capacity: number, ages: [number, number] | null): void => {
      const day = addDaysIso(city.asOf, offsetDays);
      const morning = frng.chance(0.6);
      const id = stableUuid(city.seed, `session:${f.id}:${key}`);
      plan.sessions.push([
        id, kind, title, f.id, partner.get(`${f.id}:${kind}`) ?? null, `${day}T${morning ? '09:30' : '15:00'}:00+08:00`, `${day}T${morning ? '11:00' : '16:00'}:00+08:00`, capacity,
        ages?.[0] ?? null, ages?.[1] ?? null, `${f.name}多功能活动室`, null, at, true,
      ]);
      const past = offsetDays < 0;
      const share = past ? 0.55 : frng.range(0.15, 1.3);
      let taken = 0;
      let regSeq = 0;
      // Completed months in [from, to] on the day: born on or before day − from months, after day − (to + 1) months.
      const bornBy = ages ? addMonthsIso(day, -ages[0]) : day;
      const bornAfter = ages ? addMonthsIso(day, -(ages[1] + 1)) : '0000-00-00';
      for (const c of children) {
        if (taken >= capacity) break;
        if (c.enrolledFrom! > day || c.birthDate > bornBy || c.birthDate <= bornAfter) continue;
        if (!frng.chance(share)) continue;
        const cancelled = frng.chance(0.04);
        taken += cancelled ? 0 : 1;
        const when = `${addDaysIso(day, -frng.int(1, 12))}T20:00:00+08:00`;
        plan.registrations.push([derivedId(id, regSeq++), id, c.id, when, cancelled ? `${addDaysIso(day, -1)}T09:00:00+08:00` : null, past && !cancelled ? frng.chance(0.88) : null, true]);
      }
    };
    // Parent classes monthly, three before the demo's today and three after.
    for (let m = -3; m <= 3; m++) {
      if (m === 0) continue;
      session('parent_class', `pc:${m}`, m * 30 + frng.int(-6, 6), PARENT_CLASSES[(m + 3 + f.id.charCodeAt(0)) % PARENT_CLASSES.length]!, small ? 8 : f.tier === 'community' ? 20 : 40, null);
    }
    if (small) continue;
    // Massage by age band and development guidance every other month.
    MASSAGE_BANDS.forEach((b, i) => {
      for (const m of [-2, 2]) session('tcm_massage', `tcm:${i}:${m}`, m * 30 + i * 7 + frng.int(-3, 3), `小儿推拿：${b.techniques.join('、')}（${b.fromMonths}–${b.toMonths}月龄）`, f.tier === 'community' ? 10 : 16, [b.fromMonths, b.toMonths]);
    });
    for (const m of [-1, 1]) session('development_guidance', `dg:${m}`, m * 45 + frng.int(-5, 5), GUIDANCE[(m + 1 + f.id.charCodeAt(1)) % GUIDANCE.length]!, f.tier === 'community' ? 15 : 30, null);
    // Visiting doctors: once a month over the last half year.
    const visitor = partner.get(`${f.id}:visiting_doctor`);
    if (visitor) {
      for (let m = 1; m <= 6; m++) {
        const on = addDaysIso(city.asOf, -m * 30 + frng.int(-8, 8));
        if (daysBetweenIso(on, city.asOf) < 0 || on < since.get(`${f.id}:visiting_doctor`)!) continue;
        plan.visits.push([
          stableUuid(city.seed, `visit:${f.id}:${m}`), f.id, visitor, null, `${frng.pick(['王', '李', '张', '刘', '陈', '杨'])}医生`, on, frng.int(60, 180),
          frng.pick([['health_check', 'hygiene_inspection'], ['growth_assessment', 'consultation'], ['hygiene_inspection'], ['health_check', 'development_guidance']]), frng.int(5, Math.max(6, children.length)), null, true, `${on}T17:00:00+08:00`,
        ]);
      }
    }
  }
  plans.set(city.facilities, plan);
  return plan;
}

export const serviceSessions: RecordKind = {
  name: 'service_sessions',
  generate(city: City, _rng: Rng): RecordRows {
    return {
      table: 'service_sessions',
      columns: [
        ['id', 'uuid'], ['kind', 'text'], ['title', 'text'], ['facility_id', 'uuid'], ['institution_id', 'uuid'], ['starts_at', 'timestamptz'], ['ends_at', 'timestamptz'], ['capacity', 'integer'],
        ['age_from_months', 'smallint'], ['age_to_months', 'smallint'], ['location', 'text'], ['description', 'text'], ['created_at', 'timestamptz'], ['synthetic', 'boolean'],
      ],
      rows: servicesPlan(city).sessions,
    };
  },
};

export const serviceRegistrations: RecordKind = {
  name: 'service_registrations',
  generate(city: City, _rng: Rng): RecordRows {
    return {
      table: 'service_registrations',
      columns: [['id', 'uuid'], ['session_id', 'uuid'], ['child_id', 'uuid'], ['registered_at', 'timestamptz'], ['cancelled_at', 'timestamptz'], ['attended', 'boolean'], ['synthetic', 'boolean']],
      rows: servicesPlan(city).registrations,
    };
  },
};

export const doctorVisits: RecordKind = {
  name: 'visiting_doctor_visits',
  generate(city: City, _rng: Rng): RecordRows {
    return {
      table: 'visiting_doctor_visits',
      columns: [
        ['id', 'uuid'], ['facility_id', 'uuid'], ['institution_id', 'uuid'], ['doctor_id', 'uuid'], ['doctor_name', 'text'], ['visited_on', 'date'], ['minutes', 'integer'],
        ['activities', 'text[]'], ['children_seen', 'integer'], ['notes', 'text'], ['synthetic', 'boolean'], ['created_at', 'timestamptz'],
      ],
      rows: servicesPlan(city).visits,
    };
  },
};
