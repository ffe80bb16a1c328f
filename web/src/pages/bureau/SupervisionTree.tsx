/**
 * The 1+12+N supervision links of one county, editable: every facility of the county with its supervising centre,
 * chosen between the county's own public centre and the municipal centre (the only two the rule allows; the server
 * and the database refuse any other). Only rows the caller may edit have a choice.
 */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { TierBadge } from '../../components/Badges.tsx';
import { countiesQuery, registryQuery, setSupervisor, type RegistryRow } from './api.ts';
import { BUREAU_NS } from './i18n.ts';
import { failureText } from './issue-text.ts';
import { useDesk } from './session.ts';

/** The supervision links of one county, editable where the caller may edit. */
export function SupervisionTree() {
  const { t, i18n } = useTranslation(BUREAU_NS);
  const lang = i18n.language;
  const desk = useDesk();
  const qc = useQueryClient();
  const counties = useQuery(countiesQuery());
  const [chosen, setChosen] = useState<string | null>(null);
  const division = chosen ?? desk.user?.divisionId ?? counties.data?.items[0]?.id ?? '';
  const rows = useQuery({ ...registryQuery({ division, state: 'live', pageSize: 200 }), enabled: !!division });
  const municipal = useQuery(registryQuery({ tier: 'municipal_centre', state: 'live', pageSize: 1 }));
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const save = useMutation({
    mutationFn: ({ row, to }: { row: RegistryRow; to: RegistryRow }) => setSupervisor(row.id, to.id, row.version),
    onSuccess: (_f, { row, to }) => {
      setMessage({ kind: 'ok', text: t('tree.saved', { name: row.name, supervisor: to.name }) });
      void qc.invalidateQueries({ predicate: (q) => ['registry', 'facility', 'network'].includes(String(q.queryKey[0])) });
    },
    onError: (e) => setMessage({ kind: 'error', text: failureText(e, t) }),
  });

  const centre = municipal.data?.items[0] ?? null;
  const items = rows.data?.items ?? [];
  const countyCentre = items.find((r) => r.tier === 'county_centre') ?? null;
  const points = items.filter((r) => r.tier !== 'county_centre' && r.tier !== 'municipal_centre');
  const count = (pred: (r: RegistryRow) => boolean) => points.filter(pred).length;
  const options = [countyCentre, centre].filter((x): x is RegistryRow => !!x);

  return (
    <section className="panel" aria-labelledby="tree-title">
      <h2 id="tree-title">{t('tree.title')}</h2>
      <p className="muted small">{t('tree.intro')}</p>
      <label className="field inline-field">
        <span className="label">{t('tree.division')}</span>
        <select value={division} onChange={(e) => setChosen(e.target.value)}>
          {(counties.data?.items ?? []).map((d) => (
            <option key={d.id} value={d.id}>
              {lang.startsWith('zh') ? d.name : d.nameEn || d.name}
            </option>
          ))}
        </select>
      </label>
      {message && (
        <p className={message.kind === 'ok' ? 'notice ok' : 'notice error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <ul className="tree-summary">
        <li>
          <strong>{t('tree.municipal')}</strong>：{centre?.name ?? '—'}
        </li>
        <li>
          <strong>{t('tree.county')}</strong>：{countyCentre ? `${countyCentre.name}（→ ${countyCentre.supervisor?.name ?? t('tree.none')}）` : t('tree.noCentre')}
        </li>
        <li className="muted small">
          {t('tree.counts', { county: count((r) => r.supervisor?.tier === 'county_centre'), municipal: count((r) => r.supervisor?.tier === 'municipal_centre'), none: count((r) => !r.supervisor) })}
        </li>
      </ul>
      {rows.isError && (
        <p className="error" role="alert">
          {failureText(rows.error, t)}
        </p>
      )}
      {points.length > 0 && (
        <div className="table-wrap flat">
          <table className="data-table compact" aria-label={t('tree.title')}>
            <thead>
              <tr>
                <th scope="col">{t('tree.facility')}</th>
                <th scope="col">{t('list.tier')}</th>
                <th scope="col">{t('tree.change')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th>
                  <td>
                    <TierBadge tier={r.tier} short />
                  </td>
                  <td>
                    {r.canEdit ? (
                      <select
                        aria-label={`${t('tree.change')}：${r.name}`}
                        value={r.supervisor?.id ?? ''}
                        disabled={save.isPending}
                        onChange={(e) => {
                          const to = options.find((o) => o.id === e.target.value);
                          setMessage(null);
                          if (to) save.mutate({ row: r, to });
                        }}
                      >
                        {!r.supervisor && <option value="">{t('tree.none')}</option>}
                        {r.supervisor && !options.some((o) => o.id === r.supervisor!.id) && <option value={r.supervisor.id}>{r.supervisor.name}</option>}
                        {options.map((o) => (
                          <option key={o.id} value={o.id}>
                            {o.name}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <span>
                        {r.supervisor?.name ?? t('tree.none')} <span className="muted small">（{t('tree.readOnly')}）</span>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
