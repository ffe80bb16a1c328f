/** The sign-in page. After login it returns to `?next=` (a local path) or the map. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { useLogin } from '../auth.tsx';
import { Logo } from '../components/Header.tsx';
import { useRouter, useSearchParams } from '../router.tsx';

/**
 * Where a person starts when no page was asked for, by what they may do (the capabilities /api/auth/login answers):
 * carers and directors at the tablet or the care dashboard, guardians at their child's day, everyone else the map.
 */
function homeFor(session: unknown): string {
  const caps = (session as { capabilities?: Record<string, Record<string, string>> }).capabilities ?? {};
  if (caps.care_dashboard?.read && caps.outbreak_report?.update) return '/care/dashboard';
  if (caps.daily_entry?.create) return '/care/tablet';
  if (caps.daily_entry?.read) return '/care/day';
  return '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const [params] = useSearchParams();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const next = params.get('next');
  const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!username.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    login.mutate({ username: username.trim(), password }, { onSuccess: (session) => navigate(next ? target : homeFor(session)) });
  };

  const err = login.error;
  const message = missing
    ? t('auth.required')
    : err instanceof ApiError
      ? err.status === 401
        ? t('auth.bad')
        : err.status === 429
          ? t('auth.tooMany')
          : err.code === 'network'
            ? t('errors.network')
            : t('errors.generic', { message: err.message })
      : err
        ? t('errors.generic', { message: err.message })
        : null;

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
        <p className="hint">{t('auth.demoHint')}</p>
      </form>
    </div>
  );
}
