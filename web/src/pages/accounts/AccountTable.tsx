/**
 * A table of accounts with their staff actions — disable / enable (the account is signed out at once) and reset
 * password (a temporary one, shown once) — for the administrator's accounts page (`/api/users/…`) and a director's
 * teachers (`/api/teachers/…`). Each action is confirmed in place first.
 */
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { data, http, type Schemas } from '../../api/http.ts';
import { formatDate } from '../../format.ts';
import { errorText } from './errors.ts';
import { OnceSecret } from './fields.tsx';
import { ACCOUNTS_NS } from './i18n.ts';

type Account = Schemas['Account'];
type Kind = 'users' | 'teachers';
type Pending = { account: Account; action: 'disable' | 'reset' } | null;

function act(kind: Kind, id: string, action: 'disable' | 'enable' | 'reset', clearSecondFactor: boolean): Promise<unknown> {
  const path = { params: { path: { id } } };
  if (kind === 'users') {
    if (action === 'disable') return data(http.POST('/api/users/{id}/disable', path));
    if (action === 'enable') return data(http.POST('/api/users/{id}/enable', path));
    return data(http.POST('/api/users/{id}/reset-password', { ...path, body: { clearSecondFactor } }));
  }
  if (action === 'disable') return data(http.POST('/api/teachers/{id}/disable', path));
  if (action === 'enable') return data(http.POST('/api/teachers/{id}/enable', path));
  return data(http.POST('/api/teachers/{id}/reset-password', path));
}

export function AccountTable({ kind, items, selfId, showRole }: { kind: Kind; items: Account[]; selfId: string | null; showRole: boolean }) {
  const { t, i18n } = useTranslation(ACCOUNTS_NS);
  const { t: tm } = useTranslation();
  const qc = useQueryClient();
  const [pending, setPending] = useState<Pending>(null);
  const [clearTotp, setClearTotp] = useState(false);
  const [temp, setTemp] = useState<{ name: string; answer: Schemas['TemporaryPassword'] } | null>(null);
  const run = useMutation({
    mutationFn: ({ account, action }: { account: Account; action: 'disable' | 'enable' | 'reset' }) => act(kind, account.id, action, clearTotp),
    onSuccess: (answer, { account, action }) => {
      setPending(null);
      setClearTotp(false);
      if (action === 'reset') setTemp({ name: account.displayName || account.username, answer: answer as Schemas['TemporaryPassword'] });
      void qc.invalidateQueries({ queryKey: [kind] });
    },
  });
  const nameOf = (a: Account) => a.displayName || a.username;

  return (
    <>
      {temp && (
        <OnceSecret
          title={t('admin.tempTitle')}
          intro={t('admin.tempIntro', { name: temp.name, until: new Date(temp.answer.temporaryUntil).toLocaleString(i18n.language) })}
          lines={[temp.answer.temporaryPassword]}
          doneLabel={tm('app.close')}
          onDone={() => setTemp(null)}
        />
      )}
      {run.error && (
        <p className="form-error" role="alert">
          {errorText(run.error)}
        </p>
      )}
      <div className="table-wrap">
        <table className="data-table compact responsive">
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('common.username')}</th>
              {showRole && <th scope="col">{t('admin.role')}</th>}
              {showRole && <th scope="col">{t('admin.binding')}</th>}
              <th scope="col">{t('common.phone')}</th>
              <th scope="col">{t('admin.status')}</th>
              <th scope="col">{t('admin.createdAt')}</th>
              <th scope="col">{t('admin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => {
              const mine = a.id === selfId;
              const open = pending?.account.id === a.id ? pending : null;
              return (
                <tr key={a.id} data-testid={`account-${a.username}`}>
                  <th scope="row">
                    {nameOf(a)} {mine && <span className="muted">{t('admin.mine')}</span>}
                  </th>
                  <td className="mono">{a.username}</td>
                  {showRole && <td>{tm(`role.${a.role}`)}</td>}
                  {showRole && <td>{a.facilityName ?? a.divisionName ?? a.medicalInstitutionName ?? '–'}</td>}
                  <td>{a.phone ?? '–'}</td>
                  <td>
                    <span className={a.disabled ? 'state-disabled' : 'state-active'}>{a.disabled ? t('admin.disabled') : t('admin.active')}</span>
                    {a.secondFactor && <span className="badge">{t('admin.totp')}</span>}
                  </td>
                  <td>{formatDate(a.createdAt.slice(0, 10), i18n.language)}</td>
                  <td>
                    {mine ? null : open ? (
                      <div className="confirm-box" role="group" aria-label={t(open.action === 'disable' ? 'admin.disable' : 'admin.reset')}>
                        <span>{t(open.action === 'disable' ? 'admin.confirmDisable' : 'admin.confirmReset', { name: nameOf(a) })}</span>
                        {open.action === 'reset' && kind === 'users' && a.secondFactor && (
                          <label className="check">
                            <input type="checkbox" checked={clearTotp} onChange={(e) => setClearTotp(e.target.checked)} />
                            {t('admin.clearTotp')}
                          </label>
                        )}
                        <div className="row-actions">
                          <button type="button" className="btn primary small" disabled={run.isPending} onClick={() => run.mutate({ account: a, action: open.action })}>
                            {t(open.action === 'disable' ? 'admin.disable' : 'admin.reset')}
                          </button>
                          <button type="button" className="btn ghost small" onClick={() => setPending(null)}>
                            {t('common.cancel')}
                          </button>
                        </div>
                      </div>
                    ) : (
                      <div className="row-actions">
                        {a.disabled ? (
                          <button type="button" className="btn ghost small" aria-label={`${t('admin.enable')} ${nameOf(a)}`} disabled={run.isPending} onClick={() => run.mutate({ account: a, action: 'enable' })}>
                            {t('admin.enable')}
                          </button>
                        ) : (
                          <button type="button" className="btn ghost small danger" aria-label={`${t('admin.disable')} ${nameOf(a)}`} onClick={() => setPending({ account: a, action: 'disable' })}>
                            {t('admin.disable')}
                          </button>
                        )}
                        <button type="button" className="btn ghost small" aria-label={`${t('admin.reset')} ${nameOf(a)}`} onClick={() => setPending({ account: a, action: 'reset' })}>
                          {t('admin.reset')}
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
