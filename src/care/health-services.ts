/**
 * The free services of medical–childcare integration (医育融合, domain.md §4): pediatric massage (中医推拿) taught by
 * age, early-development guidance (早期发展指导) and parent classes (家长课堂). The massage techniques follow the
 * 0–36-month TCM health-management service (国家基本公共卫生服务规范（第三版）, 0–36个月儿童中医药健康管理):
 * 摩腹、捏脊 at 6 and 12 months, 按揉迎香穴、足三里穴 at 18 and 24, 按揉四神聪穴 at 30 and 36.
 *
 * Pure: who may join a session of which ages.
 */
import { completedMonths } from './health-schedule.ts';

export const SERVICE_KINDS = ['tcm_massage', 'development_guidance', 'parent_class'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** Services an agreement may cover (the health services above, plus checks, assessment, visits and training). */
export const AGREEMENT_SERVICES = ['health_check', 'growth_assessment', 'development_guidance', 'tcm_massage', 'parent_class', 'visiting_doctor', 'staff_training'] as const;
export type AgreementService = (typeof AGREEMENT_SERVICES)[number];

export interface MassageBand {
  /** The visit ages the technique is taught at. */
  readonly visitMonths: readonly number[];
  /** The ages (completed months, inclusive) a session for this band takes. */
  readonly fromMonths: number;
  readonly toMonths: number;
  /** The techniques (穴位 / 手法), in Chinese as the service specification names them. */
  readonly techniques: readonly string[];
  readonly techniquesEn: readonly string[];
}

export const MASSAGE_BANDS: readonly MassageBand[] = Object.freeze([
  { visitMonths: [6, 12], fromMonths: 6, toMonths: 17, techniques: ['摩腹', '捏脊'], techniquesEn: ['abdominal rubbing', 'spine pinching'] },
  { visitMonths: [18, 24], fromMonths: 18, toMonths: 29, techniques: ['按揉迎香穴', '按揉足三里穴'], techniquesEn: ['pressing Yingxiang (LI20)', 'pressing Zusanli (ST36)'] },
  { visitMonths: [30, 36], fromMonths: 30, toMonths: 36, techniques: ['按揉四神聪穴'], techniquesEn: ['pressing Sishencong (EX-HN1)'] },
]);

/** The massage band for an age in completed months, or null (under 6 or over 36 months). */
export function massageBandFor(ageMonths: number): MassageBand | null {
  return MASSAGE_BANDS.find((b) => ageMonths >= b.fromMonths && ageMonths <= b.toMonths) ?? null;
}

/** Why a child may not join a session, or null when it may. */
export type EligibilityProblem =
  | { code: 'age_outside_session'; params: { age: number; from: number | null; to: number | null } }
  | { code: 'session_started' }
  | { code: 'session_cancelled' };

/**
 * Whether a child may register for a session.
 * @param birthDate - the child's date of birth
 * @param session - the session's age limits (completed months, inclusive), its local date, and whether it has
 *                  started or was cancelled (decided by the caller's clock)
 */
export function registrationProblem(
  birthDate: string,
  session: { ageFromMonths: number | null; ageToMonths: number | null; startsOn: string; started: boolean; cancelled: boolean },
): EligibilityProblem | null {
  if (session.cancelled) return { code: 'session_cancelled' };
  if (session.started) return { code: 'session_started' };
  const age = completedMonths(birthDate, session.startsOn);
  if ((session.ageFromMonths !== null && age < session.ageFromMonths) || (session.ageToMonths !== null && age > session.ageToMonths)) {
    return { code: 'age_outside_session', params: { age, from: session.ageFromMonths, to: session.ageToMonths } };
  }
  return null;
}
