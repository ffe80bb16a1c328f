/**
 * The families routes and navigation entries, kept here so the app shell (App.tsx, Header.tsx) only asks:
 * `familyRoute(pathname)` for a page, `<FamilyNav />` for the header links (shown by the caller's capabilities).
 */
import { lazy, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, matchPath, useRouter } from '../../router.tsx';
import { useCan } from '../../auth.tsx';
import './i18n.ts';
import './notice-texts.ts';

const FamilyPage = lazy(() => import('./FamilyPage.tsx'));
const ChildPage = lazy(() => import('./ChildPage.tsx'));
const FindCarePage = lazy(() => import('./FindCarePage.tsx'));
const BookPage = lazy(() => import('./BookPage.tsx'));
const StatementPage = lazy(() => import('./StatementPage.tsx'));
const AdmissionsPage = lazy(() => import('./AdmissionsPage.tsx'));

/** The page for a families path and the translation key of its title (null: not a families path). */
export function familyRoute(pathname: string): { page: ReactElement; title: string } | null {
  if (pathname === '/family') return { page: <FamilyPage />, title: 'nav.family' };
  if (pathname === '/family/children/new') return { page: <FamilyPage adding />, title: 'nav.family' };
  const child = matchPath('/family/children/:id', pathname);
  if (child) return { page: <ChildPage id={child.id!} />, title: 'nav.family' };
  if (pathname === '/care') return { page: <FindCarePage />, title: 'nav.care' };
  if (pathname === '/care/book') return { page: <BookPage />, title: 'nav.care' };
  const st = matchPath('/statements/:id', pathname);
  if (st) return { page: <StatementPage id={st.id!} />, title: 'nav.family' };
  if (pathname === '/admissions') return { page: <AdmissionsPage />, title: 'nav.admissions' };
  return null;
}

/** Header links: find care (everyone), my family (who may add a child), admissions (who may make offers). */
export function FamilyNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useRouter();
  const family = useCan('child', 'create');
  const admissions = useCan('offer', 'create');
  const items = [...(family ? [{ to: '/family', key: 'nav.family' }] : []), { to: '/care', key: 'nav.care' }, ...(admissions ? [{ to: '/admissions', key: 'nav.admissions' }] : [])];
  return (
    <>
      {items.map((n) => (
        <li key={n.to}>
          <Link to={n.to} onClick={onNavigate} aria-current={pathname === n.to || (n.to === '/family' && pathname.startsWith('/family/')) ? 'page' : undefined}>
            {t(n.key)}
          </Link>
        </li>
      ))}
    </>
  );
}
