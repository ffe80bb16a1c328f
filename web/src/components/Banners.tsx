/** The banner area: says plainly when the data is a synthetic demo, and when the server cannot be reached. */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { divisionsQuery, healthQuery } from '../api/registry.ts';

export function useDivisions() {
  return useQuery(divisionsQuery('county'));
}

/** True when any division the API reports is marked synthetic. */
export function useSynthetic(): boolean {
  const d = useDivisions();
  return (d.data?.items ?? []).some((x) => x.synthetic);
}

export function Banners() {
  const { t } = useTranslation();
  const health = useQuery({ ...healthQuery(), refetchInterval: 60_000, retry: 1 });
  const synthetic = useSynthetic();
  return (
    <div className="banners" aria-live="polite">
      {synthetic && (
        <div className="banner banner-demo" role="note" data-testid="synthetic-banner">
          <span className="banner-tag">DEMO</span>
          <span className="long">{t('banner.synthetic')}</span>
          <span className="short">{t('banner.syntheticShort')}</span>
        </div>
      )}
      {health.isError && (
        <div className="banner banner-warn" role="alert">
          {t('banner.apiDown')}
        </div>
      )}
    </div>
  );
}
