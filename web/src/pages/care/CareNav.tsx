/** The header's links to the daily-care pages, shown by the caller's capabilities (never by role names). */
import { useTranslation } from 'react-i18next';
import { Link, useRouter } from '../../router.tsx';
import { can, useSession } from '../../auth.tsx';

export function CareNavLinks() {
  const { t } = useTranslation();
  const { pathname } = useRouter();
  const me = useSession();
  const caps = me.data;
  if (!me.data?.user) return null;
  const links: { to: string; key: string }[] = [];
  if (can(caps, 'daily_entry', 'create')) links.push({ to: '/care/tablet', key: 'nav.careTablet' });
  if (can(caps, 'care_dashboard', 'read')) links.push({ to: '/care/dashboard', key: 'nav.careDashboard' });
  if (can(caps, 'daily_entry', 'read') && !can(caps, 'class_roster', 'read')) links.push({ to: '/care/day', key: 'nav.careDay' });
  return (
    <>
      {links.map((l) => (
        <li key={l.to}>
          <Link to={l.to} aria-current={pathname === l.to ? 'page' : undefined}>
            {t(l.key)}
          </Link>
        </li>
      ))}
    </>
  );
}
