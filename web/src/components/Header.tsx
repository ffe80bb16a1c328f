/**
 * The top bar: brand, navigation (collapsing to a menu on phones), language switch and the signed-in user. Items
 * show by the caller's capabilities (GET /api/auth/me), never by role names.
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useRouter } from '../router.tsx';
import { can, useCan, useLogout, useSession } from '../auth.tsx';
import { data, http } from '../api/http.ts';
import { setLang } from '../i18n/index.ts';
import { FamilyNav } from '../pages/family/routes.tsx';
import { CareNavLinks } from '../pages/care/CareNav.tsx';
import { BureauNav } from '../pages/bureau/BureauNav.tsx';
import { HealthNav } from '../pages/health/HealthNav.tsx';

const NAV = [
  { to: '/', key: 'nav.map' },
  { to: '/facilities', key: 'nav.list' },
  { to: '/network', key: 'nav.network' },
] as const;

export function Logo() {
  return (
    <svg className="logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="currentColor" />
      <circle cx="16" cy="16" r="9" fill="none" stroke="#fff" strokeWidth="2.4" />
      <circle cx="16" cy="16" r="3.6" fill="#f2b84b" />
    </svg>
  );
}

export function Header() {
  const { t, i18n } = useTranslation();
  const { pathname, search, navigate } = useRouter();
  const session = useSession();
  const logout = useLogout();
  // The phone menu closes on every navigation, the current page included (it would cover the map otherwise).
  // (kept as the location it was opened at, so going back or forward closes it too)
  const [openAt, setOpenAt] = useState<string | null>(null);
  const here = pathname + search;
  const open = openAt === here;
  const close = () => setOpenAt(null);
  const canPlan = useCan('plan', 'read');
  const me = session.data;
  const user = me?.user;
  const zh = i18n.language.startsWith('zh');
  const hasInbox = !!user && can(me, 'notification', 'read');
  const inbox = useQuery({ queryKey: ['notifications', 'count'], enabled: hasInbox, staleTime: 30_000, queryFn: ({ signal }) => data(http.GET('/api/notifications', { params: { query: { pageSize: 1 } }, signal })) });
  const unread = hasInbox ? (inbox.data?.unread ?? 0) : 0;
  // What the caller has of their own: teachers to manage, every account (the family's links: <FamilyNav />).
  const own = [
    can(me, 'teacher_account', 'create', 'own_facility') && { to: '/my-teachers', key: 'nav.teachers' },
    can(me, 'account', 'create') && { to: '/admin/accounts', key: 'nav.accounts' },
  ].filter((x): x is { to: string; key: string } => !!x);
  const myFacility = user?.facilityId ? `/facilities/${user.facilityId}` : null;

  const isActive = (to: string) => (to === '/' ? pathname === '/' : pathname.startsWith(to));

  return (
    <header className="header">
      <div className="header-inner">
        <Link to="/" className="brand">
          <Logo />
          <span className="brand-text">
            <span className="brand-title">{t('app.title')}</span>
            <span className="brand-sub">{t('app.subtitle')}</span>
          </span>
        </Link>
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={open}
          aria-controls="main-nav"
          aria-label={t('app.menu')}
          onClick={() => setOpenAt(open ? null : here)}
        >
          <span aria-hidden="true" className="burger" />
        </button>
        <div id="main-nav" className={`header-nav ${open ? 'open' : ''}`}>
          <nav aria-label={t('nav.main')}>
            <ul>
              {NAV.map((n) => (
                <li key={n.to}>
                  <Link to={n.to} onClick={close} aria-current={isActive(n.to) && pathname !== myFacility ? 'page' : undefined}>
                    {t(n.key)}
                  </Link>
                </li>
              ))}
              <FamilyNav onNavigate={close} />
              {canPlan && (
                <li>
                  <Link to="/planner" onClick={close} aria-current={pathname === '/planner' ? 'page' : undefined}>
                    {t('nav.planner')}
                  </Link>
                </li>
              )}
              <CareNavLinks />
              <BureauNav pathname={pathname} />
              <HealthNav pathname={pathname} onNavigate={close} />
              {myFacility && (
                <li>
                  <Link to={myFacility} onClick={close} aria-current={pathname === myFacility ? 'page' : undefined}>
                    {t('nav.mine')}
                  </Link>
                </li>
              )}
              {user &&
                own.map((n) => (
                  <li key={n.to}>
                    <Link to={n.to} onClick={close} aria-current={pathname === n.to ? 'page' : undefined}>
                      {t(n.key)}
                    </Link>
                  </li>
                ))}
              {hasInbox && (
                <li>
                  <Link to="/notifications" onClick={close} aria-current={pathname === '/notifications' ? 'page' : undefined}>
                    {t('nav.inbox')}
                    {unread > 0 && <span className="count-badge">{unread}</span>}
                  </Link>
                </li>
              )}
            </ul>
          </nav>
          <div className="header-tools">
            <button
              type="button"
              className="lang-switch"
              lang={zh ? 'en' : 'zh-CN'}
              aria-label={`${t('lang.label')}: ${t('lang.switchTo')}`}
              onClick={() => setLang(zh ? 'en' : 'zh-CN')}
            >
              <span aria-hidden="true" className="globe">
                ⊕
              </span>
              {t('lang.switchTo')}
            </button>
            {user ? (
              <div className="user" aria-label={t('auth.signedInAs')}>
                <span className="user-avatar" aria-hidden="true">
                  {(user.displayName || user.username).slice(0, 1)}
                </span>
                <Link to="/account" onClick={close} className="user-text" title={t('nav.settings')}>
                  <span className="user-name" data-testid="user-name">
                    {user.displayName || user.username}
                  </span>
                  <span className="user-role">{t(`role.${user.role}`)}</span>
                </Link>
                <button
                  type="button"
                  className="btn ghost small"
                  onClick={() => {
                    close();
                    logout.mutate(undefined, { onSettled: () => navigate('/') });
                  }}
                  disabled={logout.isPending}
                >
                  {t('auth.logout')}
                </button>
              </div>
            ) : (
              session.isFetched && (
                <>
                  {can(me, 'signup', 'create') && pathname !== '/signup' && (
                    <Link className="btn ghost small" onClick={close} to="/signup">
                      {t('nav.signup')}
                    </Link>
                  )}
                  <Link className="btn light small" onClick={close} to={`/login?next=${encodeURIComponent(pathname === '/login' || pathname === '/signup' ? '/' : pathname + search)}`}>
                    {t('auth.login')}
                  </Link>
                </>
              )
            )}
          </div>
        </div>
      </div>
    </header>
  );
}
