/**
 * Admissions for a facility's director (/admissions, tablet and desktop): the waiting list per age band in the
 * priority policy's order with each family's reasons, offering a class (the server checks the band, the fee cap and
 * the free place), open offers, children about to start (record their entry exam), temporary-care bookings of a
 * day, and the month's fee statements (issue, mark paid).
 */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, formatYuan } from '../../format.ts';
import { Link } from '../../router.tsx';
import { cityToday, familyApi, monthsOld, plusDays, type Application } from './api.ts';
import { useCan, useSession } from '../../auth.tsx';
import { FAMILY_NS } from './i18n.ts';
import { ErrorNote } from './parts.tsx';
import './family.css';

export default function AdmissionsPage() {
  const { t } = useTranslation(FAMILY_NS);
  const me = useSession();
  const canOffer = useCan('offer', 'create');
  if (me.isPending) return <div className="loading">{t('common.loading')}</div>;
  const facilityId = me.data?.user?.facilityId ?? null;
  if (!facilityId || !canOffer) {
    return (
      <div className="fam">
        <h1>{t('admissions.title')}</h1>
        <p>{t('admissions.forDirectors')}</p>
      </div>
    );
  }
  return <Admissions facilityId={facilityId} />;
}

function Admissions({ facilityId }: { facilityId: string }) {
  const { t, i18n } = useTranslation(FAMILY_NS);
  const lang = i18n.language;
  const qc = useQueryClient();
  const facility = useQuery({ queryKey: ['family.facility', facilityId], queryFn: ({ signal }) => familyApi.facility(facilityId, signal) });
  const apps = useQuery({ queryKey: ['family.waitlist', facilityId], queryFn: ({ signal }) => familyApi.applications({ facilityId, status: 'open' }, signal) });
  const placements = useQuery({ queryKey: ['family.facilityPlacements', facilityId], queryFn: ({ signal }) => familyApi.placements({ facilityId, current: 'true' }, signal) });
  const refresh = () => void qc.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('family.') });
  const withdraw = useMutation({ mutationFn: (id: string) => familyApi.withdrawOffer(id), onSuccess: refresh });
  const exam = useMutation({ mutationFn: (x: { childId: string; passed: boolean }) => familyApi.recordExam(x.childId, cityToday(), x.passed), onSuccess: refresh });

  const list = apps.data?.items ?? [];
  const placingOf = (a: Application) => a.choices.find((c) => c.facilityId === facilityId)?.placing ?? null;
  const bands = [...new Set(list.map((a) => placingOf(a)?.band ?? ''))];
  const offers = list.flatMap((a) => a.offers.filter((o) => o.status === 'open' && o.facilityId === facilityId));
  const upcoming = (placements.data?.items ?? []).filter((p) => p.state === 'upcoming');

  return (
    <div className="fam wide">
      <h1>{t('admissions.title')}</h1>
      <p className="lead">
        {facility.data?.name} · {t('admissions.intro')}
      </p>

      <section className="fam-card" aria-labelledby="waitlist-title">
        <h2 id="waitlist-title">{t('admissions.waitlist')}</h2>
        {apps.isSuccess && list.length === 0 && <p className="muted">{t('admissions.empty')}</p>}
        {bands.map((band) => {
          const rows = list.filter((a) => (placingOf(a)?.band ?? '') === band);
          return (
            <div key={band || 'none'}>
              <h3>{t('admissions.band', { band: band ? t(`translation:band.${band}`) : '—', n: rows.length })}</h3>
              <table className="adm-table">
                <thead>
                  <tr>
                    <th scope="col">{t('admissions.position')}</th>
                    <th scope="col">{t('admissions.child')}</th>
                    <th scope="col">{t('admissions.startDate')}</th>
                    <th scope="col">{t('admissions.reasons')}</th>
                    <th scope="col">{t('admissions.makeOffer')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((a) => (
                    <WaitRow key={a.id} a={a} facilityId={facilityId} classes={facility.data?.classes ?? []} lang={lang} onOffered={refresh} />
                  ))}
                </tbody>
              </table>
            </div>
          );
        })}
      </section>

      <section className="fam-card" aria-labelledby="offers-title">
        <h2 id="offers-title">{t('admissions.offers')}</h2>
        {offers.length === 0 && <p className="muted">{t('admissions.noOffers')}</p>}
        <ul className="fam-list">
          {offers.map((o) => (
            <li key={o.id} className="fam-row spread">
              <span>
                {o.childName} · {o.className} · {formatDate(o.startDate, lang)} · {formatYuan(o.monthlyFee, lang)} · {t('child.deadline', { deadline: formatDate(o.expiresAt, lang) })}
              </span>
              <button type="button" className="btn ghost small" onClick={() => withdraw.mutate(o.id)}>
                {t('admissions.withdrawOffer')}
              </button>
            </li>
          ))}
        </ul>
        <ErrorNote error={withdraw.error} />
      </section>

      <section className="fam-card" aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t('admissions.placements')}</h2>
        {placements.isSuccess && upcoming.length === 0 && <p className="muted">{t('admissions.noPlacements')}</p>}
        <ul className="fam-list">
          {upcoming.map((p) => (
            <li key={p.id} className="fam-row spread">
              <span>
                {p.childName} · {p.className} · {formatDate(p.from, lang)} · {p.admission.cleared ? t('child.admissionCleared') : t(`child.admission.${p.admission.reason}`)}
              </span>
              {!p.admission.cleared && (
                <span className="fam-row">
                  <button type="button" className="btn ghost small" onClick={() => exam.mutate({ childId: p.childId, passed: true })}>
                    {t('admissions.examPassed')}
                  </button>
                  <button type="button" className="btn ghost small" onClick={() => exam.mutate({ childId: p.childId, passed: false })}>
                    {t('admissions.examFailed')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
        <ErrorNote error={exam.error} />
      </section>

      <BookingsOfDay facilityId={facilityId} />
      <Statements facilityId={facilityId} />
    </div>
  );
}

function WaitRow({ a, facilityId, classes, lang, onOffered }: { a: Application; facilityId: string; classes: Array<{ id: string; name: string; band: string; free: number }>; lang: string; onOffered: () => void }) {
  const { t } = useTranslation(FAMILY_NS);
  const placing = a.choices.find((c) => c.facilityId === facilityId)?.placing;
  const choice = a.choices.find((c) => c.facilityId === facilityId);
  const [classId, setClassId] = useState(classes.find((k) => k.band === placing?.band)?.id ?? classes[0]?.id ?? '');
  const [fee, setFee] = useState('');
  const offer = useMutation({ mutationFn: () => familyApi.makeOffer(a.id, { classId, ...(fee ? { monthlyFee: Number(fee) } : {}) }), onSuccess: onOffered });
  const start = a.startDate > cityToday() ? a.startDate : cityToday();
  return (
    <tr data-testid="waitlist-row">
      <td>{placing?.position ?? '—'}</td>
      <td>
        {a.childName}
        <div className="small muted">{t('home.age', { months: monthsOld(a.birthDate, start) })}</div>
      </td>
      <td>{formatDate(a.startDate, lang)}</td>
      <td>
        <ul className="reasons">
          {(placing?.reasons ?? [])
            .filter((r) => r.met && r.criterion !== 'applied_on')
            .map((r) => (
              <li key={r.criterion}>
                {t(`child.reason.${r.criterion}`)}
                {r.criterion === 'walk_minutes' && r.value !== null ? ` ${t('child.walkMinutes', { m: formatNumber(Number(r.value), lang) })}` : ''}
              </li>
            ))}
          <li>
            {t('child.reason.applied_on')} {formatDate(a.appliedOn, lang)}
          </li>
        </ul>
      </td>
      <td>
        {choice?.status === 'offered' ? (
          <span className="small">{t('admissions.offered')}</span>
        ) : (
          <form
            className="fam-row"
            onSubmit={(e) => {
              e.preventDefault();
              offer.mutate();
            }}
          >
            <label className="small">
              {t('admissions.class')}
              <select value={classId} onChange={(e) => setClassId(e.target.value)} aria-label={`${t('admissions.class')}：${a.childName}`}>
                {classes.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.name}（{t(`translation:band.${k.band}`)}，{k.free}）
                  </option>
                ))}
              </select>
            </label>
            <label className="small">
              {t('admissions.fee')}
              <input type="number" min={0} step={50} value={fee} onChange={(e) => setFee(e.target.value)} style={{ width: '7em' }} />
            </label>
            <button type="submit" className="btn primary small" disabled={offer.isPending || !classId} aria-label={`${t('admissions.makeOffer')}：${a.childName}`}>
              {t('admissions.makeOffer')}
            </button>
            <ErrorNote error={offer.error} />
          </form>
        )}
      </td>
    </tr>
  );
}

function BookingsOfDay({ facilityId }: { facilityId: string }) {
  const { t, i18n } = useTranslation(FAMILY_NS);
  const lang = i18n.language;
  const [day, setDay] = useState(plusDays(cityToday(), 1));
  const b = useQuery({ queryKey: ['family.facilityBookings', facilityId, day], queryFn: ({ signal }) => familyApi.bookings({ facilityId, date: day }, signal) });
  const items = (b.data?.items ?? []).filter((x) => x.status !== 'cancelled');
  return (
    <section className="fam-card" aria-labelledby="day-bookings-title">
      <h2 id="day-bookings-title">{t('admissions.bookings')}</h2>
      <div className="field">
        <label htmlFor="adm-day">{t('book.date')}</label>
        <input id="adm-day" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
      </div>
      <h3>{t('admissions.bookingsOn', { date: formatDate(day, lang) })}</h3>
      {b.isSuccess && items.length === 0 && <p className="muted">{t('admissions.noBookingsOn')}</p>}
      <ul className="fam-list">
        {items.map((x) => (
          <li key={x.id}>
            {x.start}–{x.end} · {x.childName} · {t(`translation:mode.${x.mode}`)} · {formatYuan(x.price, lang)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Statements({ facilityId }: { facilityId: string }) {
  const { t, i18n } = useTranslation(FAMILY_NS);
  const lang = i18n.language;
  const today = cityToday();
  const prev = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 2, 1)).toISOString().slice(0, 7);
  const [month, setMonth] = useState(prev);
  const qc = useQueryClient();
  const list = useQuery({ queryKey: ['family.facilityStatements', facilityId, month], queryFn: ({ signal }) => familyApi.statements({ facilityId, month }, signal) });
  const issue = useMutation({ mutationFn: () => familyApi.issueStatements(facilityId, month), onSuccess: () => void qc.invalidateQueries({ queryKey: ['family.facilityStatements'] }) });
  const paid = useMutation({ mutationFn: (x: { id: string; paid: boolean }) => familyApi.markPaid(x.id, x.paid), onSuccess: () => void qc.invalidateQueries({ queryKey: ['family.facilityStatements'] }) });
  return (
    <section className="fam-card" aria-labelledby="statements-adm-title">
      <h2 id="statements-adm-title">{t('admissions.statements')}</h2>
      <div className="fam-row">
        <label className="field">
          <span>{t('statement.title', { month: '' })}</span>
          <input type="month" value={month} max={today.slice(0, 7)} onChange={(e) => setMonth(e.target.value)} />
        </label>
        <button type="button" className="btn primary" onClick={() => issue.mutate()} disabled={issue.isPending}>
          {t('admissions.issue', { month })}
        </button>
      </div>
      {issue.data && (
        <p className="form-ok" role="status">
          {t('admissions.issued', { n: issue.data.issued, m: issue.data.updated })}
        </p>
      )}
      <ErrorNote error={issue.error ?? paid.error} />
      <table className="adm-table">
        <tbody>
          {(list.data?.items ?? []).map((s) => (
            <tr key={s.id}>
              <td>{s.childName}</td>
              <td className="num">{formatYuan(s.amountDue, lang)}</td>
              <td>{s.paid ? t('child.paid') : t('child.unpaid')}</td>
              <td>
                <button type="button" className="btn ghost small" onClick={() => paid.mutate({ id: s.id, paid: !s.paid })}>
                  {s.paid ? t('admissions.markUnpaid') : t('admissions.markPaid')}
                </button>{' '}
                <Link to={`/statements/${s.id}`} className="small">
                  {t('child.print')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
