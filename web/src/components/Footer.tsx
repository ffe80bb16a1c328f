/** The page footer: who runs the service, and whether the data is a synthetic demo. */
import { useTranslation } from 'react-i18next';
import { useSynthetic } from './Banners.tsx';

export function Footer() {
  const { t } = useTranslation();
  const synthetic = useSynthetic();
  return (
    <footer className="footer">
      <div className="footer-inner">
        <span>{t('footer.org')}</span>
        {synthetic && <span className="footer-demo">{t('footer.synthetic')}</span>}
        <span className="footer-osm">{t(synthetic ? 'footer.streetsSynthetic' : 'footer.osm')}</span>
      </div>
    </footer>
  );
}
