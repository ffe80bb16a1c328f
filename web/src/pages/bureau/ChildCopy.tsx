/**
 * A guardian's copy of everything held about each of their children (PIPL Art. 45): one JSON file per child, from
 * GET /api/children/:id/export (the download is itself in the access log). Shown by the `child` `export` capability.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { data, http } from '../../api/http.ts';
import { saveBlob } from './download.ts';
import { DESK_NS } from './i18n-desk.ts';
import { failureText } from './issue-text.ts';

export function ChildCopy() {
  const { t } = useTranslation(DESK_NS);
  const children = useQuery({ queryKey: ['children', 'mine'], queryFn: ({ signal }) => data(http.GET('/api/children', { params: { query: { pageSize: 50 } }, signal })) });
  const [error, setError] = useState<string | null>(null);
  const download = async (id: string, name: string) => {
    setError(null);
    try {
      const copy = await data(http.GET('/api/children/{id}/export', { params: { path: { id } } }));
      saveBlob(new Blob([JSON.stringify(copy, null, 2)], { type: 'application/json' }), `${name}-${copy.generatedAt.slice(0, 10)}.json`);
    } catch (e) {
      setError(failureText(e, t));
    }
  };
  if (!children.data?.items.length) return null;
  return (
    <section className="panel" aria-labelledby="child-copy-title">
      <h2 id="child-copy-title">{t('copy.title')}</h2>
      <p className="muted small">{t('copy.intro')}</p>
      <div className="button-row">
        {children.data.items.map((c) => (
          <button key={c.id} type="button" className="btn ghost" onClick={() => void download(c.id, `${c.familyName}${c.givenName}`)}>
            {t('copy.download', { name: `${c.familyName}${c.givenName}` })}
          </button>
        ))}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
