/**
 * Staff training (/training, 培训): courses of the municipal centre and the hospitals with places left; directors
 * register their staff and staff themselves; providers (the centre, a hospital, the city) announce courses and record
 * completions with certificate numbers; a director sees the facility's hours, certificates and compliance.
 */
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/http.ts';
import { can, healthApi, todayIso, useMe } from './api.ts';
import { HEALTH_NS } from './i18n.ts';
import { Gate, Problem } from './parts.tsx';
import { StaffCompliance } from './StaffCompliance.tsx';
import './health.css';

type Course = Schemas['TrainingCourse'];

export default function TrainingPage() {
  const { t } = useTranslation(HEALTH_NS);
  const me = useMe();
  const caps = me.data?.capabilities;
  const facilityId = me.data?.user?.facilityId ?? null;
  return (
    <Gate me={me} allowed={(c) => can(c, 'training_course', 'read') !== null}>
      <div className="page health-page">
        <header className="page-head">
          <h1>{t('training.title')}</h1>
          <p className="muted">{t('training.intro')}</p>
        </header>
        {can(caps, 'training_course', 'create') && <NewCourse />}
        <Courses facilityId={can(caps, 'training_record', 'create') ? facilityId : null} provider={can(caps, 'training_record', 'update') !== null} />
        {facilityId && can(caps, 'training_record', 'read') && <StaffCompliance facilityId={facilityId} title={t('training.staff')} />}
      </div>
    </Gate>
  );
}

function Courses({ facilityId, provider }: { facilityId: string | null; provider: boolean }) {
  const { t } = useTranslation(HEALTH_NS);
  const courses = useQuery({ queryKey: ['health.courses'], queryFn: ({ signal }) => healthApi.courses(signal) });
  const staff = useQuery({ queryKey: ['health.staff', facilityId], queryFn: ({ signal }) => healthApi.staff(facilityId!, signal), enabled: facilityId !== null });
  if (courses.isPending) return <p className="loading">{t('loading')}</p>;
  if (courses.error) return <Problem error={courses.error} />;
  return (
    <ul className="session-list">
      {courses.data.items.map((c) => (
        <li key={c.id}>
          <CourseCard course={c} staff={staff.data?.staff ?? []} provider={provider} />
        </li>
      ))}
    </ul>
  );
}

function CourseCard({ course: c, staff, provider }: { course: Course; staff: Schemas['FacilityStaffTraining']['staff']; provider: boolean }) {
  const { t } = useTranslation(HEALTH_NS);
  const qc = useQueryClient();
  const [who, setWho] = useState('');
  const [roster, setRoster] = useState(false);
  const register = useMutation({ mutationFn: () => healthApi.registerStaff(c.id, who || staff[0]!.id), onSettled: () => void qc.invalidateQueries({ queryKey: ['health.courses'] }) });
  return (
    <article className="session-card" aria-labelledby={`c-${c.id}`}>
      <header>
        <span className={`kind-badge k-${c.kind}`}>{t(`training.kind.${c.kind}`)}</span>
        <h2 id={`c-${c.id}`}>{c.title}</h2>
      </header>
      <dl className="facts-grid">
        <div><dt>{t('training.provider')}</dt><dd>{c.provider.name}</dd></div>
        <div><dt>{t('training.dates')}</dt><dd>{c.startsOn === c.endsOn ? c.startsOn : `${c.startsOn} – ${c.endsOn}`}</dd></div>
        <div><dt>{t('training.hours')}</dt><dd>{t('training.hoursN', { n: c.hours })}</dd></div>
      </dl>
      <p className={c.free === 0 ? 'warn' : 'muted'}>{c.free === 0 ? t('training.full') : t('training.places', { free: c.free, capacity: c.capacity })}</p>
      {staff.length > 0 && c.endsOn >= todayIso() && (
        <div className="inline-form">
          {staff.length > 1 && (
            <label className="field inline">
              <span className="label">{t('training.staffMember')}</span>
              <select value={who} onChange={(e) => setWho(e.target.value)}>
                {staff.map((s) => <option key={s.id} value={s.id}>{s.familyName}{s.givenName}（{t(`training.role.${s.role}`)}）</option>)}
              </select>
            </label>
          )}
          <button type="button" className="btn primary small" disabled={register.isPending || c.free === 0} onClick={() => register.mutate()}>
            {staff.length > 1 ? t('training.registerStaff') : t('training.register')}
          </button>
        </div>
      )}
      {register.isSuccess && <p className="notice success">{t('training.registered')}</p>}
      {register.error && <Problem error={register.error} />}
      {provider && (
        <>
          <button type="button" className="btn light small" aria-expanded={roster} onClick={() => setRoster((x) => !x)}>{t('training.roster')}（{c.registered}）</button>
          {roster && <CourseRoster courseId={c.id} />}
        </>
      )}
    </article>
  );
}

function CourseRoster({ courseId }: { courseId: string }) {
  const { t } = useTranslation(HEALTH_NS);
  const qc = useQueryClient();
  const roster = useQuery({ queryKey: ['health.courseRoster', courseId], queryFn: ({ signal }) => healthApi.courseRoster(courseId, signal) });
  const [cert, setCert] = useState<Record<string, string>>({});
  const complete = useMutation({ mutationFn: (id: string) => healthApi.completeCourse(id, cert[id]?.trim() || null), onSuccess: () => void qc.invalidateQueries({ queryKey: ['health.courseRoster', courseId] }) });
  if (roster.error) return <Problem error={roster.error} />;
  return (
    <>
      <ul className="roster">
        {roster.data?.items.map((r) => (
          <li key={r.id}>
            <span>{r.staff.familyName}{r.staff.givenName} <span className="muted small">{r.staff.facilityName}</span></span>
            {r.completed ? (
              <span className="pill ok">{t('training.completed', { date: r.completed.heldOn })}</span>
            ) : (
              <span className="inline-form">
                <label className="visually-hidden" htmlFor={`cert-${r.id}`}>{t('training.certificateNo')}</label>
                <input id={`cert-${r.id}`} placeholder={t('training.certificateNo')} value={cert[r.id] ?? ''} onChange={(e) => setCert((x) => ({ ...x, [r.id]: e.target.value }))} />
                <button type="button" className="btn light small" onClick={() => complete.mutate(r.id)} disabled={complete.isPending}>{t('training.complete')}</button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {complete.error && <Problem error={complete.error} />}
    </>
  );
}

function NewCourse() {
  const { t } = useTranslation(HEALTH_NS);
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [f, setF] = useState({ kind: 'in_service' as Course['kind'], title: '', startsOn: todayIso(), endsOn: todayIso(), hours: '8', capacity: '40', certMonths: '', location: '' });
  const create = useMutation({
    mutationFn: () => healthApi.createCourse({ kind: f.kind, title: f.title, startsOn: f.startsOn, endsOn: f.endsOn, hours: Number(f.hours), capacity: Number(f.capacity), certificateValidMonths: f.certMonths ? Number(f.certMonths) : null, location: f.location || null }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['health.courses'] });
      setOpen(false);
    },
  });
  const set = (k: keyof typeof f, v: string) => setF((x) => ({ ...x, [k]: v }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  if (!open) return <p><button type="button" className="btn light" onClick={() => setOpen(true)}>{t('training.create')}</button>{create.isSuccess && <span className="notice success">{t('training.created')}</span>}</p>;
  return (
    <form className="panel form-grid" onSubmit={onSubmit} aria-label={t('training.create')}>
      <label className="field"><span className="label">{t('training.kindLabel')}</span>
        <select value={f.kind} onChange={(e) => set('kind', e.target.value)}>
          {(['pre_service', 'in_service', 'safety'] as const).map((k) => <option key={k} value={k}>{t(`training.kind.${k}`)}</option>)}
        </select>
      </label>
      <label className="field span-2"><span className="label">{t('training.title_')}</span><input required value={f.title} onChange={(e) => set('title', e.target.value)} /></label>
      <label className="field"><span className="label">{t('training.startsOn')}</span><input type="date" required value={f.startsOn} onChange={(e) => set('startsOn', e.target.value)} /></label>
      <label className="field"><span className="label">{t('training.endsOn')}</span><input type="date" required value={f.endsOn} onChange={(e) => set('endsOn', e.target.value)} /></label>
      <label className="field"><span className="label">{t('training.hours')}</span><input type="number" min={0.5} step={0.5} required value={f.hours} onChange={(e) => set('hours', e.target.value)} /></label>
      <label className="field"><span className="label">{t('training.capacity')}</span><input type="number" min={1} required value={f.capacity} onChange={(e) => set('capacity', e.target.value)} /></label>
      <label className="field"><span className="label">{t('training.certMonths')}</span><input type="number" min={1} max={120} value={f.certMonths} onChange={(e) => set('certMonths', e.target.value)} /></label>
      <label className="field span-2"><span className="label">{t('training.location')}</span><input value={f.location} onChange={(e) => set('location', e.target.value)} /></label>
      {create.error && <Problem error={create.error} className="span-2" />}
      <div className="form-actions span-2">
        <button type="submit" className="btn primary" disabled={create.isPending}>{t('save')}</button>
        <button type="button" className="btn ghost" onClick={() => setOpen(false)}>{t('cancel')}</button>
      </div>
    </form>
  );
}
