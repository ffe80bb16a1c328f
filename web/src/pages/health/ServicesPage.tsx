/**
 * Health services (/services, 医育服务): parent classes, pediatric massage by age and early-development guidance at
 * the children's facilities. Guardians (phone-first) register each child — "full" when the last place went to someone
 * else, decided by the server under a lock —, cancel; directors and signed health workers schedule sessions and take
 * attendance.
 */
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/http.ts';
import { ageMonths, can, healthApi, todayIso, useMe } from './api.ts';
import { HEALTH_NS } from './i18n.ts';
import { Gate, Problem } from './parts.tsx';
import './health.css';

type Kind = Schemas['ServiceSession']['kind'];
type Session = Schemas['ServiceSession'];
const KINDS: readonly Kind[] = ['parent_class', 'tcm_massage', 'development_guidance'];
const when = (s: Session, lang: string) =>
  `${new Date(s.startsAt).toLocaleDateString(lang, { timeZone: 'Asia/Shanghai', month: 'long', day: 'numeric', weekday: 'short' })} ${new Date(s.startsAt).toLocaleTimeString(lang, { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' })}–${new Date(s.endsAt).toLocaleTimeString(lang, { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' })}`;

export default function ServicesPage() {
  const { t } = useTranslation(HEALTH_NS);
  const me = useMe();
  const [kind, setKind] = useState<Kind | undefined>(undefined);
  const caps = me.data?.capabilities;
  return (
    <Gate me={me} allowed={(c) => can(c, 'service_session', 'read') !== null}>
      <div className="page health-page phone-first">
        <header className="page-head">
          <h1>{t('services.title')}</h1>
          <p className="muted">{t('services.intro')}</p>
        </header>
        <div className="segmented" role="tablist" aria-label={t('services.title')}>
          <button type="button" role="tab" aria-selected={kind === undefined} className={kind === undefined ? 'on' : ''} onClick={() => setKind(undefined)}>
            {t('services.all')}
          </button>
          {KINDS.map((k) => (
            <button key={k} type="button" role="tab" aria-selected={kind === k} className={kind === k ? 'on' : ''} onClick={() => setKind(k)}>
              {t(`services.kind.${k}`)}
            </button>
          ))}
        </div>
        {can(caps, 'service_session', 'create') && me.data?.user && <NewSession facilityId={me.data.user.facilityId} />}
        <Sessions kind={kind} guardian={can(caps, 'service_registration', 'create') !== null} staff={can(caps, 'service_registration', 'update') !== null} />
      </div>
    </Gate>
  );
}

function Sessions({ kind, guardian, staff }: { kind: Kind | undefined; guardian: boolean; staff: boolean }) {
  const { t } = useTranslation(HEALTH_NS);
  const sessions = useQuery({ queryKey: ['health.sessions', kind], queryFn: ({ signal }) => healthApi.sessions(kind, signal) });
  const children = useQuery({ queryKey: ['health.children'], queryFn: ({ signal }) => healthApi.children(signal), enabled: guardian });
  if (sessions.isPending) return <p className="loading">{t('loading')}</p>;
  if (sessions.error) return <Problem error={sessions.error} />;
  if (sessions.data.items.length === 0) return <p>{t('services.none')}</p>;
  return (
    <ul className="session-list">
      {sessions.data.items.map((s) => (
        <li key={s.id}>
          <SessionCard session={s} kids={guardian ? (children.data?.items ?? []).filter((c) => c.facilityId === s.facility.id) : []} staff={staff} />
        </li>
      ))}
    </ul>
  );
}

function SessionCard({ session: s, kids, staff }: { session: Session; kids: Schemas['Child'][]; staff: boolean }) {
  const { t, i18n } = useTranslation(HEALTH_NS);
  const qc = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [showRoster, setShowRoster] = useState(false);
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['health.sessions'] });
    void qc.invalidateQueries({ queryKey: ['health.childServices'] });
  };
  const register = useMutation({ mutationFn: (childId: string) => healthApi.register(s.id, childId), onSuccess: () => { setError(null); refresh(); }, onError: (e) => { setError(e); refresh(); } });
  const cancel = useMutation({ mutationFn: (id: string) => healthApi.cancelRegistration(id), onSuccess: () => { setError(null); refresh(); }, onError: setError });
  const day = s.startsAt.slice(0, 10);
  return (
    <article className="session-card" aria-labelledby={`s-${s.id}`}>
      <header>
        <span className={`kind-badge k-${s.kind}`}>{t(`services.kind.${s.kind}`)}</span>
        <h2 id={`s-${s.id}`}>{s.title}</h2>
      </header>
      <dl className="facts-grid">
        <div><dt>{t('services.when')}</dt><dd>{when(s, i18n.language)}</dd></div>
        <div><dt>{t('services.where')}</dt><dd>{s.location ?? s.facility.name}</dd></div>
        {s.institution && <div><dt>{t('services.runBy')}</dt><dd>{s.institution.name}</dd></div>}
      </dl>
      {s.ageFromMonths !== null && s.ageToMonths !== null && <p className="small">{t('services.ages', { from: s.ageFromMonths, to: s.ageToMonths })}</p>}
      {s.techniques.length > 0 && <p className="small">{t('services.techniques', { list: s.techniques.join('、') })}</p>}
      <p className={s.free === 0 ? 'warn' : 'muted'} data-testid="session-places">
        {s.free === 0 ? t('services.full') : t('services.places', { free: s.free, capacity: s.capacity })}
      </p>
      {kids.map((c) => {
        const mine = s.mine.find((m) => m.childId === c.id);
        const age = ageMonths(c.birthDate, day);
        const eligible = (s.ageFromMonths === null || age >= s.ageFromMonths) && (s.ageToMonths === null || age <= s.ageToMonths);
        if (mine) {
          return (
            <div key={c.id} className="kid-row">
              <span className="pill ok">{t('services.registered', { name: c.givenName })}</span>
              <button type="button" className="btn ghost small" onClick={() => cancel.mutate(mine.registrationId)} disabled={cancel.isPending}>
                {t('services.cancelRegistration', { name: c.givenName })}
              </button>
            </div>
          );
        }
        return (
          <div key={c.id} className="kid-row">
            <button type="button" className="btn primary" disabled={!eligible || register.isPending || s.cancelled} onClick={() => register.mutate(c.id)}>
              {eligible ? t('services.register', { name: c.givenName }) : t('services.notEligible', { name: c.givenName })}
            </button>
          </div>
        );
      })}
      {error !== null && (
        <Problem error={error} />
      )}
      {staff && (
        <>
          <button type="button" className="btn light small" aria-expanded={showRoster} onClick={() => setShowRoster((x) => !x)}>
            {t('services.roster')}（{s.registered}）
          </button>
          {showRoster && <Roster sessionId={s.id} />}
        </>
      )}
    </article>
  );
}

function Roster({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation(HEALTH_NS);
  const qc = useQueryClient();
  const roster = useQuery({ queryKey: ['health.roster', sessionId], queryFn: ({ signal }) => healthApi.roster(sessionId, signal) });
  const mark = useMutation({ mutationFn: ({ id, attended }: { id: string; attended: boolean }) => healthApi.attendance(id, attended), onSuccess: () => void qc.invalidateQueries({ queryKey: ['health.roster', sessionId] }) });
  if (roster.error) return <Problem error={roster.error} />;
  return (
    <ul className="roster">
      {roster.data?.items.map((r) => (
        <li key={r.id}>
          <span>{r.child.familyName}{r.child.givenName}</span>
          {r.cancelled ? (
            <span className="muted small">{t('services.cancelled')}</span>
          ) : (
            <span className="radios">
              <label><input type="radio" name={`att-${r.id}`} checked={r.attended === true} onChange={() => mark.mutate({ id: r.id, attended: true })} /> {t('services.attended')}</label>
              <label><input type="radio" name={`att-${r.id}`} checked={r.attended === false} onChange={() => mark.mutate({ id: r.id, attended: false })} /> {t('services.absent')}</label>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Schedules a session at the caller's facility (directors); health workers give the facility's id. */
function NewSession({ facilityId }: { facilityId: string | null }) {
  const { t } = useTranslation(HEALTH_NS);
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [f, setF] = useState({ kind: 'parent_class' as Kind, title: '', facilityId: facilityId ?? '', date: todayIso(), start: '09:30', end: '11:00', capacity: '20', ageFrom: '', ageTo: '', location: '' });
  const create = useMutation({
    mutationFn: () =>
      healthApi.createSession({
        kind: f.kind,
        title: f.title,
        facilityId: f.facilityId,
        startsAt: `${f.date}T${f.start}:00+08:00`,
        endsAt: `${f.date}T${f.end}:00+08:00`,
        capacity: Number(f.capacity),
        ageFromMonths: f.ageFrom === '' ? null : Number(f.ageFrom),
        ageToMonths: f.ageTo === '' ? null : Number(f.ageTo),
        location: f.location || null,
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['health.sessions'] });
      setOpen(false);
    },
  });
  const set = (k: keyof typeof f, v: string) => setF((x) => ({ ...x, [k]: v }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  if (!open) {
    return (
      <p>
        <button type="button" className="btn light" onClick={() => setOpen(true)}>{t('services.create')}</button>
        {create.isSuccess && <span className="notice success">{t('services.created')}</span>}
      </p>
    );
  }
  return (
    <form className="panel form-grid" onSubmit={onSubmit} aria-label={t('services.create')}>
      <label className="field"><span className="label">{t('services.kindLabel')}</span>
        <select value={f.kind} onChange={(e) => set('kind', e.target.value)}>
          {KINDS.map((k) => <option key={k} value={k}>{t(`services.kind.${k}`)}</option>)}
        </select>
      </label>
      <label className="field span-2"><span className="label">{t('services.title_')}</span><input required value={f.title} onChange={(e) => set('title', e.target.value)} /></label>
      {!facilityId && <label className="field span-2"><span className="label">{t('services.facilityId')}</span><input required value={f.facilityId} onChange={(e) => set('facilityId', e.target.value)} /></label>}
      <label className="field"><span className="label">{t('services.date')}</span><input type="date" required value={f.date} onChange={(e) => set('date', e.target.value)} /></label>
      <label className="field"><span className="label">{t('services.start')}</span><input type="time" required value={f.start} onChange={(e) => set('start', e.target.value)} /></label>
      <label className="field"><span className="label">{t('services.end')}</span><input type="time" required value={f.end} onChange={(e) => set('end', e.target.value)} /></label>
      <label className="field"><span className="label">{t('services.capacity')}</span><input type="number" min={1} max={500} required value={f.capacity} onChange={(e) => set('capacity', e.target.value)} /></label>
      <label className="field"><span className="label">{t('services.ageFrom')}</span><input type="number" min={0} max={72} value={f.ageFrom} onChange={(e) => set('ageFrom', e.target.value)} /></label>
      <label className="field"><span className="label">{t('services.ageTo')}</span><input type="number" min={0} max={72} value={f.ageTo} onChange={(e) => set('ageTo', e.target.value)} /></label>
      <label className="field span-2"><span className="label">{t('services.location')}</span><input value={f.location} onChange={(e) => set('location', e.target.value)} /></label>
      {create.error && <Problem error={create.error} className="span-2" />}
      <div className="form-actions span-2">
        <button type="submit" className="btn primary" disabled={create.isPending}>{t('save')}</button>
        <button type="button" className="btn ghost" onClick={() => setOpen(false)}>{t('cancel')}</button>
      </div>
    </form>
  );
}
