/**
 * Two-step verification in the account settings (officials and administrators, by capability): set up → the base32
 * key and the otpauth:// link for an authenticator app (no QR code: no QR library is installed) → confirm with a code
 * → ten recovery codes shown once; turn off with a code or a recovery code.
 */
import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { data, http, type Schemas } from '../../api/http.ts';
import { errorText, fieldErrors } from './errors.ts';
import { Field, OnceSecret } from './fields.tsx';
import { ACCOUNTS_NS } from './i18n.ts';

/** The key in groups of four, as authenticator apps show it. */
const grouped = (s: string) => s.replace(/(.{4})/g, '$1 ').trim();

export function SecondFactor({ on, onChanged }: { on: boolean; onChanged: () => void }) {
  const { t } = useTranslation(ACCOUNTS_NS);
  const [setup, setSetup] = useState<Schemas['TotpSetup'] | null>(null);
  const [code, setCode] = useState('');
  const [recovery, setRecovery] = useState<string[] | null>(null);
  const [off, setOff] = useState(false);
  const start = useMutation({ mutationFn: () => data(http.POST('/api/auth/totp/setup')), onSuccess: (s) => setSetup(s) });
  const confirm = useMutation({
    mutationFn: () => data(http.POST('/api/auth/totp/confirm', { body: { code: code.trim() } })),
    onSuccess: (r) => {
      setRecovery(r.recoveryCodes);
      setSetup(null);
      setCode('');
    },
  });
  const disable = useMutation({
    mutationFn: () => data(http.POST('/api/auth/totp/disable', { body: { code: code.trim().toLowerCase() } })),
    onSuccess: () => {
      setCode('');
      setOff(true);
      onChanged();
    },
  });
  const err = confirm.error ?? disable.error ?? start.error;
  const errs = fieldErrors(err);

  if (recovery) {
    return (
      <OnceSecret
        title={t('settings.recoveryTitle')}
        intro={t('settings.recoveryIntro')}
        lines={recovery}
        doneLabel={t('settings.recoveryDone')}
        onDone={() => {
          setRecovery(null);
          onChanged();
        }}
      />
    );
  }
  if (on) {
    const submit = (e: FormEvent) => {
      e.preventDefault();
      disable.mutate();
    };
    return (
      <form onSubmit={submit} noValidate>
        <Field label={t('login.totp')} name="totp-off" autoComplete="one-time-code" maxLength={9} value={code} onChange={(e) => setCode(e.target.value)} hint={t('settings.disableHint')} error={errs.code} />
        <button type="submit" className="btn ghost danger" disabled={disable.isPending || !code.trim()}>
          {t('settings.disable')}
        </button>
      </form>
    );
  }
  if (setup) {
    const submit = (e: FormEvent) => {
      e.preventDefault();
      confirm.mutate();
    };
    return (
      <form onSubmit={submit} noValidate>
        <p>
          {t('settings.scan')} <span className="muted">{t('settings.noQr')}</span>
        </p>
        <dl className="facts">
          <div>
            <dt>{t('settings.secret')}</dt>
            <dd className="mono break" data-testid="totp-secret" data-secret={setup.secret}>
              {grouped(setup.secret)}
            </dd>
          </div>
          <div>
            <dt>{t('settings.uri')}</dt>
            <dd className="break">
              <a href={setup.uri} className="mono">
                {setup.uri}
              </a>
            </dd>
          </div>
        </dl>
        <Field label={t('settings.confirmCode')} name="totp-confirm" inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={code} onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))} error={errs.code} />
        <div className="form-actions">
          <button type="submit" className="btn primary" disabled={confirm.isPending || code.length !== 6}>
            {t('settings.confirm')}
          </button>
          <button type="button" className="btn ghost" onClick={() => setSetup(null)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className="settings-totp">
      {off && (
        <p className="notice success" role="status">
          {t('settings.turnedOff')}
        </p>
      )}
      {err && !errs.code && (
        <p className="form-error" role="alert">
          {errorText(err)}
        </p>
      )}
      <button type="button" className="btn primary" onClick={() => start.mutate()} disabled={start.isPending}>
        {t('settings.enable')}
      </button>
    </div>
  );
}
