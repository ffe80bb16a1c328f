/**
 * Growth and health for guardians (/health, phone-first): their children, each one's WHO growth chart (SD lines or
 * centiles, printable SVG), a plain-language reading of where the child stands, the check results and the health
 * services attended. Also opened by the facility and signed health workers for one child (/health/children/:id).
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/http.ts';
import { Link } from '../../router.tsx';
import { can, healthApi, useMe } from './api.ts';
import { GrowthChart, type ChartIndicator } from './GrowthChart.tsx';
import { HEALTH_NS } from './i18n.ts';
import { CheckResult, Gate, Problem } from './parts.tsx';
import './health.css';

const INDICATORS: readonly ChartIndicator[] = ['wfa', 'lhfa', 'wflh', 'hcfa'];

export default function GuardianHealthPage({ childId }: { childId?: string }) {
  const { t } = useTranslation(HEALTH_NS);
  const me = useMe();
  return (
    <Gate me={me} allowed={(c) => can(c, 'health_record', 'read') !== null}>
      <div className="page health-page phone-first">
        <header className="page-head">
          <h1>{t('guardian.title')}</h1>
          <p className="muted">{t('guardian.intro')}</p>
        </header>
        {childId ? <ChildHealth id={childId} /> : <MyChildren />}
      </div>
    </Gate>
  );
}

function MyChildren() {
  const { t } = useTranslation(HEALTH_NS);
  const children = useQuery({ queryKey: ['health.children'], queryFn: ({ signal }) => healthApi.children(signal) });
  const [picked, setPicked] = useState<string | null>(null);
  if (children.isPending) return <p className="loading">{t('loading')}</p>;
  if (children.error) return <Problem error={children.error} />;
  const items = children.data.items;
  if (items.length === 0) return <p>{t('guardian.noChildren')}</p>;
  const id = picked ?? items[0]!.id;
  return (
    <>
      {items.length > 1 && (
        <div className="segmented" role="tablist" aria-label={t('guardian.title')}>
          {items.map((c) => (
            <button key={c.id} type="button" role="tab" aria-selected={c.id === id} className={c.id === id ? 'on' : ''} onClick={() => setPicked(c.id)}>
              {c.givenName}
            </button>
          ))}
        </div>
      )}
      <ChildHealth id={id} key={id} />
    </>
  );
}

function ChildHealth({ id }: { id: string }) {
  const { t } = useTranslation(HEALTH_NS);
  const me = useMe();
  const growth = useQuery({ queryKey: ['health.growth', id], queryFn: ({ signal }) => healthApi.growth(id, signal) });
  const guardian = can(me.data?.capabilities, 'health_record', 'read') === 'own_children';
  const checks = useQuery({ queryKey: ['health.checks', id], queryFn: ({ signal }) => healthApi.checks(id, guardian ? 'guardian_access' : 'health_care', signal) });
  const services = useQuery({ queryKey: ['health.childServices', id], queryFn: ({ signal }) => healthApi.childServices(id, signal), enabled: can(me.data?.capabilities, 'service_registration', 'read') !== null });
  const [indicator, setIndicator] = useState<ChartIndicator>('wfa');
  const [kind, setKind] = useState<'sd' | 'centile'>('centile');
  if (growth.isPending) return <p className="loading">{t('loading')}</p>;
  if (growth.error) return <Problem error={growth.error} />;
  const g = growth.data;
  return (
    <div className="health-stack">
      <h2 className="child-name">
        {g.child.givenName} <span className="muted small">{t(`sex.${g.child.sex}`)} · {g.child.birthDate}</span>
      </h2>
      <Reading growth={g} />
      <section className="panel" aria-labelledby="chart-h">
        <div className="chart-head">
          <h3 id="chart-h">{t('chart.title')}</h3>
          <button type="button" className="btn ghost small no-print" onClick={() => window.print()}>
            {t('print')}
          </button>
        </div>
        <div className="chart-controls no-print">
          <label className="field inline">
            <span className="label">{t('chart.indicator')}</span>
            <select value={indicator} onChange={(e) => setIndicator(e.target.value as ChartIndicator)}>
              {INDICATORS.map((i) => (
                <option key={i} value={i}>
                  {t(`indicator.${i}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field inline">
            <span className="label">{t('chart.kind')}</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as 'sd' | 'centile')}>
              <option value="centile">{t('chart.centile')}</option>
              <option value="sd">{t('chart.sd')}</option>
            </select>
          </label>
        </div>
        {g.visits.length === 0 ? <p>{t('chart.noData')}</p> : <GrowthChart growth={g} indicator={indicator} kind={kind} />}
      </section>
      <section className="panel" aria-labelledby="checks-h">
        <h3 id="checks-h">{t('guardian.checks')}</h3>
        {checks.data?.items.length === 0 && <p className="muted">{t('chart.noData')}</p>}
        <ul className="check-list">
          {checks.data?.items.map((c) => (
            <li key={c.id}>
              <CheckResult check={c} showFlags={!guardian} />
            </li>
          ))}
        </ul>
      </section>
      {services.data && (
        <section className="panel" aria-labelledby="services-h">
          <h3 id="services-h">{t('guardian.services')}</h3>
          <ul className="plain-list">
            {services.data.counts.map((c) => (
              <li key={c.kind}>
                {t(`services.kind.${c.kind}`)}：{t('guardian.attended', { n: c.attended })}
              </li>
            ))}
            {services.data.upcoming.map((u) => (
              <li key={u.registrationId}>
                {t('guardian.upcoming')}：{u.title}（{new Date(u.startsAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' })}）
              </li>
            ))}
          </ul>
          <Link to="/services" className="btn light small no-print">
            {t('guardian.toServices')}
          </Link>
        </section>
      )}
    </div>
  );
}

/** The plain-language reading, one sentence per indicator (never alarming inside the usual range). */
function Reading({ growth }: { growth: Schemas['ChildGrowth'] }) {
  const { t } = useTranslation(HEALTH_NS);
  if (growth.reading.length === 0) return null;
  const centile = (c: number) => Math.min(99, Math.max(1, Math.round(c)));
  return (
    <section className="panel reading" aria-labelledby="reading-h" data-testid="growth-reading">
      <h3 id="reading-h">{t('reading.title')}</h3>
      <ul className="plain-list">
        {growth.reading.map((r) => (
          <li key={r.indicator} data-band={r.band}>
            {t(`reading.${r.band}`, { indicator: t(`indicatorShort.${r.indicator}`), centile: centile(r.centile) })}
            {r.trend && <> {t(`reading.${r.trend}`)}</>}
          </li>
        ))}
      </ul>
      <p className="muted small">{t('reading.asOf', { date: growth.reading[0]!.date })}</p>
    </section>
  );
}
