/**
 * The two-pass interface both OSM readers implement. Pass 1 visits ways (to learn which nodes are walkable), pass 2
 * visits only the nodes asked for — so memory follows the walkable part of the file, not the whole extract.
 */

/** Called for every way: its id, node refs (the first `count` entries of `refs`) and a tag lookup. */
export type WayVisitor = (id: number, refs: ArrayLike<number>, count: number, tag: (key: string) => string | undefined) => void;

/** Called for every wanted node: its local index (from the `wanted` map), WGS-84 position and tag lookup. */
export type NodeVisitor = (index: number, lon: number, lat: number, tag: (key: string) => string | undefined) => void;

/** A readable OSM file (XML or PBF). */
export interface OsmSource {
  /** Pass 1: every way, in file order. */
  scanWays(visit: WayVisitor): void;
  /** Pass 2: the nodes whose OSM id is a key of `wanted`, in file order. */
  scanNodes(wanted: ReadonlyMap<number, number>, visit: NodeVisitor): void;
}
