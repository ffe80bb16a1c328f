/**
 * The facility card shown when a marker is clicked: tier, ownership, filing, classes with places, fees in ¥,
 * service modes, opening hours, supervising centre and medical partner. On phones it is a bottom sheet.
 */
import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { facilityQuery } from '../api/registry.ts';
import type { Facility } from '../api/model.ts';
import { formatNumber, formatOpeningHours, formatPrice } from '../format.ts';
import { Link } from '../router.tsx';
import { FilingBadge, OwnershipBadge, PlacesBar, TierBadge } from './Badges.tsx';

export function useFacility(id: string | null) {
  return useQuery({ ...facilityQuery(id ?? ''), enabled: !!id });
}

/**
 * @param headingLevel - the level of the section headings (2 on the facility page under its h1, 3 in the card)
 */
export function FacilityFacts({ f, headingLevel = 3 }: { f: Facility; headingLevel?: 2 | 3 }) {
  const H = `h${headingLevel}` as const;
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('facility.filing')}</dt>
          <dd>
            <FilingBadge status={f.filingStatus} />
            {f.filingNumber && <span className="muted mono"> {f.filingNumber}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('facility.modes')}</dt>
          <dd>
            {f.modes.length === 0 ? t('facility.none') : f.modes.map((m) => <span key={m} className="chip">{t(`mode.${m}`)}</span>)}
          </dd>
        </div>
        <div>
          <dt>{t('facility.hours')}</dt>
          <dd>{formatOpeningHours(f.openingHours, t, lang)}</dd>
        </div>
        <div>
          <dt>{t('facility.supervisor')}</dt>
          <dd>{f.supervisor ? <Link to={`/facilities/${f.supervisor.id}`}>{f.supervisor.name}</Link> : t('facility.none')}</dd>
        </div>
        <div>
          <dt>{t('facility.medical')}</dt>
          <dd>{f.medicalPartner?.name ?? t('facility.none')}</dd>
        </div>
        <div>
          <dt>{t('facility.address')}</dt>
          <dd>
            {f.divisionName} · {f.address}
          </dd>
        </div>
      </dl>

      <section className="card-section" aria-labelledby={`classes-${f.id}`}>
        <H id={`classes-${f.id}`}>{t('facility.classes')}</H>
        <p className="muted small">{t('facility.placesLong', { capacity: formatNumber(f.capacity, lang), enrolled: formatNumber(f.enrolled, lang), free: formatNumber(f.free, lang) })}</p>
        {f.classes.length === 0 ? (
          <p className="muted">{t('facility.noClasses')}</p>
        ) : (
          <table className="mini-table">
            <thead>
              <tr>
                <th scope="col">{t('facility.className')}</th>
                <th scope="col" className="num">{t('facility.capacity')}</th>
                <th scope="col" className="num">{t('facility.enrolled')}</th>
                <th scope="col" className="num">{t('facility.free')}</th>
              </tr>
            </thead>
            <tbody>
              {f.classes.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <span className="class-name">{c.name}</span>
                    {!c.name.includes(t(`band.${c.band}`)) && <span className="muted small"> {t(`band.${c.band}`)}</span>}
                    <PlacesBar capacity={c.capacity} enrolled={c.enrolled} />
                  </th>
                  <td className="num">{c.capacity}</td>
                  <td className="num">{c.enrolled}</td>
                  <td className={`num ${c.free > 0 ? 'free-yes' : 'free-no'}`}>{c.free}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="card-section" aria-labelledby={`prices-${f.id}`}>
        <H id={`prices-${f.id}`}>{t('facility.prices')}</H>
        {f.services.length === 0 ? (
          <p className="muted">{t('facility.noPrices')}</p>
        ) : (
          <ul className="prices">
            {f.services.map((s) => (
              <li key={`${s.mode}-${s.unit}`}>
                <span>{t(`mode.${s.mode}`)}</span>
                <strong className="price">{formatPrice(s.price, s.unit, t, lang)}</strong>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/**
 * @param onWalkingCircle - when given (the server has a walking network), a "步行圈" button draws the facility's
 *   5/10/15-minute walking circle on the map
 * @param walkingActive - the facility's walking circle is on the map now
 */
export function FacilityCard({ id, onClose, onWalkingCircle, walkingActive = false }: { id: string; onClose: () => void; onWalkingCircle?: (id: string, name: string) => void; walkingActive?: boolean }) {
  const { t } = useTranslation();
  const q = useFacility(id);
  const f = q.data;
  const [expanded, setExpanded] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className={`facility-card ${expanded ? 'expanded' : ''}`} role="dialog" aria-modal="false" aria-labelledby="facility-card-title" data-testid="facility-card">
      <button type="button" className="sheet-handle" aria-expanded={expanded} aria-label={expanded ? t('facility.collapse') : t('facility.expand')} onClick={() => setExpanded((x) => !x)} />
      <header className="card-head">
        <div className="card-head-text">
          {f && (
            <div className="badges">
              <TierBadge tier={f.tier} />
              <OwnershipBadge ownership={f.ownership} />
            </div>
          )}
          <h2 id="facility-card-title">{f ? f.name : t('facility.card')}</h2>
        </div>
        <button type="button" className="icon-btn" onClick={onClose} aria-label={t('app.close')}>
          ×
        </button>
      </header>
      <div className="card-body">
        {q.isPending && <p className="loading">{t('app.loading')}</p>}
        {q.isError && (
          <p className="error" role="alert">
            {t('facility.loadError')}
          </p>
        )}
        {f && (
          <>
            {onWalkingCircle && (
              <div className="card-walk">
                <button type="button" className="btn ghost small walk-btn" aria-pressed={walkingActive} onClick={() => onWalkingCircle(f.id, f.name)}>
                  <span className="walk-icon" aria-hidden="true" />
                  {t('access.walkButton')}
                </button>
                <span className="muted small">{t('access.walkButtonHint')}</span>
              </div>
            )}
            <FacilityFacts f={f} />
            <div className="card-actions">
              <Link className="btn primary" to={`/facilities/${f.id}`}>
                {f.canEdit ? t('facility.edit') : t('facility.details')}
              </Link>

            </div>
          </>
        )}
      </div>
    </div>
  );
}
