/**
 * Finding care (/care, phone first): from a child's home (a logged-in guardian) or any place, the facilities within
 * a walk ordered by walking minutes over the streets, with free places for the child's age band from the wanted
 * start date, the monthly fee and the fee after subsidy, 普惠 marked, hours, medical partner and the carers'
 * qualifications; filters for service, price, minutes and affordable-only; the 15-minute area drawn around home.
 * A guardian picks up to three facilities in order and applies, or books temporary hours. Anonymous visitors can
 * search too.
 */
import { lazy, Suspense, useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatOpeningHours, formatPrice, formatYuan } from '../../format.ts';
import { Link, useRouter, useSearchParams } from '../../router.tsx';
import { OwnershipBadge } from '../../components/Badges.tsx';
import { cityToday, familyApi, plusDays, type CareResult, type Child, type ServiceMode } from './api.ts';
import { HomePicker, type Home } from './HomePicker.tsx';
import { useCan } from '../../auth.tsx';
import { FAMILY_NS } from './i18n.ts';
import { ErrorNote } from './parts.tsx';
import './family.css';

const CareMap = lazy(() => import('./CareMap.tsx'));
const MINUTES = [5, 10, 15, 20, 30] as const;
const MODES: readonly ServiceMode[] = ['full_day', 'half_day', 'hourly', 'temporary'];

export default function FindCarePage() {
  const { t, i18n } = useTranslation(FAMILY_NS);
  const lang = i18n.language;
  const [params] = useSearchParams();
  const guardian = useCan('application', 'create');
  const children = useQuery({ queryKey: ['family.children'], enabled: guardian, queryFn: ({ signal }) => familyApi.children(signal) });
  // the child searched for: the one named in the address, else the first; '' is "another place"
  const [picked, setChildId] = useState<string | null>(params.get('child'));
  const [home, setHome] = useState<Home | null>(null);
  const [birthDate, setBirthDate] = useState('');
  const [startDate, setStartDate] = useState(plusDays(cityToday(), 14));
  const [mode, setMode] = useState<ServiceMode | ''>('full_day');
  const [minutes, setMinutes] = useState(15);
  const [maxFee, setMaxFee] = useState('');
  const [affordable, setAffordable] = useState(false);
  const [query, setQuery] = useState<Parameters<typeof familyApi.search>[0] | null>(null);
  const [chosen, setChosen] = useState<CareResult[]>([]);

  const kids = children.data?.items ?? [];
  const childId = picked ?? kids[0]?.id ?? '';
  const child = kids.find((c) => c.id === childId) ?? null;

  const results = useQuery({ queryKey: ['family.search', query], enabled: !!query, queryFn: ({ signal }) => familyApi.search(query!, signal) });
  const area = useQuery({
    queryKey: ['family.area', results.data?.params.lng, results.data?.params.lat],
    enabled: !!results.data,
    queryFn: ({ signal }) => familyApi.isochrone(results.data!.params.lng, results.data!.params.lat, signal),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const base = { minutes, startDate, ...(mode ? { mode } : {}), ...(maxFee ? { maxFee: Number(maxFee) } : {}), ...(affordable ? { affordableOnly: 'true' as const } : {}) };
    if (child) setQuery({ ...base, childId: child.id });
    else if (home) setQuery({ ...base, lng: home.lng, lat: home.lat, ...(birthDate ? { birthDate } : {}) });
    setChosen([]);
  };

  const mapFacilities = useMemo(() => (results.data?.results ?? []).map((r) => ({ id: r.facilityId, name: r.name, lng: r.location.lng, lat: r.location.lat, free: r.freePlaces })), [results.data]);
  const origin = results.data ? { lng: results.data.params.lng, lat: results.data.params.lat } : (home ?? null);
  const toggle = (r: CareResult) => setChosen((c) => (c.some((x) => x.facilityId === r.facilityId) ? c.filter((x) => x.facilityId !== r.facilityId) : c.length >= 3 ? c : [...c, r]));

  return (
    <div className="fam">
      <h1>{t('find.title')}</h1>
      <p className="lead">{t('find.intro')}</p>
      <form className="fam-card" onSubmit={submit} aria-label={t('find.title')}>
        {kids.length > 0 && (
          <div className="field">
            <label htmlFor="find-from">{t('find.from')}</label>
            <select id="find-from" value={childId} onChange={(e) => setChildId(e.target.value)}>
              {kids.map((k) => (
                <option key={k.id} value={k.id}>
                  {t('find.fromChild', { name: `${k.familyName}${k.givenName}` })}
                </option>
              ))}
              <option value="">{t('find.fromOther')}</option>
            </select>
          </div>
        )}
        {!child && (
          <>
            <HomePicker value={home} onChange={setHome} idPrefix="find" />
            <div className="field">
              <label htmlFor="find-birth">{t('find.birthDate')}</label>
              <input id="find-birth" type="date" value={birthDate} max={cityToday()} onChange={(e) => setBirthDate(e.target.value)} />
            </div>
          </>
        )}
        <div className="field-row">
          <div className="field">
            <label htmlFor="find-start">{t('find.startDate')}</label>
            <input id="find-start" type="date" value={startDate} min={cityToday()} onChange={(e) => setStartDate(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="find-mode">{t('find.mode')}</label>
            <select id="find-mode" value={mode} onChange={(e) => setMode(e.target.value as ServiceMode | '')}>
              <option value="">{t('find.anyMode')}</option>
              {MODES.map((m) => (
                <option key={m} value={m}>
                  {t(`translation:mode.${m}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="find-minutes">{t('find.minutes')}</label>
            <select id="find-minutes" value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
              {MINUTES.map((m) => (
                <option key={m} value={m}>
                  {t('find.minutesOption', { m })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="find-fee">{t('find.maxFee')}</label>
            <input id="find-fee" type="number" inputMode="numeric" min={0} step={50} value={maxFee} onChange={(e) => setMaxFee(e.target.value)} />
          </div>
        </div>
        <label className="check">
          <input type="checkbox" checked={affordable} onChange={(e) => setAffordable(e.target.checked)} />
          <span>{t('find.affordableOnly')}</span>
        </label>
        {!child && !home && query === null && <p className="muted small">{t('find.needHome')}</p>}
        <div className="fam-actions">
          <button type="submit" className="btn primary" disabled={!child && !home}>
            {t('find.search')}
          </button>
        </div>
      </form>

      {results.isPending && query && <p className="muted">{t('common.loading')}</p>}
      <ErrorNote error={results.error} />
      {results.data && (
        <section className="fam-card" aria-labelledby="results-title">
          <h2 id="results-title">{results.data.results.length ? t('find.results', { n: results.data.results.length, m: results.data.params.minutes }) : t('find.none', { m: results.data.params.minutes })}</h2>
          {origin && (
            <Suspense fallback={<div className="care-map" />}>
              <CareMap center={origin} home={origin} facilities={mapFacilities} area={area.data ?? null} />
            </Suspense>
          )}
          <ol className="fam-list" aria-label={t('find.title')}>
            {results.data.results.map((r) => (
              <ResultItem key={r.facilityId} r={r} lang={lang} rank={chosen.findIndex((c) => c.facilityId === r.facilityId) + 1} canApply={guardian && !!child} canBook={guardian} childId={child?.id ?? null} onToggle={() => toggle(r)} />
            ))}
          </ol>
        </section>
      )}
      {chosen.length > 0 && child && <ApplyPanel child={child} chosen={chosen} mode={mode === 'half_day' ? 'half_day' : 'full_day'} startDate={startDate} />}
    </div>
  );
}

function ResultItem({ r, lang, rank, canApply, canBook, childId, onToggle }: { r: CareResult; lang: string; rank: number; canApply: boolean; canBook: boolean; childId: string | null; onToggle: () => void }) {
  const { t } = useTranslation(FAMILY_NS);
  const { t: tt } = useTranslation();
  const hourly = r.hourlyPrice;
  return (
    <li className="result" data-testid="care-result">
      <div className="fam-row spread">
        <h3>{r.name}</h3>
        <span className="walk">{t('find.walk', { minutes: formatNumber(r.minutes, lang), meters: formatNumber(r.meters, lang) })}</span>
      </div>
      <div className="badges">
        <span className="badge">{tt(`tierShort.${r.tier}`)}</span>
        <OwnershipBadge ownership={r.ownership} />
      </div>
      <p className={r.freePlaces > 0 ? 'free-yes' : 'free-no'}>{r.freePlaces > 0 ? t('find.free', { n: r.freePlaces }) : t('find.full')}</p>
      <p className="fees">
        {r.monthlyFee !== null && t('find.fee', { fee: formatYuan(r.monthlyFee, lang) })}
        {r.feeAfterSubsidy !== null && r.monthlyFee !== null && r.feeAfterSubsidy < r.monthlyFee && <> · {t('find.feeAfter', { fee: formatYuan(r.feeAfterSubsidy, lang) })}</>}
        {hourly && <> · {t('find.hourly', { price: formatPrice(hourly.price, hourly.unit, tt, lang) })}</>}
      </p>
      <p className="meta">
        {r.modes.map((m) => t(`translation:mode.${m}`)).join(' · ')} · {formatOpeningHours(r.openingHours, tt, lang)}
      </p>
      {r.medicalPartner && <p className="meta">{t('find.medical', { name: r.medicalPartner })}</p>}
      {r.staff.carers > 0 && (
        <p className="meta">
          {t('find.staff', {
            n: r.staff.carers,
            list: r.staff.qualifications
              .slice(0, 3)
              .map((q) => `${q.qualification} ${q.count}`)
              .join('、'),
          })}
        </p>
      )}
      <div className="fam-actions">
        {canApply && (r.modes.includes('full_day') || r.modes.includes('half_day')) && (
          <button type="button" className={`btn ${rank ? 'primary' : 'ghost'}`} aria-pressed={rank > 0} onClick={onToggle}>
            {rank ? t('find.chosen', { rank }) : t('find.choose')}
          </button>
        )}
        {canBook && hourly && (
          <Link className="btn ghost" to={`/care/book?facility=${r.facilityId}${childId ? `&child=${childId}` : ''}`}>
            {t('find.book')}
          </Link>
        )}
        <Link className="btn ghost" to={`/facilities/${r.facilityId}`}>
          {t('home.open')}
        </Link>
      </div>
    </li>
  );
}

function ApplyPanel({ child, chosen, mode: initialMode, startDate: initialStart }: { child: Child; chosen: CareResult[]; mode: 'full_day' | 'half_day'; startDate: string }) {
  const { t } = useTranslation(FAMILY_NS);
  const qc = useQueryClient();
  const { navigate } = useRouter();
  const [mode, setMode] = useState(initialMode);
  const [startDate, setStartDate] = useState(initialStart);
  const [dual, setDual] = useState(false);
  const [single, setSingle] = useState(false);
  const apply = useMutation({
    mutationFn: () => familyApi.apply({ childId: child.id, mode, startDate, choices: chosen.map((c) => c.facilityId), dualWorking: dual, singleParent: single }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['family.applications', child.id] });
      navigate(`/family/children/${child.id}`);
    },
  });
  return (
    <form
      className="fam-card"
      aria-labelledby="apply-title"
      onSubmit={(e) => {
        e.preventDefault();
        apply.mutate();
      }}
    >
      <h2 id="apply-title">{t('apply.title')}</h2>
      <p className="muted small">{t('find.chosenList')}</p>
      <ol>
        {chosen.map((c) => (
          <li key={c.facilityId}>{c.name}</li>
        ))}
      </ol>
      <div className="field-row">
        <div className="field">
          <label htmlFor="apply-mode">{t('apply.mode')}</label>
          <select id="apply-mode" value={mode} onChange={(e) => setMode(e.target.value as 'full_day' | 'half_day')}>
            <option value="full_day">{t('translation:mode.full_day')}</option>
            <option value="half_day">{t('translation:mode.half_day')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="apply-start">{t('apply.startDate')}</label>
          <input id="apply-start" type="date" value={startDate} min={cityToday()} onChange={(e) => setStartDate(e.target.value)} />
        </div>
      </div>
      <p className="muted small">{t('apply.situationHint')}</p>
      <label className="check">
        <input type="checkbox" checked={dual} onChange={(e) => setDual(e.target.checked)} />
        <span>{t('apply.dualWorking')}</span>
      </label>
      <label className="check">
        <input type="checkbox" checked={single} onChange={(e) => setSingle(e.target.checked)} />
        <span>{t('apply.singleParent')}</span>
      </label>
      <ErrorNote error={apply.error} />
      <div className="fam-actions">
        <button type="submit" className="btn primary" disabled={apply.isPending}>
          {apply.isPending ? t('apply.submitting') : t('apply.submit')}
        </button>
      </div>
    </form>
  );
}
