import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkEntryFields, ENTRY_FIELDS, ENTRY_KINDS, symptomsOf, temperatureOf } from './entries.ts';
import { dailyCarePolicy, DAILY_CARE_2012, childrenPerCarer, minutesOf } from './daily-policy.ts';

describe('entries', () => {
  it('has the 14 kinds of the contract, each with its own fields', () => {
    expect(ENTRY_KINDS).toEqual(['check_in', 'check_out', 'morning_check', 'noon_check', 'temperature', 'meal', 'water', 'nap_start', 'nap_end', 'diaper', 'activity', 'outdoor', 'note', 'photo']);
    expect(Object.keys(ENTRY_FIELDS).sort()).toEqual([...ENTRY_KINDS].sort());
    const temperature = z.object(ENTRY_FIELDS.temperature).strict();
    expect(temperature.safeParse({ temperatureC: 36.8, site: 'axillary' }).success).toBe(true);
    for (const t of [33.9, 43.01]) expect(temperature.safeParse({ temperatureC: t, site: 'ear' }).error?.issues[0]?.path).toEqual(['temperatureC']);
    expect(z.object(ENTRY_FIELDS.note).strict().safeParse({ text: '  ' }).success).toBe(false);
  });

  it('cross-field rules: a temperature needs its site, a red card the medication form, a check-out one collector', () => {
    expect(checkEntryFields('morning_check', { card: 'green', temperatureC: 36.5 }).map((i) => i.code)).toEqual(['site_required']);
    expect(checkEntryFields('morning_check', { card: 'red' }).map((i) => i.code)).toEqual(['medicine_required']);
    expect(checkEntryFields('noon_check', { card: 'red', medicine: { name: 'a', dose: 'b', times: 'c' } })).toEqual([]);
    expect(checkEntryFields('check_out', { collectedBy: 'x', collectorDescription: 'y' }).map((i) => i.field)).toEqual(['collectorDescription']);
    expect(symptomsOf('morning_check', { symptoms: ['cough'] })).toEqual(['cough']);
    expect(symptomsOf('note', { symptoms: ['cough'] })).toEqual([]);
    expect(temperatureOf('noon_check', { temperatureC: 37.4 })).toBe(37.4);
    expect(temperatureOf('meal', { temperatureC: 37.4 })).toBeNull();
  });

  it('the daily-care policy: by id or by date, ratios by band, times of day', () => {
    expect(dailyCarePolicy('cn-daily-care-2012')).toBe(DAILY_CARE_2012);
    expect(dailyCarePolicy('2026-12-02')).toBe(DAILY_CARE_2012);
    expect(dailyCarePolicy()).toBe(DAILY_CARE_2012);
    expect([childrenPerCarer(DAILY_CARE_2012, 'infant'), childrenPerCarer(DAILY_CARE_2012, 'toddler_large'), childrenPerCarer(DAILY_CARE_2012, 'mixed', true)]).toEqual([3, 7, 3]);
    expect(minutesOf('09:30')).toBe(570);
  });
});
