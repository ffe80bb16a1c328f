/**
 * The health pages' navigation entries, shown by the caller's capabilities (never by role): growth and health for
 * guardians, the desk for health workers and directors, services, training, and the bureaus' reports.
 */
import { useTranslation } from 'react-i18next';
import { Link } from '../../router.tsx';
import { can, useMe } from './api.ts';

/** The health entries of the header's navigation (`onNavigate` closes the phone menu). */
export function HealthNav({ pathname, onNavigate }: { pathname: string; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const caps = me.data?.user ? me.data.capabilities : undefined;
  if (!caps) return null;
  const items: Array<[string, string, boolean]> = [
    ['/health', 'nav.health', can(caps, 'health_record', 'read') === 'own_children'],
    ['/health/desk', 'nav.desk', can(caps, 'health_desk', 'read') !== null],
    ['/services', 'nav.services', can(caps, 'service_registration', 'create') !== null || can(caps, 'service_session', 'create') !== null],
    ['/training', 'nav.training', can(caps, 'training_record', 'create') !== null || can(caps, 'training_record', 'update') !== null],
    ['/health/reports', 'nav.healthReports', can(caps, 'health_report', 'read') !== null],
  ];
  return (
    <>
      {items
        .filter(([, , show]) => show)
        .map(([to, key]) => (
          <li key={to}>
            <Link to={to} onClick={onNavigate} aria-current={pathname === to ? 'page' : undefined}>
              {t(key)}
            </Link>
          </li>
        ))}
    </>
  );
}
