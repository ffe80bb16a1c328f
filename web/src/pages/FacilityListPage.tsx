/**
 * The facility list: the API's filters (division, tier, ownership, service mode, band with free places, text),
 * paginated; every filter lives in the URL so a list can be shared. The filter options are the registry's
 * vocabularies from the care policy (GET /api/policy/care); the fee column names the mode of each monthly price.
 */
import { useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { translateError } from '../api/issues.ts';
import type { CarePolicy, ClassBand, FacilityQuery, Ownership, ServiceMode, Tier } from '../api/model.ts';
import { useCarePolicy } from '../api/policy.ts';
import { facilityListQuery } from '../api/registry.ts';
import { OwnershipBadge, PlacesBar, TierBadge } from '../components/Badges.tsx';
import { useDivisions } from '../components/Banners.tsx';
import { formatMonthlyPrices, formatNumber } from '../format.ts';
import { Link, useSearchParams } from '../router.tsx';

const PAGE_SIZE = 20;

function pick<T extends string>(v: string | null, allowed: readonly T[]): T | undefined {
  return v && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
}

type Vocabularies = CarePolicy['vocabularies'];
const NONE: Vocabularies = { tiers: [], ownerships: [], filingStatuses: [], serviceModes: [], priceUnits: [], classBands: [] };

/**
 * Reads the list query from URL params, keeping only values of the registry's vocabularies.
 * @param p - the URL's query
 * @param v - the vocabularies (from the care policy)
 */
export function queryFromParams(p: URLSearchParams, v: Vocabularies): FacilityQuery {
  const band = pick<ClassBand>(p.get('band'), v.classBands);
  return {
    division: p.get('division') || undefined,
    tier: pick<Tier>(p.get('tier'), v.tiers),
    ownership: pick<Ownership>(p.get('ownership'), v.ownerships),
    mode: pick<ServiceMode>(p.get('mode'), v.serviceModes),
    band,
    free: band ? 'true' : undefined,
    q: p.get('q') || undefined,
    page: Math.max(1, Number(p.get('page')) || 1),
    pageSize: PAGE_SIZE,
  };
}

export function FacilityListPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const policy = useCarePolicy();
  const vocab = policy?.vocabularies ?? NONE;
  const query = queryFromParams(params, vocab);
  const divisions = useDivisions();
  const list = useQuery({ ...facilityListQuery(query), enabled: !!policy, placeholderData: keepPreviousData });
  // The search box edits a draft of `q`; a new `q` in the URL (back, reset, a shared link) replaces the draft.
  const [draft, setDraft] = useState<{ for: string; text: string }>({ for: query.q ?? '', text: query.q ?? '' });
  const text = draft.for === (query.q ?? '') ? draft.text : (query.q ?? '');
  const setText = (v: string) => setDraft({ for: query.q ?? '', text: v });

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setParams(next);
  };
  const submitText = (e: FormEvent) => {
    e.preventDefault();
    setParam('q', text.trim());
  };
  const goPage = (page: number) => {
    const next = new URLSearchParams(params);
    if (page > 1) next.set('page', String(page));
    else next.delete('page');
    setParams(next, { replace: false });
  };

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = query.page ?? 1;
  const counties = (divisions.data?.items ?? []).filter((d) => d.level === 'county');
  const hasFilters = [...params.keys()].some((k) => k !== 'page');

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('list.title')}</h1>
        <p className="muted">{t('list.intro')}</p>
      </div>
      <form className="filters" onSubmit={submitText} aria-label={t('list.filters')} role="search">
        <label className="field grow">
          <span className="label">{t('list.q')}</span>
          <input type="search" name="q" value={text} placeholder={t('list.qPlaceholder')} onChange={(e) => setText(e.target.value)} />
        </label>
        <label className="field">
          <span className="label">{t('list.division')}</span>
          <select value={query.division ?? ''} onChange={(e) => setParam('division', e.target.value)}>
            <option value="">{t('list.all')}</option>
            {counties.map((d) => (
              <option key={d.id} value={d.id}>
                {lang.startsWith('zh') ? d.name : d.nameEn || d.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="label">{t('list.tier')}</span>
          <select value={query.tier ?? ''} onChange={(e) => setParam('tier', e.target.value)}>
            <option value="">{t('list.all')}</option>
            {vocab.tiers.map((x) => (
              <option key={x} value={x}>
                {t(`tier.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="label">{t('list.ownership')}</span>
          <select value={query.ownership ?? ''} onChange={(e) => setParam('ownership', e.target.value)}>
            <option value="">{t('list.all')}</option>
            {vocab.ownerships.map((x) => (
              <option key={x} value={x}>
                {t(`ownership.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="label">{t('list.mode')}</span>
          <select value={query.mode ?? ''} onChange={(e) => setParam('mode', e.target.value)}>
            <option value="">{t('list.all')}</option>
            {vocab.serviceModes.map((x) => (
              <option key={x} value={x}>
                {t(`mode.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="label">{t('list.band')}</span>
          <select value={query.band ?? ''} onChange={(e) => setParam('band', e.target.value)}>
            <option value="">{t('list.all')}</option>
            {vocab.classBands.map((x) => (
              <option key={x} value={x}>
                {t('list.bandOption', { band: t(`band.${x}`), ages: t('ageMonths', { from: policy!.classes[x].ageMonths[0], to: policy!.classes[x].ageMonths[1] }) })}
              </option>
            ))}
          </select>
        </label>
        <div className="filter-actions">
          <button type="submit" className="btn primary">
            {t('list.apply')}
          </button>
          {hasFilters && (
            <button type="button" className="btn ghost" onClick={() => setParams(new URLSearchParams())}>
              {t('list.reset')}
            </button>
          )}
        </div>
      </form>

      <div className="list-meta" aria-live="polite">
        {list.data && <span data-testid="list-total">{t('list.total', { count: total, formatted: formatNumber(total, lang) })}</span>}
        {list.isFetching && <span className="muted small"> {t('app.loading')}</span>}
      </div>
      {list.isError && (
        <p className="error" role="alert">
          {translateError(list.error, t)}
        </p>
      )}
      {list.data && list.data.items.length === 0 && <p className="empty">{t('list.empty')}</p>}
      {list.data && list.data.items.length > 0 && (
        <div className="table-wrap" aria-busy={list.isFetching}>
          <table className="data-table" aria-label={t('list.table')}>
            <thead>
              <tr>
                <th scope="col">{t('list.name')}</th>
                <th scope="col">{t('list.tier')}</th>
                <th scope="col">{t('list.ownership')}</th>
                <th scope="col">{t('list.division')}</th>
                <th scope="col">{t('list.mode')}</th>
                <th scope="col" className="num">
                  {t('list.places')}
                </th>
                <th scope="col" className="num">
                  {t('list.price')}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((f) => (
                <tr key={f.id}>
                  <th scope="row" data-label={t('list.name')}>
                    <Link to={`/facilities/${f.id}`} className="row-link">
                      {f.name}
                    </Link>
                    <span className="muted small block">{f.address}</span>
                  </th>
                  <td data-label={t('list.tier')}>
                    <TierBadge tier={f.tier} short />
                  </td>
                  <td data-label={t('list.ownership')}>
                    <OwnershipBadge ownership={f.ownership} />
                  </td>
                  <td data-label={t('list.division')}>{lang.startsWith('zh') ? f.divisionName : counties.find((d) => d.id === f.divisionId)?.nameEn || f.divisionName}</td>
                  <td data-label={t('list.mode')} className="modes">
                    {f.modes.map((m) => t(`mode.${m}`)).join(lang.startsWith('zh') ? '、' : ', ')}
                  </td>
                  <td data-label={t('list.places')} className="num">
                    <span className={f.free > 0 ? 'free-yes' : 'free-no'}>{f.free}</span> / {f.capacity}
                    <PlacesBar capacity={f.capacity} enrolled={f.enrolled} />
                  </td>
                  <td data-label={t('list.price')} className="num prices-cell">
                    {f.monthlyPrices.length === 0
                      ? '—'
                      : formatMonthlyPrices(f.monthlyPrices, t, lang).map((p) => (
                          <span key={p} className="block">
                            {p}
                          </span>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.data && pages > 1 && (
        <nav className="pagination" aria-label={t('list.pagination')}>
          <button type="button" className="btn ghost" disabled={page <= 1} onClick={() => goPage(page - 1)}>
            {t('list.prev')}
          </button>
          <span>{t('list.page', { page, pages })}</span>
          <button type="button" className="btn ghost" disabled={page >= pages} onClick={() => goPage(page + 1)}>
            {t('list.next')}
          </button>
        </nav>
      )}
    </div>
  );
}
