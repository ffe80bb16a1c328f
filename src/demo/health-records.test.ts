/**
 * The demo city's health records (issue 12): agreements for every facility without two covering one service (a few
 * expiring), measurements over time for every child following WHO's curves with a few children flagged (the flags
 * are the engine's), a passed entry exam before every placement, sessions within capacity and age bands, training
 * completions with certificates.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { healthFlags } from '../care/health-flags.ts';
import { addDaysIso, completedMonths, daysBetweenIso } from '../care/health-schedule.ts';
import { cm, days, kg, loadWhoTables, scoreChild } from '../growth/index.ts';
import { generateCity } from './city.ts';
import type { DemoCity } from './types.ts';

let city: DemoCity;
const tables = await loadWhoTables();
beforeAll(() => {
  city = generateCity();
}, 120_000);

const rows = (kind: string) => city.records[kind]!.rows;

describe('demo agreements', () => {
  it('sign every facility, never two agreements of one facility for one service at once; a few end soon', () => {
    const inForce = (a: DemoCity['agreements'][number]) => a.validFrom <= city.asOf && (a.validTo === null || a.validTo >= city.asOf);
    for (const f of city.facilities) expect(city.agreements.some((a) => a.facilityId === f.id && inForce(a)), f.name).toBe(true);
    const seen = new Map<string, string>();
    for (const a of city.agreements) {
      expect(a.services.length).toBeGreaterThan(0);
      for (const s of a.services) {
        const k = `${a.facilityId}:${s}`;
        expect(seen.has(k), k).toBe(false);
        seen.set(k, a.id);
      }
    }
    const soon = city.agreements.filter((a) => a.validTo !== null && daysBetweenIso(city.asOf, a.validTo) <= 80);
    expect(soon.length).toBeGreaterThanOrEqual(5);
    expect(soon.length).toBeLessThan(city.agreements.length * 0.1);
  });
});

describe('demo health checks', () => {
  it('give every child measurements over time and every placed child a passed entry exam before the placement', () => {
    const byChild = new Map<string, unknown[][]>();
    for (const r of rows('health_checks')) byChild.set(r[1] as string, [...(byChild.get(r[1] as string) ?? []), r]);
    let placed = 0;
    for (const c of city.children) {
      const checks = byChild.get(c.id) ?? [];
      if (daysBetweenIso(c.birthDate, city.asOf) > 200) expect(checks.length, c.id).toBeGreaterThanOrEqual(1);
      for (const r of checks) {
        expect(r[5] as string >= c.birthDate && (r[5] as string) <= city.asOf).toBe(true);
        expect(r[6]).toBe(daysBetweenIso(c.birthDate, r[5] as string));
      }
      if (c.status !== 'enrolled' || !c.enrolledFrom) continue;
      placed++;
      const entry = checks.find((r) => r[4] === 'entry');
      if (daysBetweenIso(c.birthDate, c.enrolledFrom) < 5) continue;
      expect(entry, c.id).toBeDefined();
      expect(entry![18]).toBe(true);
      expect((entry![5] as string) < c.enrolledFrom && (entry![19] as string) >= (entry![5] as string)).toBe(true);
    }
    expect(placed).toBeGreaterThan(8000);
  });

  it('follow WHO’s curves (median z near 0) with a few children flagged, the flags being the engine’s', () => {
    const checks = rows('health_checks');
    const child = new Map(city.children.map((c) => [c.id, c]));
    const zs: number[] = [];
    checks.forEach((r, i) => {
      if (i % 25) return;
      const c = child.get(r[1] as string)!;
      const s = scoreChild(tables, { sex: c.sex === 'M' ? 1 : 2, ageDays: days(r[6] as number), weightKg: kg(r[7] as number), lengthCm: cm(r[8] as number), position: r[9] as 'l' | 'h', headCm: r[10] === null ? null : cm(r[10] as number) });
      if (s.wfa.ok) zs.push(s.wfa.zRounded);
      const expected = healthFlags(s, r[11] as number | null).flags.map((f) => `${f.kind}:${f.severity}`).sort();
      const stored = rows('health_flags').filter((f) => f[1] === r[0]).map((f) => `${f[3]}:${f[4]}`).sort();
      expect(stored, r[0] as string).toEqual(expected);
    });
    zs.sort((a, b) => a - b);
    expect(Math.abs(zs[Math.floor(zs.length / 2)]!)).toBeLessThan(0.5);
    const flagged = new Set(rows('health_flags').map((f) => f[2])).size / city.children.length;
    expect(flagged).toBeGreaterThan(0.03);
    expect(flagged).toBeLessThan(0.15);
  });
});

describe('demo services and training', () => {
  it('registers children within capacity and the sessions’ ages; sessions before and after the demo’s today', () => {
    const sessions = new Map(rows('service_sessions').map((s) => [s[0] as string, s]));
    const taken = new Map<string, number>();
    const child = new Map(city.children.map((c) => [c.id, c]));
    for (const r of rows('service_registrations')) {
      const s = sessions.get(r[1] as string)!;
      if (r[4] === null) taken.set(s[0] as string, (taken.get(s[0] as string) ?? 0) + 1);
      if (s[8] !== null) {
        const age = completedMonths(child.get(r[2] as string)!.birthDate, (s[5] as string).slice(0, 10));
        expect(age).toBeGreaterThanOrEqual(s[8] as number);
        expect(age).toBeLessThanOrEqual(s[9] as number);
      }
    }
    for (const [id, n] of taken) expect(n).toBeLessThanOrEqual(sessions.get(id)![7] as number);
    const starts = [...sessions.values()].map((s) => (s[5] as string).slice(0, 10));
    expect(starts.some((d) => d < city.asOf) && starts.some((d) => d > addDaysIso(city.asOf, 30))).toBe(true);
    expect(rows('visiting_doctor_visits').length).toBeGreaterThan(city.facilities.length);
  });

  it('completes courses for carers and health staff only, with certificates that end after the course', () => {
    const role = new Map(city.staff.map((s) => [s.id, s.role]));
    const done = rows('course_completions');
    expect(done.length).toBeGreaterThan(100);
    for (const r of done) {
      expect(role.get(r[1] as string)).not.toBe('director');
      if (r[10] !== null) expect((r[10] as string) >= (r[5] as string)).toBe(true);
    }
    expect(done.some((r) => r[10] !== null && (r[10] as string) < city.asOf)).toBe(true);
    expect(rows('training_courses').some((c) => (c[5] as string) > city.asOf)).toBe(true);
  });
});
