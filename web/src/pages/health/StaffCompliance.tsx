/**
 * A facility's staff training and health certificates (培训与健康证): hours by kind (computed from the training
 * records), the yearly health certificate, certificates of courses, and what breaks the rules (a director under 60
 * in-service hours, a certificate missing or expired). Directors see their facility; staff themselves.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { healthApi } from './api.ts';
import { HEALTH_NS } from './i18n.ts';
import { Problem } from './parts.tsx';

export function StaffCompliance({ facilityId, title }: { facilityId: string; title: string }) {
  const { t } = useTranslation(HEALTH_NS);
  const staff = useQuery({ queryKey: ['health.staff', facilityId], queryFn: ({ signal }) => healthApi.staff(facilityId, signal) });
  if (staff.error) return <Problem error={staff.error} />;
  if (!staff.data) return null;
  const c = staff.data.compliance;
  return (
    <section className="panel" aria-labelledby="staff-h" data-testid="staff-compliance">
      <h2 id="staff-h">
        {title} <span className={`pill ${c.compliant ? 'ok' : 'warn'}`}>{c.compliant ? t('training.compliant') : t('training.notCompliant')}</span>
      </h2>
      <p className="muted small">{t('training.summary', { dc: c.directorsCompliant, d: c.directors, v: c.healthCertsValid, n: c.staff })}</p>
      <div className="table-wrap">
        <table className="data-table compact">
          <thead>
            <tr>
              <th scope="col">{t('training.staffMember')}</th>
              <th scope="col">{t('training.kind.pre_service')}</th>
              <th scope="col">{t('training.kind.in_service')}</th>
              <th scope="col">{t('training.kind.safety')}</th>
              <th scope="col">{t('training.healthCert')}</th>
              <th scope="col">{t('training.certificates')}</th>
              <th scope="col">{t('desk.status')}</th>
            </tr>
          </thead>
          <tbody>
            {staff.data.staff.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  {s.familyName}
                  {s.givenName} <span className="muted small">{t(`training.role.${s.role}`)}</span>
                </th>
                <td className="num">{s.hours.pre_service}</td>
                <td className="num">{s.hours.in_service}</td>
                <td className="num">{s.hours.safety}</td>
                <td>{s.healthCertValidTo ?? '–'}</td>
                <td className="small">
                  {s.certificates.map((x) => (
                    <div key={x.trainingId}>
                      {x.title}
                      {x.validTo && <span className={x.expired ? 'warn' : 'muted'}> · {x.validTo}{x.expired ? ` ${t('training.expired')}` : ''}</span>}
                    </div>
                  ))}
                </td>
                <td className="small">{s.issues.length === 0 ? '✓' : s.issues.map((i) => <div key={i} className={i === 'health_cert_expiring' ? 'muted' : 'warn'}>{t(`training.issues.${i}`)}</div>)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
