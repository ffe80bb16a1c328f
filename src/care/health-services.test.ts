/** Massage bands by age (the TCM service specification) and who may register for a session. */
import { describe, expect, it } from 'vitest';
import { massageBandFor, registrationProblem } from './health-services.ts';

describe('pediatric massage by age', () => {
  it('teaches 摩腹/捏脊 at 6–12 months, 迎香/足三里 at 18–24, 四神聪 at 30–36', () => {
    expect(massageBandFor(5)).toBeNull();
    expect(massageBandFor(6)?.techniques).toEqual(['摩腹', '捏脊']);
    expect(massageBandFor(12)?.visitMonths).toEqual([6, 12]);
    expect(massageBandFor(24)?.techniques).toEqual(['按揉迎香穴', '按揉足三里穴']);
    expect(massageBandFor(36)?.techniques).toEqual(['按揉四神聪穴']);
    expect(massageBandFor(37)).toBeNull();
  });
});

describe('registration', () => {
  const s = { ageFromMonths: 6, ageToMonths: 17, startsOn: '2026-03-01', started: false, cancelled: false };
  it('accepts a child of the right age, refuses others with the age in completed months', () => {
    expect(registrationProblem('2025-06-01', s)).toBeNull();
    expect(registrationProblem('2025-09-02', s)).toEqual({ code: 'age_outside_session', params: { age: 5, from: 6, to: 17 } });
    expect(registrationProblem('2024-09-01', s)?.code).toBe('age_outside_session');
    expect(registrationProblem('2024-09-01', { ...s, ageFromMonths: null, ageToMonths: null })).toBeNull();
  });
  it('refuses started and cancelled sessions', () => {
    expect(registrationProblem('2025-06-01', { ...s, started: true })).toEqual({ code: 'session_started' });
    expect(registrationProblem('2025-06-01', { ...s, cancelled: true })).toEqual({ code: 'session_cancelled' });
  });
});
