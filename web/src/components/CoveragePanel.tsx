/**
 * "15分钟覆盖率": the share of the city's children 0–3 living within N minutes' walk of a childcare facility (of one
 * with a free place when the map's free filter is on), the children left out, and one bar per county-level
 * division, best covered first. Minutes and walking speed are chosen here; the numbers come from
 * GET /api/access/coverage (computed over the street network on the server).
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { coverageQuery } from '../api/access.ts';
import { formatNumber } from '../format.ts';
import { formatShare } from '../map/format.ts';

export const COVERAGE_MINUTES = [5, 10, 15, 20] as const;
export const WALK_SPEEDS = [3, 3.6, 4, 4.5, 5] as const;
export const DEFAULT_SPEED = 4;

/** Bar colour by share: green from 60%, teal from 40%, amber below. */
export function shareClass(share: number): string {
  if (share >= 0.6) return 'good';
  if (share >= 0.4) return 'fair';
  return 'low';
}

export function CoveragePanel(props: {
  minutes: number;
  speedKmh: number;
  free: boolean;
  onMinutes: (m: number) => void;
  onSpeed: (s: number) => void;
  /** English division names by id (the coverage report carries the Chinese name only). */
  namesEn: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const zh = lang.startsWith('zh');
  const { minutes, speedKmh, free } = props;
  const q = useQuery(coverageQuery(minutes, speedKmh, free));
  const report = q.data;
  const rows = useMemo(() => [...(report?.divisions ?? [])].sort((a, b) => b.share - a.share || a.divisionId.localeCompare(b.divisionId)), [report]);
  const name = (id: string, fallback: string) => (zh ? fallback : props.namesEn.get(id) || fallback);

  return (
    <div className="coverage" aria-busy={q.isFetching}>
      <div className="coverage-controls">
        <fieldset className="seg">
          <legend>{t('access.coverage.minutes')}</legend>
          <div className="seg-options">
            {COVERAGE_MINUTES.map((m) => (
              <label key={m} className={m === minutes ? 'on' : ''}>
                <input type="radio" name="coverage-minutes" value={m} checked={m === minutes} onChange={() => props.onMinutes(m)} />
                {t('access.coverage.minutesOption', { minutes: m })}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="field coverage-speed">
          <span className="label">{t('access.coverage.speed')}</span>
          <select value={speedKmh} onChange={(e) => props.onSpeed(Number(e.target.value))}>
            {WALK_SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s === DEFAULT_SPEED ? t('access.coverage.speedDefault', { speed: formatNumber(s, lang) }) : t('access.coverage.speedOption', { speed: formatNumber(s, lang) })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {free && <p className="coverage-free-note small">{t('access.coverage.freeNote')}</p>}

      {q.isPending && <p className="loading small">{t('access.coverage.loading')}</p>}
      {q.isError && (
        <div className="error small" role="alert">
          {t('access.coverage.error')}{' '}
          <button type="button" className="btn ghost small" onClick={() => void q.refetch()}>
            {t('app.retry')}
          </button>
        </div>
      )}
      {report && report.summary.children === 0 && <p className="muted small">{t('access.coverage.none')}</p>}
      {report && report.summary.children > 0 && (
        <>
          <div className="coverage-headline" data-testid="coverage-share">
            <strong>{formatShare(report.summary.share, lang)}</strong>
            <span>{t(free ? 'access.coverage.headlineFree' : 'access.coverage.headline', { minutes: report.params.minutes })}</span>
          </div>
          <div className="coverage-meter" aria-hidden="true">
            <span style={{ width: `${Math.round(report.summary.share * 1000) / 10}%` }} />
          </div>
          <p className="small muted coverage-children">
            {t('access.coverage.children', { children: formatNumber(report.summary.children, lang), covered: formatNumber(report.summary.covered, lang) })}
            {' · '}
            {t('access.coverage.facilities', { n: formatNumber(report.summary.facilities, lang) })}
          </p>
          <dl className="coverage-facts">
            <div>
              <dt>{t('access.coverage.uncovered')}</dt>
              <dd data-testid="coverage-uncovered">{t('access.coverage.uncoveredCount', { n: formatNumber(report.summary.children - report.summary.covered, lang) })}</dd>
            </div>
          </dl>
          <h3 className="panel-h" id="coverage-divisions">
            {t('access.coverage.byDivision')}
          </h3>
          <ul className="coverage-bars" aria-labelledby="coverage-divisions">
            {rows.map((d) => {
              const label = name(d.divisionId, d.name);
              const share = formatShare(d.share, lang);
              return (
                <li key={d.divisionId} aria-label={t('access.coverage.divisionRow', { name: label, share, covered: formatNumber(d.covered, lang), children: formatNumber(d.children, lang) })}>
                  <span className="coverage-name">{label}</span>
                  <span className="coverage-bar" aria-hidden="true">
                    <span className={shareClass(d.share)} style={{ width: `${Math.round(d.share * 1000) / 10}%` }} />
                  </span>
                  <span className="coverage-pct">{share}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p className="muted small coverage-intro">{t('access.coverage.intro')}</p>
    </div>
  );
}
