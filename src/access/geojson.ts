/**
 * Reading facilities and demand points from GeoJSON (RFC 7946): a FeatureCollection of Point features. Every problem
 * is an AppError naming the field (`facilities`, `points`) and the feature, so the CLI and the API say exactly what is
 * wrong.
 */
import { AppError } from '../shared/errors.ts';
import { isValidLngLat } from '../shared/geo.ts';

/** Point features read from GeoJSON. */
export interface PointSet {
  /** `properties.id`, else the feature's `id`, else its 1-based position, as strings. */
  readonly ids: string[];
  /** [lon, lat] per feature (WGS-84). */
  readonly coords: Array<[number, number]>;
  /** `properties[weightField]` (default `weight`), 1 when absent; ≥ 0. */
  readonly weights: Float64Array;
  /** The raw properties per feature. */
  readonly properties: Array<Record<string, unknown>>;
}

/**
 * Parses a GeoJSON value into a {@link PointSet}.
 * @param value - a FeatureCollection, a Feature or an array of Features
 * @param field - the input's name for error messages (e.g. `facilities`)
 * @param weightField - the property holding the weight (`weight`; `capacity` for facilities' supply)
 */
export function parsePointSet(value: unknown, field: string, weightField = 'weight'): PointSet {
  let features: unknown[];
  if (Array.isArray(value)) features = value;
  else if (isObject(value) && value.type === 'FeatureCollection' && Array.isArray(value.features)) features = value.features;
  else if (isObject(value) && value.type === 'Feature') features = [value];
  else throw new AppError('invalid', `${field}: expected a GeoJSON FeatureCollection of Point features`, { field });
  const ids: string[] = [];
  const coords: Array<[number, number]> = [];
  const weights = new Float64Array(features.length);
  const properties: Array<Record<string, unknown>> = [];
  features.forEach((f, i) => {
    const where = `${field}.features.${i}`;
    if (!isObject(f) || f.type !== 'Feature') throw new AppError('invalid', `${where}: not a GeoJSON Feature`, { field: where });
    const props = isObject(f.properties) ? f.properties : {};
    const id = props.id ?? f.id ?? i + 1;
    const label = `${field}: feature ${i + 1} (id ${String(id)})`;
    const g = f.geometry;
    if (!isObject(g)) throw new AppError('invalid', `${label} has no geometry`, { field: `${where}.geometry` });
    if (g.type !== 'Point') throw new AppError('invalid', `${label} has a ${String(g.type)} geometry; only Point is supported`, { field: `${where}.geometry` });
    const c = g.coordinates;
    if (!Array.isArray(c) || c.length < 2 || typeof c[0] !== 'number' || typeof c[1] !== 'number') throw new AppError('invalid', `${label} has no [lon, lat] coordinates`, { field: `${where}.geometry.coordinates` });
    if (!isValidLngLat(c[0], c[1])) throw new AppError('invalid', `${label} has coordinates out of range (${c[0]}, ${c[1]}); expected lon in [-180, 180], lat in [-90, 90]`, { field: `${where}.geometry.coordinates` });
    const w = props[weightField];
    let weight = 1;
    if (w !== undefined && w !== null && w !== '') {
      weight = typeof w === 'number' ? w : Number(w);
      if (!Number.isFinite(weight) || weight < 0) throw new AppError('invalid', `${label} has ${weightField} ${String(w)}; expected a number ≥ 0`, { field: `${where}.properties.${weightField}` });
    }
    ids.push(String(id));
    coords.push([c[0], c[1]]);
    weights[i] = weight;
    properties.push(props);
  });
  return { ids, coords, weights, properties };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
