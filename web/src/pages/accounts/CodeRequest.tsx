/**
 * The first step of sign-up and of a forgotten password: a mobile number and "send code", then a countdown until a
 * new code may be asked for. In demo mode the server answers the code too: it is shown here under a clear
 * 「演示模式」 note (a real deployment only sends it by SMS).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { data, http, type Schemas } from '../../api/http.ts';
import { errorText, fieldErrors } from './errors.ts';
import { Field } from './fields.tsx';
import { ACCOUNTS_NS } from './i18n.ts';

const masked = (p: string) => (p.length === 11 ? `${p.slice(0, 3)}****${p.slice(7)}` : p);

export function CodeRequest({ purpose, onSent }: { purpose: 'signup' | 'reset'; onSent: (phone: string) => void }) {
  const { t } = useTranslation(ACCOUNTS_NS);
  const [phone, setPhone] = useState('');
  const [sent, setSent] = useState<{ phone: string; answer: Schemas['CodeSent'] } | null>(null);
  const [wait, setWait] = useState(0);
  const send = useMutation({
    mutationFn: (p: string) => data(purpose === 'signup' ? http.POST('/api/auth/signup/start', { body: { phone: p } }) : http.POST('/api/auth/password-reset/start', { body: { phone: p } })),
    onSuccess: (answer, p) => {
      setSent({ phone: p, answer });
      setWait(answer.resendAfterSeconds);
      onSent(p);
    },
  });
  useEffect(() => {
    if (wait <= 0) return;
    const id = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(id);
  }, [wait]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate(phone.trim());
  };
  const errs = fieldErrors(send.error);
  const general = send.error && !errs.phone ? errorText(send.error) : null;

  return (
    <form className="code-request" onSubmit={submit} noValidate>
      <Field
        label={t('common.phone')}
        name="phone"
        type="tel"
        inputMode="numeric"
        autoComplete="tel-national"
        maxLength={11}
        value={phone}
        onChange={(e) => setPhone(e.target.value.replace(/\D/g, ''))}
        error={errs.phone}
        required
      />
      <button type="submit" className="btn ghost block" disabled={send.isPending || wait > 0 || phone.length < 11}>
        {send.isPending ? t('code.sending') : wait > 0 ? t('code.resendIn', { s: wait }) : sent ? t('code.resend') : t('code.send')}
      </button>
      {general && (
        <p className="form-error" role="alert">
          {general}
        </p>
      )}
      {sent && (
        <p className="notice success" role="status">
          {purpose === 'signup' ? t('code.sent', { phone: masked(sent.phone) }) : t('forgot.sentAny')}
        </p>
      )}
      {sent?.answer.demoCode && (
        <div className="demo-code" role="note" aria-label={t('code.demoTitle')}>
          <span className="banner-tag">{t('code.demoTitle')}</span>
          <strong className="mono" data-testid="demo-code">
            {t('code.demoCode', { code: sent.answer.demoCode })}
          </strong>
          <span className="hint">{t('code.demoNote')}</span>
        </div>
      )}
    </form>
  );
}
