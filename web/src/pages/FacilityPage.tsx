/**
 * One facility: its details, and for callers the API allows (`canEdit`, and the `facility.update` capability) an
 * edit form — basics, opening hours, services with prices, classes (add/remove). Field-level problems from the
 * API's `issues` appear next to their inputs, translated by machine code (classes.0.capacity `over_cap` →
 * 超过国家班额上限（15 人）); the caps beside the inputs come from the care policy in force. After a failed save the
 * first field at fault (or the error summary) takes the focus, so a phone scrolls to it.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError, type FieldIssue } from '../api/http.ts';
import { issueMap, translateError, translateIssue } from '../api/issues.ts';
import type { CarePolicy, ClassBand, Facility, FacilityPatch, FilingStatus, IssueCode, Ownership, PriceUnit, ServiceMode } from '../api/model.ts';
import { useCarePolicy } from '../api/policy.ts';
import { updateFacility } from '../api/registry.ts';
import { useCan } from '../auth.tsx';
import { FilingBadge, OwnershipBadge, TierBadge } from '../components/Badges.tsx';
import { FacilityFacts, useFacility } from '../components/FacilityCard.tsx';
import { formatDate, formatNumber } from '../format.ts';
import { Link, useSearchParams } from '../router.tsx';

interface ClassRow {
  key: string;
  id?: string;
  name: string;
  band: ClassBand;
  capacity: string;
  enrolled: number;
}
interface ServiceRow {
  key: string;
  mode: ServiceMode;
  price: string;
  unit: PriceUnit;
}
interface FormState {
  name: string;
  ownership: Ownership;
  filingStatus: FilingStatus;
  filingNumber: string;
  address: string;
  hasHours: boolean;
  days: number[];
  open: string;
  close: string;
  services: ServiceRow[];
  classes: ClassRow[];
  contactPerson: string;
  contactPhone: string;
}

let keySeq = 0;
const newKey = () => `k${++keySeq}`;

function toForm(f: Facility): FormState {
  return {
    name: f.name,
    ownership: f.ownership,
    filingStatus: f.filingStatus,
    filingNumber: f.filingNumber ?? '',
    address: f.address,
    hasHours: !!f.openingHours,
    days: f.openingHours?.days ?? [1, 2, 3, 4, 5],
    open: f.openingHours?.open ?? '07:30',
    close: f.openingHours?.close ?? '18:00',
    services: f.services.map((s) => ({ key: newKey(), mode: s.mode, price: String(s.price), unit: s.unit })),
    classes: f.classes.map((c) => ({ key: newKey(), id: c.id, name: c.name, band: c.band, capacity: String(c.capacity), enrolled: c.enrolled })),
    contactPerson: f.contact?.person ?? '',
    contactPhone: f.contact?.phone ?? '',
  };
}

function toPatch(s: FormState, version: number): FacilityPatch {
  const contact = s.contactPerson.trim() || s.contactPhone.trim() ? { person: s.contactPerson.trim() || undefined, phone: s.contactPhone.trim() || undefined } : null;
  return {
    name: s.name.trim(),
    ownership: s.ownership,
    filingStatus: s.filingStatus,
    filingNumber: s.filingNumber.trim() || null,
    address: s.address.trim(),
    openingHours: s.hasHours ? { days: [...s.days].sort((a, b) => a - b), open: s.open, close: s.close } : null,
    services: s.services.map((r) => ({ mode: r.mode, price: r.price.trim() === '' ? Number.NaN : Number(r.price), unit: r.unit })),
    classes: s.classes.map((c) => ({ ...(c.id ? { id: c.id } : {}), name: c.name.trim(), band: c.band, capacity: c.capacity.trim() === '' ? Number.NaN : Number(c.capacity) })),
    contact,
    version,
  };
}

/** Problems the browser can see before asking the server, with the server's own codes (it checks everything again). */
function localIssues(s: FormState): FieldIssue[] {
  const out: FieldIssue[] = [];
  const add = (field: string, code: IssueCode, params?: Record<string, string | number>) => out.push({ field, code, params, message: code });
  if (!s.name.trim()) add('name', 'required');
  if (!s.address.trim()) add('address', 'required');
  s.classes.forEach((c, i) => {
    if (!c.name.trim()) add(`classes.${i}.name`, 'required');
    if (c.capacity.trim() === '') add(`classes.${i}.capacity`, 'required');
    else if (!/^\d+$/.test(c.capacity.trim())) add(`classes.${i}.capacity`, 'not_integer');
  });
  s.services.forEach((r, i) => {
    if (r.price.trim() === '') add(`services.${i}.price`, 'required');
    else if (!Number.isFinite(Number(r.price))) add(`services.${i}.price`, 'invalid_type', { expected: 'number' });
  });
  return out;
}

/** The sentence above the form for a failed save: what kind of failure, by the error's machine code. */
function formErrorText(ex: unknown, t: TFunction): string {
  if (!(ex instanceof ApiError)) return translateError(ex, t);
  if (ex.issues.some((i) => i.code === 'stale_version')) return t('edit.conflict');
  if (ex.code === 'unauthenticated') return t('edit.unauthenticated');
  if (ex.code === 'forbidden') return t('edit.forbidden');
  // invalid input, and rules about the current state (a class below its enrolled children …): the fields say which
  if (ex.issues.length > 0) return t('edit.invalid');
  return translateError(ex, t);
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span className="field-error" id={id} role="alert">
      {message}
    </span>
  );
}

function EditForm({ facility, policy, onDone }: { facility: Facility; policy: CarePolicy; onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const vocab = policy.vocabularies;
  const [s, setS] = useState<FormState>(() => toForm(facility));
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // After a failed save: the first field at fault takes the focus (a phone scrolls to it), else the summary.
  const [failedAt, setFailedAt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!failedAt) return;
    const form = formRef.current;
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[data-testid="form-error"]');
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }, [failedAt]);

  const set = <K extends keyof FormState>(k: K, v: FormState[K]) => setS((x) => ({ ...x, [k]: v }));
  const setClass = (i: number, patch: Partial<ClassRow>) => setS((x) => ({ ...x, classes: x.classes.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));
  const setService = (i: number, patch: Partial<ServiceRow>) => setS((x) => ({ ...x, services: x.services.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));
  const err = (field: string) => errors.get(field);
  const errId = (field: string) => `err-${field.replace(/\W/g, '-')}`;
  const fid = (field: string) => `f-${field.replace(/\W/g, '-')}`;
  const inputProps = (field: string) => ({ 'aria-invalid': errors.has(field) || undefined, 'aria-describedby': errors.has(field) ? errId(field) : undefined });

  const familyTotal = useMemo(() => s.classes.reduce((a, c) => a + (Number(c.capacity) || 0), 0), [s.classes]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    const local = localIssues(s);
    if (local.length > 0) {
      setErrors(new Map(local.map((l) => [l.field, translateIssue(l, t)])));
      setFormError(t('edit.invalid'));
      setFailedAt(Date.now());
      return;
    }
    setSaving(true);
    try {
      const saved = await updateFacility(facility.id, toPatch(s, facility.version));
      qc.setQueryData(['facility', facility.id], saved);
      void qc.invalidateQueries({ predicate: (q) => ['facilities', 'facilities.geojson', 'network'].includes(String(q.queryKey[0])) });
      setErrors(new Map());
      onDone();
    } catch (ex) {
      setErrors(ex instanceof ApiError ? issueMap(ex.issues, t) : new Map());
      setFormError(formErrorText(ex, t));
      setFailedAt(Date.now());
    } finally {
      setSaving(false);
    }
  };

  // Unmatched issues (a field with no input here) still show at the top.
  const known = (f: string) => /^(name|ownership|filingStatus|filingNumber|address|openingHours(\..*)?|services(\.\d+\.\w+)?|classes(\.\d+\.\w+)?|contact\.\w+)$/.test(f);
  const stray = [...errors].filter(([f]) => !known(f));

  return (
    <form ref={formRef} className="edit-form" onSubmit={submit} noValidate aria-labelledby="edit-title">
      <h2 id="edit-title">{t('edit.title')}</h2>
      {formError && (
        <div className="form-error" role="alert" data-testid="form-error" tabIndex={-1}>
          {formError}
          {stray.length > 0 && (
            <ul>
              {stray.map(([f, m]) => (
                <li key={f}>
                  <code>{f}</code> {m}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <fieldset className="form-section">
        <legend>{t('edit.basics')}</legend>
        <div className="grid-2">
          <div className="field">
            <label className="label" htmlFor={fid('name')}>
              {t('edit.name')}
            </label>
            <input id={fid('name')} value={s.name} onChange={(e) => set('name', e.target.value)} {...inputProps('name')} />
            <FieldError id={errId('name')} message={err('name')} />
          </div>
          <div className="field">
            <label className="label" htmlFor={fid('ownership')}>
              {t('facility.ownership')}
            </label>
            <select id={fid('ownership')} value={s.ownership} onChange={(e) => set('ownership', e.target.value as Ownership)} {...inputProps('ownership')}>
              {vocab.ownerships.map((o) => (
                <option key={o} value={o}>
                  {t(`ownership.${o}`)}
                </option>
              ))}
            </select>
            <FieldError id={errId('ownership')} message={err('ownership')} />
          </div>
          <div className="field">
            <label className="label" htmlFor={fid('filingStatus')}>
              {t('facility.filing')}
            </label>
            <select id={fid('filingStatus')} value={s.filingStatus} onChange={(e) => set('filingStatus', e.target.value as FilingStatus)} {...inputProps('filingStatus')}>
              {vocab.filingStatuses.map((o) => (
                <option key={o} value={o}>
                  {t(`filing.${o}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="label" htmlFor={fid('filingNumber')}>
              {t('facility.filingNumber')}
            </label>
            <input id={fid('filingNumber')} value={s.filingNumber} onChange={(e) => set('filingNumber', e.target.value)} {...inputProps('filingNumber')} />
            <FieldError id={errId('filingNumber')} message={err('filingNumber')} />
          </div>
          <div className="field span-2">
            <label className="label" htmlFor={fid('address')}>
              {t('facility.address')}
            </label>
            <input id={fid('address')} value={s.address} onChange={(e) => set('address', e.target.value)} {...inputProps('address')} />
            <FieldError id={errId('address')} message={err('address')} />
          </div>
          <div className="field">
            <label className="label" htmlFor={fid('contact.person')}>
              {t('facility.contact')}
            </label>
            <input id={fid('contact.person')} value={s.contactPerson} onChange={(e) => set('contactPerson', e.target.value)} {...inputProps('contact.person')} />
            <FieldError id={errId('contact.person')} message={err('contact.person')} />
          </div>
          <div className="field">
            <label className="label" htmlFor={fid('contact.phone')}>
              {t('facility.phone')}
            </label>
            <input id={fid('contact.phone')} type="tel" value={s.contactPhone} onChange={(e) => set('contactPhone', e.target.value)} {...inputProps('contact.phone')} />
            <FieldError id={errId('contact.phone')} message={err('contact.phone')} />
          </div>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('facility.hours')}</legend>
        <label className="check">
          <input type="checkbox" checked={s.hasHours} onChange={(e) => set('hasHours', e.target.checked)} />
          {t('edit.hasHours')}
        </label>
        {s.hasHours && (
          <>
            <div className="days" role="group" aria-label={t('edit.days')}>
              {[1, 2, 3, 4, 5, 6, 7].map((d) => (
                <label key={d} className={`day ${s.days.includes(d) ? 'on' : ''}`}>
                  <input type="checkbox" checked={s.days.includes(d)} onChange={(e) => set('days', e.target.checked ? [...s.days, d] : s.days.filter((x) => x !== d))} />
                  {t(`weekday.${d}`)}
                </label>
              ))}
            </div>
            <FieldError id={errId('openingHours.days')} message={err('openingHours.days') ?? err('openingHours')} />
            <div className="grid-2 narrow-grid">
              <div className="field">
                <label className="label" htmlFor={fid('openingHours.open')}>
                  {t('edit.open')}
                </label>
                <input id={fid('openingHours.open')} type="time" value={s.open} onChange={(e) => set('open', e.target.value)} {...inputProps('openingHours.open')} />
                <FieldError id={errId('openingHours.open')} message={err('openingHours.open')} />
              </div>
              <div className="field">
                <label className="label" htmlFor={fid('openingHours.close')}>
                  {t('edit.close')}
                </label>
                <input id={fid('openingHours.close')} type="time" value={s.close} onChange={(e) => set('close', e.target.value)} {...inputProps('openingHours.close')} />
                <FieldError id={errId('openingHours.close')} message={err('openingHours.close')} />
              </div>
            </div>
          </>
        )}
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('facility.prices')}</legend>
        <FieldError id={errId('services')} message={err('services')} />
        {s.services.map((r, i) => (
          <div className="row-edit" key={r.key} role="group" aria-label={`${t('facility.prices')} ${i + 1}`}>
            <div className="field">
              <label className="label" htmlFor={fid(`services.${i}.mode`)}>
                {t('facility.modes')}
              </label>
              <select id={fid(`services.${i}.mode`)} value={r.mode} onChange={(e) => setService(i, { mode: e.target.value as ServiceMode })} {...inputProps(`services.${i}.mode`)}>
                {vocab.serviceModes.map((m) => (
                  <option key={m} value={m}>
                    {t(`mode.${m}`)}
                  </option>
                ))}
              </select>
              <FieldError id={errId(`services.${i}.mode`)} message={err(`services.${i}.mode`)} />
            </div>
            <div className="field">
              <label className="label" htmlFor={fid(`services.${i}.price`)}>
                {t('edit.price')}
              </label>
              <span className="input-affix">
                <span aria-hidden="true">¥</span>
                <input id={fid(`services.${i}.price`)} inputMode="decimal" value={r.price} onChange={(e) => setService(i, { price: e.target.value })} {...inputProps(`services.${i}.price`)} />
              </span>
              <FieldError id={errId(`services.${i}.price`)} message={err(`services.${i}.price`)} />
            </div>
            <label className="field">
              <span className="label">{t('edit.unit')}</span>
              <select value={r.unit} onChange={(e) => setService(i, { unit: e.target.value as PriceUnit })}>
                {vocab.priceUnits.map((u) => (
                  <option key={u} value={u}>
                    {t(`unit.${u}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="btn ghost small danger" onClick={() => setS((x) => ({ ...x, services: x.services.filter((_, j) => j !== i) }))}>
              {t('edit.removeService')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn ghost small"
          onClick={() => setS((x) => ({ ...x, services: [...x.services, { key: newKey(), mode: vocab.serviceModes.find((m) => !x.services.some((r) => r.mode === m)) ?? 'full_day', price: '', unit: 'month' }] }))}
        >
          + {t('edit.addService')}
        </button>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('facility.classes')}</legend>
        <FieldError id={errId('classes')} message={err('classes')} />
        {facility.tier === 'family_point' && (
          <p className={`muted small ${familyTotal > policy.familyPointMaxChildren ? 'warn' : ''}`}>{t('edit.familyTotal', { total: familyTotal, cap: policy.familyPointMaxChildren })}</p>
        )}
        {s.classes.map((c, i) => (
          <div className="row-edit" key={c.key} role="group" aria-label={c.name || `${t('facility.className')} ${i + 1}`} data-testid={`class-row-${i}`}>
            <div className="field">
              <label className="label" htmlFor={fid(`classes.${i}.name`)}>
                {t('facility.className')}
              </label>
              <input id={fid(`classes.${i}.name`)} value={c.name} onChange={(e) => setClass(i, { name: e.target.value })} {...inputProps(`classes.${i}.name`)} />
              <FieldError id={errId(`classes.${i}.name`)} message={err(`classes.${i}.name`)} />
            </div>
            <div className="field">
              <label className="label" htmlFor={fid(`classes.${i}.band`)}>
                {t('facility.band')}
              </label>
              <select id={fid(`classes.${i}.band`)} value={c.band} onChange={(e) => setClass(i, { band: e.target.value as ClassBand })} {...inputProps(`classes.${i}.band`)}>
                {vocab.classBands.map((b) => (
                  <option key={b} value={b}>
                    {t(`band.${b}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field cap-field">
              <label className="label" htmlFor={fid(`classes.${i}.capacity`)}>
                {t('facility.capacity')}
              </label>
              <input id={fid(`classes.${i}.capacity`)} type="number" min={1} inputMode="numeric" value={c.capacity} onChange={(e) => setClass(i, { capacity: e.target.value })} {...inputProps(`classes.${i}.capacity`)} />
              <span className="hint">{t('edit.capHint', { cap: policy.classes[c.band].maxChildren })}</span>
              <FieldError id={errId(`classes.${i}.capacity`)} message={err(`classes.${i}.capacity`)} />
            </div>
            <button type="button" className="btn ghost small danger" onClick={() => setS((x) => ({ ...x, classes: x.classes.filter((_, j) => j !== i) }))}>
              {t('edit.removeClass')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn ghost small"
          onClick={() => setS((x) => ({ ...x, classes: [...x.classes, { key: newKey(), name: '', band: 'toddler_small', capacity: '', enrolled: 0 }] }))}
        >
          + {t('edit.addClass')}
        </button>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="btn primary" disabled={saving}>
          {saving ? t('edit.saving') : t('edit.save')}
        </button>
        <button type="button" className="btn ghost" onClick={onDone} disabled={saving}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}

export function FacilityPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const q = useFacility(id);
  const policy = useCarePolicy();
  const mayEdit = useCan('facility', 'update');
  const [params, setParams] = useSearchParams();
  const editing = params.get('edit') === '1';
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const setEditing = (on: boolean) => {
    const next = new URLSearchParams(params);
    if (on) next.set('edit', '1');
    else next.delete('edit');
    setParams(next);
  };
  const f = q.data;
  const canEdit = mayEdit && !!f?.canEdit;

  if (q.isPending) return <div className="page loading">{t('app.loading')}</div>;
  if (q.isError || !f)
    return (
      <div className="page narrow">
        <p className="error" role="alert">
          {q.error instanceof ApiError && q.error.code === 'not_found' ? t('app.notFound') : t('facility.loadError')}
        </p>
        <Link to="/facilities">{t('app.back')}</Link>
      </div>
    );

  return (
    <div className="page facility-page">
      <nav className="crumbs" aria-label="breadcrumb">
        <Link to="/facilities">{t('nav.list')}</Link> <span aria-hidden="true">/</span> <span>{f.name}</span>
      </nav>
      <header className="facility-head">
        <div>
          <div className="badges">
            <TierBadge tier={f.tier} />
            <OwnershipBadge ownership={f.ownership} />
            <FilingBadge status={f.filingStatus} />
            {f.archived && <span className="badge archived">{t('facility.archived')}</span>}
          </div>
          <h1>{f.name}</h1>
          <p className="muted">
            {f.divisionName} · {f.address}
          </p>
        </div>
        <div className="head-stats">
          <div>
            <strong>{formatNumber(f.capacity, lang)}</strong>
            <span>{t('facility.capacity')}</span>
          </div>
          <div>
            <strong>{formatNumber(f.enrolled, lang)}</strong>
            <span>{t('facility.enrolled')}</span>
          </div>
          <div className={f.free > 0 ? 'free-yes' : 'free-no'}>
            <strong>{formatNumber(f.free, lang)}</strong>
            <span>{t('facility.free')}</span>
          </div>
        </div>
      </header>
      {savedAt && !editing && (
        <p className="notice success" role="status">
          {t('edit.saved')}
        </p>
      )}
      {editing && canEdit && policy ? (
        <EditForm
          facility={f}
          policy={policy}
          onDone={() => {
            setSavedAt(Date.now());
            setEditing(false);
          }}
        />
      ) : (
        <div className="detail-grid">
          <section className="panel">
            <FacilityFacts f={f} headingLevel={2} />
          </section>
          <aside className="panel side">
            <dl className="facts">
              {f.contact?.person && (
                <div>
                  <dt>{t('facility.contact')}</dt>
                  <dd>{f.contact.person}</dd>
                </div>
              )}
              {f.contact?.phone && (
                <div>
                  <dt>{t('facility.phone')}</dt>
                  <dd>
                    <a href={`tel:${f.contact.phone}`}>{f.contact.phone}</a>
                  </dd>
                </div>
              )}
              {f.floorAreaM2 != null && (
                <div>
                  <dt>{t('facility.area')}</dt>
                  <dd>{formatNumber(f.floorAreaM2, lang)} m²</dd>
                </div>
              )}
              {f.outdoorAreaM2 != null && (
                <div>
                  <dt>{t('facility.outdoor')}</dt>
                  <dd>{formatNumber(f.outdoorAreaM2, lang)} m²</dd>
                </div>
              )}
            </dl>
            <p className="muted small">{t('facility.updated', { date: formatDate(f.updatedAt, lang) })}</p>
            <div className="side-actions">
              <Link className="btn ghost" to={`/?facility=${f.id}`}>
                {t('nav.map')}
              </Link>
              {canEdit && (
                <button type="button" className="btn primary" onClick={() => setEditing(true)}>
                  {t('facility.edit')}
                </button>
              )}
            </div>
          </aside>
        </div>
      )}
    </div>
  );
}
