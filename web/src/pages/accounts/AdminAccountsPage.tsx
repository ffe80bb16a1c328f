/**
 * The administrator's accounts page (/admin/accounts): every account, searched and filtered by role and state, paged;
 * open an account of any role with its binding; disable, enable, reset. Shown to whoever may create accounts.
 */
import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { data, http, type Schemas } from '../../api/http.ts';
import { can, useSession } from '../../auth.tsx';
import { AccountTable } from './AccountTable.tsx';
import { CreateAccountForm } from './CreateAccountForm.tsx';
import { errorText } from './errors.ts';
import { NotForYou } from './fields.tsx';
import { ACCOUNTS_NS } from './i18n.ts';
import { Pager } from './Pager.tsx';
import './accounts.css';

const PAGE = 20;

export function AdminAccountsPage() {
  const { t } = useTranslation(ACCOUNTS_NS);
  const { t: tm } = useTranslation();
  const session = useSession();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Schemas['Role'] | ''>('');
  const [state, setState] = useState<'' | 'true' | 'false'>('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const allowed = can(session.data, 'account', 'create');
  const roles = useQuery({ queryKey: ['account-roles'], queryFn: ({ signal }) => data(http.GET('/api/account-roles', { signal })), staleTime: Infinity, enabled: allowed });
  const list = useQuery({
    queryKey: ['users', q, role, state, page],
    enabled: allowed,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => data(http.GET('/api/users', { params: { query: { q: q.trim() || undefined, role: role || undefined, disabled: state || undefined, page, pageSize: PAGE } }, signal })),
  });

  if (session.isPending) return <div className="loading">{t('common.loading')}</div>;
  if (!allowed) return <NotForYou loggedIn={!!session.data?.user} />;

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('admin.title')}</h1>
        <p className="muted">{t('admin.intro')}</p>
      </div>
      {creating ? (
        <section className="panel">
          <CreateAccountForm onClose={() => setCreating(false)} />
        </section>
      ) : (
        <div className="account-tools">
          <label className="field grow">
            <span className="label">{t('admin.search')}</span>
            <input type="search" name="q" value={q} onChange={(e) => (setQ(e.target.value), setPage(1))} />
          </label>
          <label className="field">
            <span className="label">{t('admin.role')}</span>
            <select name="role" value={role} onChange={(e) => (setRole(e.target.value as Schemas['Role'] | ''), setPage(1))}>
              <option value="">{t('admin.anyRole')}</option>
              {(roles.data?.items ?? []).map((r) => (
                <option key={r.role} value={r.role}>
                  {tm(`role.${r.role}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="label">{t('admin.status')}</span>
            <select name="state" value={state} onChange={(e) => (setState(e.target.value as '' | 'true' | 'false'), setPage(1))}>
              <option value="">{t('admin.anyStatus')}</option>
              <option value="false">{t('admin.active')}</option>
              <option value="true">{t('admin.disabled')}</option>
            </select>
          </label>
          <button type="button" className="btn primary" onClick={() => setCreating(true)}>
            {t('admin.create')}
          </button>
        </div>
      )}
      {list.error && (
        <p className="form-error" role="alert">
          {errorText(list.error)}
        </p>
      )}
      {list.data && (
        <>
          <p className="list-meta" aria-live="polite">
            {t('admin.total', { n: list.data.total })}
          </p>
          {list.data.items.length === 0 ? <p className="empty">{t('admin.none')}</p> : <AccountTable kind="users" items={list.data.items} selfId={session.data?.user?.id ?? null} showRole />}
          <Pager page={page} pageSize={PAGE} total={list.data.total} onPage={setPage} />
        </>
      )}
    </div>
  );
}
