/**
 * A stored facility → one flat row (the columns of columns.ts), the shape all three exports write: location in
 * WGS-84, lists in the same notation the importer reads.
 */
import { toWgs84 } from '../../shared/coords.ts';
import { escapeClassName } from './cells.ts';
import type { ExportedFacility, FlatRow } from './types.ts';

/** `[1,2,3,4,5]` → `1-5`; runs of three or more ascending days become ranges; any other order is kept as written. */
function formatDays(days: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < days.length) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${days[i]}-${days[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(days[k]));
    i = j + 1;
  }
  return parts.join(',');
}

/**
 * One facility as a flat row (the columns of the module comment), location in WGS-84.
 * @param f - a stored facility
 */
export function facilityToRow(f: ExportedFacility): FlatRow {
  const loc = toWgs84(f.location);
  const h = f.openingHours;
  return {
    id: f.id,
    name: f.name,
    tier: f.tier,
    ownership: f.ownership,
    filing_status: f.filingStatus,
    filing_number: f.filingNumber || null,
    division_id: f.divisionId,
    address: f.address,
    lng: loc.lng,
    lat: loc.lat,
    crs: 'wgs84',
    opening_days: h ? formatDays(h.days) : null,
    open: h ? h.open : null,
    close: h ? h.close : null,
    services: f.services.map((s) => `${s.mode}:${s.price}/${s.unit}`).join('; ') || null,
    classes: f.classes.map((c) => `${escapeClassName(c.name)}:${c.band}:${c.capacity}${c.id ? `:${c.id}` : ''}`).join('; ') || null,
    floor_area_m2: f.floorAreaM2 ?? null,
    outdoor_area_m2: f.outdoorAreaM2 ?? null,
    contact_person: f.contact?.person || null,
    contact_phone: f.contact?.phone || null,
    supervisor_id: f.supervisorId ?? null,
    medical_institution_id: f.medicalInstitutionId ?? null,
  };
}
