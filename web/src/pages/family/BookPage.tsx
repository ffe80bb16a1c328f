/**
 * Booking temporary (临时托) or hourly (计时托) care (/care/book?facility=&child=, phone first): a day within the
 * policy's two weeks, the free places of each hour (computed from the class room and carers), whole hours from a
 * start to an end, and the price shown before confirming.
 */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate, formatPrice, formatYuan } from '../../format.ts';
import { Link, useSearchParams } from '../../router.tsx';
import { cityToday, familyApi, plusDays } from './api.ts';
import { useCan } from '../../auth.tsx';
import { FAMILY_NS } from './i18n.ts';
import { ErrorNote } from './parts.tsx';
import './family.css';

/** The price of `hours` by the facility's unit (the server's rule, src/care/temporary.ts; it fixes the price). */
function previewPrice(p: { price: number; unit: string }, hours: number): number {
  if (p.unit === 'hour') return p.price * hours;
  if (p.unit === 'half_day') return p.price * Math.ceil(hours / 4);
  if (p.unit === 'day') return hours <= 4 ? p.price / 2 : p.price * Math.ceil(hours / 8);
  return 0;
}

export default function BookPage() {
  const { t, i18n } = useTranslation(FAMILY_NS);
  const { t: tt } = useTranslation();
  const lang = i18n.language;
  const [params] = useSearchParams();
  const facilityId = params.get('facility') ?? '';
  const canBook = useCan('booking', 'create');
  const children = useQuery({ queryKey: ['family.children'], enabled: canBook, queryFn: ({ signal }) => familyApi.children(signal) });
  const facility = useQuery({ queryKey: ['family.facility', facilityId], enabled: !!facilityId, queryFn: ({ signal }) => familyApi.facility(facilityId, signal) });
  const qc = useQueryClient();
  const kids = children.data?.items ?? [];
  const [childId, setChildId] = useState(params.get('child') ?? '');
  const child = kids.find((k) => k.id === childId) ?? kids[0] ?? null;
  const today = cityToday();
  const days = Array.from({ length: 14 }, (_, i) => plusDays(today, i + 1));
  const [day, setDay] = useState(days[0]!);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const av = useQuery({ queryKey: ['family.availability', facilityId, day, child?.birthDate], enabled: !!facilityId, queryFn: ({ signal }) => familyApi.availability(facilityId, day, child?.birthDate, signal) });
  const slots = av.data?.slots ?? [];
  const startIdx = slots.findIndex((s) => s.start === from);
  const endIdx = slots.findIndex((s) => s.end === to);
  const hours = startIdx >= 0 && endIdx >= startIdx ? endIdx - startIdx + 1 : 0;
  const book = useMutation({
    mutationFn: () => familyApi.book({ childId: child!.id, facilityId, date: day, start: from, end: to }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['family.availability'] });
      void qc.invalidateQueries({ queryKey: ['family.bookings'] });
    },
  });

  return (
    <div className="fam">
      <h1>{t('book.title')}</h1>
      {facility.data && <p className="lead">{facility.data.name}</p>}
      <form
        className="fam-card"
        aria-label={t('book.title')}
        onSubmit={(e) => {
          e.preventDefault();
          if (hours > 0 && child) book.mutate();
        }}
      >
        {kids.length > 0 && (
          <div className="field">
            <label htmlFor="book-child">{t('book.child')}</label>
            <select id="book-child" value={child?.id ?? ''} onChange={(e) => setChildId(e.target.value)}>
              {kids.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.familyName}
                  {k.givenName}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="book-day">{t('book.date')}</label>
          <select
            id="book-day"
            value={day}
            onChange={(e) => {
              setDay(e.target.value);
              setFrom('');
              setTo('');
              book.reset();
            }}
          >
            {days.map((d) => (
              <option key={d} value={d}>
                {formatDate(d, lang)}
              </option>
            ))}
          </select>
        </div>
        <p className="muted small">{t('book.rules')}</p>
        {av.data && !av.data.mode && <p>{t('book.none')}</p>}
        {av.data?.mode && slots.length === 0 && <p>{t('book.closed')}</p>}
        {slots.length > 0 && (
          <>
            <h2 className="small">{t('book.slots')}</h2>
            <ul className="slots" aria-label={t('book.slots')}>
              {slots.map((s, i) => (
                <li key={s.start} className={`${s.free > 0 ? '' : 'full'} ${hours && i >= startIdx && i <= endIdx ? 'picked' : ''}`}>
                  {s.start}–{s.end}
                  <br />
                  {s.free > 0 ? t('book.slotFree', { n: s.free }) : t('book.slotFull')}
                </li>
              ))}
            </ul>
            <div className="field-row">
              <div className="field">
                <label htmlFor="book-from">{t('book.from')}</label>
                <select id="book-from" value={from} onChange={(e) => setFrom(e.target.value)}>
                  <option value="" />
                  {slots.map((s) => (
                    <option key={s.start} value={s.start} disabled={s.free <= 0}>
                      {s.start}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="book-to">{t('book.to')}</label>
                <select id="book-to" value={to} onChange={(e) => setTo(e.target.value)}>
                  <option value="" />
                  {slots.map((s, i) => (
                    <option key={s.end} value={s.end} disabled={startIdx < 0 || i < startIdx}>
                      {s.end}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            {hours > 0 && av.data?.price && (
              <p className="price-line" data-testid="booking-price">
                {t('book.price', { hours, price: formatYuan(previewPrice(av.data.price, hours), lang) })}（{formatPrice(av.data.price.price, av.data.price.unit, tt, lang)}）
              </p>
            )}
            {hours === 0 && <p className="muted small">{t('book.pick')}</p>}
          </>
        )}
        <ErrorNote error={book.error} />
        {book.data && (
          <p className="form-ok" role="status">
            {t('book.done', { date: formatDate(book.data.date, lang), start: book.data.start, end: book.data.end, price: formatYuan(book.data.price, lang) })}
          </p>
        )}
        <div className="fam-actions">
          <button type="submit" className="btn primary" disabled={!child || hours === 0 || book.isPending || !!book.data}>
            {book.isPending ? t('book.confirming') : t('book.confirm')}
          </button>
          {child && (
            <Link className="btn ghost" to={`/family/children/${child.id}`}>
              {t('child.bookings')}
            </Link>
          )}
        </div>
      </form>
    </div>
  );
}
