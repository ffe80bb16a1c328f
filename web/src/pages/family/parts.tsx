/** Small pieces the families pages share: an error note in the reader's language, a status chip. */
import { useTranslation } from 'react-i18next';
import { translateFailure } from '../../api/issues.ts';
import { FAMILY_NS } from './i18n.ts';

/** An alert under a form or an action: what went wrong, in the reader's language (by the server's machine code). */
export function ErrorNote({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {translateFailure(error, t)}
    </p>
  );
}

export type ChildStatus = 'searching' | 'applied' | 'offered' | 'placed' | 'upcoming' | 'booked';

/** A coloured status chip. */
export function StatusChip({ status }: { status: ChildStatus }) {
  const { t } = useTranslation(FAMILY_NS);
  return <span className={`status-chip status-${status}`}>{t(`status.${status}`)}</span>;
}
