/** Previous / next for a paged list. */
import { useTranslation } from 'react-i18next';
import { ACCOUNTS_NS } from './i18n.ts';

export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (p: number) => void }) {
  const { t } = useTranslation(ACCOUNTS_NS);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('common.pageOf', { page, pages })}>
      <button type="button" className="btn ghost small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('common.prev')}
      </button>
      <span>{t('common.pageOf', { page, pages })}</span>
      <button type="button" className="btn ghost small" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('common.next')}
      </button>
    </nav>
  );
}
