/**
 * Registry management (机构登记管理) for the health bureaus: the registry list with filing and archive/restore, the
 * registration form, import/export with the row-level report, and the 1+12+N supervision links — as tabs whose
 * choice lives in the URL (?tab=…). What a caller may change is what the API says per row (district officials: their
 * division).
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from '../../router.tsx';
import { countiesQuery } from './api.ts';
import { BUREAU_NS } from './i18n.ts';
import { ImportExport } from './ImportExport.tsx';
import { RegisterForm } from './RegisterForm.tsx';
import { RegistryList } from './RegistryList.tsx';
import { useDesk } from './session.ts';
import { SupervisionTree } from './SupervisionTree.tsx';
import './bureau.css';

const TABS = ['list', 'register', 'import', 'tree'] as const;
type Tab = (typeof TABS)[number];

export default function RegistryPage() {
  const { t } = useTranslation(BUREAU_NS);
  const desk = useDesk();
  const [params, setParams] = useSearchParams();
  const counties = useQuery(countiesQuery());
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'list';
  const select = (next: Tab) => {
    const p = new URLSearchParams();
    if (next !== 'list') p.set('tab', next);
    setParams(p, { replace: false });
  };

  if (desk.loading) return <p className="loading">{t('loading')}</p>;
  if (!desk.user || !desk.can('registry_file', 'create')) {
    return (
      <div className="page narrow">
        <h1>{t('registry.title')}</h1>
        <p className="muted">{desk.user ? t('registry.forOfficials') : t('registry.loginFirst')}</p>
      </div>
    );
  }
  const own = desk.scope('facility', 'create') === 'own_division' ? (counties.data?.items.find((d) => d.id === desk.user?.divisionId)?.name ?? desk.user.divisionId ?? '') : null;

  return (
    <div className="page bureau-page">
      <div className="page-head">
        <h1>{t('registry.title')}</h1>
        <p className="muted">{t('registry.intro')}</p>
        <p className="scope-note" data-testid="scope-note">
          {own !== null ? t('registry.scopeDivision', { division: own }) : t('registry.scopeAll')}
        </p>
      </div>
      <div role="tablist" aria-label={t('registry.tabs.label')} className="tabs">
        {TABS.map((k) => (
          <button key={k} type="button" role="tab" id={`tab-${k}`} aria-selected={tab === k} aria-controls={`panel-${k}`} className={`tab ${tab === k ? 'active' : ''}`} onClick={() => select(k)}>
            {t(`registry.tabs.${k}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'list' && <RegistryList />}
        {tab === 'register' && <RegisterForm />}
        {tab === 'import' && <ImportExport />}
        {tab === 'tree' && <SupervisionTree />}
      </div>
    </div>
  );
}
