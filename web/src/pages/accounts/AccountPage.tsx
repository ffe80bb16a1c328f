/**
 * Account settings (/account): who one is (role and what the account belongs to), one's name, changing the password
 * (the way out of a temporary password set by staff), and — where the policy allows it — two-step verification.
 */
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { data, http } from '../../api/http.ts';
import { can, SESSION_KEY, useAdoptSession, useSession } from '../../auth.tsx';
import { errorText, fieldErrors } from './errors.ts';
import { Field, NotForYou } from './fields.tsx';
import { ACCOUNTS_NS } from './i18n.ts';
import { SecondFactor } from './SecondFactor.tsx';
import './accounts.css';

function PasswordForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation(ACCOUNTS_NS);
  const adopt = useAdoptSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: () => data(http.POST('/api/auth/password', { body: { currentPassword: current, newPassword: next } })),
    onSuccess: (s) => {
      adopt(s);
      setCurrent('');
      setNext('');
      setAgain('');
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(next !== again);
    if (next === again) change.mutate();
  };
  const errs = fieldErrors(change.error);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="pw-title">
      <h2 id="pw-title">{t('settings.passwordTitle')}</h2>
      {change.isSuccess && (
        <p className="notice success" role="status">
          {t('settings.changed')}
        </p>
      )}
      <Field label={t('settings.current')} name="currentPassword" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} error={errs.currentPassword} required />
      <Field label={t('common.newPassword')} name="newPassword" type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} hint={t('common.passwordHint')} error={errs.newPassword} required />
      <Field label={t('common.confirmPassword')} name="again" type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} error={mismatch ? t('common.mismatch') : undefined} required />
      {change.error && !errs.currentPassword && !errs.newPassword && (
        <p className="form-error" role="alert">
          {errorText(change.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn primary" disabled={change.isPending || !current || !next}>
          {change.isPending ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}

export function AccountPage() {
  const { t } = useTranslation(ACCOUNTS_NS);
  const { t: tm } = useTranslation();
  const qc = useQueryClient();
  const session = useSession();
  const user = session.data?.user;
  const account = useQuery({
    queryKey: ['account', user?.id],
    enabled: !!user && !user.mustChangePassword,
    queryFn: ({ signal }) => data(http.GET('/api/users/{id}', { params: { path: { id: user!.id } }, signal })),
  });
  const [name, setName] = useState<string | null>(null);
  const rename = useMutation({
    mutationFn: () => data(http.PATCH('/api/users/{id}', { params: { path: { id: user!.id } }, body: { displayName: (name ?? '').trim() } })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['account'] });
      void qc.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });

  if (session.isPending) return <div className="loading">{t('common.loading')}</div>;
  if (!user) return <NotForYou loggedIn={false} />;

  const a = account.data;
  const binding = a ? (a.facilityName ?? a.divisionName ?? a.medicalInstitutionName) : null;
  const renameErrs = fieldErrors(rename.error);
  const submitName = (e: FormEvent) => {
    e.preventDefault();
    rename.mutate();
  };

  return (
    <div className="page narrow settings">
      <div className="page-head">
        <h1>{t('settings.title')}</h1>
        <p className="muted">
          {user.displayName || user.username} · {tm(`role.${user.role}`)}
        </p>
      </div>
      {user.mustChangePassword ? (
        <>
          <p className="form-error" role="alert">
            {t('settings.mustChange')}
          </p>
          <section className="panel">
            <PasswordForm onDone={() => void qc.invalidateQueries({ queryKey: ['account'] })} />
          </section>
        </>
      ) : (
        <>
          <section className="panel" aria-labelledby="profile-title">
            <h2 id="profile-title">{t('settings.profile')}</h2>
            <dl className="facts">
              <div>
                <dt>{t('common.username')}</dt>
                <dd className="mono">{user.username}</dd>
              </div>
              <div>
                <dt>{t('settings.role')}</dt>
                <dd>{tm(`role.${user.role}`)}</dd>
              </div>
              {binding && (
                <div>
                  <dt>{t('settings.binding')}</dt>
                  <dd>{binding}</dd>
                </div>
              )}
              {a?.phone && (
                <div>
                  <dt>{t('common.phone')}</dt>
                  <dd>{a.phone}</dd>
                </div>
              )}
            </dl>
            <form onSubmit={submitName} noValidate className="rename">
              <Field label={t('settings.rename')} name="displayName" autoComplete="name" maxLength={60} value={name ?? user.displayName} onChange={(e) => setName(e.target.value)} error={renameErrs.displayName} />
              {rename.isSuccess && (
                <p className="notice success" role="status">
                  {t('settings.renamed')}
                </p>
              )}
              <div className="form-actions">
                <button type="submit" className="btn ghost" disabled={rename.isPending || name === null}>
                  {t('common.save')}
                </button>
              </div>
            </form>
          </section>
          <section className="panel">
            <PasswordForm onDone={() => undefined} />
          </section>
          {can(session.data, 'second_factor', 'update') && (
            <section className="panel" aria-labelledby="totp-title">
              <h2 id="totp-title">
                {t('settings.totpTitle')}
                <span className={`totp-state ${user.secondFactor ? 'on' : ''}`} data-testid="totp-state">
                  {user.secondFactor ? t('settings.totpOn') : t('settings.totpOff')}
                </span>
              </h2>
              <p className="muted">{t('settings.totpIntro')}</p>
              <SecondFactor on={user.secondFactor} onChanged={() => void qc.invalidateQueries({ queryKey: SESSION_KEY })} />
            </section>
          )}
        </>
      )}
    </div>
  );
}
