/**
 * The walking-graph rules of docs/architecture.md ("Walking-graph rules"), in one place so the XML and PBF readers,
 * the peer implementation (bench/peers) and the tests all agree.
 */

/** `highway=*` values that carry pedestrians. */
export const WALKABLE_HIGHWAYS: ReadonlySet<string> = new Set([
  'footway', 'path', 'pedestrian', 'steps', 'living_street', 'residential', 'service', 'unclassified', 'tertiary',
  'tertiary_link', 'secondary', 'secondary_link', 'primary', 'primary_link', 'trunk', 'trunk_link', 'track',
  'cycleway', 'corridor', 'bridleway', 'road',
]);

const FOOT_OVERRIDES_ACCESS_NO: ReadonlySet<string> = new Set(['yes', 'designated', 'permissive']);

/**
 * Whether a way is part of the walking graph.
 * Excluded: `foot=no`; `access=no` unless `foot` is yes/designated/permissive; `area=yes`. `access=private` is kept
 * (gated compounds, 小区: residents walk their internal roads). Every kept way is walkable both ways (oneway ignored).
 * @param tag - looks up a tag value by key (undefined when absent)
 */
export function isWalkableWay(tag: (key: string) => string | undefined): boolean {
  const hw = tag('highway');
  if (hw === undefined || !WALKABLE_HIGHWAYS.has(hw)) return false;
  const foot = tag('foot');
  if (foot === 'no') return false;
  if (tag('access') === 'no' && !(foot !== undefined && FOOT_OVERRIDES_ACCESS_NO.has(foot))) return false;
  if (tag('area') === 'yes') return false;
  return true;
}

/** Node flag: `barrier=gate`. */
export const NODE_GATE = 1;
/** Node flag: `entrance=*` (a building or compound entrance). */
export const NODE_ENTRANCE = 2;

/** Gate/entrance flags of a node from its tags (0 when neither). */
export function nodeFlags(tag: (key: string) => string | undefined): number {
  let f = 0;
  if (tag('barrier') === 'gate') f |= NODE_GATE;
  if (tag('entrance') !== undefined) f |= NODE_ENTRANCE;
  return f;
}
