import { describe, expect, it } from 'vitest';
import { DAILY_CARE_2012 } from './daily-policy.ts';
import { assessTemperature, type FeverState } from './fever.ts';

const P = DAILY_CARE_2012;
const MIN = 60_000;
const none: FeverState = { pendingRecheck: null, confirmed: false };

describe('the fever rule (≥ 37.3 °C → recheck after 5 min; > 37.5 °C confirmed → send home)', () => {
  it('a normal reading needs nothing; 37.3 exactly flags fever and asks for a recheck 5 minutes later', () => {
    expect(assessTemperature({ at: 0, temperatureC: 37.2 }, none, P)).toMatchObject({ fever: false, action: 'none', recheckDueAt: null });
    expect(assessTemperature({ at: 1000, temperatureC: 37.3 }, none, P)).toMatchObject({ fever: true, action: 'recheck', recheck: false, recheckDueAt: 1000 + 5 * MIN, policyId: P.id });
  });

  it('a first reading above 37.5 still needs its recheck before the child is sent home', () => {
    expect(assessTemperature({ at: 0, temperatureC: 38.4 }, none, P).action).toBe('recheck');
  });

  it('the recheck decides: > 37.5 send home, 37.3–37.5 observe (recheck again in 30 min), below 37.3 resolved', () => {
    const pending: FeverState = { pendingRecheck: { flaggedAt: 0, dueAt: 5 * MIN }, confirmed: false };
    expect(assessTemperature({ at: 6 * MIN, temperatureC: 37.6 }, pending, P)).toMatchObject({ action: 'send_home', recheck: true });
    expect(assessTemperature({ at: 6 * MIN, temperatureC: 37.5 }, pending, P)).toMatchObject({ action: 'observe', recheck: true, recheckDueAt: 36 * MIN });
    expect(assessTemperature({ at: 5 * MIN, temperatureC: 36.9 }, pending, P)).toMatchObject({ action: 'resolved', recheck: true, fever: false });
  });

  it('a reading before the recheck is due does not answer it', () => {
    const pending: FeverState = { pendingRecheck: { flaggedAt: 0, dueAt: 5 * MIN }, confirmed: false };
    expect(assessTemperature({ at: 2 * MIN, temperatureC: 38 }, pending, P)).toMatchObject({ action: 'recheck', recheck: false, recheckDueAt: 5 * MIN });
  });

  it('once confirmed, later readings are recorded without a new action', () => {
    expect(assessTemperature({ at: 0, temperatureC: 38.2 }, { pendingRecheck: null, confirmed: true }, P)).toMatchObject({ fever: true, action: 'none' });
  });

  it('follows the policy version it is handed', () => {
    const strict = { ...P, id: 'strict', fever: { ...P.fever, flagAtC: 37.0, recheckAfterMinutes: 10 } };
    expect(assessTemperature({ at: 0, temperatureC: 37.1 }, none, strict)).toMatchObject({ action: 'recheck', recheckDueAt: 10 * MIN, policyId: 'strict' });
  });
});
