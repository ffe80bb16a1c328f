/** A printable monthly fee statement (/statements/:id): days attended, fee, subsidy, hourly care, amount due, paid. */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate, formatYuan } from '../../format.ts';
import { familyApi } from './api.ts';
import { FAMILY_NS } from './i18n.ts';
import { ErrorNote } from './parts.tsx';
import './family.css';

export default function StatementPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation(FAMILY_NS);
  const lang = i18n.language;
  const s = useQuery({ queryKey: ['family.statement', id], queryFn: ({ signal }) => familyApi.statement(id, signal) });
  if (s.isPending) return <div className="loading">{t('common.loading')}</div>;
  if (s.error || !s.data) return <div className="fam"><ErrorNote error={s.error} /></div>;
  const x = s.data;
  const month = lang.startsWith('zh') ? `${x.month.slice(0, 4)}年${Number(x.month.slice(5, 7))}月` : x.month;
  const rows: Array<[string, string]> = [
    [t('statement.child'), x.childName],
    [t('statement.facility'), x.facilityName],
    [t('statement.mode'), x.mode ? t(`translation:mode.${x.mode}`) : '—'],
    [t('statement.monthlyFee'), formatYuan(x.monthlyFee, lang)],
    [t('statement.workingDays'), String(x.workingDays)],
    [t('statement.placedDays'), String(x.placedDays)],
    [t('statement.attendedDays'), String(x.attendedDays)],
  ];
  return (
    <div className="fam">
      <article className="statement fam-card" aria-labelledby="statement-title">
        <h1 id="statement-title">{t('statement.title', { month })}</h1>
        <table>
          <tbody>
            {rows.map(([k, v]) => (
              <tr key={k}>
                <th scope="row">{k}</th>
                <td className="num">{v}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('statement.fee')}</th>
              <td className="num">{formatYuan(x.fee, lang)}</td>
            </tr>
            <tr>
              <th scope="row">{t('statement.subsidy')}</th>
              <td className="num">−{formatYuan(x.subsidy, lang)}</td>
            </tr>
            <tr>
              <th scope="row">{t('statement.hourlyCare')}</th>
              <td className="num">{formatYuan(x.hourlyCare, lang)}</td>
            </tr>
            <tr className="total">
              <th scope="row">{t('statement.amountDue')}</th>
              <td className="num" data-testid="amount-due">
                {formatYuan(x.amountDue, lang)}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('statement.status')}</th>
              <td className="num">{x.paid ? t('statement.paid', { date: formatDate(x.paidAt, lang) }) : t('statement.unpaid')}</td>
            </tr>
          </tbody>
        </table>
        <p className="muted small">{t('statement.issued', { date: formatDate(x.issuedAt, lang) })} · {t('statement.policy', { policy: x.policyId })}</p>
        <p className="muted small">{t('statement.note')}</p>
        <div className="fam-actions no-print">
          <button type="button" className="btn primary" onClick={() => window.print()}>
            {t('statement.print')}
          </button>
        </div>
      </article>
    </div>
  );
}
