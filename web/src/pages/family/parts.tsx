/** Small pieces the families pages share: an error note that translates the server's issue codes, a status chip. */
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/http.ts';
import { FAMILY_NS } from './i18n.ts';

/** The message of an error, by the issue's machine code (params interpolated), else the server's sentence. */
export function errorText(e: unknown, t: (k: string, o?: Record<string, unknown>) => string): string {
  if (e instanceof ApiError) {
    const i = e.issues[0];
    const code = i?.code ?? e.code;
    const key = `translation:issues.${code}`;
    const text = t(key, { ...(i?.params ?? {}), defaultValue: '' });
    if (text) return text;
    return i?.message ?? e.message;
  }
  return e instanceof Error ? e.message : String(e);
}

/** An alert under a form or an action: what went wrong, in the reader's language. */
export function ErrorNote({ error }: { error: unknown }) {
  const { t } = useTranslation(FAMILY_NS);
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {errorText(error, t as never)}
    </p>
  );
}

export type ChildStatus = 'searching' | 'applied' | 'offered' | 'placed' | 'upcoming' | 'booked';

/** A coloured status chip. */
export function StatusChip({ status }: { status: ChildStatus }) {
  const { t } = useTranslation(FAMILY_NS);
  return <span className={`status-chip status-${status}`}>{t(`status.${status}`)}</span>;
}
