/**
 * The walking circle (步行圈) box on the map: whose circle it is, a legend of the 5/10/15-minute rings with their
 * areas, and — for a clicked place — the childcare facilities within 15 minutes' walk with their free places
 * (found on the client: facility points inside the isochrone polygons). A button clears it.
 */
import { useTranslation } from 'react-i18next';
import type { FacilityPoint, Isochrones } from '../api/model.ts';
import { formatNumber } from '../format.ts';
import { formatKm2 } from '../map/format.ts';
import type { Reachable } from '../map/geo.ts';
import { ISOCHRONE_COLORS, ISOCHRONE_OPACITY } from '../map/layers.ts';
import { TIER_COLORS } from './tiers.ts';

export const WALK_MINUTES = [5, 10, 15] as const;

export type WalkOrigin = { kind: 'facility'; id: string; name: string } | { kind: 'point'; lng: number; lat: number };

/** What the list of facilities inside a walking circle shows of each. */
export type ReachableFacility = Pick<FacilityPoint, 'id' | 'name' | 'tier' | 'free' | 'capacity'>;

/** The colour a ring shows on the map, where the fills stack (5 minutes lies under all three). */
function ringSwatch(minutes: number): string {
  const layers = WALK_MINUTES.filter((m) => m >= minutes).map((m) => `color-mix(in srgb, ${ISOCHRONE_COLORS[m]} ${ISOCHRONE_OPACITY * 100}%, transparent)`);
  return layers.map((c) => `linear-gradient(${c}, ${c})`).join(', ');
}

export function WalkPanel(props: {
  origin: WalkOrigin;
  speedKmh: number;
  loading: boolean;
  error: boolean;
  data: Isochrones | undefined;
  /** Facilities inside the circle (point mode only). */
  reachable: Reachable<ReachableFacility>[] | null;
  freeOnly: boolean;
  onSelect: (facilityId: string) => void;
  onClear: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { origin, data, reachable } = props;
  const empty = data && data.features.every((f) => f.properties.areaM2 === 0 || f.geometry.coordinates.length === 0);
  const areas = new Map((data?.features ?? []).map((f) => [f.properties.minutes, f.properties.areaM2]));
  const freeTotal = (reachable ?? []).reduce((s, r) => s + r.item.free, 0);

  return (
    <section className="walk-panel" aria-labelledby="walk-kicker walk-title" data-testid="walk-panel">
      <header className="walk-head">
        <div>
          <p className="walk-kicker" id="walk-kicker">{t('access.panel')}</p>
          <h2 id="walk-title">{origin.kind === 'facility' ? t('access.titleFacility', { name: origin.name }) : t('access.titlePoint')}</h2>
        </div>
        <button type="button" className="btn ghost small walk-clear" onClick={props.onClear}>
          {t('access.clear')}
        </button>
      </header>
      <p className="muted small walk-sub">{t('access.subtitle', { speed: formatNumber(props.speedKmh, lang) })}</p>
      {props.loading && <p className="loading small">{t('access.loading')}</p>}
      {props.error && (
        <p className="error small" role="alert">
          {t('access.error')}
        </p>
      )}
      {empty && <p className="muted small">{t('access.noStreets')}</p>}
      {data && !empty && (
        <ul className="walk-rings" aria-label={t('access.rings')}>
          {WALK_MINUTES.map((m) => (
            <li key={m}>
              <span className="walk-swatch" style={{ backgroundImage: ringSwatch(m) }} aria-hidden="true" />
              <span className="walk-ring-label">{t('access.ring', { minutes: m })}</span>
              <span className="muted small">{areas.has(m) ? t('access.ringArea', { area: formatKm2(areas.get(m)!, lang) }) : ''}</span>
            </li>
          ))}
        </ul>
      )}
      {data && !empty && reachable && (
        <div className="walk-within">
          <h3 id="walk-within-title">{t('access.within')}</h3>
          <p className="small muted" data-testid="walk-within-summary">
            {t('access.withinSummary', { n: formatNumber(reachable.length, lang), free: formatNumber(freeTotal, lang) })}
            {props.freeOnly && ` ${t('access.withinFreeOnly')}`}
          </p>
          {reachable.length === 0 ? (
            <p className="small">{t('access.withinNone')}</p>
          ) : (
            <ul className="walk-list" aria-labelledby="walk-within-title">
              {reachable.map(({ item, withinMinutes }) => (
                <li key={item.id}>
                  <button type="button" onClick={() => props.onSelect(item.id)}>
                    <span className="legend-dot" style={{ background: TIER_COLORS[item.tier] }} aria-hidden="true" />
                    <span className="walk-name">{item.name}</span>
                    <span className="walk-mins">
                      {t(`tierShort.${item.tier}`)} · {t('access.withinMinutes', { minutes: withinMinutes })}
                    </span>
                    <span className={`walk-free ${item.free > 0 ? 'free-yes' : 'free-no'}`}>{item.free > 0 ? t('access.free', { free: formatNumber(item.free, lang) }) : t('access.full')}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
