/** Form pieces the account pages share: a labelled input with its hint and error, and a secret shown once. */
import { useId, useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../router.tsx';
import { ACCOUNTS_NS } from './i18n.ts';

type FieldProps = InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: ReactNode; error?: string | undefined };

/** An input with a visible label, an optional hint and an error tied to it (aria-describedby, aria-invalid). */
export function Field({ label, hint, error, ...input }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errId = error ? `${id}-err` : undefined;
  const describedBy = [hintId, errId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** A secret the server shows once (a temporary password, recovery codes), with a copy button. */
export function OnceSecret({ title, intro, lines, onDone, doneLabel }: { title: string; intro: string; lines: string[]; onDone: () => void; doneLabel?: string }) {
  const { t } = useTranslation(ACCOUNTS_NS);
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(lines.join('\n')).then(() => setCopied(true), () => setCopied(false));
  };
  return (
    <section className="once-secret" aria-labelledby="once-secret-title">
      <h2 id="once-secret-title">{title}</h2>
      <p>{intro}</p>
      <ul className="secret-lines" data-testid="once-secret">
        {lines.map((l) => (
          <li key={l} className="mono">
            {l}
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button type="button" className="btn ghost" onClick={copy}>
          {copied ? t('common.copied') : t('common.copy')}
        </button>
        <button type="button" className="btn primary" onClick={onDone}>
          {doneLabel ?? t('common.save')}
        </button>
      </div>
    </section>
  );
}

/** A page body for callers the page is not for (not logged in, or without the capability). */
export function NotForYou({ loggedIn }: { loggedIn: boolean }) {
  const { t } = useTranslation(ACCOUNTS_NS);
  return (
    <div className="page narrow">
      <p>{loggedIn ? t('common.notAllowed') : t('common.loginFirst')}</p>
      {!loggedIn && (
        <Link className="btn primary" to={`/login?next=${encodeURIComponent(window.location.pathname)}`}>
          {t('common.toLogin')}
        </Link>
      )}
    </div>
  );
}
