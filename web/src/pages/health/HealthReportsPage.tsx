/**
 * The bureaus' health figures (/health/reports, 医育融合报表): the signing rate of medical agreements by county against
 * the 100% target, the agreements ending within 60 days, the free services reached per placed child, and training
 * compliance per facility (non-compliant first). District officials see their county; the city sees all.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { can, healthApi, useMe } from './api.ts';
import { HEALTH_NS } from './i18n.ts';
import { Gate, Problem } from './parts.tsx';
import './health.css';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export default function HealthReportsPage() {
  const { t } = useTranslation(HEALTH_NS);
  const me = useMe();
  return (
    <Gate me={me} allowed={(c) => can(c, 'health_report', 'read') !== null}>
      <div className="page health-page">
        <header className="page-head">
          <h1>{t('reports.title')}</h1>
          <p className="muted">{t('reports.intro')}</p>
        </header>
        <Signing />
        <Expiring />
        <Services />
        <Training />
      </div>
    </Gate>
  );
}

function Signing() {
  const { t } = useTranslation(HEALTH_NS);
  const q = useQuery({ queryKey: ['health.signing'], queryFn: ({ signal }) => healthApi.signing(signal) });
  if (q.error) return <Problem error={q.error} />;
  if (!q.data) return <p className="loading">{t('loading')}</p>;
  return (
    <section className="panel" aria-labelledby="sign-h">
      <h2 id="sign-h">{t('reports.signing')} <span className="muted small">{t('reports.target', { rate: pct(q.data.target) })}</span></h2>
      <div className="table-wrap">
        <table className="data-table compact" data-testid="signing-table">
          <thead><tr><th scope="col">{t('reports.division')}</th><th scope="col">{t('reports.facilities')}</th><th scope="col">{t('reports.signed')}</th><th scope="col">{t('reports.rate')}</th><th scope="col">{t('reports.expiring')}</th></tr></thead>
          <tbody>
            {q.data.rows.map((r) => (
              <tr key={r.divisionId}>
                <th scope="row">{r.name}</th>
                <td className="num">{r.facilities}</td>
                <td className="num">{r.signed}</td>
                <td>
                  <span className="rate-bar" aria-hidden="true"><span style={{ width: pct(r.rate) }} className={r.rate >= q.data.target ? 'ok' : 'short'} /></span> {pct(r.rate)}
                </td>
                <td className="num">{r.expiring}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Expiring() {
  const { t } = useTranslation(HEALTH_NS);
  const q = useQuery({ queryKey: ['health.expiring'], queryFn: ({ signal }) => healthApi.expiring(signal) });
  if (q.error) return <Problem error={q.error} />;
  if (!q.data || q.data.items.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="exp-h">
      <h2 id="exp-h">{t('reports.expiringList')}</h2>
      <div className="table-wrap">
        <table className="data-table compact">
          <thead><tr><th scope="col">{t('reports.facility')}</th><th scope="col">{t('reports.institution')}</th><th scope="col">{t('reports.services')}</th><th scope="col">{t('reports.validTo')}</th></tr></thead>
          <tbody>
            {q.data.items.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.facility.name}</th>
                <td>{a.institution.name}</td>
                <td className="small">{a.services.map((s) => t(`agreementService.${s}`)).join('、')}</td>
                <td>{a.validTo} <span className="warn small">{t('reports.daysLeft', { n: a.daysLeft ?? 0 })}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Services() {
  const { t } = useTranslation(HEALTH_NS);
  const q = useQuery({ queryKey: ['health.serviceReport'], queryFn: ({ signal }) => healthApi.serviceReport(signal) });
  if (q.error) return <Problem error={q.error} />;
  if (!q.data) return null;
  const kinds = ['parent_class', 'tcm_massage', 'development_guidance'] as const;
  return (
    <section className="panel" aria-labelledby="svc-h">
      <h2 id="svc-h">{t('reports.serviceCoverage', { from: q.data.from, to: q.data.to })}</h2>
      <div className="table-wrap">
        <table className="data-table compact">
          <thead><tr><th scope="col">{t('reports.division')}</th><th scope="col">{t('reports.placed')}</th>{kinds.map((k) => <th scope="col" key={k}>{t('reports.servedKind', { kind: t(`services.kind.${k}`) })}</th>)}</tr></thead>
          <tbody>
            {q.data.rows.map((r) => (
              <tr key={r.divisionId}>
                <th scope="row">{r.name}</th>
                <td className="num">{r.childrenPlaced}</td>
                {kinds.map((k) => {
                  const x = r.byKind.find((b) => b.kind === k);
                  return <td className="num" key={k}>{x ? `${x.children} / ${x.attendances}` : '–'}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Training() {
  const { t } = useTranslation(HEALTH_NS);
  const q = useQuery({ queryKey: ['health.trainingReport'], queryFn: ({ signal }) => healthApi.trainingReport(signal) });
  if (q.error) return <Problem error={q.error} />;
  if (!q.data) return null;
  const rows = [...q.data.rows].sort((a, b) => Number(a.compliant) - Number(b.compliant));
  return (
    <section className="panel" aria-labelledby="tr-h">
      <h2 id="tr-h">{t('reports.training')} <span className="muted small">{t('reports.compliantCount', { c: rows.filter((r) => r.compliant).length, n: rows.length })}</span></h2>
      <div className="table-wrap">
        <table className="data-table compact">
          <thead><tr><th scope="col">{t('reports.facility')}</th><th scope="col">{t('reports.directors')}</th><th scope="col">{t('reports.certs')}</th><th scope="col">{t('desk.status')}</th></tr></thead>
          <tbody>
            {rows.slice(0, 100).map((r) => (
              <tr key={r.facilityId}>
                <th scope="row">{r.name}</th>
                <td className="num">{r.directorsCompliant} / {r.directors}</td>
                <td className="num">{r.healthCertsValid} / {r.staff}</td>
                <td><span className={`pill ${r.compliant ? 'ok' : 'warn'}`}>{r.compliant ? t('training.compliant') : t('training.notCompliant')}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
