/** A digest of everything the generator makes (rows and the OSM XML), to check that a seed always gives the same city. */
import { createHash } from 'node:crypto';
import { cityOsmXml } from './city.ts';
import type { DemoCity } from './types.ts';

/** SHA-256 of the OSM XML (pass it if already built) and of the rows (as JSON, in generation order). */
export function cityDigest(city: DemoCity, xml: string = cityOsmXml(city)): { osm: string; rows: string } {
  const osm = createHash('sha256').update(xml).digest('hex');
  const { network: _network, records, ...rows } = city;
  const h = createHash('sha256');
  for (const [k, v] of Object.entries(rows)) h.update(`${k}\n${JSON.stringify(v)}\n`);
  // Records: each kind's table, columns and rows; big kinds are generators, hashed row by row.
  for (const [k, r] of Object.entries(records)) {
    h.update(`records.${k}\n${r.table}\n${JSON.stringify(r.columns)}\n`);
    for (const row of r.stream ? r.stream() : r.rows) h.update(`${JSON.stringify(row)}\n`);
  }
  return { osm, rows: h.digest('hex') };
}
