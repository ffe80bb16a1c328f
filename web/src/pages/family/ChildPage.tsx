/**
 * One child (/family/children/:id, phone first): status and next step; the placement (and whether it may start: the
 * entry exam); applications with each choice's place on the waiting list and the reasons; offers to accept or
 * decline before their deadline; temporary-care bookings to cancel; fee statements; and the child's personal
 * information — the consent (withdraw or give again), a copy of what is held (PIPL Art. 45), deletion (Art. 47).
 */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, formatYuan } from '../../format.ts';
import { Link, useRouter } from '../../router.tsx';
import { familyApi, type Application, type Offer } from './api.ts';
import { FAMILY_NS } from './i18n.ts';
import { ErrorNote, StatusChip } from './parts.tsx';
import { situationOf } from './status.ts';
import './family.css';

export default function ChildPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation(FAMILY_NS);
  const lang = i18n.language;
  const qc = useQueryClient();
  const child = useQuery({ queryKey: ['family.child', id], queryFn: ({ signal }) => familyApi.child(id, signal) });
  const placements = useQuery({ queryKey: ['family.placements', id], queryFn: ({ signal }) => familyApi.placements({ childId: id }, signal) });
  const applications = useQuery({ queryKey: ['family.applications', id], queryFn: ({ signal }) => familyApi.applications({ childId: id }, signal) });
  const bookings = useQuery({ queryKey: ['family.bookings', id], queryFn: ({ signal }) => familyApi.bookings({ childId: id, upcoming: 'true' }, signal) });
  const statements = useQuery({ queryKey: ['family.statements', id], queryFn: ({ signal }) => familyApi.statements({ childId: id }, signal) });
  const refresh = () => void qc.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('family.') });
  const cancel = useMutation({ mutationFn: (bookingId: string) => familyApi.cancelBooking(bookingId), onSuccess: refresh });
  const withdraw = useMutation({ mutationFn: (appId: string) => familyApi.withdrawApplication(appId), onSuccess: refresh });

  if (child.isPending) return <div className="loading">{t('common.loading')}</div>;
  if (child.error || !child.data) return <div className="fam"><ErrorNote error={child.error} /></div>;
  const c = child.data;
  const name = `${c.familyName}${c.givenName}`;
  const fmt = (d: string | null | undefined) => formatDate(d, lang);
  const s = placements.data && applications.data && bookings.data ? situationOf(placements.data.items, applications.data.items, bookings.data.items, fmt) : null;

  return (
    <div className="fam">
      <Link to="/family" className="small">
        ← {t('child.back')}
      </Link>
      <div className="fam-row spread">
        <h1>{name}</h1>
        {s && <StatusChip status={s.status} />}
      </div>
      {s && (
        <p className="next-step">
          <strong>{t('next.label')}：</strong>
          {t(s.next.key, s.next.values)}
        </p>
      )}

      {(applications.data?.items ?? []).flatMap((a) => a.offers.filter((o) => o.status === 'open')).map((o) => (
        <OfferCard key={o.id} offer={o} onDone={refresh} />
      ))}

      {(placements.data?.items.length ?? 0) > 0 && (
        <section className="fam-card" aria-labelledby="placements-title">
          <h2 id="placements-title">{t('child.placements')}</h2>
          <ul className="fam-list">
            {placements.data!.items.map((p) => (
              <li key={p.id} data-testid="placement">
                <strong>{t('child.placement', { facility: p.facilityName, className: p.className, mode: t(`translation:mode.${p.mode}`) })}</strong>
                <div className="small">
                  {p.until ? t('child.periodUntil', { from: fmt(p.from), until: fmt(p.until) }) : t('child.period', { from: fmt(p.from) })}
                  {p.monthlyFee !== null && <> · {t('child.fee', { fee: formatYuan(p.monthlyFee, lang) })}</>}
                </div>
                {p.state !== 'ended' && <div className={p.admission.cleared ? 'small free-yes' : 'small error'}>{p.admission.cleared ? t('child.admissionCleared') : t(`child.admission.${p.admission.reason}`)}</div>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="fam-card" aria-labelledby="apps-title">
        <h2 id="apps-title">{t('child.applications')}</h2>
        {applications.data?.items.length === 0 && <p className="muted">{t('child.noApplications')}</p>}
        {(applications.data?.items ?? []).map((a) => (
          <ApplicationItem key={a.id} a={a} lang={lang} onWithdraw={() => withdraw.mutate(a.id)} />
        ))}
        <ErrorNote error={withdraw.error} />
        <div className="fam-actions">
          <Link className="btn ghost" to={`/care?child=${id}`}>
            {t('home.find')}
          </Link>
        </div>
      </section>

      <section className="fam-card" aria-labelledby="bookings-title">
        <h2 id="bookings-title">{t('child.bookings')}</h2>
        {bookings.data?.items.length === 0 && <p className="muted">{t('child.noBookings')}</p>}
        <ul className="fam-list">
          {(bookings.data?.items ?? []).map((b) => (
            <li key={b.id} data-testid="booking">
              {t('child.bookingRow', { date: fmt(b.date), start: b.start, end: b.end, facility: b.facilityName, price: formatYuan(b.price, lang) })}
              <div className="fam-actions">
                <button type="button" className="btn ghost small" onClick={() => cancel.mutate(b.id)} disabled={cancel.isPending}>
                  {t('child.cancelBooking')}
                </button>
              </div>
            </li>
          ))}
        </ul>
        <ErrorNote error={cancel.error} />
      </section>

      <section className="fam-card" aria-labelledby="statements-title">
        <h2 id="statements-title">{t('child.statements')}</h2>
        {statements.data?.items.length === 0 && <p className="muted">{t('child.noStatements')}</p>}
        <ul className="fam-list">
          {(statements.data?.items ?? []).map((st) => (
            <li key={st.id} className="fam-row spread">
              <span>
                {t('child.statementRow', { month: st.month, facility: st.facilityName, amount: formatYuan(st.amountDue, lang) })} · {st.paid ? t('child.paid') : t('child.unpaid')}
              </span>
              <Link className="btn ghost small" to={`/statements/${st.id}`}>
                {t('child.print')}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <PrivacySection childId={id} name={name} onChanged={refresh} />
    </div>
  );
}

function ApplicationItem({ a, lang, onWithdraw }: { a: Application; lang: string; onWithdraw: () => void }) {
  const { t } = useTranslation(FAMILY_NS);
  return (
    <div className="fam-list" data-testid="application">
      <p className="small">
        {t(`translation:mode.${a.mode}`)} · {formatDate(a.startDate, lang)} · {t(`child.applicationStatus.${a.status}`)}
      </p>
      <ol className="fam-list">
        {a.choices.map((c) => (
          <li key={c.facilityId}>
            <strong>
              {t('child.choice', { rank: c.rank })}：{c.facilityName}
            </strong>{' '}
            <span className="small">{t(`child.choiceStatus.${c.status}`)}</span>
            {c.placing && (
              <>
                <div className="small" data-testid="position">
                  {t('child.position', { position: c.placing.position, of: c.placing.of, band: c.placing.band ? t(`translation:band.${c.placing.band}`) : '—' })}
                </div>
                <ul className="reasons" aria-label={t('child.reasons')}>
                  {c.placing.reasons.map((r) => (
                    <li key={r.criterion}>
                      {t(`child.reason.${r.criterion}`)}：
                      {r.criterion === 'walk_minutes' ? (r.value === null ? '—' : t('child.walkMinutes', { m: formatNumber(Number(r.value), lang) })) : r.criterion === 'applied_on' ? formatDate(String(r.value), lang) : r.met ? t('child.met') : t('child.notMet')}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ol>
      {a.status === 'open' && (
        <button type="button" className="btn ghost small danger" onClick={onWithdraw}>
          {t('child.withdraw')}
        </button>
      )}
    </div>
  );
}

function OfferCard({ offer, onDone }: { offer: Offer; onDone: () => void }) {
  const { t, i18n } = useTranslation(FAMILY_NS);
  const lang = i18n.language;
  const accept = useMutation({ mutationFn: () => familyApi.accept(offer.id), onSuccess: onDone });
  const decline = useMutation({ mutationFn: () => familyApi.decline(offer.id), onSuccess: onDone });
  const deadline = new Intl.DateTimeFormat(lang.startsWith('zh') ? 'zh-CN' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(new Date(offer.expiresAt));
  return (
    <section className="fam-card" aria-labelledby={`offer-${offer.id}`} data-testid="offer">
      <h2 id={`offer-${offer.id}`}>{t('child.offers')}</h2>
      <p>{t('child.offer', { facility: offer.facilityName, className: offer.className, date: formatDate(offer.startDate, lang), fee: formatYuan(offer.monthlyFee, lang) })}</p>
      <p className="next-step">{t('child.deadline', { deadline })}</p>
      <ErrorNote error={accept.error ?? decline.error} />
      <div className="fam-actions">
        <button type="button" className="btn primary" onClick={() => accept.mutate()} disabled={accept.isPending || decline.isPending}>
          {t('child.accept')}
        </button>
        <button type="button" className="btn ghost" onClick={() => decline.mutate()} disabled={accept.isPending || decline.isPending}>
          {t('child.decline')}
        </button>
      </div>
    </section>
  );
}

function PrivacySection({ childId, name, onChanged }: { childId: string; name: string; onChanged: () => void }) {
  const { t, i18n } = useTranslation(FAMILY_NS);
  const lang = i18n.language;
  const { navigate } = useRouter();
  const consents = useQuery({ queryKey: ['family.consents', childId], queryFn: ({ signal }) => familyApi.consents(childId, signal) });
  const [record, setRecord] = useState<unknown>(null);
  const [confirmErase, setConfirmErase] = useState(false);
  const again = () => void consents.refetch().then(onChanged);
  const withdraw = useMutation({ mutationFn: () => familyApi.withdrawConsent(childId), onSuccess: again });
  const give = useMutation({ mutationFn: () => familyApi.giveConsent(childId), onSuccess: again });
  const exportRecord = useMutation({ mutationFn: () => familyApi.exportRecord(childId), onSuccess: setRecord });
  const erase = useMutation({ mutationFn: () => familyApi.erase(childId) });
  const open = consents.data?.items.find((c) => c.withdrawnAt === null);
  const download = () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(record, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `child-${childId}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section className="fam-card" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('child.privacy')}</h2>
      <ul className="fam-list">
        {(consents.data?.items ?? []).map((c) => (
          <li key={c.id} className="small">
            {t('child.consent', { version: c.wordingVersion, date: formatDate(c.givenAt, lang) })}
            {c.withdrawnAt && <> · {t('child.consentWithdrawn', { date: formatDate(c.withdrawnAt, lang) })}</>}
          </li>
        ))}
      </ul>
      {open ? (
        <>
          <p className="muted small">{t('child.withdrawConsentHint')}</p>
          <button type="button" className="btn ghost small" onClick={() => withdraw.mutate()} disabled={withdraw.isPending}>
            {t('child.withdrawConsent')}
          </button>
        </>
      ) : (
        <button type="button" className="btn ghost small" onClick={() => give.mutate()} disabled={give.isPending}>
          {t('child.giveConsent')}
        </button>
      )}
      <ErrorNote error={withdraw.error ?? give.error} />
      <div className="fam-actions">
        <button type="button" className="btn ghost" onClick={() => exportRecord.mutate()}>
          {t('child.exportData')}
        </button>
        <button type="button" className="btn ghost danger" onClick={() => setConfirmErase(true)}>
          {t('child.erase')}
        </button>
      </div>
      {record !== null && (
        <div>
          <h3>{t('child.exportTitle', { name })}</h3>
          <pre className="export" tabIndex={0}>
            {JSON.stringify(record, null, 2)}
          </pre>
          <button type="button" className="btn ghost small" onClick={download}>
            {t('child.download')}
          </button>
        </div>
      )}
      {confirmErase && !erase.data && (
        <div className="form-error" role="alertdialog" aria-label={t('child.erase')}>
          <p>{t('child.eraseConfirm', { name })}</p>
          <div className="fam-actions">
            <button type="button" className="btn primary" onClick={() => erase.mutate()} disabled={erase.isPending}>
              {t('child.erase')}
            </button>
            <button type="button" className="btn ghost" onClick={() => setConfirmErase(false)}>
              {t('add.cancel')}
            </button>
          </div>
        </div>
      )}
      <ErrorNote error={erase.error ?? exportRecord.error} />
      {erase.data && (
        <div className="form-ok" role="status">
          <p>{t('child.erased')}</p>
          {erase.data.kept.length > 0 && <p>{t('child.kept', { list: erase.data.kept.map((k) => `${k.record}（${k.reason}）`).join('；') })}</p>}
          <button type="button" className="btn ghost small" onClick={() => navigate('/family')}>
            {t('child.back')}
          </button>
        </div>
      )}
    </section>
  );
}
