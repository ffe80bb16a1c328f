/** Colours of the network tiers, shared by the map layers, the legend and the badges. */
import type { Tier } from '../api/model.ts';

export const TIER_COLORS: Readonly<Record<Tier, string>> = {
  municipal_centre: '#b42318',
  county_centre: '#1d4ed8',
  community: '#0f8a7a',
  family_point: '#d97706',
  kindergarten_class: '#7c3aed',
  employer: '#be3f78',
  private: '#64748b',
};

/** Marker radius in pixels: the hubs of the network stand out. */
export const TIER_RADIUS: Readonly<Record<Tier, number>> = {
  municipal_centre: 11,
  county_centre: 8.5,
  community: 6,
  family_point: 5.5,
  kindergarten_class: 6,
  employer: 6,
  private: 6,
};
