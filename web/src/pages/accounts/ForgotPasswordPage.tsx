/**
 * A forgotten password (/forgot-password): a code to the account's mobile number, then a new password. Every session
 * of the account ends; the person logs in again (with the second factor, when on).
 */
import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { data, http } from '../../api/http.ts';
import { Logo } from '../../components/Header.tsx';
import { Link } from '../../router.tsx';
import { CodeRequest } from './CodeRequest.tsx';
import { errorText, fieldErrors } from './errors.ts';
import { Field } from './fields.tsx';
import { ACCOUNTS_NS } from './i18n.ts';
import './accounts.css';

export function ForgotPasswordPage() {
  const { t } = useTranslation(ACCOUNTS_NS);
  const [phone, setPhone] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const reset = useMutation({ mutationFn: () => data(http.POST('/api/auth/password-reset/verify', { body: { phone: phone!, code: code.trim(), password } })) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(password !== again);
    if (password === again) reset.mutate();
  };
  const errs = fieldErrors(reset.error);
  const general = reset.error && !errs.code && !errs.password ? errorText(reset.error) : null;

  return (
    <div className="login-page phone-first">
      <div className="login-card">
        <div className="login-brand">
          <Logo />
        </div>
        <h1>{t('forgot.title')}</h1>
        {reset.isSuccess ? (
          <>
            <p className="notice success" role="status">
              {t('forgot.done')}
            </p>
            <Link className="btn primary block" to="/login">
              {t('common.toLogin')}
            </Link>
          </>
        ) : (
          <>
            <p className="muted">{t('forgot.intro')}</p>
            <CodeRequest purpose="reset" onSent={setPhone} />
            {phone && (
              <form className="signup-step" onSubmit={submit} noValidate>
                <Field label={t('common.code')} name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={code} onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))} error={errs.code} required />
                <Field label={t('common.newPassword')} name="password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} hint={t('common.passwordHint')} error={errs.password} required />
                <Field label={t('common.confirmPassword')} name="again" type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} error={mismatch ? t('common.mismatch') : undefined} required />
                {general && (
                  <p className="form-error" role="alert">
                    {general}
                  </p>
                )}
                <button type="submit" className="btn primary block" disabled={reset.isPending}>
                  {reset.isPending ? t('forgot.submitting') : t('forgot.submit')}
                </button>
              </form>
            )}
            <p className="hint">{t('forgot.noPhone')}</p>
            <p className="hint">
              <Link to="/login">{t('login.back')}</Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
