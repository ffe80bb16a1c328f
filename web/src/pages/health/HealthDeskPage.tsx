/**
 * The health desk (/health/desk, 保健工作台) of health workers and directors, tablet-first: the children of the
 * facilities one looks after with the child-health visit due, overdue or upcoming; recording a check right there —
 * the WHO assessment and any flag appear at once —; the open follow-ups to close; and, for a director, the facility's
 * training and health-certificate compliance.
 */
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/http.ts';
import { Link } from '../../router.tsx';
import { ageMonths, can, healthApi, todayIso, useMe } from './api.ts';
import { HEALTH_NS } from './i18n.ts';
import { CheckResult, FlagBadge, Gate, Problem } from './parts.tsx';
import { StaffCompliance } from './StaffCompliance.tsx';
import './health.css';

type Tab = 'attention' | 'upcoming' | 'all';
type DeskItem = Schemas['HealthDeskItem'];

export default function HealthDeskPage() {
  const { t } = useTranslation(HEALTH_NS);
  const me = useMe();
  return (
    <Gate me={me} allowed={(c) => can(c, 'health_desk', 'read') !== null}>
      <div className="page health-page tablet-first">
        <header className="page-head">
          <h1>{t('desk.title')}</h1>
          <p className="muted">{t('desk.intro')}</p>
        </header>
        <Desk />
        <Flags />
        {me.data?.user?.facilityId && can(me.data.capabilities, 'training_record', 'read') && <StaffCompliance facilityId={me.data.user.facilityId} title={t('desk.compliance')} />}
      </div>
    </Gate>
  );
}

function Desk() {
  const { t } = useTranslation(HEALTH_NS);
  const qc = useQueryClient();
  const [tab, setTab] = useState<Tab>('attention');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const desk = useQuery({ queryKey: ['health.desk', tab, page], queryFn: ({ signal }) => healthApi.desk(tab, page, signal) });
  const today = todayIso();
  return (
    <section className="panel" aria-labelledby="desk-h">
      <h2 id="desk-h" className="visually-hidden">{t('desk.title')}</h2>
      <div className="segmented" role="tablist" aria-label={t('desk.title')}>
        {(['attention', 'upcoming', 'all'] as const).map((k) => (
          <button key={k} type="button" role="tab" aria-selected={tab === k} className={tab === k ? 'on' : ''} onClick={() => { setTab(k); setPage(1); }}>
            {t(`desk.tabs.${k}`)}
          </button>
        ))}
      </div>
      {desk.data && <p className="muted small">{t('desk.counts', desk.data.counts)}</p>}
      {desk.isPending && <p className="loading">{t('loading')}</p>}
      {desk.error && <Problem error={desk.error} />}
      {desk.data?.items.length === 0 && <p>{t('desk.empty')}</p>}
      {desk.data && desk.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="data-table desk-table">
            <thead>
              <tr>
                <th scope="col">{t('desk.child')}</th>
                <th scope="col">{t('desk.facility')}</th>
                <th scope="col">{t('desk.age')}</th>
                <th scope="col">{t('desk.visit')}</th>
                <th scope="col">{t('desk.status')}</th>
                <th scope="col">{t('desk.entryExam')}</th>
                <th scope="col">{t('desk.openFlags')}</th>
                <th scope="col"><span className="visually-hidden">{t('check.record')}</span></th>
              </tr>
            </thead>
            <tbody>
              {desk.data.items.map((i) => (
                <DeskRow key={i.child.id} item={i} today={today} open={open === i.child.id} onToggle={() => {
                    // the list is refreshed when a form closes (a saved check may move the child), not under it
                    if (open !== null) void qc.invalidateQueries({ queryKey: ['health.desk'] });
                    setOpen(open === i.child.id ? null : i.child.id);
                  }} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {desk.data && desk.data.total > desk.data.pageSize && (
        <div className="pagination">
          <button type="button" className="btn light small" disabled={page === 1} onClick={() => setPage(page - 1)}>‹</button>
          <span>{page} / {Math.ceil(desk.data.total / desk.data.pageSize)}</span>
          <button type="button" className="btn light small" disabled={page * desk.data.pageSize >= desk.data.total} onClick={() => setPage(page + 1)}>›</button>
        </div>
      )}
    </section>
  );
}

function DeskRow({ item, today, open, onToggle }: { item: DeskItem; today: string; open: boolean; onToggle: () => void }) {
  const { t } = useTranslation(HEALTH_NS);
  const c = item.child;
  const name = `${c.familyName}${c.givenName}`;
  return (
    <>
      <tr>
        <th scope="row">
          <Link to={`/health/children/${c.id}`}>{name}</Link>
        </th>
        <td>{c.facilityName} · {c.className}</td>
        <td>{t('months', { n: ageMonths(c.birthDate, today) })}</td>
        <td>{item.visit ? <>{t('desk.visitName', { n: item.visit.months })}<br /><span className="muted small">{item.visit.dueOn}</span></> : '–'}</td>
        <td>{item.visit ? <span className={`pill st-${item.visit.status}`}>{t(`desk.statuses.${item.visit.status}`)}</span> : '–'}</td>
        <td>{item.entryExam ? (item.entryExam.passed ? `✓ ${item.entryExam.examinedOn}` : t('check.failed')) : <span className="muted">{t('desk.noEntryExam')}</span>}</td>
        <td>{item.openFlags || '–'}</td>
        <td>
          <button type="button" className="btn primary small" aria-expanded={open} onClick={onToggle}>
            {t('check.record')}
          </button>
        </td>
      </tr>
      {open && (
        <tr className="desk-expand">
          <td colSpan={8}>
            <RecordCheck child={c} name={name} />
          </td>
        </tr>
      )}
    </>
  );
}

interface CheckForm {
  kind: Schemas['HealthCheckInput']['kind'];
  examinedOn: string;
  weightKg: string;
  lengthCm: string;
  position: '' | 'l' | 'h';
  headCm: string;
  haemoglobinGL: string;
  hearing: '' | 'pass' | 'refer';
  development: '' | 'normal' | 'suspect' | 'abnormal';
  conclusion: string;
  passed: boolean;
}

const num = (s: string): number | null => (s.trim() === '' ? null : Number(s));

/** Records a check of one child; the saved check (scores and flags) replaces the form. */
function RecordCheck({ child, name }: { child: Schemas['HealthDeskItem']['child']; name: string }) {
  const { t } = useTranslation(HEALTH_NS);
  const qc = useQueryClient();
  const today = todayIso();
  const days = (Date.parse(today) - Date.parse(child.birthDate)) / 86_400_000;
  const [f, setF] = useState<CheckForm>({ kind: 'periodic', examinedOn: today, weightKg: '', lengthCm: '', position: days < 731 ? 'l' : 'h', headCm: '', haemoglobinGL: '', hearing: '', development: '', conclusion: '', passed: true });
  const [id] = useState(() => crypto.randomUUID());
  const save = useMutation({
    mutationFn: () =>
      healthApi.recordCheck(child.id, {
        id,
        kind: f.kind,
        examinedOn: f.examinedOn,
        weightKg: num(f.weightKg),
        lengthCm: num(f.lengthCm),
        position: num(f.lengthCm) === null ? null : f.position || null,
        headCm: num(f.headCm),
        haemoglobinGL: num(f.haemoglobinGL),
        hearing: f.hearing || null,
        development: f.development || null,
        conclusion: f.conclusion.trim() || null,
        ...(f.kind === 'entry' ? { passed: f.passed } : {}),
      }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['health.flags'] }),
  });
  const set = <K extends keyof CheckForm>(k: K, v: CheckForm[K]) => setF((x) => ({ ...x, [k]: v }));
  if (save.data) {
    return (
      <div className="recorded" role="status">
        <p className="notice success">{t('check.recorded')}</p>
        <CheckResult check={save.data} showFlags />
        {save.data.flags.length === 0 && <p className="muted">{t('check.noFlags')}</p>}
      </div>
    );
  }
  const field = save.error && 'issues' in save.error ? (save.error as { issues: readonly { field: string }[] }).issues[0]?.field : undefined;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const input = (k: 'weightKg' | 'lengthCm' | 'headCm' | 'haemoglobinGL', label: string, step: string) => (
    <label className="field">
      <span className="label">{label}</span>
      <input type="number" inputMode="decimal" step={step} value={f[k]} onChange={(e) => set(k, e.target.value)} aria-invalid={field === k} />
    </label>
  );
  return (
    <form className="check-form" onSubmit={onSubmit} aria-label={t('check.recordFor', { name })}>
      <h3>{t('check.recordFor', { name })}</h3>
      <div className="form-grid">
        <label className="field">
          <span className="label">{t('check.kindLabel')}</span>
          <select value={f.kind} onChange={(e) => set('kind', e.target.value as CheckForm['kind'])}>
            {(['periodic', 'child_health_visit', 'entry'] as const).map((k) => (
              <option key={k} value={k}>{t(`check.kind.${k}`)}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="label">{t('check.date')}</span>
          <input type="date" value={f.examinedOn} max={today} onChange={(e) => set('examinedOn', e.target.value)} aria-invalid={field === 'examinedOn'} />
        </label>
        {input('weightKg', t('check.weight'), '0.01')}
        {input('lengthCm', t('check.length'), '0.1')}
        <fieldset className="field">
          <legend className="label">{t('check.position')}</legend>
          <div className="radios">
            {(['l', 'h'] as const).map((p) => (
              <label key={p}>
                <input type="radio" name={`pos-${child.id}`} checked={f.position === p} onChange={() => set('position', p)} /> {t(`check.positions.${p}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {input('headCm', t('check.head'), '0.1')}
        {input('haemoglobinGL', t('check.hb'), '1')}
        <label className="field">
          <span className="label">{t('check.hearing')}</span>
          <select value={f.hearing} onChange={(e) => set('hearing', e.target.value as CheckForm['hearing'])}>
            <option value="">–</option>
            <option value="pass">{t('check.hearings.pass')}</option>
            <option value="refer">{t('check.hearings.refer')}</option>
          </select>
        </label>
        <label className="field">
          <span className="label">{t('check.development')}</span>
          <select value={f.development} onChange={(e) => set('development', e.target.value as CheckForm['development'])}>
            <option value="">–</option>
            {(['normal', 'suspect', 'abnormal'] as const).map((d) => (
              <option key={d} value={d}>{t(`check.developments.${d}`)}</option>
            ))}
          </select>
        </label>
        {f.kind === 'entry' && (
          <label className="field check">
            <input type="checkbox" checked={f.passed} onChange={(e) => set('passed', e.target.checked)} /> {t('check.passed')}
          </label>
        )}
        <label className="field span-2">
          <span className="label">{t('check.conclusion')}</span>
          <textarea rows={2} value={f.conclusion} onChange={(e) => set('conclusion', e.target.value)} />
        </label>
      </div>
      {save.error && <Problem error={save.error} />}
      <div className="form-actions">
        <button type="submit" className="btn primary" disabled={save.isPending}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}

function Flags() {
  const { t } = useTranslation(HEALTH_NS);
  const qc = useQueryClient();
  const flags = useQuery({ queryKey: ['health.flags'], queryFn: ({ signal }) => healthApi.flags(signal) });
  const [outcome, setOutcome] = useState<Record<string, string>>({});
  const done = useMutation({
    mutationFn: (id: string) => healthApi.completeFlag(id, outcome[id] ?? ''),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['health.flags'] }),
  });
  return (
    <section className="panel" aria-labelledby="flags-h">
      <h2 id="flags-h">{t('flag.title')}</h2>
      {flags.error && <Problem error={flags.error} />}
      {flags.data?.items.length === 0 && <p className="muted">{t('flag.none')}</p>}
      <ul className="flag-list">
        {flags.data?.items.map((f) => (
          <li key={f.id}>
            <div>
              <Link to={`/health/children/${f.child.id}`}>{f.child.familyName}{f.child.givenName}</Link>
              {f.facility && <span className="muted small"> · {f.facility.name}</span>} <FlagBadge flag={f} />{' '}
              <span className={`small ${f.overdue ? 'warn' : 'muted'}`}>{f.overdue ? t('flag.overdue') : ''} {t('flag.due', { date: f.dueOn })}</span>
            </div>
            <div className="inline-form">
              <label className="visually-hidden" htmlFor={`o-${f.id}`}>{t('flag.outcome')}</label>
              <input id={`o-${f.id}`} placeholder={t('flag.outcome')} value={outcome[f.id] ?? ''} onChange={(e) => setOutcome((o) => ({ ...o, [f.id]: e.target.value }))} />
              <button type="button" className="btn light small" disabled={!(outcome[f.id] ?? '').trim() || done.isPending} onClick={() => done.mutate(f.id)}>
                {t('flag.done')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {done.error && <Problem error={done.error} />}
    </section>
  );
}
