/** Training compliance: director hours, health certificates (missing, expired, expiring), a facility's verdict. */
import { describe, expect, it } from 'vitest';
import { facilityCompliance, staffIssues, type StaffFacts } from './training-rules.ts';

const director = (inService: number, cert: string | null = '2027-01-01'): StaffFacts => ({ role: 'director', hours: { pre_service: 80, in_service: inService, safety: 10 }, healthCertValidTo: cert });
const carer = (cert: string | null): StaffFacts => ({ role: 'carer', hours: { pre_service: 0, in_service: 0, safety: 0 }, healthCertValidTo: cert });

describe('training compliance', () => {
  it('a director needs 60 in-service hours; carers do not', () => {
    expect(staffIssues(director(60), '2026-06-01')).toEqual([]);
    expect(staffIssues(director(59.5), '2026-06-01')).toEqual(['director_hours_short']);
    expect(staffIssues(carer('2027-01-01'), '2026-06-01')).toEqual([]);
  });
  it('health certificates: missing, expired (day after the last valid day), expiring within 30 days', () => {
    expect(staffIssues(carer(null), '2026-06-01')).toEqual(['health_cert_missing']);
    expect(staffIssues(carer('2026-05-31'), '2026-06-01')).toEqual(['health_cert_expired']);
    expect(staffIssues(carer('2026-06-01'), '2026-06-01')).toEqual(['health_cert_expiring']);
    expect(staffIssues(carer('2026-07-02'), '2026-06-01')).toEqual([]);
  });
  it('a facility complies when every director has the hours and every certificate is valid', () => {
    expect(facilityCompliance([director(70), carer('2026-06-10')], '2026-06-01')).toEqual({ staff: 2, directors: 1, directorsCompliant: 1, healthCertsValid: 2, healthCertsExpiring: 1, compliant: true });
    expect(facilityCompliance([director(70), carer('2026-05-10')], '2026-06-01').compliant).toBe(false);
    expect(facilityCompliance([director(20), carer('2026-08-10')], '2026-06-01').compliant).toBe(false);
  });
});
