/** Small labelled chips for tier, ownership and filing status. */
import { useTranslation } from 'react-i18next';
import type { FilingStatus, Ownership, Tier } from '../api/model.ts';
import { TIER_COLORS } from './tiers.ts';

export function TierBadge({ tier, short = false }: { tier: Tier; short?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="badge tier-badge" style={{ ['--tier' as string]: TIER_COLORS[tier] }}>
      <span className="dot" aria-hidden="true" />
      {t(short ? `tierShort.${tier}` : `tier.${tier}`)}
    </span>
  );
}

export function OwnershipBadge({ ownership }: { ownership: Ownership }) {
  const { t } = useTranslation();
  return <span className={`badge own-${ownership}`}>{t(`ownership.${ownership}`)}</span>;
}

export function FilingBadge({ status }: { status: FilingStatus }) {
  const { t } = useTranslation();
  return <span className={`badge filing-${status}`}>{t(`filing.${status}`)}</span>;
}

/** A capacity bar: enrolled of capacity, the free part light. */
export function PlacesBar({ capacity, enrolled }: { capacity: number; enrolled: number }) {
  const filled = capacity > 0 ? enrolled / Math.max(1, capacity) : 0;
  const pct = Math.min(100, Math.round(filled * 100));
  return (
    <span className="places-bar" aria-hidden="true">
      <span style={{ width: `${pct}%` }} />
    </span>
  );
}
