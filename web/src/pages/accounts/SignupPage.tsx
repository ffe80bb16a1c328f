/**
 * Guardians' sign-up (家长注册, /signup), phone-first: verify the mobile number with an SMS code, then a name and a
 * password; the account's username is the number. Signed in on success, straight to the family home.
 */
import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { data, http } from '../../api/http.ts';
import { useAdoptSession, useSession, can } from '../../auth.tsx';
import { Logo } from '../../components/Header.tsx';
import { Link, useRouter } from '../../router.tsx';
import { CodeRequest } from './CodeRequest.tsx';
import { errorText, fieldErrors } from './errors.ts';
import { Field } from './fields.tsx';
import { ACCOUNTS_NS } from './i18n.ts';
import './accounts.css';

export function SignupPage() {
  const { t } = useTranslation(ACCOUNTS_NS);
  const { navigate } = useRouter();
  const session = useSession();
  const adopt = useAdoptSession();
  const [phone, setPhone] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const verify = useMutation({
    mutationFn: () => data(http.POST('/api/auth/signup/verify', { body: { phone: phone!, code: code.trim(), password, displayName: displayName.trim() } })),
    onSuccess: (s) => {
      adopt(s);
      navigate('/family');
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(password !== again);
    if (password !== again) return;
    verify.mutate();
  };
  const errs = fieldErrors(verify.error);
  const shown = new Set(['code', 'password', 'displayName']);
  const general = verify.error && !Object.keys(errs).some((f) => shown.has(f)) ? errorText(verify.error) : null;
  const signedIn = session.data?.user;

  return (
    <div className="login-page phone-first">
      <div className="login-card">
        <div className="login-brand">
          <Logo />
        </div>
        <h1>{t('signup.title')}</h1>
        <p className="muted">{t('signup.intro')}</p>
        {signedIn && !can(session.data, 'signup', 'create') && (
          <p className="form-error" role="alert">
            {t('signup.signedIn', { name: signedIn.displayName || signedIn.username })}
          </p>
        )}
        <h2 className="step">{t('signup.step1')}</h2>
        <CodeRequest purpose="signup" onSent={setPhone} />
        {phone && (
          <form className="signup-step" onSubmit={submit} noValidate aria-labelledby="signup-step2">
            <h2 id="signup-step2" className="step">
              {t('signup.step2')}
            </h2>
            <Field label={t('common.code')} name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={code} onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))} error={errs.code} required />
            <Field label={t('common.displayName')} name="displayName" autoComplete="name" maxLength={60} value={displayName} onChange={(e) => setDisplayName(e.target.value)} error={errs.displayName} required />
            <Field label={t('common.password')} name="password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} hint={t('common.passwordHint')} error={errs.password} required />
            <Field label={t('common.confirmPassword')} name="again" type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} error={mismatch ? t('common.mismatch') : undefined} required />
            {general && (
              <p className="form-error" role="alert">
                {general}
              </p>
            )}
            <button type="submit" className="btn primary block" disabled={verify.isPending}>
              {verify.isPending ? t('signup.submitting') : t('signup.submit')}
            </button>
          </form>
        )}
        <p className="hint">
          {t('signup.haveAccount')} <Link to="/login">{t('common.toLogin')}</Link>
        </p>
        <p className="hint">{t('signup.staffNote')}</p>
      </div>
    </div>
  );
}
