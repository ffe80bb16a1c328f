/**
 * The bureaus' dashboard (数据看板): the city's figures by county, a county's by facility, a facility's own — the
 * same figures at every level (the director sees their facility's). Clicking a bar or a name drills down; the
 * crumbs lead back up; the level lives in the URL (?division=…&facility=…). Charts by ECharts beside the table of the
 * same numbers; the table exports to Excel; officials download the monthly report and take the monthly snapshot.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TierBadge } from '../../components/Badges.tsx';
import { formatNumber } from '../../format.ts';
import { Link, useSearchParams } from '../../router.tsx';
import { Chart, type Series } from './Chart.tsx';
import { figuresQuery, figuresXlsx, monthlyReportXlsx, previousMonth, takeSnapshot, type DeskFigureRow, type DeskFigures } from './desk-api.ts';
import { saveBlob } from './download.ts';
import { DESK_NS } from './i18n-desk.ts';
import { failureText } from './issue-text.ts';
import { useDesk } from './session.ts';
import './bureau.css';

const pct = (v: number, lang: string) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(v);
const yuan = (fen: number, lang: string) => new Intl.NumberFormat(lang, { style: 'currency', currency: 'CNY' }).format(fen / 100);

function hrefFor(level: 'city' | 'division' | 'facility', id?: string): string {
  if (level === 'division' && id) return `/bureau/dashboard?division=${encodeURIComponent(id)}`;
  if (level === 'facility' && id) return `/bureau/dashboard?facility=${encodeURIComponent(id)}`;
  return '/bureau/dashboard';
}

export default function DashboardPage() {
  const { t, i18n } = useTranslation(DESK_NS);
  const lang = i18n.language;
  const desk = useDesk();
  const [params] = useSearchParams();
  const target = { division: params.get('division') ?? undefined, facility: params.get('facility') ?? undefined };
  const allowed = desk.can('desk_figures', 'read');
  const figures = useQuery({ ...figuresQuery(target), enabled: allowed });

  if (desk.loading) return <p className="loading">{t('bureau:loading')}</p>;
  if (!desk.user || !allowed) {
    return (
      <div className="page narrow">
        <h1>{t('dash.title')}</h1>
        <p className="muted">{t('dash.forOfficials')}</p>
      </div>
    );
  }
  return (
    <div className="page bureau-page">
      <div className="page-head">
        <h1>{t('dash.title')}</h1>
        <p className="muted">{t('dash.intro')}</p>
      </div>
      {figures.isError && (
        <p className="error" role="alert">
          {failureText(figures.error, t)}
        </p>
      )}
      {figures.data && <Level f={figures.data} target={target} lang={lang} />}
      {!figures.data && !figures.isError && <p className="loading">{t('bureau:loading')}</p>}
      {desk.can('monthly_report', 'read') && <ReportBox />}
    </div>
  );
}

function Level({ f, target, lang }: { f: DeskFigures; target: { division?: string; facility?: string }; lang: string }) {
  const { t } = useTranslation(DESK_NS);
  const { navigate } = useNav();
  const desk = useDesk();
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const unitName = f.level === 'city' ? t('dash.city') : f.unit.name;
  const crumbs: Array<{ label: string; href: string | null }> = [];
  if (f.level !== 'city') crumbs.push({ label: t('dash.city'), href: hrefFor('city') });
  if (f.level === 'facility' && f.parent?.level === 'division') crumbs.push({ label: f.parent.name, href: hrefFor('division', f.parent.id) });
  crumbs.push({ label: unitName, href: null });

  const rows = f.rows;
  const categories = useMemo(() => rows.map((r) => r.name), [rows]);
  const series = useMemo<Series[]>(
    () =>
      f.level === 'city'
        ? [{ name: t('dash.series.per1000'), type: 'bar', values: rows.map((r) => r.placesPer1000), mark: { value: f.target.placesPer1000, label: t('dash.per1000Target', { target: f.target.placesPer1000 }) } }]
        : [{ name: t('dash.series.occupancy'), type: 'bar', values: rows.map((r) => r.occupancy) }],
    [f.level, f.target.placesPer1000, rows, t],
  );
  const tierCats = useMemo(() => f.byTier.map((b) => t(`translation:tier.${b.tier}`)), [f.byTier, t]);
  const tierSeries = useMemo<Series[]>(() => [{ name: t('dash.series.occupancy'), type: 'bar', values: f.byTier.map((b) => b.occupancy) }], [f.byTier, t]);
  const trendCats = useMemo(() => f.trend.map((p) => p.month), [f.trend]);
  const trendSeries = useMemo<Series[]>(() => [{ name: t('dash.series.places'), type: 'line', values: f.trend.map((p) => p.places) }, { name: t('dash.series.enrolled'), type: 'line', values: f.trend.map((p) => p.enrolled) }], [f.trend, t]);
  const drill = (r: DeskFigureRow) => hrefFor(r.level, r.id);

  const exportTable = async () => {
    setExporting(true);
    setError(null);
    try {
      saveBlob(await figuresXlsx(target), `figures-${f.unit.id}-${f.asOf}.xlsx`);
    } catch (e) {
      setError(failureText(e, t));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <nav aria-label={t('dash.crumbs')} className="crumbs">
        <ol>
          {crumbs.map((c) => (
            <li key={c.label}>{c.href ? <Link to={c.href}>{c.label}</Link> : <span aria-current="page">{c.label}</span>}</li>
          ))}
        </ol>
        <span className="muted small">{t('dash.asOf', { date: f.asOf })}</span>
      </nav>
      <h2 className="unit-title">{unitName}</h2>
      <section aria-label={t('dash.kpis')} className="kpis">
        {f.level !== 'facility' && <Kpi label={t('dash.per1000')} value={f.total.placesPer1000 === null ? '—' : formatNumber(f.total.placesPer1000, lang)} note={t('dash.per1000Target', { target: f.target.placesPer1000 })} />}
        <Kpi label={t('dash.places')} value={formatNumber(f.total.places, lang)} />
        <Kpi label={t('dash.enrolled')} value={formatNumber(f.total.enrolled, lang)} />
        <Kpi label={t('dash.occupancy')} value={pct(f.total.occupancy, lang)} />
        <Kpi label={t('dash.waiting')} value={formatNumber(f.total.waiting, lang)} />
        <Kpi label={t('dash.signing')} value={pct(f.total.signingRate, lang)} />
        <Kpi label={t('dash.training')} value={pct(f.total.trainingRate, lang)} />
        <Kpi label={t('dash.subsidyPaid')} value={yuan(f.total.subsidyPaidFen, lang)} />
      </section>
      {f.level !== 'facility' && rows.length > 0 && (
        <div className="chart-grid">
          <figure className="panel">
            <figcaption>{f.level === 'city' ? t('dash.chartDivisions', { target: f.target.placesPer1000 }) : t('dash.chartFacilities')}</figcaption>
            <Chart label={f.level === 'city' ? t('dash.chartDivisions', { target: f.target.placesPer1000 }) : t('dash.chartFacilities')} categories={categories} series={series} percent={f.level !== 'city'} onPick={(i) => rows[i] && navigate(drill(rows[i]))} />
          </figure>
          {f.byTier.length > 0 && (
            <figure className="panel">
              <figcaption>{t('dash.chartTiers')}</figcaption>
              <Chart label={t('dash.chartTiers')} categories={tierCats} series={tierSeries} percent />
            </figure>
          )}
        </div>
      )}
      <figure className="panel">
        <figcaption>{t('dash.chartTrend')}</figcaption>
        {f.trend.length > 0 ? <Chart label={t('dash.chartTrend')} categories={trendCats} series={trendSeries} height={220} /> : <p className="muted small">{t('dash.trendNone')}</p>}
        {desk.can('desk_snapshot', 'create') && f.level === 'city' && <SnapshotButton />}
      </figure>
      <section className="panel" aria-labelledby="dash-table">
        <div className="section-head">
          <h2 id="dash-table">{t('dash.table', { unit: unitName })}</h2>
          <button type="button" className="btn ghost" disabled={exporting} onClick={() => void exportTable()}>
            {exporting ? t('dash.exporting') : t('dash.exportXlsx')}
          </button>
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="table-wrap">
          <table className="data-table" aria-label={t('dash.table', { unit: unitName })}>
            <thead>
              <tr>
                <th scope="col">{t('dash.name')}</th>
                {f.level !== 'city' && <th scope="col">{t('dash.tier')}</th>}
                {f.level === 'city' && <th scope="col" className="num">{t('dash.facilities')}</th>}
                {f.level === 'city' && <th scope="col" className="num">{t('dash.per1000')}</th>}
                <th scope="col" className="num">{t('dash.places')}</th>
                <th scope="col" className="num">{t('dash.enrolled')}</th>
                <th scope="col" className="num">{t('dash.occupancy')}</th>
                <th scope="col" className="num">{t('dash.waiting')}</th>
                <th scope="col" className="num">{t('dash.signing')}</th>
                <th scope="col" className="num">{t('dash.training')}</th>
                {f.level !== 'city' && <th scope="col">{t('dash.grade')}</th>}
                <th scope="col" className="num">{t('dash.subsidyPaid')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{f.level === 'facility' ? r.name : <Link to={drill(r)} aria-label={t('dash.open', { name: r.name })}>{r.name}</Link>}</th>
                  {f.level !== 'city' && <td>{r.tier ? <TierBadge tier={r.tier} short /> : '—'}</td>}
                  {f.level === 'city' && <td className="num">{formatNumber(r.facilities, lang)}</td>}
                  {f.level === 'city' && <td className="num">{r.placesPer1000 === null ? '—' : formatNumber(r.placesPer1000, lang)}</td>}
                  <td className="num">{formatNumber(r.places, lang)}</td>
                  <td className="num">{formatNumber(r.enrolled, lang)}</td>
                  <td className="num">{pct(r.occupancy, lang)}</td>
                  <td className="num">{formatNumber(r.waiting, lang)}</td>
                  <td className="num">{pct(r.signingRate, lang)}</td>
                  <td className="num">{pct(r.trainingRate, lang)}</td>
                  {f.level !== 'city' && <td>{r.grade ?? '—'}</td>}
                  <td className="num">{yuan(r.subsidyPaidFen, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

function useNav() {
  const [, setParams] = useSearchParams();
  return {
    navigate: (href: string) => {
      const q = href.split('?')[1] ?? '';
      setParams(new URLSearchParams(q), { replace: false });
    },
  };
}

function Kpi({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="kpi">
      <span className="kpi-label">{label}</span>
      <strong className="kpi-value">{value}</strong>
      {note && <span className="muted small">{note}</span>}
    </div>
  );
}

function SnapshotButton() {
  const { t } = useTranslation(DESK_NS);
  const month = previousMonth();
  const take = useMutation({ mutationFn: () => takeSnapshot(month) });
  return (
    <div className="button-row">
      <button type="button" className="btn ghost" disabled={take.isPending} onClick={() => take.mutate()}>
        {t('dash.snapshot', { month })}
      </button>
      {take.data && <span role="status">{take.data.taken ? t('dash.snapshotTaken', { month, units: take.data.units }) : t('dash.snapshotKept', { month })}</span>}
      {take.isError && <span role="alert" className="error">{failureText(take.error, t)}</span>}
    </div>
  );
}

function ReportBox() {
  const { t } = useTranslation(DESK_NS);
  const [month, setMonth] = useState(previousMonth());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      saveBlob(await monthlyReportXlsx(month), `monthly-report-${month}.xlsx`);
    } catch (e) {
      setError(failureText(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="report-title">
      <h2 id="report-title">{t('dash.report')}</h2>
      <div className="inline-form">
        <label className="field">
          <span>{t('dash.reportMonth')}</span>
          <input type="month" value={month} onChange={(e) => setMonth(e.target.value)} />
        </label>
        <button type="button" className="btn" disabled={busy || !month} onClick={() => void download()}>
          {t('dash.reportDownload')}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
