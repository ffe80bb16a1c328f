/**
 * All five WHO scores of one child at one visit, as WHO's anthro software derives them from the raw measurements
 * (anthro R/z-score.R, R/z-score-weight-for-lenhei.R; domain.md §7):
 *
 * 1. Age in days rounded half up. Scores are computed under 60 months only (days / 30.4375 < 60).
 * 2. Position: recumbent length before 731 days, standing height from 731 days. Standing before 731 days → +0.7 cm,
 *    lying from 731 days → −0.7 cm. A standing measurement before 9 months (days / 30.4375 < 9) is implausible:
 *    WHO drops the position (no correction) and raises `c9mo_flag`. No position → no correction.
 * 3. Weight-for-length (45–110 cm) below 731 days, weight-for-height (65–120 cm) from 731 days; without an age,
 *    by the position (l/h), and without a position too, length below 87 cm → weight-for-length.
 * 4. BMI = weight / (corrected length in m)², scored unrounded.
 * 5. Oedema: no weight-based scores (wfa, wflh, bfa).
 */
import { LYING_BELOW_CM_WITHOUT_AGE, POSITION_CORRECTION_CM, STANDING_FROM_DAYS, isSex, type Indicator, type Sex } from './indicators.ts';
import { checkAge, checkLengthAxis, checkMeasure, notScored, scoreAt, type NotScored, type Score } from './score.ts';
import { tableOf, type WhoTables } from './tables.ts';
import { DAYS_PER_MONTH, bmiOf, cm, type Cm, type Days, type Kg, type KgPerM2 } from './units.ts';

/** How length was measured: `l` lying (recumbent length, 卧位), `h` standing (height, 立位). */
export type Position = 'l' | 'h';

/** The raw measurements of one child at one visit. Missing values are `null` or left out. */
export interface ChildMeasurement {
  /** 1 boy, 2 girl; null when unknown (every score then says so). */
  readonly sex: Sex | null;
  /** Age at the visit in days (may be fractional; rounded half up for the tables). */
  readonly ageDays?: Days | null;
  readonly weightKg?: Kg | null;
  /** Length or height as measured, before WHO's ±0.7 cm position correction. */
  readonly lengthCm?: Cm | null;
  readonly position?: Position | null;
  readonly headCm?: Cm | null;
  /** Bilateral pitting oedema (水肿): WHO computes no weight-based score. */
  readonly oedema?: boolean;
}

/** The five scores and what went into them. */
export interface ChildScores {
  /** The whole day looked up in the age tables, or null. */
  readonly ageDays: number | null;
  /** Length/height after the position correction (anthro's `clenhei`), or null. */
  readonly lengthCm: Cm | null;
  /** The position used: the given one, or null when none was given or it was dropped (standing under 9 months). */
  readonly position: Position | null;
  /** 1 when a child under 9 months was measured standing (anthro's `c9mo_flag`): position dropped, no correction. */
  readonly c9moFlag: boolean;
  /** weight / (lengthCm/100)², or null. */
  readonly bmi: KgPerM2 | null;
  /** Which table weight-for-length/height used, or null if neither could be chosen. */
  readonly wflhTable: 'wfl' | 'wfh' | null;
  readonly wfa: Score;
  readonly lhfa: Score;
  readonly wflh: Score;
  readonly bfa: Score;
  readonly hcfa: Score;
}

const SEX_UNKNOWN = 'sex is unknown: give 1 or M (boy), 2 or F (girl)';

/** Rounds half up, as anthro's `round_up` does for ages. */
const roundHalfUp = (v: number): number => Math.floor(v) + (v - Math.floor(v) >= 0.5 ? 1 : 0);

/**
 * Scores one child: weight-for-age, length/height-for-age, weight-for-length/height, BMI-for-age and head
 * circumference-for-age, with WHO's position rule, table choice and flags. Never throws on bad values: each score
 * that cannot be computed carries its reason.
 * @param tables - from `loadWhoTables()`
 * @param m - the visit's raw measurements
 */
export function scoreChild(tables: WhoTables, m: ChildMeasurement): ChildScores {
  const sex = isSex(m.sex) ? m.sex : null;
  const rawAge = m.ageDays ?? null;
  const ageUsable = rawAge !== null && Number.isFinite(rawAge) && rawAge >= 0;
  const dayOrFail = checkAge(null, rawAge);
  const day = typeof dayOrFail === 'number' ? dayOrFail : null;
  const ageFail = typeof dayOrFail === 'number' ? null : dayOrFail;

  // A standing measurement before 9 months is implausible: WHO drops the position (c9mo_flag).
  let position = m.position ?? null;
  const c9moFlag = position === 'h' && ageUsable && rawAge / DAYS_PER_MONTH < 9;
  if (c9moFlag) position = null;

  // The ±0.7 cm position correction (needs an age; anthro's adjust_lenhei).
  const len = m.lengthCm ?? null;
  const lengthFail = checkMeasure('lhfa', len);
  let clen: Cm | null = null;
  if (lengthFail === null) {
    clen = len!;
    if (ageUsable) {
      const d = roundHalfUp(rawAge);
      if (d < STANDING_FROM_DAYS && position === 'h') clen = cm(len! + POSITION_CORRECTION_CM);
      else if (d >= STANDING_FROM_DAYS && position === 'l') clen = cm(len! - POSITION_CORRECTION_CM);
    }
  }

  const w = m.weightKg ?? null;
  const weightFail = checkMeasure('wfa', w);
  const bmi = clen !== null && weightFail === null ? bmiOf(w!, clen) : null;
  const head = m.headCm ?? null;
  const oedema = m.oedema === true;

  // Weight-for-length below 731 days, weight-for-height from 731 days; without an age by position, then by length.
  let wflhTable: 'wfl' | 'wfh' | null = null;
  if (day !== null) wflhTable = day < STANDING_FROM_DAYS ? 'wfl' : 'wfh';
  else if (rawAge === null) {
    if (position !== null) wflhTable = position === 'l' ? 'wfl' : 'wfh';
    else if (clen !== null) wflhTable = clen < LYING_BELOW_CM_WITHOUT_AGE ? 'wfl' : 'wfh';
  }

  const first = (ind: Indicator | null, ...fails: Array<NotScored | null | false>): NotScored | null => {
    for (const f of fails) if (f) return f.indicator === ind ? f : { ...f, indicator: ind };
    return null;
  };
  const noSex = sex === null && notScored(null, 'sex_unknown', SEX_UNKNOWN);
  const noOedema = oedema && notScored(null, 'oedema', 'oedema: WHO computes no weight-based z-score for a child with oedema');
  const byAge = (ind: 'wfa' | 'lhfa' | 'bfa' | 'hcfa', y: number | null, ...fails: Array<NotScored | null | false>): Score =>
    first(ind, noSex, ageFail, ...fails) ?? scoreAt(tableOf(tables, ind, sex!), day!, y!);

  const wfa = byAge('wfa', w, noOedema, weightFail);
  const lhfa = byAge('lhfa', clen, lengthFail);
  const bfa = byAge('bfa', bmi, noOedema, weightFail, lengthFail);
  const hcfa = byAge('hcfa', head, checkMeasure('hcfa', head));
  // An age that is given but unusable also stops weight-for-length/height (the table depends on it); a missing
  // age does not.
  const wflh: Score =
    first(wflhTable, noSex, rawAge !== null && ageFail, noOedema, weightFail, lengthFail) ??
    checkLengthAxis(wflhTable!, clen!) ??
    scoreAt(tableOf(tables, wflhTable!, sex!), clen!, w!);

  return { ageDays: day, lengthCm: clen, position, c9moFlag, bmi, wflhTable, wfa, lhfa, wflh, bfa, hcfa };
}
