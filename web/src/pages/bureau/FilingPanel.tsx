/**
 * The filing (备案) workflow of one facility: its status and number, the steps the API says the caller may take now
 * (submit; approve with the filing number; return or revoke with the reason), and the history — who did what, when,
 * how and why.
 */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FilingBadge } from '../../components/Badges.tsx';
import { filingHistoryQuery, filingStateQuery, takeFilingStep, type FilingStep } from './api.ts';
import { BUREAU_NS } from './i18n.ts';
import { failureText } from './issue-text.ts';

function when(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang.startsWith('zh') ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(new Date(iso));
}

/** The filing panel of one facility (status, the caller's steps, the history). */
export function FilingPanel({ facilityId, name, onChanged }: { facilityId: string; name: string; onChanged: () => void }) {
  const { t, i18n } = useTranslation(BUREAU_NS);
  const lang = i18n.language;
  const qc = useQueryClient();
  const state = useQuery(filingStateQuery(facilityId));
  const history = useQuery(filingHistoryQuery(facilityId));
  const [number, setNumber] = useState('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const step = useMutation({
    mutationFn: (s: FilingStep) => takeFilingStep(facilityId, { ...s, version: state.data?.version }),
    onSuccess: (_r, s) => {
      setMessage({ kind: 'ok', text: t('filing.done', { action: t(`filing.action.${s.action}`) }) });
      setNumber('');
      setNote('');
      void qc.invalidateQueries({ queryKey: ['filing', facilityId] });
      onChanged();
    },
    onError: (e) => setMessage({ kind: 'error', text: failureText(e, t) }),
  });
  const s = state.data;
  const actions = s?.actions ?? [];
  const needsReason = actions.includes('return') || actions.includes('revoke');
  const idp = `filing-${facilityId}`;

  return (
    <div className="filing-panel" aria-labelledby={`${idp}-title`} role="region">
      <h3 id={`${idp}-title`}>{t('filing.title', { name })}</h3>
      {state.isError && (
        <p className="error" role="alert">
          {failureText(state.error, t)}
        </p>
      )}
      {s && (
        <>
          <p>
            {t('filing.status')}：<FilingBadge status={s.status} /> {s.filingNumber && <span className="mono">{s.filingNumber}</span>}
          </p>
          {actions.length === 0 ? (
            <p className="muted small">{t('filing.noActions')}</p>
          ) : (
            <div className="filing-actions">
              {actions.includes('approve') && (
                <label className="field">
                  <span className="label">{t('filing.number')}</span>
                  <input id={`${idp}-number`} value={number} placeholder={t('filing.numberPlaceholder')} onChange={(e) => setNumber(e.target.value)} />
                </label>
              )}
              <label className="field grow">
                <span className="label">{needsReason ? `${t('filing.reason')} / ${t('filing.note')}` : t('filing.note')}</span>
                <input id={`${idp}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
              </label>
              <div className="button-row">
                {actions.map((a) => (
                  <button
                    key={a}
                    type="button"
                    className={`btn small ${a === 'approve' || a === 'submit' ? 'primary' : a === 'revoke' ? 'danger' : 'ghost'}`}
                    disabled={step.isPending}
                    onClick={() => {
                      setMessage(null);
                      step.mutate({ action: a, ...(a === 'approve' ? { filingNumber: number.trim() || null } : {}), note: note.trim() || null });
                    }}
                  >
                    {t(`filing.action.${a}`)}
                  </button>
                ))}
              </div>
            </div>
          )}
        </>
      )}
      {message && (
        <p className={message.kind === 'ok' ? 'notice ok' : 'notice error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <h4>{t('filing.history')}</h4>
      {history.data && history.data.items.length === 0 && <p className="muted small">{t('filing.noHistory')}</p>}
      {history.data && history.data.items.length > 0 && (
        <table className="mini-table" aria-label={t('filing.history')}>
          <thead>
            <tr>
              <th scope="col">{t('filing.at')}</th>
              <th scope="col">{t('filing.step')}</th>
              <th scope="col">{t('filing.change')}</th>
              <th scope="col">{t('filing.number')}</th>
              <th scope="col">{t('filing.note')}</th>
              <th scope="col">{t('filing.by')}</th>
            </tr>
          </thead>
          <tbody>
            {history.data.items.map((h) => (
              <tr key={h.id}>
                <td className="nowrap">{when(h.at, lang)}</td>
                <td>{h.action ? t(`filing.action.${h.action}`) : t(`filing.via.${h.via}`)}</td>
                <td>
                  {h.fromStatus ? `${t(`filing.${h.fromStatus}`, { ns: 'translation' })} → ` : ''}
                  {t(`filing.${h.toStatus}`, { ns: 'translation' })}
                </td>
                <td className="mono">{h.filingNumber ?? '—'}</td>
                <td>{h.note ?? '—'}</td>
                <td>
                  {h.actor.name ?? t('filing.system')}
                  <span className="muted small block">{h.actor.role === 'system' ? '' : t(`role.${h.actor.role}`, { ns: 'translation', defaultValue: h.actor.role })}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
