/**
 * Staff training and health-certificate compliance (托育从业人员培训与健康管理): every director has at least 60 hours of
 * training (WS/T 821-2023 5.2.1; counted here as in-service 职后 hours, the policy's choice — a city may count other
 * kinds), and every staff member holds a valid yearly health certificate (托儿所幼儿园卫生保健管理办法 第十三条: staff
 * are examined before taking up work and once a year). Pure: a staff member's hours and dates in, issues out.
 */

export const TRAINING_KINDS = ['pre_service', 'in_service', 'safety'] as const;
/** 职前, 职后, 安全. */
export type TrainingKind = (typeof TRAINING_KINDS)[number];

export interface TrainingPolicy {
  readonly id: string;
  readonly source: string;
  /** A director needs at least this many hours … */
  readonly directorMinHours: number;
  /** … of these kinds. */
  readonly directorHourKinds: readonly TrainingKind[];
  /** A certificate shows as expiring this many days before its end. */
  readonly expiringDays: number;
}

export const TRAINING_POLICY: TrainingPolicy = Object.freeze({
  id: 'wst-821-2023',
  source: 'WS/T 821-2023 5.2.1；托儿所幼儿园卫生保健管理办法（2010）',
  directorMinHours: 60,
  directorHourKinds: Object.freeze(['in_service'] as const),
  expiringDays: 30,
});

export const COMPLIANCE_ISSUES = ['director_hours_short', 'health_cert_missing', 'health_cert_expired', 'health_cert_expiring'] as const;
export type ComplianceIssue = (typeof COMPLIANCE_ISSUES)[number];

export interface StaffFacts {
  readonly role: 'director' | 'carer' | 'health';
  readonly hours: Readonly<Record<TrainingKind, number>>;
  /** Last day the yearly health certificate is valid, or null when none is on file. */
  readonly healthCertValidTo: string | null;
}

/** The hours that count towards the director's minimum. */
export function directorHours(s: StaffFacts, policy: TrainingPolicy = TRAINING_POLICY): number {
  return policy.directorHourKinds.reduce((sum, k) => sum + s.hours[k], 0);
}

/**
 * What a staff member lacks on `asOf` (expiring within the policy's days is a warning, not a breach).
 * @param s - role, hours by kind, health certificate
 * @param asOf - the day (ISO)
 */
export function staffIssues(s: StaffFacts, asOf: string, policy: TrainingPolicy = TRAINING_POLICY): ComplianceIssue[] {
  const out: ComplianceIssue[] = [];
  if (s.role === 'director' && directorHours(s, policy) < policy.directorMinHours) out.push('director_hours_short');
  if (s.healthCertValidTo === null) out.push('health_cert_missing');
  else if (s.healthCertValidTo < asOf) out.push('health_cert_expired');
  else {
    const soon = new Date(Date.parse(`${asOf}T00:00:00Z`) + policy.expiringDays * 86_400_000).toISOString().slice(0, 10);
    if (s.healthCertValidTo <= soon) out.push('health_cert_expiring');
  }
  return out;
}

/** Whether an issue breaks the rule (expiring soon does not yet). */
export const isBreach = (i: ComplianceIssue): boolean => i !== 'health_cert_expiring';

export interface FacilityCompliance {
  readonly staff: number;
  readonly directors: number;
  readonly directorsCompliant: number;
  readonly healthCertsValid: number;
  readonly healthCertsExpiring: number;
  /** Every director has the hours and every staff member a valid certificate. */
  readonly compliant: boolean;
}

/**
 * A facility's compliance from its staff.
 * @param staff - every staff member of the facility
 * @param asOf - the day (ISO)
 */
export function facilityCompliance(staff: readonly StaffFacts[], asOf: string, policy: TrainingPolicy = TRAINING_POLICY): FacilityCompliance {
  let directors = 0;
  let directorsCompliant = 0;
  let valid = 0;
  let expiring = 0;
  for (const s of staff) {
    const issues = staffIssues(s, asOf, policy);
    if (s.role === 'director') {
      directors++;
      if (!issues.includes('director_hours_short')) directorsCompliant++;
    }
    if (!issues.includes('health_cert_missing') && !issues.includes('health_cert_expired')) valid++;
    if (issues.includes('health_cert_expiring')) expiring++;
  }
  return { staff: staff.length, directors, directorsCompliant, healthCertsValid: valid, healthCertsExpiring: expiring, compliant: directorsCompliant === directors && valid === staff.length };
}
