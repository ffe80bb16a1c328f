/**
 * Registering a facility (登记新机构): the fields of the API's FacilityInput, checked by the server with the same
 * rules as every other path (the import, the edit form); each problem it names appears beside its field, translated
 * by its machine code. The county choice is the caller's scope (a district official: their own county).
 */
import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/http.ts';
import { Link } from '../../router.tsx';
import { countiesQuery, registerFacility, type FacilityInput } from './api.ts';
import { BUREAU_NS } from './i18n.ts';
import { failureText, issuesByField } from './issue-text.ts';
import { useDesk } from './session.ts';

const TIERS = ['municipal_centre', 'county_centre', 'community', 'family_point', 'kindergarten_class', 'employer', 'private'] as const;
const OWNERSHIPS = ['public', 'affordable', 'market'] as const;
const FILINGS = ['unfiled', 'pending', 'filed'] as const;
const MODES = ['full_day', 'half_day', 'hourly', 'temporary'] as const;
const UNITS = ['month', 'day', 'half_day', 'hour'] as const;
const BANDS = ['infant', 'toddler_small', 'toddler_large', 'mixed'] as const;
/** National class caps, for the hint beside the input (the server checks against its versioned policy). */
const CAP_HINT: Record<(typeof BANDS)[number], number> = { infant: 10, toddler_small: 15, toddler_large: 20, mixed: 18 };

interface ServiceRow {
  key: number;
  mode: (typeof MODES)[number];
  price: string;
  unit: (typeof UNITS)[number];
}
interface ClassRow {
  key: number;
  name: string;
  band: (typeof BANDS)[number];
  capacity: string;
}
interface State {
  name: string;
  tier: (typeof TIERS)[number];
  ownership: (typeof OWNERSHIPS)[number];
  divisionId: string;
  address: string;
  lng: string;
  lat: string;
  crs: 'wgs84' | 'gcj02';
  filingStatus: (typeof FILINGS)[number];
  filingNumber: string;
  hasHours: boolean;
  days: number[];
  open: string;
  close: string;
  services: ServiceRow[];
  classes: ClassRow[];
  floor: string;
  outdoor: string;
  contactPerson: string;
  contactPhone: string;
}

let seq = 0;
const blank = (divisionId: string): State => ({
  name: '',
  tier: 'community',
  ownership: 'affordable',
  divisionId,
  address: '',
  lng: '',
  lat: '',
  crs: 'wgs84',
  filingStatus: 'unfiled',
  filingNumber: '',
  hasHours: true,
  days: [1, 2, 3, 4, 5],
  open: '07:30',
  close: '18:00',
  services: [{ key: ++seq, mode: 'full_day', price: '', unit: 'month' }],
  classes: [{ key: ++seq, name: '托小班1', band: 'toddler_small', capacity: '15' }],
  floor: '',
  outdoor: '',
  contactPerson: '',
  contactPhone: '',
});

const num = (s: string): number => (s.trim() === '' ? Number.NaN : Number(s));
const optNum = (s: string): number | null => (s.trim() === '' ? null : Number(s));

/** The API body, and the problems the browser can see itself (numbers that are not numbers, required fields). */
function toInput(s: State): { body: FacilityInput; local: Array<[string, 'required' | 'number' | 'integer']> } {
  const local: Array<[string, 'required' | 'number' | 'integer']> = [];
  if (!s.name.trim()) local.push(['name', 'required']);
  if (!s.address.trim()) local.push(['address', 'required']);
  if (!s.divisionId) local.push(['divisionId', 'required']);
  if (!Number.isFinite(num(s.lng))) local.push(['location.lng', 'number']);
  if (!Number.isFinite(num(s.lat))) local.push(['location.lat', 'number']);
  s.services.forEach((r, i) => {
    if (!Number.isFinite(num(r.price))) local.push([`services.${i}.price`, 'number']);
  });
  s.classes.forEach((c, i) => {
    if (!c.name.trim()) local.push([`classes.${i}.name`, 'required']);
    if (!/^\d+$/.test(c.capacity.trim())) local.push([`classes.${i}.capacity`, 'integer']);
  });
  for (const [f, v] of [['floorAreaM2', s.floor], ['outdoorAreaM2', s.outdoor]] as const) if (v.trim() && !Number.isFinite(Number(v))) local.push([f, 'number']);
  const contact = s.contactPerson.trim() || s.contactPhone.trim() ? { ...(s.contactPerson.trim() ? { person: s.contactPerson.trim() } : {}), ...(s.contactPhone.trim() ? { phone: s.contactPhone.trim() } : {}) } : null;
  const body: FacilityInput = {
    name: s.name.trim(),
    tier: s.tier,
    ownership: s.ownership,
    filingStatus: s.filingStatus,
    filingNumber: s.filingNumber.trim() || null,
    divisionId: s.divisionId,
    address: s.address.trim(),
    location: { lng: num(s.lng), lat: num(s.lat), crs: s.crs },
    openingHours: s.hasHours ? { days: [...s.days].sort((a, b) => a - b), open: s.open, close: s.close } : null,
    services: s.services.map((r) => ({ mode: r.mode, price: num(r.price), unit: r.unit })),
    classes: s.classes.map((c) => ({ name: c.name.trim(), band: c.band, capacity: Number(c.capacity) })),
    floorAreaM2: optNum(s.floor),
    outdoorAreaM2: optNum(s.outdoor),
    contact,
  };
  return { body, local };
}

/** The registration form (POST /api/facilities). */
export function RegisterForm() {
  const { t, i18n } = useTranslation(BUREAU_NS);
  const lang = i18n.language;
  const desk = useDesk();
  const qc = useQueryClient();
  const counties = useQuery(countiesQuery());
  const ownDivision = desk.scope('facility', 'create') === 'own_division' ? (desk.user?.divisionId ?? '') : '';
  const [s, setS] = useState<State>(() => blank(ownDivision));
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const choices = (counties.data?.items ?? []).filter((d) => !ownDivision || d.id === ownDivision);

  const set = <K extends keyof State>(k: K, v: State[K]) => setS((x) => ({ ...x, [k]: v }));
  const setService = (i: number, p: Partial<ServiceRow>) => setS((x) => ({ ...x, services: x.services.map((r, j) => (j === i ? { ...r, ...p } : r)) }));
  const setClass = (i: number, p: Partial<ClassRow>) => setS((x) => ({ ...x, classes: x.classes.map((r, j) => (j === i ? { ...r, ...p } : r)) }));
  const fid = (f: string) => `reg-${f.replace(/\W/g, '-')}`;
  const eid = (f: string) => `reg-err-${f.replace(/\W/g, '-')}`;
  const a11y = (f: string) => ({ id: fid(f), 'aria-invalid': errors.has(f) || undefined, 'aria-describedby': errors.has(f) ? eid(f) : undefined });
  const err = (f: string) =>
    errors.has(f) ? (
      <span className="field-error" id={eid(f)}>
        {errors.get(f)}
      </span>
    ) : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    setCreated(null);
    const { body, local } = toInput({ ...s, divisionId: s.divisionId || ownDivision });
    if (local.length) {
      setErrors(new Map(local.map(([f, k]) => [f, t(`form.${k}`)])));
      setFormError(t('form.invalid'));
      return;
    }
    setSaving(true);
    try {
      const f = await registerFacility(body);
      setErrors(new Map());
      setCreated({ id: f.id, name: f.name });
      setS(blank(ownDivision));
      void qc.invalidateQueries({ predicate: (q) => ['registry', 'facilities', 'facilities.geojson', 'network'].includes(String(q.queryKey[0])) });
    } catch (ex) {
      const map = ex instanceof ApiError ? issuesByField(ex.issues, t) : new Map<string, string>();
      setErrors(map);
      setFormError(map.size ? t('form.invalid') : failureText(ex, t));
    } finally {
      setSaving(false);
    }
  };

  const known = /^(name|tier|ownership|divisionId|address|location\.(lng|lat)|filingNumber|filingStatus|openingHours(\..*)?|services\.\d+\.(price|mode|unit)|classes(\.\d+\.(name|capacity|band))?|floorAreaM2|outdoorAreaM2|contact\.(person|phone))$/;
  const stray = [...errors].filter(([f]) => !known.test(f));

  return (
    <form className="edit-form register-form" onSubmit={submit} noValidate aria-labelledby="register-title">
      <h2 id="register-title">{t('form.title')}</h2>
      <p className="muted small">{t('form.intro')}</p>
      {created && (
        <p className="notice ok" role="status">
          {t('form.created')}
          <Link to={`/facilities/${created.id}`}>{created.name}</Link>
        </p>
      )}
      {formError && (
        <div className="form-error" role="alert" data-testid="form-error">
          {formError}
          {stray.length > 0 && (
            <ul>
              {stray.map(([f, m]) => (
                <li key={f}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      <fieldset className="form-section">
        <legend>{t('form.basics')}</legend>
        <div className="grid-2">
          <div className="field">
            <label className="label" htmlFor={fid('name')}>
              {t('form.name')}
            </label>
            <input {...a11y('name')} value={s.name} onChange={(e) => set('name', e.target.value)} />
            {err('name')}
          </div>
          <div className="field">
            <label className="label" htmlFor={fid('divisionId')}>
              {t('form.division')}
            </label>
            <select {...a11y('divisionId')} value={s.divisionId || ownDivision} onChange={(e) => set('divisionId', e.target.value)}>
              {!ownDivision && <option value="">—</option>}
              {choices.map((d) => (
                <option key={d.id} value={d.id}>
                  {lang.startsWith('zh') ? d.name : d.nameEn || d.name}
                </option>
              ))}
            </select>
            {err('divisionId')}
          </div>
          <div className="field">
            <label className="label" htmlFor={fid('tier')}>
              {t('form.tier')}
            </label>
            <select {...a11y('tier')} value={s.tier} onChange={(e) => set('tier', e.target.value as State['tier'])}>
              {TIERS.map((x) => (
                <option key={x} value={x}>
                  {t(`tier.${x}`, { ns: 'translation' })}
                </option>
              ))}
            </select>
            {err('tier')}
          </div>
          <div className="field">
            <label className="label" htmlFor={fid('ownership')}>
              {t('form.ownership')}
            </label>
            <select {...a11y('ownership')} value={s.ownership} onChange={(e) => set('ownership', e.target.value as State['ownership'])}>
              {OWNERSHIPS.map((x) => (
                <option key={x} value={x}>
                  {t(`ownership.${x}`, { ns: 'translation' })}
                </option>
              ))}
            </select>
            {err('ownership')}
          </div>
          <div className="field span-2">
            <label className="label" htmlFor={fid('address')}>
              {t('form.address')}
            </label>
            <input {...a11y('address')} value={s.address} onChange={(e) => set('address', e.target.value)} />
            {err('address')}
          </div>
          <div className="field">
            <label className="label" htmlFor={fid('location.lng')}>
              {t('form.lng')}
            </label>
            <input {...a11y('location.lng')} inputMode="decimal" value={s.lng} onChange={(e) => set('lng', e.target.value)} />
            {err('location.lng')}
          </div>
          <div className="field">
            <label className="label" htmlFor={fid('location.lat')}>
              {t('form.lat')}
            </label>
            <input {...a11y('location.lat')} inputMode="decimal" value={s.lat} onChange={(e) => set('lat', e.target.value)} />
            {err('location.lat')}
          </div>
          <div className="field">
            <label className="label" htmlFor={fid('crs')}>
              {t('form.crs')}
            </label>
            <select id={fid('crs')} value={s.crs} onChange={(e) => set('crs', e.target.value as State['crs'])}>
              <option value="wgs84">{t('form.crsWgs')}</option>
              <option value="gcj02">{t('form.crsGcj')}</option>
            </select>
          </div>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.filing')}</legend>
        <div className="grid-2">
          <div className="field">
            <label className="label" htmlFor={fid('filingStatus')}>
              {t('form.filingStatus')}
            </label>
            <select {...a11y('filingStatus')} value={s.filingStatus} onChange={(e) => set('filingStatus', e.target.value as State['filingStatus'])}>
              {FILINGS.map((x) => (
                <option key={x} value={x}>
                  {t(`filing.${x}`, { ns: 'translation' })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="label" htmlFor={fid('filingNumber')}>
              {t('form.filingNumber')}
            </label>
            <input {...a11y('filingNumber')} value={s.filingNumber} onChange={(e) => set('filingNumber', e.target.value)} />
            {err('filingNumber')}
          </div>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.hours')}</legend>
        <label className="check">
          <input type="checkbox" checked={s.hasHours} onChange={(e) => set('hasHours', e.target.checked)} />
          {t('form.hasHours')}
        </label>
        {s.hasHours && (
          <div className="grid-2">
            <fieldset className="days">
              <legend className="label">{t('form.days')}</legend>
              {[1, 2, 3, 4, 5, 6, 7].map((d) => (
                <label key={d} className="check inline">
                  <input type="checkbox" checked={s.days.includes(d)} onChange={(e) => set('days', e.target.checked ? [...s.days, d] : s.days.filter((x) => x !== d))} />
                  {t(`weekday.${d}`, { ns: 'translation' })}
                </label>
              ))}
            </fieldset>
            <div className="field-pair">
              <div className="field">
                <label className="label" htmlFor={fid('openingHours.open')}>
                  {t('form.open')}
                </label>
                <input {...a11y('openingHours.open')} type="time" value={s.open} onChange={(e) => set('open', e.target.value)} />
                {err('openingHours.open')}
              </div>
              <div className="field">
                <label className="label" htmlFor={fid('openingHours.close')}>
                  {t('form.close')}
                </label>
                <input {...a11y('openingHours.close')} type="time" value={s.close} onChange={(e) => set('close', e.target.value)} />
                {err('openingHours.close')}
              </div>
            </div>
          </div>
        )}
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.services')}</legend>
        {s.services.map((r, i) => (
          <div className="row-fields" key={r.key}>
            <div className="field">
              <label className="label" htmlFor={fid(`services.${i}.mode`)}>
                {t('form.mode')}
              </label>
              <select {...a11y(`services.${i}.mode`)} value={r.mode} onChange={(e) => setService(i, { mode: e.target.value as ServiceRow['mode'] })}>
                {MODES.map((m) => (
                  <option key={m} value={m}>
                    {t(`mode.${m}`, { ns: 'translation' })}
                  </option>
                ))}
              </select>
              {err(`services.${i}.mode`)}
            </div>
            <div className="field">
              <label className="label" htmlFor={fid(`services.${i}.price`)}>
                {t('form.price')}
              </label>
              <input {...a11y(`services.${i}.price`)} inputMode="decimal" value={r.price} onChange={(e) => setService(i, { price: e.target.value })} />
              {err(`services.${i}.price`)}
            </div>
            <div className="field">
              <label className="label" htmlFor={fid(`services.${i}.unit`)}>
                {t('form.unit')}
              </label>
              <select {...a11y(`services.${i}.unit`)} value={r.unit} onChange={(e) => setService(i, { unit: e.target.value as ServiceRow['unit'] })}>
                {UNITS.map((u) => (
                  <option key={u} value={u}>
                    {t(`unit.${u}`, { ns: 'translation' })}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className="btn ghost small" onClick={() => set('services', s.services.filter((_, j) => j !== i))}>
              {t('form.remove')}
            </button>
          </div>
        ))}
        <button type="button" className="btn ghost small" onClick={() => set('services', [...s.services, { key: ++seq, mode: 'temporary', price: '', unit: 'hour' }])}>
          {t('form.addService')}
        </button>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.classes')}</legend>
        {err('classes')}
        {s.classes.map((c, i) => (
          <div className="row-fields" key={c.key}>
            <div className="field">
              <label className="label" htmlFor={fid(`classes.${i}.name`)}>
                {t('form.className')}
              </label>
              <input {...a11y(`classes.${i}.name`)} value={c.name} onChange={(e) => setClass(i, { name: e.target.value })} />
              {err(`classes.${i}.name`)}
            </div>
            <div className="field">
              <label className="label" htmlFor={fid(`classes.${i}.band`)}>
                {t('form.band')}
              </label>
              <select {...a11y(`classes.${i}.band`)} value={c.band} onChange={(e) => setClass(i, { band: e.target.value as ClassRow['band'] })}>
                {BANDS.map((b) => (
                  <option key={b} value={b}>
                    {t(`band.${b}`, { ns: 'translation' })}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="label" htmlFor={fid(`classes.${i}.capacity`)}>
                {t('form.capacity')}
              </label>
              <input {...a11y(`classes.${i}.capacity`)} inputMode="numeric" value={c.capacity} onChange={(e) => setClass(i, { capacity: e.target.value })} />
              <span className="hint">{t('form.capHint', { cap: CAP_HINT[c.band] })}</span>
              {err(`classes.${i}.capacity`)}
            </div>
            <button type="button" className="btn ghost small" onClick={() => set('classes', s.classes.filter((_, j) => j !== i))}>
              {t('form.remove')}
            </button>
          </div>
        ))}
        <button type="button" className="btn ghost small" onClick={() => set('classes', [...s.classes, { key: ++seq, name: '', band: 'toddler_large', capacity: '20' }])}>
          {t('form.addClass')}
        </button>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.other')}</legend>
        <div className="grid-2">
          <div className="field">
            <label className="label" htmlFor={fid('floorAreaM2')}>
              {t('form.floor')}
            </label>
            <input {...a11y('floorAreaM2')} inputMode="decimal" value={s.floor} onChange={(e) => set('floor', e.target.value)} />
            {err('floorAreaM2')}
          </div>
          <div className="field">
            <label className="label" htmlFor={fid('outdoorAreaM2')}>
              {t('form.outdoor')}
            </label>
            <input {...a11y('outdoorAreaM2')} inputMode="decimal" value={s.outdoor} onChange={(e) => set('outdoor', e.target.value)} />
            {err('outdoorAreaM2')}
          </div>
          <div className="field">
            <label className="label" htmlFor={fid('contact.person')}>
              {t('form.contactPerson')}
            </label>
            <input {...a11y('contact.person')} value={s.contactPerson} onChange={(e) => set('contactPerson', e.target.value)} />
            {err('contact.person')}
          </div>
          <div className="field">
            <label className="label" htmlFor={fid('contact.phone')}>
              {t('form.contactPhone')}
            </label>
            <input {...a11y('contact.phone')} inputMode="tel" value={s.contactPhone} onChange={(e) => set('contactPhone', e.target.value)} />
            {err('contact.phone')}
          </div>
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="btn primary" disabled={saving}>
          {saving ? t('form.submitting') : t('form.submit')}
        </button>
        <button
          type="button"
          className="btn ghost"
          onClick={() => {
            setS(blank(ownDivision));
            setErrors(new Map());
            setFormError(null);
          }}
        >
          {t('form.reset')}
        </button>
      </div>
    </form>
  );
}
