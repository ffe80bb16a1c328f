/**
 * Flags a health check raises for follow-up (体检异常): underweight, stunting and wasting below −2 SD, overweight above
 * +2 SD (WHO Child Growth Standards, 2006: the cut-offs of WHO's nutrition landscape and of 《0–6岁儿童健康管理
 * 技术规范》), and anaemia by WHO's haemoglobin thresholds ("Haemoglobin concentrations for the diagnosis of anaemia
 * and assessment of severity", WHO 2011: children 6–59 months mild 100–109, moderate 70–99, severe < 70 g/L, adjusted
 * for altitude). A z-score WHO itself flags as implausible (e.g. weight-for-age below −6) raises no nutrition flag:
 * it asks for the measurement to be taken again instead.
 *
 * Pure: scores in, flags out. Every number is a default of the versioned policy below.
 */
import type { ChildScores, ScoreKey } from '../growth/index.ts';

export const FLAG_KINDS = ['underweight', 'stunting', 'wasting', 'overweight', 'anaemia'] as const;
/** 低体重, 生长迟缓, 消瘦, 超重, 贫血. */
export type FlagKind = (typeof FLAG_KINDS)[number];
export const SEVERITIES = ['mild', 'moderate', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One flag: what, how severe, the value that raised it (a z-score, or haemoglobin in g/L). */
export interface HealthFlag {
  readonly kind: FlagKind;
  readonly severity: Severity;
  readonly value: number;
}

export interface FlagPolicy {
  readonly id: string;
  /** Below this z: moderate (underweight, stunting, wasting). */
  readonly lowZ: number;
  /** Below this z: severe. */
  readonly severeLowZ: number;
  /** Above this weight-for-length/height z: overweight (moderate). */
  readonly highZ: number;
  /** Above this: obesity (severe). */
  readonly severeHighZ: number;
  /** Anaemia is judged from this age (WHO gives no threshold under 6 months). */
  readonly anaemiaFromDays: number;
  /** Haemoglobin thresholds in g/L (below `mild`: anaemia), for 6–59 months and from 60 months. */
  readonly haemoglobin: { readonly under60Months: HbThresholds; readonly from60Months: HbThresholds };
  /** The site's altitude in metres (WHO adds to the thresholds from 1,000 m). */
  readonly altitudeM: number;
  /** Days until the follow-up is due, by severity. */
  readonly followUpDays: Readonly<Record<Severity, number>>;
}
export interface HbThresholds {
  readonly mild: number;
  readonly moderate: number;
  readonly severe: number;
}

/** WHO's cut-offs; Changzhi lies below 1,000 m, so no altitude adjustment by default. */
export const WHO_FLAG_POLICY: FlagPolicy = Object.freeze({
  id: 'who-2006-2011',
  lowZ: -2,
  severeLowZ: -3,
  highZ: 2,
  severeHighZ: 3,
  anaemiaFromDays: 183,
  haemoglobin: { under60Months: { mild: 110, moderate: 100, severe: 70 }, from60Months: { mild: 115, moderate: 110, severe: 80 } },
  altitudeM: 0,
  followUpDays: { mild: 90, moderate: 30, severe: 14 },
});

/** WHO 2011, Table 2: the amount (g/L) subtracted from a measured haemoglobin at an altitude. */
export function altitudeAdjustmentGL(altitudeM: number): number {
  const steps: ReadonlyArray<readonly [number, number]> = [[4500, 45], [4000, 35], [3500, 27], [3000, 19], [2500, 13], [2000, 8], [1500, 5], [1000, 2]];
  for (const [m, adj] of steps) if (altitudeM >= m) return adj;
  return 0;
}

/** The anaemia flag for a haemoglobin at an age, or null (no anaemia, under 6 months, or no value). */
export function anaemiaFlag(haemoglobinGL: number | null, ageDays: number | null, policy: FlagPolicy = WHO_FLAG_POLICY): HealthFlag | null {
  if (haemoglobinGL === null || ageDays === null || !Number.isFinite(haemoglobinGL) || ageDays < policy.anaemiaFromDays) return null;
  const t = ageDays / 30.4375 < 60 ? policy.haemoglobin.under60Months : policy.haemoglobin.from60Months;
  const hb = haemoglobinGL - altitudeAdjustmentGL(policy.altitudeM);
  if (hb >= t.mild) return null;
  const severity: Severity = hb < t.severe ? 'severe' : hb < t.moderate ? 'moderate' : 'mild';
  return { kind: 'anaemia', severity, value: haemoglobinGL };
}

export interface FlagResult {
  readonly flags: readonly HealthFlag[];
  /** Scores WHO flags as implausible: measure again (no nutrition flag is raised from them). */
  readonly implausible: readonly ScoreKey[];
}

/**
 * The flags of one check.
 * @param scores - the WHO scores of the check's measurements (src/growth scoreChild)
 * @param haemoglobinGL - haemoglobin in g/L, if measured
 * @param policy - the cut-offs (default WHO's)
 */
export function healthFlags(scores: ChildScores, haemoglobinGL: number | null, policy: FlagPolicy = WHO_FLAG_POLICY): FlagResult {
  const flags: HealthFlag[] = [];
  const implausible: ScoreKey[] = [];
  const low = (key: 'wfa' | 'lhfa' | 'wflh', kind: FlagKind): void => {
    const s = scores[key];
    if (!s.ok) return;
    if (s.flagged) return void implausible.push(key);
    if (s.zRounded < policy.severeLowZ) flags.push({ kind, severity: 'severe', value: s.zRounded });
    else if (s.zRounded < policy.lowZ) flags.push({ kind, severity: 'moderate', value: s.zRounded });
  };
  low('wfa', 'underweight');
  low('lhfa', 'stunting');
  low('wflh', 'wasting');
  const w = scores.wflh;
  if (w.ok && !w.flagged) {
    if (w.zRounded > policy.severeHighZ) flags.push({ kind: 'overweight', severity: 'severe', value: w.zRounded });
    else if (w.zRounded > policy.highZ) flags.push({ kind: 'overweight', severity: 'moderate', value: w.zRounded });
  }
  for (const key of ['bfa', 'hcfa'] as const) if (scores[key].ok && (scores[key] as { flagged: boolean }).flagged) implausible.push(key);
  const a = anaemiaFlag(haemoglobinGL, scores.ageDays, policy);
  if (a) flags.push(a);
  return { flags, implausible };
}

/**
 * When the follow-up of a flag is due: the check's date plus the policy's days for its severity.
 * @param examinedOn - ISO date of the check
 */
export function followUpDue(examinedOn: string, severity: Severity, policy: FlagPolicy = WHO_FLAG_POLICY): string {
  const t = Date.parse(`${examinedOn}T00:00:00Z`) + policy.followUpDays[severity] * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
