/** The app shell: header, banner area, the routed page, footer. */
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Header } from './components/Header.tsx';
import { Banners } from './components/Banners.tsx';
import { Footer } from './components/Footer.tsx';
import { matchPath, useRouter, Link } from './router.tsx';
import { useSession } from './auth.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { SignupPage } from './pages/accounts/SignupPage.tsx';
import { ForgotPasswordPage } from './pages/accounts/ForgotPasswordPage.tsx';
import { AccountPage } from './pages/accounts/AccountPage.tsx';
import { AdminAccountsPage } from './pages/accounts/AdminAccountsPage.tsx';
import { TeachersPage } from './pages/accounts/TeachersPage.tsx';
import { NotificationsPage } from './pages/accounts/NotificationsPage.tsx';
import './pages/accounts/i18n.ts';
import { FacilityListPage } from './pages/FacilityListPage.tsx';
import { FacilityPage } from './pages/FacilityPage.tsx';
import { NetworkPage } from './pages/NetworkPage.tsx';
import './pages/planner/i18n.ts';
import { familyRoute } from './pages/family/routes.tsx';
import './pages/care/i18n.ts';
import './pages/bureau/i18n.ts';
import { bureauSection } from './pages/bureau/BureauNav.tsx';
import './pages/health/i18n.ts';

// MapLibre is large: load it with the map page only.
const MapPage = lazy(() => import('./pages/MapPage.tsx'));
const PlannerPage = lazy(() => import('./pages/planner/PlannerPage.tsx'));
const CareTabletPage = lazy(() => import('./pages/care/TabletPage.tsx'));
const CareDayPage = lazy(() => import('./pages/care/ChildDayPage.tsx'));
const CareDashboardPage = lazy(() => import('./pages/care/DashboardPage.tsx'));
const RegistryPage = lazy(() => import('./pages/bureau/RegistryPage.tsx'));
const QualityPage = lazy(() => import('./pages/bureau/QualityPage.tsx'));
const AuditPage = lazy(() => import('./pages/bureau/AuditPage.tsx'));
const DashboardPage = lazy(() => import('./pages/bureau/DashboardPage.tsx'));
const SubsidyPage = lazy(() => import('./pages/bureau/SubsidyPage.tsx'));
// health (issue 12): ECharts loads with these pages only
const GuardianHealthPage = lazy(() => import('./pages/health/GuardianHealthPage.tsx'));
const HealthDeskPage = lazy(() => import('./pages/health/HealthDeskPage.tsx'));
const ServicesPage = lazy(() => import('./pages/health/ServicesPage.tsx'));
const TrainingPage = lazy(() => import('./pages/health/TrainingPage.tsx'));
const HealthReportsPage = lazy(() => import('./pages/health/HealthReportsPage.tsx'));

/** Page titles of the health pages (the longest prefix first). */
const HEALTH_TITLES: ReadonlyArray<readonly [string, string]> = [
  ['/health/desk', 'nav.desk'],
  ['/health/reports', 'nav.healthReports'],
  ['/health', 'nav.health'],
  ['/services', 'nav.services'],
  ['/training', 'nav.training'],
];

export function App() {
  const { t } = useTranslation();
  const { pathname, navigate } = useRouter();
  const session = useSession();
  const isMap = pathname === '/';
  const family = familyRoute(pathname);
  const ACCOUNT_SECTIONS: Record<string, string> = { '/signup': 'nav.signup', '/forgot-password': 'auth.login', '/account': 'nav.settings', '/admin/accounts': 'nav.accounts', '/my-teachers': 'nav.teachers', '/notifications': 'nav.inbox', '/care/tablet': 'nav.careTablet', '/care/day': 'nav.careDay', '/care/dashboard': 'nav.careDashboard' };
  const section = family
    ? family.title
    : isMap
      ? 'nav.map'
      : pathname.startsWith('/facilities')
        ? 'nav.list'
        : pathname === '/network'
          ? 'nav.network'
          : pathname === '/planner'
            ? 'nav.planner'
            : pathname === '/login'
              ? 'auth.login'
              : (ACCOUNT_SECTIONS[pathname] ?? HEALTH_TITLES.find(([p]) => pathname.startsWith(p))?.[1] ?? bureauSection(pathname));
  const title = section ? `${t(section)} · ${t('app.title')}` : t('app.title');
  useEffect(() => {
    document.title = title;
  }, [title]);
  // A temporary password (set by staff) opens nothing but the page to choose one's own.
  const mustChange = session.data?.user?.mustChangePassword === true;
  useEffect(() => {
    if (mustChange && pathname !== '/account') navigate('/account', { replace: true });
  }, [mustChange, pathname, navigate]);

  let page;
  const facilityId = matchPath('/facilities/:id', pathname);
  if (family) page = family.page;
  else if (isMap) page = <MapPage />;
  else if (pathname === '/login') page = <LoginPage />;
  else if (pathname === '/facilities') page = <FacilityListPage />;
  else if (facilityId) page = <FacilityPage id={facilityId.id!} />;
  else if (pathname === '/network') page = <NetworkPage />;
  else if (pathname === '/planner') page = <PlannerPage />;
  else if (pathname === '/care/tablet') page = <CareTabletPage />;
  else if (pathname === '/care/day') page = <CareDayPage />;
  else if (pathname === '/care/dashboard') page = <CareDashboardPage />;
  else if (pathname === '/bureau/registry') page = <RegistryPage />;
  else if (pathname === '/bureau/dashboard') page = <DashboardPage />;
  else if (pathname === '/bureau/subsidies') page = <SubsidyPage />;
  else if (pathname === '/bureau/quality' || pathname.startsWith('/bureau/quality/')) page = <QualityPage />;
  else if (pathname === '/audit') page = <AuditPage />;
  else if (pathname === '/signup') page = <SignupPage />;
  else if (pathname === '/forgot-password') page = <ForgotPasswordPage />;
  else if (pathname === '/account') page = <AccountPage />;
  else if (pathname === '/admin/accounts') page = <AdminAccountsPage />;
  else if (pathname === '/my-teachers') page = <TeachersPage />;
  else if (pathname === '/notifications') page = <NotificationsPage />;
  else if (pathname === '/health') page = <GuardianHealthPage />;
  else if (matchPath('/health/children/:id', pathname)) page = <GuardianHealthPage childId={matchPath('/health/children/:id', pathname)!.id!} />;
  else if (pathname === '/health/desk') page = <HealthDeskPage />;
  else if (pathname === '/health/reports') page = <HealthReportsPage />;
  else if (pathname === '/services') page = <ServicesPage />;
  else if (pathname === '/training') page = <TrainingPage />;
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
