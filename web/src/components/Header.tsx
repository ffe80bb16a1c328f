/** The top bar: brand, navigation (collapsing to a menu on phones), language switch and the signed-in user. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRouter } from '../router.tsx';
import { useLogout, useSession } from '../auth.tsx';
import { setLang } from '../i18n/index.ts';
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
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [pathname]);
  const user = session.data?.user;
  const zh = i18n.language.startsWith('zh');
  const myFacility = user?.facilityId ? `/facilities/${user.facilityId}` : null;

  const isActive = (to: string) => (to === '/' ? pathname === '/' : pathname.startsWith(to));

  return (
    <header className="header">
      <div className="header-inner">
        <Link to="/" className="brand" aria-label={t('app.title')}>
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
          onClick={() => setOpen((o) => !o)}
        >
          <span aria-hidden="true" className="burger" />
        </button>
        <div id="main-nav" className={`header-nav ${open ? 'open' : ''}`}>
          <nav aria-label={t('nav.main')}>
            <ul>
              {NAV.map((n) => (
                <li key={n.to}>
                  <Link to={n.to} aria-current={isActive(n.to) && pathname !== myFacility ? 'page' : undefined}>
                    {t(n.key)}
                  </Link>
                </li>
              ))}
              {user && ['city_official', 'district_official', 'admin'].includes(user.role) && (
                <li>
                  <Link to="/planner" aria-current={pathname === '/planner' ? 'page' : undefined}>
                    {t('nav.planner')}
                  </Link>
                </li>
              )}
              <HealthNav pathname={pathname} />
              {myFacility && (
                <li>
                  <Link to={myFacility} aria-current={pathname === myFacility ? 'page' : undefined}>
                    {t('nav.mine')}
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
                  {user.displayName.slice(0, 1)}
                </span>
                <span className="user-text">
                  <span className="user-name" data-testid="user-name">
                    {user.displayName}
                  </span>
                  <span className="user-role">{t(`role.${user.role}`)}</span>
                </span>
                <button
                  type="button"
                  className="btn ghost small"
                  onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/') })}
                  disabled={logout.isPending}
                >
                  {t('auth.logout')}
                </button>
              </div>
            ) : (
              session.isFetched && (
                <Link className="btn light small" to={`/login?next=${encodeURIComponent(pathname === '/login' ? '/' : pathname + search)}`}>
                  {t('auth.login')}
                </Link>
              )
            )}
          </div>
        </div>
      </div>
    </header>
  );
}
