/**
 * The cluster (outbreak) rule (聚集性疫情): similar cases — children with symptoms of the same syndrome — in one class:
 * at least `sameDayCases` (default 3) on one day, or at least `windowCases` (default 5) within `windowDays` (default 3)
 * consecutive days, must be reported to the CDC / district health bureau within `reportWithinHours` (default 24)
 * (《学校和托幼机构传染病疫情报告工作规范》, verify). A child counts once per syndrome however many days or checks it
 * shows. Pure.
 */
import { addDays } from './days.ts';
import type { DailyCarePolicy, Syndrome } from './daily-policy.ts';

/** One child with symptoms of a syndrome on a day (from a check, a confirmed fever or a sick absence). */
export interface Case {
  childId: string;
  classId: string;
  /** The local date (YYYY-MM-DD). */
  day: string;
  syndrome: Syndrome;
}

export interface Cluster {
  classId: string;
  syndrome: Syndrome;
  rule: 'same_day' | 'window';
  /** The first and last day counted. */
  from: string;
  to: string;
  /** The children counted, sorted. */
  childIds: string[];
}

/** An outbreak alert already raised for a class and syndrome (any status), on `day`. */
export interface RaisedCluster {
  classId: string;
  syndrome: Syndrome;
  day: string;
}

/**
 * The syndromes a set of symptoms belongs to (unique; symptoms of no syndrome, e.g. a runny nose, count for none).
 * @param symptoms - symptom codes
 * @param policy - the policy's syndrome table
 */
export function syndromesOf(symptoms: readonly string[], policy: DailyCarePolicy): Syndrome[] {
  const out = new Set<Syndrome>();
  for (const s of symptoms) {
    const g = (policy.outbreak.syndromeOf as Record<string, Syndrome | null>)[s];
    if (g) out.add(g);
  }
  return [...out].sort();
}

/**
 * The clusters that `day`'s cases complete, per class and syndrome, leaving out those already raised within the
 * window (one report per episode).
 * @param cases - cases of the window (earlier days may be included; later ones are ignored)
 * @param day - the day to evaluate
 * @param raised - outbreak alerts already raised
 * @param policy - the daily-care policy
 */
export function detectClusters(cases: readonly Case[], day: string, raised: readonly RaisedCluster[], policy: DailyCarePolicy): Cluster[] {
  const o = policy.outbreak;
  const from = addDays(day, -(o.windowDays - 1));
  const groups = new Map<string, { classId: string; syndrome: Syndrome; today: Set<string>; window: Set<string>; first: string }>();
  for (const c of cases) {
    if (c.day > day || c.day < from) continue;
    const key = `${c.classId}|${c.syndrome}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { classId: c.classId, syndrome: c.syndrome, today: new Set(), window: new Set(), first: c.day }));
    g.window.add(c.childId);
    if (c.day === day) g.today.add(c.childId);
    if (c.day < g.first) g.first = c.day;
  }
  const out: Cluster[] = [];
  for (const g of [...groups.values()].sort((a, b) => (a.classId + a.syndrome < b.classId + b.syndrome ? -1 : 1))) {
    if (g.today.size === 0) continue; // nothing new today
    if (raised.some((r) => r.classId === g.classId && r.syndrome === g.syndrome && r.day >= from && r.day <= day)) continue;
    if (g.today.size >= o.sameDayCases) out.push({ classId: g.classId, syndrome: g.syndrome, rule: 'same_day', from: day, to: day, childIds: [...g.today].sort() });
    else if (g.window.size >= o.windowCases) out.push({ classId: g.classId, syndrome: g.syndrome, rule: 'window', from: g.first, to: day, childIds: [...g.window].sort() });
  }
  return out;
}
