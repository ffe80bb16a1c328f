/** The app shell: header, banner area, the routed page, footer. */
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Header } from './components/Header.tsx';
import { Banners } from './components/Banners.tsx';
import { Footer } from './components/Footer.tsx';
import { matchPath, useRouter, Link } from './router.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { FacilityListPage } from './pages/FacilityListPage.tsx';
import { FacilityPage } from './pages/FacilityPage.tsx';
import { NetworkPage } from './pages/NetworkPage.tsx';
import './pages/planner/i18n.ts';
import './pages/bureau/i18n.ts';
import { bureauSection } from './pages/bureau/BureauNav.tsx';

// MapLibre is large: load it with the map page only.
const MapPage = lazy(() => import('./pages/MapPage.tsx'));
const PlannerPage = lazy(() => import('./pages/planner/PlannerPage.tsx'));
const RegistryPage = lazy(() => import('./pages/bureau/RegistryPage.tsx'));
const QualityPage = lazy(() => import('./pages/bureau/QualityPage.tsx'));
const AuditPage = lazy(() => import('./pages/bureau/AuditPage.tsx'));

export function App() {
  const { t } = useTranslation();
  const { pathname } = useRouter();
  const isMap = pathname === '/';
  const section = isMap ? 'nav.map' : pathname.startsWith('/facilities') ? 'nav.list' : pathname === '/network' ? 'nav.network' : pathname === '/planner' ? 'nav.planner' : pathname === '/login' ? 'auth.login' : bureauSection(pathname);
  const title = section ? `${t(section)} · ${t('app.title')}` : t('app.title');
  useEffect(() => {
    document.title = title;
  }, [title]);

  let page;
  const facilityId = matchPath('/facilities/:id', pathname);
  if (isMap) page = <MapPage />;
  else if (pathname === '/login') page = <LoginPage />;
  else if (pathname === '/facilities') page = <FacilityListPage />;
  else if (facilityId) page = <FacilityPage id={facilityId.id!} />;
  else if (pathname === '/network') page = <NetworkPage />;
  else if (pathname === '/planner') page = <PlannerPage />;
  else if (pathname === '/bureau/registry') page = <RegistryPage />;
  else if (pathname === '/bureau/quality' || pathname.startsWith('/bureau/quality/')) page = <QualityPage />;
  else if (pathname === '/audit') page = <AuditPage />;
  else
    page = (
      <div className="page narrow">
        <h1>{t('app.notFound')}</h1>
        <p>{t('app.notFoundHint')}</p>
        <Link className="btn primary" to="/">
          {t('app.toHome')}
        </Link>
      </div>
    );

  return (
    <div className={`shell ${isMap ? 'shell-map' : ''}`}>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <Header />
      <Banners />
      <main id="main" className={isMap ? 'main-map' : 'main'}>
        <Suspense fallback={<div className="loading">{t('app.loading')}</div>}>{page}</Suspense>
      </main>
      {!isMap && <Footer />}
    </div>
  );
}
