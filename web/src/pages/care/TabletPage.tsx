/**
 * The teacher's tablet (/care/tablet, 托育记录), 10-inch landscape first, large touch targets: the class's children
 * expected today as tiles (in / not yet / gone home / absent, fever and medicine marks), one or two taps per entry,
 * the whole class at once for meals, water, naps and outdoor time, clocking in and out (the live ratio), and the
 * rules' alerts. Every entry goes through the offline queue (./outbox.ts) with a client-made id, so a dropped Wi-Fi
 * loses nothing and a repeat is never a second entry.
 */
import { useCallback, useEffect, useState, useSyncExternalStore, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from '../../router.tsx';
import { translateFailure } from '../../api/issues.ts';
import { careApi, cityToday, hhmm, newId, type Alert, type BulkInput, type EntryInput, type RosterChild } from './api.ts';
import { can, useSession } from '../../auth.tsx';
import { EntryLine } from './EntryLine.tsx';
import { useNow } from './now.ts';
import { CARE_NS } from './i18n.ts';
import { dismissFailures, enqueue, failed, onOutboxChange, pending, startOutbox, type QueuedEntry } from './outbox.ts';
import './care.css';

const SYMPTOMS = ['fever', 'cough', 'runny_nose', 'sore_throat', 'vomiting', 'diarrhoea', 'rash', 'mouth_blisters', 'red_eyes', 'other'] as const;
type Form = 'checkin' | 'checkout' | 'morning_check' | 'noon_check' | 'temperature' | 'meal' | 'water' | 'nap_start' | 'nap_end' | 'diaper' | 'activity' | 'outdoor' | 'note' | 'photo' | null;

/** The local time now as HH:MM (the city's clock). */
function nowHHMM(): string {
  return hhmm(new Date().toISOString());
}
/** An HH:MM of today as an ISO time (the city is on UTC+8). */
function todayAt(time: string): string {
  return `${cityToday()}T${time}:00+08:00`;
}

function useOnline(): boolean {
  return useSyncExternalStore(
    (f) => {
      window.addEventListener('online', f);
      window.addEventListener('offline', f);
      return () => {
        window.removeEventListener('online', f);
        window.removeEventListener('offline', f);
      };
    },
    () => navigator.onLine,
  );
}

/** The queue's contents, kept in step with IndexedDB. */
function useOutbox(onChange: () => void): { queue: QueuedEntry[]; failures: ReturnType<typeof failed> } {
  const [queue, setQueue] = useState<QueuedEntry[]>([]);
  const [failures, setFailures] = useState<ReturnType<typeof failed>>([]);
  useEffect(() => {
    const stop = startOutbox();
    const refresh = () => {
      void pending().then(setQueue);
      setFailures([...failed()]);
      onChange();
    };
    refresh();
    const off = onOutboxChange(refresh);
    return () => {
      off();
      stop();
    };
  }, [onChange]);
  return { queue, failures };
}

export default function TabletPage() {
  const { t } = useTranslation(CARE_NS);
  const { t: tMain } = useTranslation();
  const qc = useQueryClient();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const online = useOnline();
  const mayRecord = can(session.data, 'daily_entry', 'create');
  const classes = useQuery({ queryKey: ['care', 'classes'], queryFn: () => careApi.classes(), enabled: mayRecord, retry: false });
  const classId = params.get('class') ?? classes.data?.classes[0]?.id ?? null;
  const day = useQuery({ queryKey: ['care', 'class-day', classId], queryFn: () => careApi.classDay(classId!), enabled: !!classId, refetchInterval: 10_000, retry: false });
  const refresh = useCallback(() => {
    void qc.invalidateQueries({ queryKey: ['care', 'class-day'] });
    void qc.invalidateQueries({ queryKey: ['care', 'events'] });
  }, [qc]);
  const { queue, failures } = useOutbox(refresh);
  const [selected, setSelected] = useState<string | null>(null);
  const [bulkNote, setBulkNote] = useState<string | null>(null);

  const record = useCallback(async (childId: string, body: EntryInput) => enqueue('entry', childId, body), []);
  const bulk = useCallback(
    async (body: BulkInput) => {
      if (!classId) return;
      await enqueue('bulk', classId, body);
      setBulkNote(t('tablet.bulkDone', { count: day.data?.children.filter((c) => c.checkInAt && !c.checkOutAt).length ?? 0 }));
    },
    [classId, day.data, t],
  );
  const clock = useMutation({
    mutationFn: async () => (day.data?.me.shiftId ? careApi.clockOut(day.data.me.shiftId) : careApi.clockIn(classId!)),
    onSuccess: refresh,
  });

  if (session.isLoading) return <div className="loading">…</div>;
  if (!mayRecord)
    return (
      <div className="page narrow">
        <h1>{t('tablet.title')}</h1>
        <p className="muted">{t('dash.forDirectors')}</p>
      </div>
    );
  const d = day.data;
  const child = d?.children.find((c) => c.id === selected) ?? null;
  const present = d?.children.filter((c) => c.checkInAt && !c.checkOutAt).length ?? 0;
  const sendHome = new Set((d?.alerts ?? []).filter((a) => a.kind === 'send_home' && a.status === 'open').map((a) => a.childId));

  return (
    <div className="tablet">
      <h1 className="sr-only">
        {t('tablet.title')}
        {d ? ` · ${d.class.name}` : ''}
      </h1>
      <div className="tablet-bar">
        <label className="field inline">
          <span className="label">{t('tablet.chooseClass')}</span>
          <select
            value={classId ?? ''}
            onChange={(e) => {
              const p = new URLSearchParams(params);
              p.set('class', e.target.value);
              setParams(p);
              setSelected(null);
            }}
          >
            {(classes.data?.classes ?? []).map((k) => (
              <option key={k.id} value={k.id}>
                {k.name}
                {k.mine ? ' ★' : ''}
              </option>
            ))}
          </select>
        </label>
        {d && (
          <span className="bar-item">
            {t('tablet.present', { present, expected: d.children.length })}
          </span>
        )}
        {d && (
          <span className={`bar-item ratio ${d.ratio.ok ? 'ok' : 'bad'}`} data-testid="ratio">
            {d.ratio.ok ? '' : `⚠ ${t('tablet.ratioBreak')} · `}
            {t('tablet.ratio', { carers: d.ratio.carers, present: d.ratio.present, needed: d.ratio.needed })}
          </span>
        )}
        <span className={`bar-item net ${online ? 'on' : 'off'}`} role="status" data-testid="net">
          {online ? t('tablet.online') : t('tablet.offline')}
          {queue.length > 0 ? ` · ${t('tablet.queued', { count: queue.length })}` : ''}
        </span>
        {d?.me.staffId && (
          <button type="button" className="btn big ghost" onClick={() => clock.mutate()} disabled={clock.isPending || !online}>
            {d.me.shiftId ? t('tablet.clockOut') : t('tablet.clockIn')}
          </button>
        )}
      </div>
      {d && !d.openingDay && <p className="notice">{t('tablet.notOpening')}</p>}
      {d && (
        <p className="muted small on-duty">
          {d.carers.length ? t('tablet.onDuty', { names: d.carers.map((c) => c.title).join('、') }) : t('tablet.nobodyOnDuty')}
        </p>
      )}
      {failures.length > 0 && (
        <div className="notice error" role="alert">
          <strong>{t('tablet.failed', { count: failures.length })}</strong>
          <ul>
            {failures.map((f) => (
              <li key={f.item.id}>{translateFailure(f.error, tMain)}</li>
            ))}
          </ul>
          <button type="button" className="btn ghost small" onClick={() => dismissFailures()}>
            {t('tablet.dismiss')}
          </button>
        </div>
      )}
      <section aria-label={t('tablet.bulk')} className="bulk-bar">
        <h2 className="sr-only">{t('tablet.bulk')}</h2>
        <button type="button" className="btn big" onClick={() => void bulk({ id: newId(), kind: 'meal', meal: 'lunch', portion: 'all' })} disabled={present === 0}>
          {t('tablet.bulkLunch')}
        </button>
        <button type="button" className="btn big" onClick={() => void bulk({ id: newId(), kind: 'meal', meal: 'afternoon_snack', portion: 'all' })} disabled={present === 0}>
          {t('tablet.bulkSnack')}
        </button>
        <button type="button" className="btn big" onClick={() => void bulk({ id: newId(), kind: 'water', ml: 100 })} disabled={present === 0}>
          {t('tablet.bulkWater')}
        </button>
        <button type="button" className="btn big" onClick={() => void bulk({ id: newId(), kind: 'outdoor', minutes: 60 })} disabled={present === 0}>
          {t('tablet.bulkOutdoor')}
        </button>
        <button type="button" className="btn big" onClick={() => void bulk({ id: newId(), kind: 'nap_start' })} disabled={present === 0}>
          {t('tablet.bulkNap')}
        </button>
        <button type="button" className="btn big" onClick={() => void bulk({ id: newId(), kind: 'nap_end' })} disabled={present === 0}>
          {t('tablet.bulkWake')}
        </button>
        {bulkNote && <span role="status" className="muted">{bulkNote}</span>}
      </section>
      <div className="tablet-main">
        <section className="roster" aria-label={d?.class.name ?? t('tablet.chooseClass')}>
          <h2 className="sr-only">{d?.class.name}</h2>
          <ul className="tiles">
            {(d?.children ?? []).map((c) => (
              <li key={c.id}>
                <ChildTile child={c} selected={c.id === selected} sendHome={sendHome.has(c.id)} onSelect={() => setSelected(c.id === selected ? null : c.id)} />
              </li>
            ))}
          </ul>
        </section>
        <aside className="side">
          {child ? (
            <ChildPanel key={child.id} child={child} queue={queue.filter((q) => q.kind === 'entry' && q.target === child.id)} sendHome={sendHome.has(child.id)} onRecord={record} onClose={() => setSelected(null)} />
          ) : (
            <Alerts alerts={d?.alerts ?? []} onChange={refresh} />
          )}
        </aside>
      </div>
    </div>
  );
}

function status(c: RosterChild): 'in' | 'out' | 'expected' | 'absent' | 'sick' {
  if (c.checkOutAt) return 'out';
  if (c.checkInAt) return 'in';
  if (c.absence) return c.absence.reason === 'sick' ? 'sick' : 'absent';
  return 'expected';
}

function ChildTile({ child, selected, sendHome, onSelect }: { child: RosterChild; selected: boolean; sendHome: boolean; onSelect: () => void }) {
  const { t } = useTranslation(CARE_NS);
  const s = status(child);
  const now = useNow();
  const due = child.recheckDueAt ? Date.parse(child.recheckDueAt) <= now : false;
  return (
    <button type="button" className={`tile ${s} ${selected ? 'selected' : ''}`} aria-pressed={selected} onClick={onSelect} data-child-id={child.id}>
      <span className="tile-avatar" aria-hidden="true">
        {child.givenName.slice(-1)}
      </span>
      <span className="tile-name">
        {child.familyName}
        {child.givenName}
      </span>
      <span className="tile-status">
        {t(`tablet.childStatus.${s}`)}
        {child.checkInAt && ` ${hhmm(child.checkInAt)}`}
      </span>
      {child.lastTemperatureC !== null && <span className={`tile-temp ${child.lastTemperatureC >= 37.3 ? 'hot' : ''}`}>{child.lastTemperatureC.toFixed(1)}℃</span>}
      {child.recheckDueAt && <span className="tile-flag warn">{due ? t('tablet.recheckNow') : t('tablet.recheckIn', { time: hhmm(child.recheckDueAt) })}</span>}
      {(sendHome || child.sentHome) && !child.checkOutAt && <span className="tile-flag danger">{t('tablet.sendHome')}</span>}
      {child.medicine && <span className="tile-flag">{t('tablet.medicine')}</span>}
    </button>
  );
}

function Alerts({ alerts, onChange }: { alerts: readonly Alert[]; onChange: () => void }) {
  const { t } = useTranslation(CARE_NS);
  const close = useMutation({ mutationFn: (a: Alert) => careApi.closeAlert(a.id, 'done', t('dash.done')), onSuccess: onChange });
  const open = alerts.filter((a) => a.status === 'open');
  return (
    <section aria-labelledby="tablet-alerts">
      <h2 id="tablet-alerts">{t('tablet.alerts')}</h2>
      {open.length === 0 && <p className="muted">{t('tablet.noAlerts')}</p>}
      <ul className="alert-list">
        {open.map((a) => (
          <li key={a.id} className={`alert-item ${a.kind}`}>
            <strong>{t(`alert.${a.kind}`)}</strong> {a.childName ?? a.className}
            {a.dueAt && <span className="muted small"> · {hhmm(a.dueAt)}</span>}
            {a.kind !== 'outbreak' && (
              <button type="button" className="btn ghost small" onClick={() => close.mutate(a)}>
                {t('dash.done')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

const ACTIONS: readonly Exclude<Form, null>[] = ['checkin', 'morning_check', 'temperature', 'water', 'meal', 'nap_start', 'nap_end', 'diaper', 'outdoor', 'activity', 'noon_check', 'note', 'photo', 'checkout'];

function ChildPanel({ child, queue, sendHome, onRecord, onClose }: { child: RosterChild; queue: QueuedEntry[]; sendHome: boolean; onRecord: (childId: string, body: EntryInput) => Promise<void>; onClose: () => void }) {
  const { t } = useTranslation(CARE_NS);
  const now = useNow();
  const [form, setForm] = useState<Form>(child.checkInAt ? (child.recheckDueAt ? 'temperature' : null) : 'checkin');
  const events = useQuery({ queryKey: ['care', 'events', child.id], queryFn: () => careApi.events(child.id), refetchInterval: 15_000, retry: false });
  const pickups = useQuery({ queryKey: ['care', 'pickups', child.id], queryFn: () => careApi.pickups(child.id), retry: false });
  const names = new Map((pickups.data?.pickups ?? []).map((p) => [p.id, p.displayName]));
  const done = (body: EntryInput) => {
    void onRecord(child.id, body);
    setForm(null);
  };
  const name = `${child.familyName}${child.givenName}`;
  const stored = new Set((events.data?.events ?? []).map((e) => e.id));
  const waiting = queue.filter((q) => !stored.has(q.id));
  return (
    <section className="child-panel" aria-labelledby="child-panel-title">
      <div className="panel-head">
        <h2 id="child-panel-title">{t('tablet.recordFor', { name })}</h2>
        <button type="button" className="btn ghost" onClick={onClose}>
          {t('tablet.close')}
        </button>
      </div>
      {(child.recheckDueAt || sendHome) && (
        <div className={`notice ${sendHome ? 'error' : 'warn'}`} role="status">
          {sendHome ? t('action.send_home') : Date.parse(child.recheckDueAt!) <= now ? t('tablet.recheckNow') : t('tablet.recheckIn', { time: hhmm(child.recheckDueAt!) })}
          {sendHome && !child.checkOutAt && (
            <button type="button" className="btn big primary" onClick={() => setForm('checkout')}>
              {t('tablet.sendHomeCheckOut')}
            </button>
          )}
          {!sendHome && (
            <button type="button" className="btn big primary" onClick={() => setForm('temperature')}>
              {t('tablet.recheck')}
            </button>
          )}
        </div>
      )}
      <div className="action-grid" role="group" aria-label={name}>
        {ACTIONS.map((a) => (
          <button key={a} type="button" className={`btn big action ${form === a ? 'on' : ''}`} aria-pressed={form === a} onClick={() => setForm(form === a ? null : a)} disabled={a !== 'checkin' && !child.checkInAt}>
            {a === 'checkin' ? t('tablet.checkIn') : a === 'checkout' ? t('tablet.checkOut') : t(`kind.${a}`)}
          </button>
        ))}
      </div>
      {form && (
        <div className="entry-form">
          {form === 'photo' ? <PhotoForm childId={child.id} onSubmit={done} onCancel={() => setForm(null)} /> : <EntryForm form={form} pickups={pickups.data?.pickups ?? []} sendHome={sendHome} onSubmit={done} onCancel={() => setForm(null)} />}
        </div>
      )}
      <h3>{t('tablet.today')}</h3>
      <ol className="timeline compact">
        {waiting.map((q) => (
          <EntryLine key={q.id} pending entry={{ id: q.id, version: 1, seq: 0, childId: child.id, classId: '', kind: (q.body as EntryInput).kind, at: (q.body as EntryInput).at ?? new Date(q.queuedAt).toISOString(), day: cityToday(), corrected: false, retracted: false, reason: null, recordedBy: null, recordedAt: '', ...(q.body as object) } as never} pickupName={(id) => names.get(id)} />
        ))}
        {[...(events.data?.events ?? [])].reverse().map((e) => (
          <EntryLine key={e.id} entry={e} pickupName={(id) => names.get(id)} />
        ))}
      </ol>
      {(events.data?.events ?? []).length === 0 && waiting.length === 0 && <p className="muted">{t('tablet.empty')}</p>}
    </section>
  );
}

/** A photo of the child's day: taken with the tablet's camera, uploaded (metadata stripped by the server), then recorded. */
function PhotoForm({ childId, onSubmit, onCancel }: { childId: string; onSubmit: (b: EntryInput) => void; onCancel: () => void }) {
  const { t } = useTranslation(CARE_NS);
  const { t: tMain } = useTranslation();
  const online = useOnline();
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const upload = useMutation({
    mutationFn: () => careApi.uploadPhoto(childId, file!),
    onSuccess: (p) => onSubmit({ id: newId(), kind: 'photo', photoId: p.id, ...(caption.trim() ? { caption: caption.trim() } : {}) }),
  });
  return (
    <form
      className="care-form"
      aria-label={t('kind.photo')}
      onSubmit={(e) => {
        e.preventDefault();
        if (file) upload.mutate();
      }}
    >
      <label className="field">
        <span className="label">{t('kind.photo')}</span>
        <input type="file" accept="image/jpeg,image/png" capture="environment" onChange={(e) => setFile(e.target.files?.[0] ?? null)} required />
      </label>
      <label className="field">
        <span className="label">{t('tablet.caption')}</span>
        <input value={caption} maxLength={200} onChange={(e) => setCaption(e.target.value)} />
      </label>
      {!online && <p className="muted">{t('tablet.photoOnline')}</p>}
      {upload.error && <p className="error" role="alert">{translateFailure(upload.error, tMain)}</p>}
      <div className="form-actions">
        <button type="submit" className="btn big primary" disabled={!file || !online || upload.isPending}>
          {t('tablet.save')}
        </button>
        <button type="button" className="btn big ghost" onClick={onCancel}>
          {t('tablet.cancel')}
        </button>
      </div>
    </form>
  );
}

function Choices<T extends string>({ legend, value, options, label, onChange }: { legend: string; value: T | undefined; options: readonly T[]; label: (v: T) => string; onChange: (v: T) => void }) {
  return (
    <fieldset className="field">
      <legend className="label">{legend}</legend>
      <div className="choices">
        {options.map((o) => (
          <button key={o} type="button" className={`choice big ${value === o ? 'on' : ''}`} aria-pressed={value === o} onClick={() => onChange(o)}>
            {label(o)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

function TimeField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation(CARE_NS);
  return (
    <label className="field">
      <span className="label">{t('tablet.time')}</span>
      <input type="time" value={value} onChange={(e) => onChange(e.target.value)} required />
    </label>
  );
}

type Pickups = { id: string; displayName: string }[];

function EntryForm({ form, pickups, sendHome, onSubmit, onCancel }: { form: Exclude<Form, null>; pickups: Pickups; sendHome: boolean; onSubmit: (b: EntryInput) => void; onCancel: () => void }) {
  const { t } = useTranslation(CARE_NS);
  const [time, setTime] = useState(nowHHMM());
  const [who, setWho] = useState<string | undefined>(pickups[0]?.id);
  const [other, setOther] = useState('');
  const [temp, setTemp] = useState('');
  const [site, setSite] = useState<'forehead' | 'axillary' | 'ear'>('forehead');
  const [card, setCard] = useState<'green' | 'yellow' | 'red'>('green');
  const [symptoms, setSymptoms] = useState<string[]>([]);
  const [medicine, setMedicine] = useState({ name: '', dose: '', times: '' });
  const [meal, setMeal] = useState<'breakfast' | 'lunch' | 'afternoon_snack'>('lunch');
  const [portion, setPortion] = useState<'all' | 'most' | 'some' | 'none'>('all');
  const [ml, setMl] = useState('100');
  const [minutes, setMinutes] = useState('60');
  const [diaper, setDiaper] = useState<'wet' | 'dirty' | 'dry' | 'toilet'>('wet');
  const [domain, setDomain] = useState<'motor' | 'language' | 'cognition' | 'social_emotional' | 'hygiene' | 'nutrition' | 'sleep'>('motor');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const at = todayAt(time);
  const tempC = temp.trim() === '' ? undefined : Number(temp);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const base = { id: newId(), at };
    const check = () => ({ ...(tempC !== undefined ? { temperatureC: tempC, site } : {}), card, ...(symptoms.length ? { symptoms: symptoms as never } : {}), ...(card === 'red' ? { medicine } : {}) });
    switch (form) {
      case 'checkin':
        onSubmit({ ...base, kind: 'check_in', ...(who && who !== 'other' ? { droppedBy: who } : {}) });
        onSubmit({ id: newId(), at, kind: 'morning_check', ...check() });
        return;
      case 'morning_check':
      case 'noon_check':
        return onSubmit({ ...base, kind: form, ...check() });
      case 'temperature':
        if (tempC === undefined) return;
        return onSubmit({ ...base, kind: 'temperature', temperatureC: tempC, site });
      case 'checkout':
        return onSubmit({ ...base, kind: 'check_out', ...(who === 'other' ? { collectorDescription: other.trim() || t('tablet.someoneElse') } : who ? { collectedBy: who } : {}), ...(sendHome ? { sentHome: true } : {}) });
      case 'meal':
        return onSubmit({ ...base, kind: 'meal', meal, portion });
      case 'water':
        return onSubmit({ ...base, kind: 'water', ml: Number(ml) });
      case 'nap_start':
      case 'nap_end':
        return onSubmit({ ...base, kind: form });
      case 'diaper':
        return onSubmit({ ...base, kind: 'diaper', type: diaper });
      case 'outdoor':
        return onSubmit({ ...base, kind: 'outdoor', minutes: Number(minutes) });
      case 'activity':
        return onSubmit({ ...base, kind: 'activity', domain, title: title.trim() || t(`domain.${domain}`) });
      case 'note':
        if (!text.trim()) return;
        return onSubmit({ ...base, kind: 'note', text: text.trim() });
    }
  };

  const temperatureFields: ReactNode = (
    <>
      <label className="field">
        <span className="label">{t('tablet.temperatureC')}</span>
        <input className="big-input" type="number" inputMode="decimal" step="0.1" min="34" max="43" value={temp} onChange={(e) => setTemp(e.target.value)} required={form === 'temperature'} />
      </label>
      <Choices legend={t('tablet.site')} value={site} options={['forehead', 'axillary', 'ear'] as const} label={(v) => t(`site.${v}`)} onChange={setSite} />
    </>
  );
  const pickupChoices = (
    <Choices legend={t('tablet.who')} value={who} options={[...pickups.map((p) => p.id), 'other']} label={(v) => (v === 'other' ? t('tablet.someoneElse') : (pickups.find((p) => p.id === v)?.displayName ?? v))} onChange={setWho} />
  );
  return (
    <form onSubmit={submit} className="care-form" aria-label={form === 'checkin' ? t('tablet.checkIn') : form === 'checkout' ? t('tablet.checkOut') : t(`kind.${form}`)}>
      <TimeField value={time} onChange={setTime} />
      {(form === 'checkin' || form === 'checkout') && pickupChoices}
      {form === 'checkout' && who === 'other' && (
        <label className="field">
          <span className="label">{t('tablet.someoneElseDesc')}</span>
          <input value={other} maxLength={100} onChange={(e) => setOther(e.target.value)} />
        </label>
      )}
      {(form === 'checkin' || form === 'morning_check' || form === 'noon_check' || form === 'temperature') && temperatureFields}
      {(form === 'checkin' || form === 'morning_check' || form === 'noon_check') && (
        <>
          <Choices legend={t('tablet.card')} value={card} options={['green', 'yellow', 'red'] as const} label={(v) => t(`cardShort.${v}`)} onChange={setCard} />
          <fieldset className="field">
            <legend className="label">{t('tablet.symptoms')}</legend>
            <div className="choices">
              {SYMPTOMS.map((s) => (
                <button key={s} type="button" className={`choice ${symptoms.includes(s) ? 'on' : ''}`} aria-pressed={symptoms.includes(s)} onClick={() => setSymptoms((cur) => (cur.includes(s) ? cur.filter((x) => x !== s) : [...cur, s]))}>
                  {t(`symptom.${s}`)}
                </button>
              ))}
            </div>
          </fieldset>
          {card === 'red' && (
            <div className="row3">
              {(['name', 'dose', 'times'] as const).map((k) => (
                <label key={k} className="field">
                  <span className="label">{t(`tablet.medicine${k === 'name' ? 'Name' : k === 'dose' ? 'Dose' : 'Times'}`)}</span>
                  <input value={medicine[k]} onChange={(e) => setMedicine({ ...medicine, [k]: e.target.value })} required />
                </label>
              ))}
            </div>
          )}
        </>
      )}
      {form === 'meal' && (
        <>
          <Choices legend={t('kind.meal')} value={meal} options={['breakfast', 'lunch', 'afternoon_snack'] as const} label={(v) => t(`meal.${v}`)} onChange={setMeal} />
          <Choices legend={t('tablet.portion')} value={portion} options={['all', 'most', 'some', 'none'] as const} label={(v) => t(`portion.${v}`)} onChange={setPortion} />
        </>
      )}
      {form === 'water' && <Choices legend={t('tablet.water')} value={ml} options={['50', '100', '150', '200'] as const} label={(v) => v} onChange={setMl} />}
      {form === 'outdoor' && <Choices legend={t('tablet.minutes')} value={minutes} options={['30', '45', '60', '90'] as const} label={(v) => v} onChange={setMinutes} />}
      {form === 'diaper' && <Choices legend={t('kind.diaper')} value={diaper} options={['wet', 'dirty', 'dry', 'toilet'] as const} label={(v) => t(`diaper.${v}`)} onChange={setDiaper} />}
      {form === 'activity' && (
        <>
          <Choices legend={t('tablet.domain')} value={domain} options={['motor', 'language', 'cognition', 'social_emotional', 'hygiene', 'nutrition', 'sleep'] as const} label={(v) => t(`domain.${v}`)} onChange={setDomain} />
          <label className="field">
            <span className="label">{t('tablet.titleField')}</span>
            <input value={title} maxLength={100} onChange={(e) => setTitle(e.target.value)} />
          </label>
        </>
      )}
      {form === 'note' && (
        <label className="field">
          <span className="label">{t('tablet.text')}</span>
          <textarea value={text} maxLength={1000} rows={3} onChange={(e) => setText(e.target.value)} required />
        </label>
      )}
      <div className="form-actions">
        <button type="submit" className="btn big primary">
          {form === 'checkin' ? t('tablet.checkIn') : form === 'checkout' ? t('tablet.checkOut') : t('tablet.save')}
        </button>
        <button type="button" className="btn big ghost" onClick={onCancel}>
          {t('tablet.cancel')}
        </button>
      </div>
    </form>
  );
}
