/**
 * The sign-in page. Username and password, then — for an account with two-step verification — a second step asking
 * for the authenticator's code (or a recovery code). After login: a temporary password leads to the account page to
 * choose one; otherwise `?next=` (a local path), the family home for guardians, or the map.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http.ts';
import { landingFor, useLogin } from '../auth.tsx';
import { Logo } from '../components/Header.tsx';
import { Link, useRouter, useSearchParams } from '../router.tsx';
import { translateFailure } from '../api/issues.ts';
import { ACCOUNTS_NS } from './accounts/i18n.ts';

export function LoginPage() {
  const { t } = useTranslation();
  const { t: ta } = useTranslation(ACCOUNTS_NS);
  const { navigate } = useRouter();
  const [params] = useSearchParams();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [secondStep, setSecondStep] = useState(false);
  const [missing, setMissing] = useState(false);
  const next = params.get('next');
  const target = next && next.startsWith('/') && !next.startsWith('//') ? next : null;

  const attempt = (withCode: boolean) => {
    login.mutate(
      { username: username.trim(), password, ...(withCode ? { totp: totp.trim().toLowerCase() } : {}) },
      {
        onSuccess: (me) => navigate(landingFor(me, target)),
        onError: (err) => {
          if (err instanceof ApiError && err.issues[0]?.code === 'totp_required') setSecondStep(true);
        },
      },
    );
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!username.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    attempt(false);
  };
  const submitCode = (e: FormEvent) => {
    e.preventDefault();
    attempt(true);
  };

  // wrong password, too many attempts (with when to try again), a wrong code, network … by the server's machine codes
  const err = login.error;
  const code = err instanceof ApiError ? err.issues[0]?.code : undefined;
  const message = missing ? t('auth.required') : !err || code === 'totp_required' ? null : translateFailure(err, t);

  if (secondStep) {
    return (
      <div className="login-page">
        <form className="login-card" onSubmit={submitCode} noValidate aria-labelledby="totp-title">
          <div className="login-brand">
            <Logo />
          </div>
          <h1 id="totp-title">{ta('login.totpTitle')}</h1>
          <p className="muted">{ta('login.totpIntro')}</p>
          <label className="field">
            <span className="label">{ta('login.totp')}</span>
            <input name="totp" inputMode="text" autoComplete="one-time-code" maxLength={9} value={totp} onChange={(e) => setTotp(e.target.value)} required autoFocus />
          </label>
          {message && (
            <p className="form-error" role="alert">
              {message}
            </p>
          )}
          <button type="submit" className="btn primary block" disabled={login.isPending || !totp.trim()}>
            {login.isPending ? t('auth.submitting') : ta('login.verify')}
          </button>
          <button
            type="button"
            className="btn ghost block"
            onClick={() => {
              setSecondStep(false);
              setTotp('');
              login.reset();
            }}
          >
            {ta('login.back')}
          </button>
        </form>
      </div>
    );
  }

  return (
    <div className="login-page">
      <form className="login-card" onSubmit={submit} noValidate aria-labelledby="login-title">
        <div className="login-brand">
          <Logo />
        </div>
        <h1 id="login-title">{t('auth.title')}</h1>
        <p className="muted">{t('auth.intro')}</p>
        <label className="field">
          <span className="label">{t('auth.username')}</span>
          <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required autoFocus />
        </label>
        <label className="field">
          <span className="label">{t('auth.password')}</span>
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        <button type="submit" className="btn primary block" disabled={login.isPending}>
          {login.isPending ? t('auth.submitting') : t('auth.submit')}
        </button>
        <p className="login-links">
          <Link to="/forgot-password">{ta('login.forgot')}</Link>
          <Link to="/signup">{ta('login.signup')}</Link>
        </p>
        <p className="hint">{t('auth.demoHint')}</p>
      </form>
    </div>
  );
}
