/** The in-app inbox (/notifications): one's notices, newest first, translated by template; mark read. */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { data, http, type Schemas } from '../../api/http.ts';
import { can, useSession } from '../../auth.tsx';
import { errorText } from './errors.ts';
import { NotForYou } from './fields.tsx';
import { ACCOUNTS_NS } from './i18n.ts';
import { Pager } from './Pager.tsx';
import './accounts.css';

const PAGE = 20;
const KNOWN = new Set(['welcome', 'password_changed', 'second_factor_changed']);
// Other features add their templates' sentences under `inbox.templates.<template>` of this namespace (e.g. families).
const UNKNOWN = 'unknown';

/** A notice's sentence in the user's language. */
export function useNoticeText(): (n: Schemas['Notice']) => string {
  const { t, i18n } = useTranslation(ACCOUNTS_NS);
  return (n) => {
    if (n.template === UNKNOWN || (!KNOWN.has(n.template) && !i18n.exists(`inbox.templates.${n.template}`, { ns: ACCOUNTS_NS }))) return t('inbox.templates.unknown', { template: n.template });
    if (n.template === 'password_changed') return t('inbox.templates.password_changed', { how: t(`inbox.how.${String(n.params.by ?? 'self')}`) });
    if (n.template === 'second_factor_changed') return t('inbox.templates.second_factor_changed', { state: t(n.params.on ? 'inbox.state.on' : 'inbox.state.off') });
    return t(`inbox.templates.${n.template}`, { ...n.params });
  };
}

export function NotificationsPage() {
  const { t, i18n } = useTranslation(ACCOUNTS_NS);
  const session = useSession();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const text = useNoticeText();
  const allowed = can(session.data, 'notification', 'read');
  const inbox = useQuery({ queryKey: ['notifications', page], enabled: allowed, queryFn: ({ signal }) => data(http.GET('/api/notifications', { params: { query: { page, pageSize: PAGE } }, signal })) });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['notifications'] });
  const markOne = useMutation({ mutationFn: (id: string) => data(http.POST('/api/notifications/{id}/read', { params: { path: { id } } })), onSuccess: refresh });
  const markAll = useMutation({ mutationFn: () => data(http.POST('/api/notifications/read-all')), onSuccess: refresh });
  if (session.isPending) return <div className="loading">{t('common.loading')}</div>;
  if (!allowed) return <NotForYou loggedIn={!!session.data?.user} />;
  return (
    <div className="page narrow">
      <div className="page-head">
        <h1>{t('inbox.title')}</h1>
      </div>
      {inbox.error && (
        <p className="form-error" role="alert">
          {errorText(inbox.error)}
        </p>
      )}
      {inbox.data && (
        <>
          {inbox.data.unread > 0 && (
            <div className="account-tools">
              <button type="button" className="btn ghost small" onClick={() => markAll.mutate()} disabled={markAll.isPending}>
                {t('inbox.markAll')}
              </button>
            </div>
          )}
          {inbox.data.items.length === 0 ? (
            <p className="empty">{t('inbox.none')}</p>
          ) : (
            <ul className="inbox">
              {inbox.data.items.map((n) => (
                <li key={n.id} className={n.readAt ? '' : 'unread'}>
                  <div>
                    {!n.readAt && <span className="visually-hidden">{t('inbox.unread')}: </span>}
                    {text(n)}
                    <time dateTime={n.createdAt}>{new Date(n.createdAt).toLocaleString(i18n.language)}</time>
                  </div>
                  {!n.readAt && (
                    <button type="button" className="btn ghost small" onClick={() => markOne.mutate(n.id)} disabled={markOne.isPending}>
                      {t('inbox.markRead')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <Pager page={page} pageSize={PAGE} total={inbox.data.total} onPage={setPage} />
        </>
      )}
    </div>
  );
}
