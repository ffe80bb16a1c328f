import { describe, expect, it } from 'vitest';
import { DAILY_CARE_2012 } from './daily-policy.ts';
import { detectClusters, syndromesOf, type Case } from './outbreak.ts';

const P = DAILY_CARE_2012;
const c = (childId: string, day: string, syndrome: Case['syndrome'] = 'gastrointestinal', classId = 'k1'): Case => ({ childId, classId, day, syndrome });

describe('the cluster rule (≥ 3 similar cases in a class in a day, or ≥ 5 within 3 days)', () => {
  it('groups symptoms into syndromes; a runny nose alone is no case', () => {
    expect(syndromesOf(['vomiting', 'diarrhoea', 'cough'], P)).toEqual(['gastrointestinal', 'respiratory']);
    expect(syndromesOf(['runny_nose', 'other'], P)).toEqual([]);
    expect(syndromesOf(['mouth_blisters', 'rash'], P)).toEqual(['rash']);
  });

  it('two cases are not a cluster, the third on the same day is', () => {
    const day = '2026-12-02';
    expect(detectClusters([c('a', day), c('b', day)], day, [], P)).toEqual([]);
    expect(detectClusters([c('a', day), c('b', day), c('c', day)], day, [], P)).toEqual([{ classId: 'k1', syndrome: 'gastrointestinal', rule: 'same_day', from: day, to: day, childIds: ['a', 'b', 'c'] }]);
  });

  it('counts a child once, and only similar cases in the same class', () => {
    const day = '2026-12-02';
    expect(detectClusters([c('a', day), c('a', day), c('b', day)], day, [], P)).toEqual([]);
    expect(detectClusters([c('a', day), c('b', day), c('c', day, 'respiratory')], day, [], P)).toEqual([]);
    expect(detectClusters([c('a', day), c('b', day), c('c', day, 'gastrointestinal', 'k2')], day, [], P)).toEqual([]);
  });

  it('five distinct children within three consecutive days make a cluster; a sixth day back does not count', () => {
    const cases = [c('a', '2026-11-29'), c('b', '2026-11-30'), c('c', '2026-11-30'), c('d', '2026-12-01'), c('e', '2026-12-01')];
    expect(detectClusters(cases, '2026-12-01', [], P)).toEqual([{ classId: 'k1', syndrome: 'gastrointestinal', rule: 'window', from: '2026-11-29', to: '2026-12-01', childIds: ['a', 'b', 'c', 'd', 'e'] }]);
    expect(detectClusters([c('a', '2026-11-28'), ...cases.slice(1)], '2026-12-01', [], P)).toEqual([]);
  });

  it('an episode is reported once: no new alert while one for the class and syndrome is within the window', () => {
    const day = '2026-12-02';
    const cases = [c('a', day), c('b', day), c('c', day), c('d', day)];
    expect(detectClusters(cases, day, [{ classId: 'k1', syndrome: 'gastrointestinal', day }], P)).toEqual([]);
    expect(detectClusters(cases, day, [{ classId: 'k1', syndrome: 'gastrointestinal', day: '2026-11-20' }], P)).toHaveLength(1);
  });

  it('nothing new today, nothing raised (old cases alone do not re-fire)', () => {
    const cases = [c('a', '2026-12-01'), c('b', '2026-12-01'), c('c', '2026-12-01')];
    expect(detectClusters(cases, '2026-12-02', [], P)).toEqual([]);
  });
});
