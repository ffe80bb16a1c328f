/**
 * The registry as officials manage it: filters (county, type, filing status, live/archived, text, "only mine"), a
 * paged table with, per row, what the API says the caller may do — the filing workflow (inline panel), archive (with
 * an inline confirmation) and restore.
 */
import { Fragment, useState, type FormEvent } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FilingBadge, TierBadge } from '../../components/Badges.tsx';
import { formatDate, formatNumber } from '../../format.ts';
import { Link } from '../../router.tsx';
import { archiveFacility, countiesQuery, registryQuery, restoreFacility, type RegistryQuery, type RegistryRow } from './api.ts';
import { FilingPanel } from './FilingPanel.tsx';
import { BUREAU_NS } from './i18n.ts';
import { failureText } from './issue-text.ts';
import { useDesk } from './session.ts';

const TIERS = ['municipal_centre', 'county_centre', 'community', 'family_point', 'kindergarten_class', 'employer', 'private'] as const;
const FILINGS = ['unfiled', 'pending', 'filed', 'revoked'] as const;
const PAGE_SIZE = 25;

/** The managed registry list. */
export function RegistryList() {
  const { t, i18n } = useTranslation(BUREAU_NS);
  const lang = i18n.language;
  const desk = useDesk();
  const qc = useQueryClient();
  const counties = useQuery(countiesQuery());
  const [text, setText] = useState('');
  const [query, setQuery] = useState<RegistryQuery>({ state: 'live', editable: desk.scope('facility', 'update') === 'all' ? undefined : 'true', page: 1, pageSize: PAGE_SIZE });
  const list = useQuery({ ...registryQuery(query), placeholderData: keepPreviousData });
  const [openFiling, setOpenFiling] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const set = (patch: Partial<RegistryQuery>) => setQuery((q) => ({ ...q, ...patch, page: 1 }));
  const refresh = () => void qc.invalidateQueries({ predicate: (q) => ['registry', 'facilities', 'facility', 'facilities.geojson', 'network'].includes(String(q.queryKey[0])) });
  const archive = useMutation({
    mutationFn: (r: RegistryRow) => (r.archived ? restoreFacility(r.id) : archiveFacility(r.id)),
    onSuccess: (_f, r) => {
      setConfirming(null);
      setMessage({ kind: 'ok', text: t(r.archived ? 'list.done.restore' : 'list.done.archive', { name: r.name }) });
      refresh();
    },
    onError: (e) => setMessage({ kind: 'error', text: failureText(e, t) }),
  });
  const submitText = (e: FormEvent) => {
    e.preventDefault();
    set({ q: text.trim() || undefined });
  };
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = query.page ?? 1;

  return (
    <section aria-labelledby="registry-list-title">
      <h2 id="registry-list-title" className="visually-hidden">
        {t('list.table')}
      </h2>
      <form className="filters bureau-filters" onSubmit={submitText} aria-label={t('list.filters')} role="search">
        <label className="field grow">
          <span className="label">{t('list.q')}</span>
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} onBlur={() => set({ q: text.trim() || undefined })} />
        </label>
        <label className="field">
          <span className="label">{t('list.division')}</span>
          <select value={query.division ?? ''} onChange={(e) => set({ division: e.target.value || undefined })}>
            <option value="">{t('list.all')}</option>
            {(counties.data?.items ?? []).map((d) => (
              <option key={d.id} value={d.id}>
                {lang.startsWith('zh') ? d.name : d.nameEn || d.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="label">{t('list.tier')}</span>
          <select value={query.tier ?? ''} onChange={(e) => set({ tier: (e.target.value || undefined) as RegistryQuery['tier'] })}>
            <option value="">{t('list.all')}</option>
            {TIERS.map((x) => (
              <option key={x} value={x}>
                {t(`tier.${x}`, { ns: 'translation' })}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="label">{t('list.filing')}</span>
          <select value={query.filing ?? ''} onChange={(e) => set({ filing: (e.target.value || undefined) as RegistryQuery['filing'] })}>
            <option value="">{t('list.all')}</option>
            {FILINGS.map((x) => (
              <option key={x} value={x}>
                {t(`filing.${x}`, { ns: 'translation' })}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="label">{t('list.state')}</span>
          <select value={query.state ?? 'live'} onChange={(e) => set({ state: e.target.value as RegistryQuery['state'] })}>
            <option value="live">{t('list.stateLive')}</option>
            <option value="archived">{t('list.stateArchived')}</option>
            <option value="all">{t('list.stateAll')}</option>
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={query.editable === 'true'} onChange={(e) => set({ editable: e.target.checked ? 'true' : undefined })} />
          {t('list.editableOnly')}
        </label>
      </form>

      {message && (
        <p className={message.kind === 'ok' ? 'notice ok' : 'notice error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <div className="list-meta" aria-live="polite">
        {list.data && <span data-testid="registry-total">{t('list.total', { formatted: formatNumber(total, lang) })}</span>}
        {list.isFetching && <span className="muted small"> {t('loading')}</span>}
      </div>
      {list.isError && (
        <p className="error" role="alert">
          {failureText(list.error, t)}
        </p>
      )}
      {list.data && list.data.items.length === 0 && <p className="empty">{t('list.empty')}</p>}
      {list.data && list.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="data-table" aria-label={t('list.table')}>
            <thead>
              <tr>
                <th scope="col">{t('list.name')}</th>
                <th scope="col">{t('list.tier')}</th>
                <th scope="col">{t('list.division')}</th>
                <th scope="col">{t('list.filing')}</th>
                <th scope="col">{t('list.supervisor')}</th>
                <th scope="col" className="num">
                  {t('list.places')}
                </th>
                <th scope="col">{t('list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((r) => (
                <Fragment key={r.id}>
                  <tr className={r.archived ? 'archived-row' : undefined}>
                    <th scope="row">
                      <Link to={`/facilities/${r.id}`} className="row-link">
                        {r.name}
                      </Link>
                      <span className="muted small block">{r.address}</span>
                      {r.archived && r.archivedAt && <span className="badge archived-badge">{t('list.archivedOn', { date: formatDate(r.archivedAt, lang) })}</span>}
                    </th>
                    <td>
                      <TierBadge tier={r.tier} short />
                    </td>
                    <td>{r.divisionName}</td>
                    <td>
                      <FilingBadge status={r.filingStatus} />
                      {r.filingNumber && <span className="muted mono block">{r.filingNumber}</span>}
                    </td>
                    <td className="small">{r.supervisor?.name ?? '—'}</td>
                    <td className="num">{formatNumber(r.capacity, lang)}</td>
                    <td className="row-actions">
                      {!r.archived && (desk.can('facility_filing', 'submit') || desk.can('facility_filing', 'decide')) && (r.canEdit || r.canRegister) && (
                        <button type="button" className="btn ghost small" aria-expanded={openFiling === r.id} aria-controls={`filing-${r.id}`} onClick={() => setOpenFiling(openFiling === r.id ? null : r.id)}>
                          {openFiling === r.id ? t('list.hideFiling') : t('list.filingBtn')}
                          <span className="visually-hidden">：{r.name}</span>
                        </button>
                      )}
                      {r.canArchive &&
                        (confirming === r.id ? (
                          <span className="confirm" role="group" aria-label={t('list.confirmArchive', { name: r.name })}>
                            <span className="small">{t('list.confirmArchive', { name: r.name })}</span>
                            <button type="button" className="btn danger small" disabled={archive.isPending} onClick={() => archive.mutate(r)}>
                              {t('list.confirm')}
                            </button>
                            <button type="button" className="btn ghost small" onClick={() => setConfirming(null)}>
                              {t('list.cancel')}
                            </button>
                          </span>
                        ) : (
                          <button
                            type="button"
                            className="btn ghost small"
                            disabled={archive.isPending}
                            onClick={() => {
                              setMessage(null);
                              if (r.archived) archive.mutate(r);
                              else setConfirming(r.id);
                            }}
                          >
                            {r.archived ? t('list.restore') : t('list.archive')}
                            <span className="visually-hidden">：{r.name}</span>
                          </button>
                        ))}
                    </td>
                  </tr>
                  {openFiling === r.id && (
                    <tr className="filing-row">
                      <td colSpan={7} id={`filing-${r.id}`}>
                        <FilingPanel facilityId={r.id} name={r.name} onChanged={refresh} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.data && pages > 1 && (
        <nav className="pagination" aria-label={t('list.pagination')}>
          <button type="button" className="btn ghost" disabled={page <= 1} onClick={() => setQuery((q) => ({ ...q, page: page - 1 }))}>
            {t('list.prev')}
          </button>
          <span>{t('list.page', { page, pages })}</span>
          <button type="button" className="btn ghost" disabled={page >= pages} onClick={() => setQuery((q) => ({ ...q, page: page + 1 }))}>
            {t('list.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
