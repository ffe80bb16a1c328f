/**
 * The demo city's OSM file in the data folder (`<data>/demo/changzhi-synthetic.osm`, with the streets as GeoJSON for
 * the map beside it: `changzhi-synthetic.roads.geojson`), written once per seed and
 * generator version and reused afterwards (a small JSON sidecar says which); the walking graph is cached beside it
 * by src/access (`.ccgraph`), so later starts read neither XML nor regenerate anything.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cityOsmXml, GENERATOR_VERSION } from './city.ts';
import { roadsGeoJson } from './roads.ts';
import type { DemoCity } from './types.ts';

export interface OsmFileInfo {
  path: string;
  sha256: string;
  bytes: number;
  /** Whether it was written now (false: reused). */
  written: boolean;
}

interface Sidecar {
  seed: number;
  generatorVersion: string;
  sha256: string;
  bytes: number;
}

/** Where the demo OSM file lives in a data folder. */
export function demoOsmPath(dataDir: string): string {
  return join(dataDir, 'demo', 'changzhi-synthetic.osm');
}

/** Where the streets as GeoJSON (for the map) live in a data folder. */
export function demoRoadsPath(dataDir: string): string {
  return join(dataDir, 'demo', 'changzhi-synthetic.roads.geojson');
}

/** The cached file's identity, if it matches this seed and generator version. */
export function cachedOsm(dataDir: string, seed: number): OsmFileInfo | null {
  const path = demoOsmPath(dataDir);
  try {
    const side = JSON.parse(readFileSync(`${path}.json`, 'utf8')) as Sidecar;
    if (side.seed === seed && side.generatorVersion === GENERATOR_VERSION && existsSync(path) && existsSync(demoRoadsPath(dataDir))) return { path, sha256: side.sha256, bytes: side.bytes, written: false };
  } catch {
    // no or broken sidecar: not cached
  }
  return null;
}

/**
 * Writes the city's OSM file unless the cached one already matches (atomically: temp file, then rename).
 * @param dataDir - the data folder
 * @param city - the generated city (or a thunk that generates it only when needed)
 */
export function ensureOsmFile(dataDir: string, city: DemoCity | (() => DemoCity), seed: number): OsmFileInfo {
  const hit = cachedOsm(dataDir, seed);
  if (hit) return hit;
  const c = typeof city === 'function' ? city() : city;
  const path = demoOsmPath(dataDir);
  mkdirSync(join(dataDir, 'demo'), { recursive: true });
  const xml = Buffer.from(cityOsmXml(c), 'utf8');
  const sha256 = createHash('sha256').update(xml).digest('hex');
  writeFileSync(`${path}.tmp`, xml);
  renameSync(`${path}.tmp`, path);
  const roads = demoRoadsPath(dataDir);
  writeFileSync(`${roads}.tmp`, roadsGeoJson(c.network));
  renameSync(`${roads}.tmp`, roads);
  const side: Sidecar = { seed: c.seed, generatorVersion: c.generatorVersion, sha256, bytes: xml.length };
  writeFileSync(`${path}.json`, `${JSON.stringify(side, null, 2)}\n`);
  return { path, sha256, bytes: xml.length, written: true };
}
