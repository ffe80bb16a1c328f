/** The bureaus' desk entries of the main navigation, shown by the caller's capabilities (never by role names). */
import { useTranslation } from 'react-i18next';
import { Link } from '../../router.tsx';
import { BUREAU_NS } from './i18n.ts';
import './i18n-desk.ts';
import { useDesk } from './session.ts';

/** The navigation items: the dashboard, registry management, subsidy claims, quality assessment, the access log — each when the caller may use it. */
export function BureauNav({ pathname }: { pathname: string }) {
  const { t } = useTranslation(BUREAU_NS);
  const desk = useDesk();
  if (!desk.user) return null;
  const items = [
    { to: '/bureau/dashboard', key: 'desk:nav.dashboard', show: desk.can('desk_figures', 'read') },
    { to: '/bureau/registry', key: 'nav.registry', show: desk.can('registry_file', 'create') },
    { to: '/bureau/subsidies', key: 'desk:nav.subsidies', show: desk.can('subsidy_claim', 'read') },
    { to: '/bureau/quality', key: 'nav.quality', show: desk.can('assessment', 'read') },
    { to: '/audit', key: 'nav.audit', show: desk.can('audit', 'read') },
  ];
  return (
    <>
      {items
        .filter((i) => i.show)
        .map((i) => (
          <li key={i.to}>
            <Link to={i.to} aria-current={pathname.startsWith(i.to) ? 'page' : undefined}>
              {t(i.key)}
            </Link>
          </li>
        ))}
    </>
  );
}

/** The document title's section for a bureaus' desk path (null for other paths). */
export function bureauSection(pathname: string): string | null {
  if (pathname.startsWith('/bureau/registry')) return 'bureau:registry.title';
  if (pathname === '/bureau/dashboard') return 'desk:dash.title';
  if (pathname === '/bureau/subsidies') return 'desk:subsidy.title';
  if (pathname.startsWith('/bureau/quality')) return 'bureau:quality.title';
  if (pathname === '/audit') return 'bureau:audit.title';
  return null;
}
