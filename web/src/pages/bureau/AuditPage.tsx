/**
 * The PIPL audit page (个人信息访问记录): who read or changed which child's record, when and why — never the record.
 * Officials see each child as a pseudonymous reference and the facility; a guardian sees who read their own
 * children, by role and workplace. Filters: days, county and facility (officials), and the actor (click a name).
 */
import { useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format.ts';
import { auditQuery, countiesQuery, registryQuery, type AuditQuery } from './api.ts';
import { BUREAU_NS } from './i18n.ts';
import { failureText } from './issue-text.ts';
import { useDesk } from './session.ts';
import { ChildCopy } from './ChildCopy.tsx';
import './bureau.css';

const PAGE_SIZE = 50;
const ACTIONS = ['read', 'list', 'create', 'update', 'export', 'import', 'archive', 'delete', 'refuse', 'restore'] as const;

function when(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang.startsWith('zh') ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Shanghai' }).format(new Date(iso));
}

export default function AuditPage() {
  const { t, i18n } = useTranslation(BUREAU_NS);
  const lang = i18n.language;
  const desk = useDesk();
  const guardian = desk.scope('audit', 'read') === 'own_children';
  const official = desk.can('audit', 'read') && !guardian;
  const counties = useQuery({ ...countiesQuery(), enabled: official });
  const [form, setForm] = useState({ from: '', to: '', division: '', facility: '', action: '' });
  const [query, setQuery] = useState<AuditQuery>({ page: 1, pageSize: PAGE_SIZE });
  const [actorName, setActorName] = useState<string | null>(null);
  const division = form.division || (desk.scope('audit', 'read') === 'own_division' ? (desk.user?.divisionId ?? '') : '');
  const facilities = useQuery({ ...registryQuery({ division: division || undefined, state: 'all', pageSize: 200 }), enabled: official && !!division });
  const list = useQuery({ ...auditQuery(query), enabled: desk.can('audit', 'read'), placeholderData: keepPreviousData });

  if (desk.loading) return <p className="loading">{t('loading')}</p>;
  if (!desk.user || !desk.can('audit', 'read')) {
    return (
      <div className="page narrow">
        <h1>{t('audit.title')}</h1>
        <p className="muted">{desk.user ? t('audit.forbidden') : t('registry.loginFirst')}</p>
      </div>
    );
  }

  const apply = (e?: FormEvent) => {
    e?.preventDefault();
    setQuery((q) => ({
      page: 1,
      pageSize: PAGE_SIZE,
      ...(q.actor ? { actor: q.actor } : {}),
      ...(form.from ? { from: form.from } : {}),
      ...(form.to ? { to: form.to } : {}),
      ...(form.facility ? { facility: form.facility } : {}),
      ...(form.action ? { action: form.action as AuditQuery['action'] } : {}),
    }));
  };
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = query.page ?? 1;
  const countyChoices = (counties.data?.items ?? []).filter((d) => desk.scope('audit', 'read') !== 'own_division' || d.id === desk.user?.divisionId);

  return (
    <div className="page bureau-page">
      <div className="page-head">
        <h1>{guardian ? t('audit.titleGuardian') : t('audit.title')}</h1>
        <p className="muted">{guardian ? t('audit.introGuardian') : t('audit.intro')}</p>
      </div>
      {desk.can('child', 'export') && <ChildCopy />}
      <form className="filters bureau-filters" onSubmit={apply} aria-label={t('audit.table')} role="search">
        <label className="field">
          <span className="label">{t('audit.from')}</span>
          <input type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
        </label>
        <label className="field">
          <span className="label">{t('audit.to')}</span>
          <input type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
        </label>
        {official && (
          <>
            <label className="field">
              <span className="label">{t('audit.division')}</span>
              <select value={division} onChange={(e) => setForm({ ...form, division: e.target.value, facility: '' })}>
                {desk.scope('audit', 'read') !== 'own_division' && <option value="">{t('audit.all')}</option>}
                {countyChoices.map((d) => (
                  <option key={d.id} value={d.id}>
                    {lang.startsWith('zh') ? d.name : d.nameEn || d.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="label">{t('audit.facility')}</span>
              <select value={form.facility} disabled={!division} onChange={(e) => setForm({ ...form, facility: e.target.value })}>
                <option value="">{t('audit.all')}</option>
                {(facilities.data?.items ?? []).map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.name}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        <label className="field">
          <span className="label">{t('audit.action')}</span>
          <select value={form.action} onChange={(e) => setForm({ ...form, action: e.target.value })}>
            <option value="">{t('audit.all')}</option>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`audit.actionValue.${a}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="filter-actions">
          <button type="submit" className="btn primary">
            {t('audit.apply')}
          </button>
          <button
            type="button"
            className="btn ghost"
            onClick={() => {
              setForm({ from: '', to: '', division: '', facility: '', action: '' });
              setActorName(null);
              setQuery({ page: 1, pageSize: PAGE_SIZE });
            }}
          >
            {t('audit.reset')}
          </button>
        </div>
      </form>
      {query.actor && actorName && (
        <p className="chip-row">
          <span className="chip">{t('audit.actorFilter', { name: actorName })}</span>
          <button
            type="button"
            className="btn ghost small"
            onClick={() => {
              setActorName(null);
              setQuery(({ actor: _a, ...q }) => ({ ...q, page: 1 }));
            }}
          >
            {t('audit.clearActor')}
          </button>
        </p>
      )}
      <div className="list-meta" aria-live="polite">
        {list.data && <span data-testid="audit-total">{t('audit.total', { formatted: formatNumber(total, lang) })}</span>}
        {list.isFetching && <span className="muted small"> {t('loading')}</span>}
      </div>
      {list.isError && (
        <p className="error" role="alert">
          {failureText(list.error, t)}
        </p>
      )}
      {list.data && list.data.items.length === 0 && <p className="empty">{t('audit.empty')}</p>}
      {list.data && list.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="data-table" aria-label={t('audit.table')}>
            <thead>
              <tr>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.entity')}</th>
                <th scope="col">{t('audit.child')}</th>
                <th scope="col">{t('audit.facility')}</th>
                <th scope="col">{t('audit.purpose')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((e) => {
                const role = e.actor.role === 'system' ? t('audit.system') : t(`role.${e.actor.role}`, { ns: 'translation', defaultValue: e.actor.role });
                return (
                  <tr key={e.id}>
                    <td className="nowrap">{when(e.at, lang)}</td>
                    <td>
                      {e.actor.id && e.actor.name ? (
                        <button
                          type="button"
                          className="link-button"
                          title={t('audit.filterByActor', { name: e.actor.name })}
                          onClick={() => {
                            setActorName(e.actor.name);
                            setQuery((q) => ({ ...q, actor: e.actor.id!, page: 1 }));
                          }}
                        >
                          {e.actor.name}
                        </button>
                      ) : (
                        <span>{role}</span>
                      )}
                      <span className="muted small block">
                        {e.actor.name ? role : ''}
                        {e.actor.workplace ? `${e.actor.name ? ' · ' : ''}${e.actor.workplace}` : ''}
                      </span>
                    </td>
                    <td>{t(`audit.actionValue.${e.action}`, { defaultValue: e.action })}</td>
                    <td>{t(`audit.entityValue.${e.entity}`, { defaultValue: e.entity })}</td>
                    <td>
                      {e.child.name ?? <code className="child-ref">{e.child.ref}</code>}
                    </td>
                    <td>{e.facility?.name ?? '—'}</td>
                    <td>{e.purpose ?? t('audit.noPurpose')}</td>
                  </tr>
                );
              })}
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
    </div>
  );
}
