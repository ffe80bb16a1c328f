/** The sign-in page. After login it returns to `?next=` (a local path) or the map. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { translateFailure } from '../api/issues.ts';
import { useLogin } from '../auth.tsx';
import { Logo } from '../components/Header.tsx';
import { useRouter, useSearchParams } from '../router.tsx';

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
    login.mutate({ username: username.trim(), password }, { onSuccess: () => navigate(target) });
  };

  // wrong password, too many attempts (with when to try again), network … by the server's machine codes
  const message = missing ? t('auth.required') : login.error ? translateFailure(login.error, t) : null;

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
