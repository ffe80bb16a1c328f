/**
 * The family home (/family), phone-first: a guardian's children (GET /api/children, their own only) and the inbox's
 * unread count. With no child yet, the next step is adding one (the families feature adds that page).
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { data, http } from '../../api/http.ts';
import { can, useSession } from '../../auth.tsx';
import { formatDate } from '../../format.ts';
import { Link } from '../../router.tsx';
import { errorText } from '../accounts/errors.ts';
import { NotForYou } from '../accounts/fields.tsx';
import { ACCOUNTS_NS } from '../accounts/i18n.ts';
import '../accounts/accounts.css';

/** Where "add a child" leads (the families feature's page). */
export const ADD_CHILD_PATH = '/family/children/new';

export function FamilyPage() {
  const { t, i18n } = useTranslation(ACCOUNTS_NS);
  const session = useSession();
  const allowed = can(session.data, 'child', 'read', 'own_children');
  const children = useQuery({ queryKey: ['children', 'mine'], enabled: allowed, queryFn: ({ signal }) => data(http.GET('/api/children', { params: { query: { pageSize: 50 } }, signal })) });
  const inbox = useQuery({ queryKey: ['notifications', 'count'], enabled: allowed, queryFn: ({ signal }) => data(http.GET('/api/notifications', { params: { query: { pageSize: 1 } }, signal })) });
  if (session.isPending) return <div className="loading">{t('common.loading')}</div>;
  if (!allowed) return <NotForYou loggedIn={!!session.data?.user} />;
  const user = session.data!.user!;

  return (
    <div className="page narrow family">
      <div className="page-head">
        <h1>{t('family.title')}</h1>
        <p className="muted">{t('family.hello', { name: user.displayName || user.username })}</p>
      </div>
      {inbox.data && inbox.data.unread > 0 && (
        <p>
          <Link to="/notifications">
            {t('family.inbox')} <span className="count-badge">{t('family.unread', { n: inbox.data.unread })}</span>
          </Link>
        </p>
      )}
      <h2>{t('family.children')}</h2>
      {children.isPending && <p className="loading">{t('common.loading')}</p>}
      {children.error && (
        <p className="form-error" role="alert">
          {errorText(children.error)}
        </p>
      )}
      {children.data &&
        (children.data.items.length === 0 ? (
          <div className="empty empty-next" data-testid="family-empty">
            <p>
              <strong>{t('family.empty')}</strong>
            </p>
            <p>{t('family.emptyNext')}</p>
            <Link className="btn primary" to={ADD_CHILD_PATH}>
              {t('family.add')}
            </Link>
          </div>
        ) : (
          <ul className="child-cards">
            {children.data.items.map((c) => (
              <li key={c.id} className="child-card">
                <div>
                  <h3>
                    {c.familyName}
                    {c.givenName}
                  </h3>
                  <span className="muted">
                    {t(`family.sex.${c.sex}`)} · {t('family.born', { date: formatDate(c.birthDate, i18n.language) })}
                  </span>
                </div>
                <span className="badge">{t(`family.status.${c.status}`)}</span>
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}
