/**
 * The guardian's page (/care/day, 宝宝的一天), phone-first: the child's day as it happens (new entries within a
 * second, over the live feed; `?child=` picks one of several), earlier days, the week's menu, the class's teachers (family name and role only), an
 * absence report, and the pickup list.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { translateFailure } from '../../api/issues.ts';
import { Link, useSearchParams } from '../../router.tsx';
import { careApi, cityToday, newId, type Child } from './api.ts';
import { useSession } from '../../auth.tsx';
import { EntryLine } from './EntryLine.tsx';
import { useChildDay } from './feed.ts';
import { CARE_NS } from './i18n.ts';
import './care.css';

const TABS = ['timeline', 'menu', 'teachers', 'absence', 'pickups'] as const;
type Tab = (typeof TABS)[number];

function shiftDay(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

export default function ChildDayPage() {
  const { t } = useTranslation(CARE_NS);
  const session = useSession();
  const kids = useQuery({ queryKey: ['care', 'children'], queryFn: () => careApi.children(), enabled: !!session.data?.user, retry: false });
  const placed = useMemo(() => (kids.data?.items ?? []).filter((c) => c.facilityId), [kids.data]);
  const [params] = useSearchParams();
  const [childId, setChildId] = useState<string | null>(() => params.get('child'));
  const [tab, setTab] = useState<Tab>('timeline');
  const child = placed.find((c) => c.id === childId) ?? placed[0] ?? null;

  if (session.isLoading || kids.isLoading) return <div className="loading">…</div>;
  if (!session.data?.user)
    return (
      <div className="page narrow">
        <p>
          <Link to="/login?next=/care/day">{t('day.title')}</Link>
        </p>
      </div>
    );
  return (
    <div className="page care-phone">
      <h1>{t('day.title')}</h1>
      {placed.length === 0 && <p className="muted">{t('day.noChildren')}</p>}
      {placed.length > 1 && (
        <div className="child-switch" role="group" aria-label={t('day.choose')}>
          {placed.map((c) => (
            <button key={c.id} type="button" className={`chip ${c.id === child?.id ? 'on' : ''}`} aria-pressed={c.id === child?.id} onClick={() => setChildId(c.id)}>
              {c.givenName}
            </button>
          ))}
        </div>
      )}
      {child && (
        <>
          <div className="tabs" role="tablist" aria-label={t('day.title')}>
            {TABS.map((k) => (
              <button key={k} type="button" role="tab" id={`tab-${k}`} aria-selected={tab === k} aria-controls={`panel-${k}`} className={`tab ${tab === k ? 'on' : ''}`} onClick={() => setTab(k)}>
                {t(`day.tabs.${k}`)}
              </button>
            ))}
          </div>
          <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabpanel">
            {tab === 'timeline' && <Timeline key={child.id} child={child} />}
            {tab === 'menu' && <Menu child={child} />}
            {tab === 'teachers' && <Teachers child={child} />}
            {tab === 'absence' && <AbsenceForm child={child} />}
            {tab === 'pickups' && <Pickups child={child} />}
          </section>
        </>
      )}
    </div>
  );
}

function Timeline({ child }: { child: Child }) {
  const { t } = useTranslation(CARE_NS);
  const [day, setDay] = useState(cityToday); // a new child starts at today (the parent keys this by child)
  const feed = useChildDay(child.id, day);
  const pickups = useQuery({ queryKey: ['care', 'pickups', child.id], queryFn: () => careApi.pickups(child.id), retry: false });
  const names = new Map((pickups.data?.pickups ?? []).map((p) => [p.id, p.displayName]));
  const today = day === cityToday();
  return (
    <div>
      <div className="day-nav">
        <button type="button" className="btn ghost small" onClick={() => setDay(shiftDay(day, -1))}>
          ‹ {t('day.prev')}
        </button>
        <h2 className="day-title">
          {child.familyName}
          {child.givenName} · {today ? t('day.today') : day}
        </h2>
        <button type="button" className="btn ghost small" disabled={today} onClick={() => setDay(shiftDay(day, 1))}>
          {t('day.next')} ›
        </button>
      </div>
      {today && (
        <p className={`feed-state ${feed.state}`} role="status" data-feed-state={feed.state}>
          {feed.state === 'live' ? `● ${t('day.live')}` : feed.state === 'reconnecting' ? t('day.reconnecting') : feed.state === 'error' ? t('day.offline') : '…'}
        </p>
      )}
      {feed.entries.length === 0 && feed.state !== 'loading' ? (
        <p className="muted">{t('day.empty')}</p>
      ) : (
        <ol className="timeline" aria-label={t('day.tabs.timeline')} aria-live="polite">
          {feed.entries.map((e) => (
            <EntryLine key={e.id} entry={e} pickupName={(id) => names.get(id)} />
          ))}
        </ol>
      )}
    </div>
  );
}

function Menu({ child }: { child: Child }) {
  const { t } = useTranslation(CARE_NS);
  const menu = useQuery({ queryKey: ['care', 'menu', child.facilityId], queryFn: () => careApi.menu(child.facilityId!), retry: false });
  const days = new Map<string, { meal: string; dishes: string[]; allergens: string[] }[]>();
  for (const it of menu.data?.items ?? []) days.set(it.date, [...(days.get(it.date) ?? []), it]);
  const weekday = (d: string) => new Intl.DateTimeFormat('zh-CN', { weekday: 'short', month: 'numeric', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
  return (
    <div>
      <h2>{t('menu.title')}</h2>
      {days.size === 0 && !menu.isLoading && <p className="muted">{t('menu.empty')}</p>}
      <div className="menu-days">
        {[...days.entries()].map(([d, items]) => (
          <section key={d} className={`menu-day ${d === cityToday() ? 'today' : ''}`} aria-label={weekday(d)}>
            <h3>{weekday(d)}</h3>
            <dl>
              {items.map((it) => (
                <div key={it.meal}>
                  <dt>{t(`meal.${it.meal}`)}</dt>
                  <dd>
                    {it.dishes.join('、')}
                    {it.allergens.length > 0 && <span className="muted small"> {t('menu.allergens', { list: it.allergens.join('、') })}</span>}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </div>
  );
}

function Teachers({ child }: { child: Child }) {
  const { t } = useTranslation(CARE_NS);
  const q = useQuery({ queryKey: ['care', 'teachers', child.classId], queryFn: () => careApi.teachers(child.classId!), enabled: !!child.classId, retry: false });
  return (
    <div>
      <h2>{t('teachers.title')}</h2>
      <p className="muted small">{t('teachers.privacy')}</p>
      <ul className="teacher-list">
        {(q.data?.teachers ?? []).map((p) => (
          <li key={p.staffId} className="teacher">
            {p.photoId ? <img className="avatar" src={`/api/photos/${p.photoId}`} alt={p.title} /> : <span className="avatar" aria-hidden="true">{p.title.slice(0, 1)}</span>}
            <div>
              <h3>
                {p.title} {p.lead && <span className="badge">{t('teachers.lead')}</span>}
              </h3>
              <p className="small">
                {t(`teachers.role.${p.role}`)} · {p.qualification}
                {p.yearsOfExperience !== null && ` · ${t('teachers.experience', { years: p.yearsOfExperience })}`}
              </p>
              <p className="small">{t('teachers.training', { hours: p.trainingHours.total, pre: p.trainingHours.preService, inn: p.trainingHours.inService, safety: p.trainingHours.safety })}</p>
              {p.healthCertValidTo && <p className={`small ${p.healthCertValid ? '' : 'error'}`}>{t(p.healthCertValid ? 'teachers.cert' : 'teachers.certExpired', { date: p.healthCertValidTo })}</p>}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

function AbsenceForm({ child }: { child: Child }) {
  const { t } = useTranslation(CARE_NS);
  const { t: tMain } = useTranslation();
  const qc = useQueryClient();
  const today = cityToday();
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [reason, setReason] = useState<'sick' | 'leave'>('leave');
  const [symptoms, setSymptoms] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const list = useQuery({ queryKey: ['care', 'absences', child.id], queryFn: () => careApi.absences(child.id), retry: false });
  const submit = useMutation({
    mutationFn: () => careApi.reportAbsence(child.id, { id: newId(), from, to, reason, ...(reason === 'sick' && symptoms.length ? { symptoms: symptoms as never } : {}), ...(note.trim() ? { note: note.trim() } : {}) }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['care', 'absences', child.id] }),
  });
  const cancel = useMutation({ mutationFn: (id: string) => careApi.cancelAbsence(id), onSuccess: () => qc.invalidateQueries({ queryKey: ['care', 'absences', child.id] }) });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit.mutate();
  };
  const toggle = (s: string) => setSymptoms((cur) => (cur.includes(s) ? cur.filter((x) => x !== s) : [...cur, s]));
  return (
    <div>
      <h2>{t('absence.title')}</h2>
      <form className="care-form" onSubmit={onSubmit}>
        <div className="row2">
          <label className="field">
            <span className="label">{t('absence.from')}</span>
            <input type="date" value={from} min={today} onChange={(e) => setFrom(e.target.value)} required />
          </label>
          <label className="field">
            <span className="label">{t('absence.to')}</span>
            <input type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} required />
          </label>
        </div>
        <fieldset className="field">
          <legend className="label">{t('absence.reason')}</legend>
          <div className="choices">
            {(['leave', 'sick'] as const).map((r) => (
              <label key={r} className={`choice ${reason === r ? 'on' : ''}`}>
                <input type="radio" name="reason" value={r} checked={reason === r} onChange={() => setReason(r)} /> {t(`absence.${r}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {reason === 'sick' && (
          <fieldset className="field">
            <legend className="label">{t('absence.symptoms')}</legend>
            <div className="choices">
              {['fever', 'cough', 'runny_nose', 'vomiting', 'diarrhoea', 'rash', 'mouth_blisters', 'red_eyes', 'other'].map((s) => (
                <label key={s} className={`choice ${symptoms.includes(s) ? 'on' : ''}`}>
                  <input type="checkbox" checked={symptoms.includes(s)} onChange={() => toggle(s)} /> {t(`symptom.${s}`)}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <label className="field">
          <span className="label">{t('absence.note')}</span>
          <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button className="btn primary big" type="submit" disabled={submit.isPending}>
          {t('absence.submit')}
        </button>
        {submit.isSuccess && <p role="status">{t('absence.done')}</p>}
        {submit.error && <p className="error" role="alert">{translateFailure(submit.error, tMain)}</p>}
      </form>
      <h3>{t('absence.list')}</h3>
      {(list.data?.absences ?? []).length === 0 && <p className="muted">{t('absence.none')}</p>}
      <ul className="plain-list">
        {(list.data?.absences ?? []).map((a) => (
          <li key={a.id}>
            {a.from === a.to ? a.from : `${a.from} – ${a.to}`} · {t(`absence.${a.reason}`)}
            {a.symptoms.length > 0 && ` · ${a.symptoms.map((s) => t(`symptom.${s}`)).join('、')}`}
            {a.cancelled ? (
              <span className="muted"> · {t('absence.cancelled')}</span>
            ) : (
              a.to >= today && (
                <button type="button" className="btn ghost small" onClick={() => cancel.mutate(a.id)}>
                  {t('absence.cancel')}
                </button>
              )
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Pickups({ child }: { child: Child }) {
  const { t } = useTranslation(CARE_NS);
  const { t: tMain } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['care', 'pickups', child.id], queryFn: () => careApi.pickups(child.id), retry: false });
  const [name, setName] = useState('');
  const [rel, setRel] = useState<'grandmother' | 'grandfather' | 'mother' | 'father' | 'relative' | 'nanny' | 'other'>('grandmother');
  const [tail, setTail] = useState('');
  const add = useMutation({
    mutationFn: () => careApi.addPickup(child.id, { displayName: name.trim(), relationship: rel, ...(tail ? { phoneTail: tail } : {}) }),
    onSuccess: () => {
      setName('');
      setTail('');
      void qc.invalidateQueries({ queryKey: ['care', 'pickups', child.id] });
    },
  });
  const remove = useMutation({ mutationFn: (id: string) => careApi.revokePickup(id), onSuccess: () => qc.invalidateQueries({ queryKey: ['care', 'pickups', child.id] }) });
  return (
    <div>
      <h2>{t('pickups.title')}</h2>
      <p className="muted small">{t('pickups.intro')}</p>
      <ul className="plain-list">
        {(q.data?.pickups ?? []).map((p) => (
          <li key={p.id}>
            {p.photoId ? <img className="avatar small" src={`/api/photos/${p.photoId}`} alt={p.displayName} /> : <span className="avatar small" aria-hidden="true">{p.displayName.slice(0, 1)}</span>}
            {p.displayName} · {t(`pickups.rel.${p.relationship}`)}
            {p.phoneTail && ` · ****${p.phoneTail}`}
            {p.guardian ? (
              <span className="badge">{t('pickups.guardian')}</span>
            ) : (
              <button type="button" className="btn ghost small" onClick={() => remove.mutate(p.id)}>
                {t('pickups.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        className="care-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) add.mutate();
        }}
      >
        <h3>{t('pickups.add')}</h3>
        <label className="field">
          <span className="label">{t('pickups.name')}</span>
          <input value={name} maxLength={40} onChange={(e) => setName(e.target.value)} required />
        </label>
        <label className="field">
          <span className="label">{t('pickups.relationship')}</span>
          <select value={rel} onChange={(e) => setRel(e.target.value as typeof rel)}>
            {(['grandmother', 'grandfather', 'mother', 'father', 'relative', 'nanny', 'other'] as const).map((r) => (
              <option key={r} value={r}>
                {t(`pickups.rel.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="label">{t('pickups.phoneTail')}</span>
          <input value={tail} inputMode="numeric" pattern="\d{4}" maxLength={4} onChange={(e) => setTail(e.target.value.replace(/\D/g, ''))} />
        </label>
        <button className="btn primary big" type="submit" disabled={add.isPending}>
          {t('pickups.add')}
        </button>
        {add.error && <p className="error" role="alert">{translateFailure(add.error, tMain)}</p>}
      </form>
    </div>
  );
}
