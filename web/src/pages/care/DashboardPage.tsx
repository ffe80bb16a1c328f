/**
 * The director's dashboard (/care/dashboard, 园所看板): attendance now, every class's ratio, check completeness, open
 * alerts and tasks (an outbreak with its 24-hour report deadline first), and who is not yet collected near closing
 * time. Refreshes every few seconds.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { careApi, hhmm, type Alert } from './api.ts';
import { can, useSession } from '../../auth.tsx';
import { CARE_NS } from './i18n.ts';
import './care.css';

/** MM-DD of an ISO time in the city's time zone. */
function monthDay(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

export default function DashboardPage() {
  const { t } = useTranslation(CARE_NS);
  const qc = useQueryClient();
  const session = useSession();
  const facilityId = session.data?.user?.facilityId ?? null;
  const allowed = can(session.data, 'care_dashboard', 'read') && !!facilityId;
  const q = useQuery({ queryKey: ['care', 'dashboard', facilityId], queryFn: () => careApi.dashboard(facilityId!), enabled: allowed, refetchInterval: 3_000, retry: false });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['care', 'dashboard'] });
  const close = useMutation({ mutationFn: ({ a, status }: { a: Alert; status: 'done' | 'dismissed' }) => careApi.closeAlert(a.id, status, t(status === 'done' ? 'dash.done' : 'dash.dismiss')), onSuccess: refresh });
  const report = useMutation({ mutationFn: (a: Alert) => careApi.reported(a.id, t('dash.reportNote')), onSuccess: refresh });
  if (session.isLoading) return <div className="loading">…</div>;
  if (!allowed)
    return (
      <div className="page narrow">
        <h1>{t('dash.title')}</h1>
        <p className="muted">{t('dash.forDirectors')}</p>
      </div>
    );
  const d = q.data;
  const alerts = [...(d?.alerts ?? [])].sort((a, b) => (a.kind === 'outbreak' ? -1 : 0) - (b.kind === 'outbreak' ? -1 : 0));
  const mayReport = can(session.data, 'outbreak_report', 'update');
  return (
    <div className="page dashboard">
      <div className="page-head">
        <h1>
          {t('dash.title')} {d && <span className="muted small">{d.facility.name}</span>}
        </h1>
        {d && <p className="muted">{t('dash.now', { time: hhmm(d.now) })}</p>}
      </div>
      {d && (
        <>
          <dl className="totals">
            {(
              [
                ['expected', d.totals.expected],
                ['present', d.totals.present],
                ['out', d.totals.checkedOut],
                ['absent', d.totals.absentReported],
                ['notArrived', d.totals.notArrived],
                ['checks', d.totals.morningChecksDone],
                ['carers', d.totals.carers],
              ] as const
            ).map(([k, v]) => (
              <div key={k} className={`total ${k === 'notArrived' && v > 0 ? 'warn' : ''}`}>
                <dt>{t(`dash.${k}`)}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
          <section aria-labelledby="dash-alerts" className="dash-alerts">
            <h2 id="dash-alerts">{t('dash.alerts')}</h2>
            {alerts.length === 0 && <p className="muted">{t('tablet.noAlerts')}</p>}
            <ul className="alert-list">
              {alerts.map((a) => (
                <li key={a.id} className={`alert-item ${a.kind}`} data-alert-kind={a.kind}>
                  <span className="badge">{t(`alert.${a.kind}`)}</span>{' '}
                  {a.kind === 'outbreak' ? (
                    <strong>
                      {t('dash.outbreak', { className: a.className, count: a.details.cases ?? 0, syndrome: a.details.syndrome ? t(`syndrome.${a.details.syndrome}`) : '', due: a.dueAt ? `${monthDay(a.dueAt)} ${hhmm(a.dueAt)}` : '' })}
                      {a.dueAt && Date.parse(a.dueAt) < Date.parse(d.now) && <span className="error"> · {t('dash.overdue')}</span>}
                    </strong>
                  ) : (
                    <span>
                      {a.className}
                      {a.childName ? ` · ${a.childName}` : ''} · {hhmm(a.openedAt)}
                    </span>
                  )}
                  <span className="alert-actions">
                    {a.kind === 'outbreak' ? (
                      mayReport && (
                        <button type="button" className="btn primary small" onClick={() => report.mutate(a)}>
                          {t('dash.report')}
                        </button>
                      )
                    ) : (
                      <>
                        <button type="button" className="btn ghost small" onClick={() => close.mutate({ a, status: 'done' })}>
                          {t('dash.done')}
                        </button>
                        <button type="button" className="btn ghost small" onClick={() => close.mutate({ a, status: 'dismissed' })}>
                          {t('dash.dismiss')}
                        </button>
                      </>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="dash-classes">
            <h2 id="dash-classes">{t('dash.classes')}</h2>
            <div className="table-wrap">
              <table className="dash-table">
                <thead>
                  <tr>
                    <th scope="col">{t('dash.className')}</th>
                    <th scope="col">{t('dash.present')}</th>
                    <th scope="col">{t('dash.expected')}</th>
                    <th scope="col">{t('dash.absent')}</th>
                    <th scope="col">{t('dash.notArrived')}</th>
                    <th scope="col">{t('dash.checks')}</th>
                    <th scope="col">{t('dash.ratio')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.classes.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">{c.name}</th>
                      <td>{c.present}</td>
                      <td>{c.expected}</td>
                      <td>{c.absentReported}</td>
                      <td className={c.notArrived ? 'warn' : ''}>{c.notArrived}</td>
                      <td>
                        {c.morningChecksDone}/{c.present + c.checkedOut}
                      </td>
                      <td className={c.ratio.ok ? 'ok' : 'bad'}>
                        {c.ratio.carers}:{c.ratio.present} {c.ratio.ok ? t('dash.ratioOk') : t('dash.ratioBad', { needed: c.ratio.needed })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="dash-waiting">
            <h2 id="dash-waiting">{t('dash.notCollected')}</h2>
            {d.closingSoon ? (
              d.notCollected.length ? (
                <ul className="plain-list">
                  {d.notCollected.map((w) => (
                    <li key={w.childId}>
                      {w.className} · {w.name}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{t('dash.noneWaiting')}</p>
              )
            ) : (
              <p className="muted">
                {d.facility.closes ? `${d.facility.opens ?? ''}–${d.facility.closes}` : ''}
              </p>
            )}
          </section>
        </>
      )}
    </div>
  );
}
