/**
 * Operating-subsidy claims (运营补贴申报): a month's claims with their state; the run computes them (the bureau for
 * its facilities, a director for their own); the director confirms, the district approves or returns, the city
 * pays — each button shown by the caller's capabilities and the claim's state (the server decides again). A claim's
 * details: its children-months by reason and its history; the facility itself also sees the children.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format.ts';
import { useSearchParams } from '../../router.tsx';
import { claimLinesQuery, claimQuery, claimsQuery, previousMonth, runClaims, stepClaim, type Claim, type ClaimAction } from './desk-api.ts';
import { DESK_NS } from './i18n-desk.ts';
import { failureText } from './issue-text.ts';
import { useDesk } from './session.ts';
import './bureau.css';

const yuan = (fen: number, lang: string) => new Intl.NumberFormat(lang, { style: 'currency', currency: 'CNY' }).format(fen / 100);
const NEXT: Record<Claim['state'], ClaimAction[]> = { computed: ['confirm'], confirmed: ['approve', 'return'], approved: ['pay'], returned: [], paid: [] };
const RIGHT: Record<ClaimAction, string> = { confirm: 'confirm', approve: 'decide', return: 'decide', pay: 'pay' };

export default function SubsidyPage() {
  const { t, i18n } = useTranslation(DESK_NS);
  const lang = i18n.language;
  const desk = useDesk();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : previousMonth();
  const allowed = desk.can('subsidy_claim', 'read');
  const claims = useQuery({ ...claimsQuery({ month, pageSize: 200 }), enabled: allowed });
  const [open, setOpen] = useState<string | null>(null);
  const run = useMutation({ mutationFn: () => runClaims(month), onSuccess: () => void qc.invalidateQueries({ queryKey: ['subsidy'] }) });

  if (desk.loading) return <p className="loading">{t('bureau:loading')}</p>;
  if (!desk.user || !allowed) {
    return (
      <div className="page narrow">
        <h1>{t('subsidy.title')}</h1>
        <p className="muted">{t('subsidy.forRoles')}</p>
      </div>
    );
  }
  return (
    <div className="page bureau-page">
      <div className="page-head">
        <h1>{t('subsidy.title')}</h1>
        <p className="muted">{t('subsidy.intro')}</p>
      </div>
      <div className="inline-form">
        <label className="field">
          <span>{t('subsidy.month')}</span>
          <input type="month" value={month} onChange={(e) => e.target.value && setParams(new URLSearchParams({ month: e.target.value }), { replace: true })} />
        </label>
        {desk.can('subsidy_claim', 'compute') && (
          <button type="button" className="btn" disabled={run.isPending} onClick={() => run.mutate()}>
            {run.isPending ? t('subsidy.running') : t('subsidy.run', { month })}
          </button>
        )}
      </div>
      {run.data && <p role="status" className="notice">{t('subsidy.ran', { computed: run.data.computed.length, locked: run.data.locked.length })}</p>}
      {run.isError && <p role="alert" className="error">{failureText(run.error, t)}</p>}
      {claims.isError && <p role="alert" className="error">{failureText(claims.error, t)}</p>}
      {claims.data && claims.data.items.length === 0 && <p className="empty">{t('subsidy.empty')}</p>}
      {claims.data && claims.data.items.length > 0 && (
        <section className="panel" aria-labelledby="claims-title">
          <div className="section-head">
            <h2 id="claims-title">{t('subsidy.table', { month })}</h2>
            <strong>{t('subsidy.sum', { sum: yuan(claims.data.sumFen, lang) })}</strong>
          </div>
          <div className="table-wrap">
            <table className="data-table" aria-label={t('subsidy.table', { month })}>
              <thead>
                <tr>
                  <th scope="col">{t('subsidy.facility')}</th>
                  <th scope="col">{t('subsidy.division')}</th>
                  <th scope="col" className="num">{t('subsidy.children')}</th>
                  <th scope="col" className="num">{t('subsidy.eligible')}</th>
                  <th scope="col" className="num">{t('subsidy.total')}</th>
                  <th scope="col">{t('subsidy.stateCol')}</th>
                  <th scope="col">{t('subsidy.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {claims.data.items.map((c) => (
                  <Fragment key={c.id}>
                    <tr>
                      <th scope="row">{c.facilityName}</th>
                      <td>{c.divisionName}</td>
                      <td className="num">{formatNumber(c.children, lang)}</td>
                      <td className="num">{formatNumber(c.eligibleChildren, lang)}</td>
                      <td className="num">
                        {yuan(c.totalFen, lang)}
                        {c.overCap && <span className="badge archived-badge">{t('subsidy.overCap')}</span>}
                      </td>
                      <td>
                        <span className={`badge claim-${c.state}`}>{t(`subsidy.state.${c.state}`)}</span>
                      </td>
                      <td>
                        <Steps claim={c} />
                        <button type="button" className="link-button" aria-expanded={open === c.id} aria-controls={`claim-${c.id}`} onClick={() => setOpen(open === c.id ? null : c.id)}>
                          {open === c.id ? t('subsidy.hideDetails') : t('subsidy.details')}
                        </button>
                      </td>
                    </tr>
                    {open === c.id && (
                      <tr>
                        <td colSpan={7} id={`claim-${c.id}`}>
                          <Details id={c.id} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}

function Steps({ claim }: { claim: Claim }) {
  const { t } = useTranslation(DESK_NS);
  const desk = useDesk();
  const qc = useQueryClient();
  const [note, setNote] = useState('');
  const [returning, setReturning] = useState(false);
  const step = useMutation({
    mutationFn: (a: ClaimAction) => stepClaim(claim.id, a, a === 'return' ? note : undefined),
    onSuccess: () => {
      setReturning(false);
      void qc.invalidateQueries({ queryKey: ['subsidy'] });
    },
  });
  const actions = NEXT[claim.state].filter((a) => desk.can('subsidy_claim', RIGHT[a]));
  return (
    <div className="row-actions">
      {actions.map((a) =>
        a === 'return' ? (
          <button key={a} type="button" className="btn ghost small" onClick={() => setReturning(!returning)} aria-expanded={returning}>
            {t('subsidy.action.return')}
          </button>
        ) : (
          <button key={a} type="button" className="btn small" disabled={step.isPending} onClick={() => step.mutate(a)} aria-label={`${t(`subsidy.action.${a}`)}：${claim.facilityName}`}>
            {t(`subsidy.action.${a}`)}
          </button>
        ),
      )}
      {returning && (
        <span className="confirm">
          <label>
            <span className="visually-hidden">{t('subsidy.returnNote')}</span>
            <input value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('subsidy.returnNote')} maxLength={500} />
          </label>
          <button type="button" className="btn small" disabled={step.isPending} onClick={() => step.mutate('return')}>
            {t('subsidy.action.return')}
          </button>
        </span>
      )}
      {step.isSuccess && step.variables && <span role="status" className="small">{t('subsidy.done', { action: t(`subsidy.action.${step.variables}`) })}</span>}
      {step.isError && <span role="alert" className="error small">{failureText(step.error, t)}</span>}
    </div>
  );
}

function Details({ id }: { id: string }) {
  const { t, i18n } = useTranslation(DESK_NS);
  const lang = i18n.language;
  const desk = useDesk();
  const detail = useQuery(claimQuery(id));
  const lines = useQuery({ ...claimLinesQuery(id), enabled: desk.can('subsidy_claim_line', 'read') });
  if (detail.isError) return <p role="alert" className="error">{failureText(detail.error, t)}</p>;
  if (!detail.data) return <p className="loading">{t('bureau:loading')}</p>;
  const d = detail.data;
  return (
    <div className="claim-details">
      <table className="data-table" aria-label={t('subsidy.breakdown')}>
        <caption>{t('subsidy.breakdown')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('subsidy.reasonCol')}</th>
            <th scope="col" className="num">{t('subsidy.childMonths')}</th>
            <th scope="col" className="num">{t('subsidy.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {d.breakdown.map((b) => (
            <tr key={b.reason}>
              <th scope="row">{t(`subsidy.reason.${b.reason}`)}</th>
              <td className="num">{formatNumber(b.childMonths, lang)}</td>
              <td className="num">{yuan(b.amountFen, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('subsidy.history')}</h3>
      <ol className="tree-summary">
        {d.events.map((e, i) => (
          <li key={i}>
            {new Date(e.at).toLocaleString(lang)} · {e.actor.name ?? e.actor.role} · {t(`subsidy.state.${e.toState}`)} · {yuan(e.totalFen, lang)}
            {e.note ? ` · ${e.note}` : ''}
          </li>
        ))}
      </ol>
      {lines.data && (
        <table className="data-table" aria-label={t('subsidy.lines')}>
          <caption>{t('subsidy.lines')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('subsidy.child')}</th>
              <th scope="col">{t('subsidy.days')}</th>
              <th scope="col" className="num">{t('subsidy.fee')}</th>
              <th scope="col" className="num">{t('subsidy.amount')}</th>
              <th scope="col">{t('subsidy.reasonCol')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.data.items.map((l) => (
              <tr key={l.childId}>
                <th scope="row">{l.childName}</th>
                <td>
                  {l.workingDays} / {l.placedDays} / {l.attendedDays}
                </td>
                <td className="num">{yuan(l.monthlyFeeFen, lang)}</td>
                <td className="num">{yuan(l.amountFen, lang)}</td>
                <td>{l.eligible ? t('subsidy.reason.eligible') : l.reasons.map((r) => t(`subsidy.reason.${r}`)).join('、')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
