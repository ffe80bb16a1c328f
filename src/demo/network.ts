/**
 * The synthetic street network: a node/way store in OSM's model, and the generator of towns (arterials, blocks of
 * 150–250 m with irregularity, alleys, gated compounds 小区 with 1–3 gates and private inner roads, a river and a
 * railway crossed only at a few bridges, park footpaths), villages and the roads between towns. Coordinates are
 * rounded to 1e-7 degree when created, so the in-memory graph and the written OSM XML are the same numbers.
 */
import type { Rng } from './rng.ts';

export type Tags = readonly (readonly [string, string])[];

/** One way: node indexes (0-based; the OSM id is index + 1) and tags. */
export interface Way {
  nodes: number[];
  tags: Tags;
}

/** A growing node/way store. */
export class Network {
  readonly lng: number[] = [];
  readonly lat: number[] = [];
  readonly nodeTags = new Map<number, Tags>();
  readonly ways: Way[] = [];

  /** Adds a node at a WGS-84 position (rounded to 1e-7°) and returns its index. */
  addNode(lng: number, lat: number, tags?: Tags): number {
    this.lng.push(Math.round(lng * 1e7) / 1e7);
    this.lat.push(Math.round(lat * 1e7) / 1e7);
    const i = this.lng.length - 1;
    if (tags && tags.length) this.nodeTags.set(i, tags);
    return i;
  }

  /** Adds a way if it has two nodes or more. */
  addWay(nodes: number[], tags: Tags): void {
    if (nodes.length >= 2) this.ways.push({ nodes, tags });
  }

  get nodeCount(): number {
    return this.lng.length;
  }
}

/** A local metric frame (equirectangular) around a town centre, optionally rotated (a town's grid need not run north). */
export class Frame {
  readonly #mx: number;
  readonly #my = 110_574;
  readonly #cos: number;
  readonly #sin: number;
  /**
   * @param lng0 - centre longitude
   * @param lat0 - centre latitude
   * @param rotation - radians, anticlockwise, of the local x axis from east
   */
  constructor(
    readonly lng0: number,
    readonly lat0: number,
    rotation = 0,
  ) {
    this.#mx = 111_320 * Math.cos((lat0 * Math.PI) / 180);
    this.#cos = Math.cos(rotation);
    this.#sin = Math.sin(rotation);
  }
  toLngLat(x: number, y: number): [number, number] {
    const e = x * this.#cos - y * this.#sin;
    const n = x * this.#sin + y * this.#cos;
    return [this.lng0 + e / this.#mx, this.lat0 + n / this.#my];
  }
  toXY(lng: number, lat: number): [number, number] {
    const e = (lng - this.lng0) * this.#mx;
    const n = (lat - this.lat0) * this.#my;
    return [e * this.#cos + n * this.#sin, -e * this.#sin + n * this.#cos];
  }
}

/** A place people live or work, on the network: a gated compound, an open block, or a village. */
export interface Site {
  /** Stable key, e.g. `140403:s:12:7`. */
  key: string;
  kind: 'compound' | 'block' | 'village';
  countyId: string;
  /** Index of the node that stands for the site (its centre, on its inner road). */
  node: number;
  /** Street nodes where the site meets the public network (outside each gate, or the alley ends). */
  entrances: number[];
  /** Gate nodes (compounds only). */
  gates: number[];
  /** Local position in its town's frame (metres). */
  x: number;
  y: number;
  areaM2: number;
  /** Grid cell (towns) or road/village index (villages), for grouping into communities. */
  cell: readonly [number, number];
  /** Which town made it: 'seat' or a rural road index. */
  town: 'seat' | number;
}

export interface TownSpec {
  countyId: string;
  lng: number;
  lat: number;
  /** Half extents of the town's ellipse, metres. */
  halfW: number;
  /** Rotation of the town's grid, radians. */
  rotation: number;
  halfH: number;
  /** Share of blocks that are gated compounds. */
  compoundShare: number;
  river: string | null;
  railway: string | null;
  /** Street names: arterials then locals. */
  namer: () => string;
}

export interface Town {
  spec: TownSpec;
  frame: Frame;
  sites: Site[];
  /** Intersection nodes on the town's edge, with local positions (for roads out of town). */
  edgeNodes: { node: number; x: number; y: number }[];
  /** Park blocks' centre nodes (no residents). */
  parks: number[];
}

const STREET_STEP = 32; // metres between nodes along streets
const INNER_STEP = 20; // metres between nodes along compound roads

function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/**
 * Generates one town's street network into `net`.
 * @param net - the node/way store
 * @param spec - where and how big
 * @param rng - the town's own random stream
 */
export function generateTown(net: Network, spec: TownSpec, rng: Rng): Town {
  const frame = new Frame(spec.lng, spec.lat, spec.rotation);
  const { halfW, halfH } = spec;
  const lines = (half: number): { pos: number[]; arterial: boolean[] } => {
    const pos: number[] = [];
    const arterial: boolean[] = [];
    let lastBand = -1;
    for (let v = -half - 60; v <= half + 60; v += rng.range(150, 250)) {
      const band = Math.floor((v + half + 60) / 850);
      pos.push(v);
      arterial.push(band !== lastBand);
      lastBand = band;
    }
    return { pos, arterial };
  };
  const X = lines(halfW);
  const Y = lines(halfH);
  const nx = X.pos.length;
  const ny = Y.pos.length;
  const warpA = rng.range(15, 60);
  const warpL = rng.range(500, 900);
  const px: number[] = new Array(nx * ny);
  const py: number[] = new Array(nx * ny);
  const inside: boolean[] = new Array(nx * ny);
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      const k = j * nx + i;
      const jit = X.arterial[i] || Y.arterial[j] ? 5 : 14;
      const x = X.pos[i]! + warpA * Math.sin(Y.pos[j]! / warpL) + rng.range(-jit, jit);
      const y = Y.pos[j]! + warpA * Math.sin(X.pos[i]! / warpL + 1) + rng.range(-jit, jit);
      px[k] = x;
      py[k] = y;
      inside[k] = (x / halfW) ** 2 + (y / halfH) ** 2 <= 1 + rng.range(-0.12, 0.08);
    }
  // River (west–east) and railway (south–north): crossed only at some arterials.
  const rY0 = rng.range(-0.35, 0.35) * halfH;
  const rA = rng.range(60, 160);
  const rL = rng.range(700, 1400);
  const riverY = (x: number): number => rY0 + rA * Math.sin(x / rL);
  const tX0 = rng.range(-0.45, 0.45) * halfW;
  const railX = (y: number): number => tX0 + 40 * Math.sin(y / 2000);
  const crossesRiver = (a: number, b: number): boolean => spec.river !== null && Math.sign(py[a]! - riverY(px[a]!)) !== Math.sign(py[b]! - riverY(px[b]!));
  const crossesRail = (a: number, b: number): boolean => spec.railway !== null && Math.sign(px[a]! - railX(py[a]!)) !== Math.sign(px[b]! - railX(py[b]!));

  type Seg = { a: number; b: number; kept: boolean; bridge: 'river' | 'rail' | null; att: { t: number; node: number }[] };
  const hseg = new Map<number, Seg>(); // key: k of the west end
  const vseg = new Map<number, Seg>(); // key: k of the south end
  let keptRiverBridges = 0;
  let keptRailCrossings = 0;
  const decide = (a: number, b: number, arterial: boolean): Seg => {
    const s: Seg = { a, b, kept: inside[a]! && inside[b]!, bridge: null, att: [] };
    if (!s.kept) return s;
    if (crossesRiver(a, b)) {
      s.kept = arterial && (keptRiverBridges === 0 || rng.chance(0.6));
      if (s.kept) {
        s.bridge = 'river';
        keptRiverBridges++;
      }
    } else if (crossesRail(a, b)) {
      s.kept = arterial && (keptRailCrossings === 0 || rng.chance(0.45));
      if (s.kept) {
        s.bridge = 'rail';
        keptRailCrossings++;
      }
    } else if (!arterial && rng.chance(0.1)) s.kept = false;
    return s;
  };
  for (let j = 0; j < ny; j++) for (let i = 0; i + 1 < nx; i++) hseg.set(j * nx + i, decide(j * nx + i, j * nx + i + 1, Y.arterial[j]!));
  for (let i = 0; i < nx; i++) for (let j = 0; j + 1 < ny; j++) vseg.set(j * nx + i, decide(j * nx + i, (j + 1) * nx + i, X.arterial[i]!));

  const nodeAt = new Map<number, number>();
  const inter = (k: number): number => {
    let n = nodeAt.get(k);
    if (n === undefined) {
      const [lng, lat] = frame.toLngLat(px[k]!, py[k]!);
      n = net.addNode(lng, lat);
      nodeAt.set(k, n);
    }
    return n;
  };
  const at = (x: number, y: number, tags?: Tags): number => {
    const [lng, lat] = frame.toLngLat(x, y);
    return net.addNode(lng, lat, tags);
  };
  const attach = (s: Seg, t: number): number => {
    const x = lerp(px[s.a]!, px[s.b]!, t);
    const y = lerp(py[s.a]!, py[s.b]!, t);
    const node = at(x, y);
    s.att.push({ t, node });
    return node;
  };
  /** Nodes along a straight run from (x0,y0) to (x1,y1), ends excluded. */
  const along = (x0: number, y0: number, x1: number, y1: number, step: number): number[] => {
    const len = Math.hypot(x1 - x0, y1 - y0);
    const n = Math.max(0, Math.round(len / step) - 1);
    const out: number[] = [];
    for (let q = 1; q <= n; q++) out.push(at(lerp(x0, x1, q / (n + 1)), lerp(y0, y1, q / (n + 1))));
    return out;
  };

  // Blocks.
  const sites: Site[] = [];
  const parks: number[] = [];
  for (let j = 0; j + 1 < ny; j++)
    for (let i = 0; i + 1 < nx; i++) {
      const k00 = j * nx + i;
      const k10 = k00 + 1;
      const k01 = k00 + nx;
      const k11 = k01 + 1;
      if (!inside[k00] || !inside[k10] || !inside[k01] || !inside[k11]) continue;
      const S = hseg.get(k00)!;
      const N = hseg.get(k01)!;
      const W = vseg.get(k00)!;
      const E = vseg.get(k10)!;
      const corners = [k00, k10, k01, k11];
      const riverIn = spec.river !== null && new Set(corners.map((k) => Math.sign(py[k]! - riverY(px[k]!)))).size > 1;
      const railIn = spec.railway !== null && new Set(corners.map((k) => Math.sign(px[k]! - railX(py[k]!)))).size > 1;
      if (riverIn || railIn) continue;
      const w = Math.hypot(px[k10]! - px[k00]!, py[k10]! - py[k00]!);
      const h = Math.hypot(px[k01]! - px[k00]!, py[k01]! - py[k00]!);
      // Bilinear position inside the block: u west→east, v south→north.
      const P = (u: number, v: number): [number, number] => [
        lerp(lerp(px[k00]!, px[k10]!, u), lerp(px[k01]!, px[k11]!, u), v),
        lerp(lerp(py[k00]!, py[k10]!, u), lerp(py[k01]!, py[k11]!, u), v),
      ];
      const sides = [
        { seg: S, gateAt: (t: number) => [t, 0] as const },
        { seg: N, gateAt: (t: number) => [t, 1] as const },
        { seg: W, gateAt: (t: number) => [0, t] as const },
        { seg: E, gateAt: (t: number) => [1, t] as const },
      ].filter((s) => s.seg.kept && !s.seg.bridge);
      if (sides.length === 0) continue;
      const roll = rng.next();
      const key = `${spec.countyId}:s:${i}:${j}`;
      if (roll < spec.compoundShare) {
        // Gated compound 小区: private ring road, a cross through the centre, 1–3 gates.
        const ax = Math.min(0.2, 14 / w);
        const ay = Math.min(0.2, 14 / h);
        const ring: { node: number; u: number; v: number }[] = [];
        const ringPath: [number, number][] = [
          [ax, ay],
          [1 - ax, ay],
          [1 - ax, 1 - ay],
          [ax, 1 - ay],
        ];
        for (let q = 0; q < 4; q++) {
          const [u0, v0] = ringPath[q]!;
          const [u1, v1] = ringPath[(q + 1) % 4]!;
          const [x0, y0] = P(u0, v0);
          const [x1, y1] = P(u1, v1);
          const len = Math.hypot(x1 - x0, y1 - y0);
          const n = Math.max(1, Math.round(len / INNER_STEP));
          for (let r = 0; r < n; r++) {
            const t = r / n;
            const [x, y] = P(lerp(u0, u1, t), lerp(v0, v1, t));
            ring.push({ node: at(x, y), u: lerp(u0, u1, t), v: lerp(v0, v1, t) });
          }
        }
        const priv: Tags = [
          ['highway', 'service'],
          ['access', 'private'],
        ];
        net.addWay([...ring.map((r) => r.node), ring[0]!.node], priv);
        const nearestRing = (u: number, v: number): number => {
          let best = ring[0]!;
          let bd = Infinity;
          for (const r of ring) {
            const d = (r.u - u) ** 2 * w * w + (r.v - v) ** 2 * h * h;
            if (d < bd) {
              bd = d;
              best = r;
            }
          }
          return best.node;
        };
        const [ccx, ccy] = P(0.5, 0.5);
        const centre = at(ccx, ccy);
        const spoke = (u: number, v: number): void => {
          const [x0, y0] = P(u, v);
          net.addWay([centre, ...along(ccx, ccy, x0, y0, INNER_STEP), nearestRing(u, v)], priv);
        };
        spoke(ax, 0.5);
        spoke(1 - ax, 0.5);
        if (h > 150 || rng.chance(0.5)) {
          spoke(0.5, ay);
          spoke(0.5, 1 - ay);
        }
        const nGates = Math.min(sides.length, rng.chance(0.35) ? 1 : rng.chance(0.6) ? 2 : 3);
        const order = sides.map((s) => [rng.next(), s] as const).sort((p, q) => p[0] - q[0]);
        const gates: number[] = [];
        const entrances: number[] = [];
        for (let g = 0; g < nGates; g++) {
          const side = order[g]![1];
          const t = rng.range(0.3, 0.7);
          const street = attach(side.seg, t);
          const [gu, gv] = side.gateAt(t);
          const iu = gu === 0 ? ax : gu === 1 ? 1 - ax : gu;
          const iv = gv === 0 ? ay : gv === 1 ? 1 - ay : gv;
          const [gx, gy] = P((gu + iu) / 2, (gv + iv) / 2);
          const gate = at(gx, gy, [
            ['barrier', 'gate'],
            ['access', 'private'],
          ]);
          net.addWay([street, gate, nearestRing(iu, iv)], [
            ['highway', 'service'],
            ['access', 'private'],
          ]);
          gates.push(gate);
          entrances.push(street);
        }
        sites.push({ key, kind: 'compound', countyId: spec.countyId, node: centre, entrances, gates, x: ccx, y: ccy, areaM2: Math.round(w * h), cell: [i, j], town: 'seat' });
      } else if (roll < spec.compoundShare + 0.06) {
        // Park: two diagonal footpaths between the corners.
        const [ccx, ccy] = P(0.5, 0.5);
        const mid = at(ccx, ccy);
        const foot: Tags = [['highway', 'footway']];
        net.addWay([inter(k00), ...along(px[k00]!, py[k00]!, ccx, ccy, 40), mid, ...along(ccx, ccy, px[k11]!, py[k11]!, 40), inter(k11)], foot);
        net.addWay([inter(k10), ...along(px[k10]!, py[k10]!, ccx, ccy, 40), mid, ...along(ccx, ccy, px[k01]!, py[k01]!, 40), inter(k01)], foot);
        parks.push(mid);
      } else {
        // Open block: an alley (巷) across it, between two opposite sides when both exist, else a dead end.
        const ew = W.kept && !W.bridge && E.kept && !E.bridge;
        const sn = S.kept && !S.bridge && N.kept && !N.bridge;
        const t = rng.range(0.35, 0.65);
        let a: number;
        let b: number | null;
        let ax0: number, ay0: number, bx0: number, by0: number;
        if (ew && (!sn || rng.chance(0.5))) {
          a = attach(W, t);
          b = attach(E, t);
          [ax0, ay0] = P(0, t);
          [bx0, by0] = P(1, t);
        } else if (sn) {
          a = attach(S, t);
          b = attach(N, t);
          [ax0, ay0] = P(t, 0);
          [bx0, by0] = P(t, 1);
        } else {
          const side = sides[0]!;
          a = attach(side.seg, t);
          b = null;
          const [gu, gv] = side.gateAt(t);
          [ax0, ay0] = P(gu, gv);
          [bx0, by0] = P(0.5, 0.5);
        }
        const [mx, my] = [(ax0 + bx0) / 2, (ay0 + by0) / 2];
        const centre = b === null ? at(bx0, by0) : at(mx, my);
        const alleyTags: Tags = rng.chance(0.5) ? [['highway', 'living_street']] : [['highway', 'service'], ['service', 'alley']];
        const tail = b === null ? [centre] : [centre, ...along(mx, my, bx0, by0, 30), b];
        net.addWay([a, ...along(ax0, ay0, mx, my, 30), ...tail], [...alleyTags, ['name', `${spec.namer()}巷`]]);
        sites.push({ key, kind: 'block', countyId: spec.countyId, node: centre, entrances: b === null ? [a] : [a, b], gates: [], x: mx, y: my, areaM2: Math.round(w * h), cell: [i, j], town: 'seat' });
      }
    }

  // Streets: each grid line becomes ways, broken where a segment is missing; bridges are their own ways.
  const emitLine = (segs: Seg[], arterial: boolean, name: string, main: boolean): void => {
    const highway = arterial ? (main ? 'primary' : 'secondary') : rng.chance(0.25) ? 'tertiary' : 'residential';
    const tags: Tags = [
      ['highway', highway],
      ['name', name],
    ];
    let cur: number[] = [];
    const flush = (): void => {
      net.addWay(cur, tags);
      cur = [];
    };
    for (const s of segs) {
      if (!s.kept) {
        flush();
        continue;
      }
      const a = inter(s.a);
      const b = inter(s.b);
      const len = Math.hypot(px[s.b]! - px[s.a]!, py[s.b]! - py[s.a]!);
      const n = Math.max(0, Math.round(len / STREET_STEP) - 1);
      const pts: { t: number; node: number }[] = [...s.att];
      for (let q = 1; q <= n; q++) {
        const t = q / (n + 1);
        if (s.att.some((x) => Math.abs(x.t - t) * len < 6)) continue;
        const [lng, lat] = frame.toLngLat(lerp(px[s.a]!, px[s.b]!, t), lerp(py[s.a]!, py[s.b]!, t));
        pts.push({ t, node: net.addNode(lng, lat) });
      }
      pts.sort((p, q) => p.t - q.t || p.node - q.node);
      if (s.bridge) {
        flush();
        const btags: Tags = s.bridge === 'river' ? [...tags, ['bridge', 'yes'], ['layer', '1']] : [...tags, ['tunnel', 'yes'], ['layer', '-1']];
        net.addWay([a, ...pts.map((p) => p.node), b], btags);
        continue;
      }
      if (cur.length === 0) cur.push(a);
      cur.push(...pts.map((p) => p.node), b);
    }
    flush();
  };
  const mainRow = Y.pos.reduce((bi, v, i) => (Math.abs(v) < Math.abs(Y.pos[bi]!) && Y.arterial[i] ? i : bi), Y.arterial.indexOf(true));
  const mainCol = X.pos.reduce((bi, v, i) => (Math.abs(v) < Math.abs(X.pos[bi]!) && X.arterial[i] ? i : bi), X.arterial.indexOf(true));
  for (let j = 0; j < ny; j++) {
    const segs: Seg[] = [];
    for (let i = 0; i + 1 < nx; i++) segs.push(hseg.get(j * nx + i)!);
    emitLine(segs, Y.arterial[j]!, `${spec.namer()}${Y.arterial[j] ? '街' : '巷'}`, j === mainRow);
  }
  for (let i = 0; i < nx; i++) {
    const segs: Seg[] = [];
    for (let j = 0; j + 1 < ny; j++) segs.push(vseg.get(j * nx + i)!);
    emitLine(segs, X.arterial[i]!, `${spec.namer()}${X.arterial[i] ? '路' : '巷'}`, i === mainCol);
  }

  // River and railway lines (not walkable), drawn across the town.
  if (spec.river) {
    const pts: number[] = [];
    for (let x = -halfW - 400; x <= halfW + 400; x += 80) pts.push(at(x, riverY(x)));
    net.addWay(pts, [
      ['waterway', 'river'],
      ['name', spec.river],
    ]);
  }
  if (spec.railway) {
    const pts: number[] = [];
    for (let y = -halfH - 400; y <= halfH + 400; y += 100) pts.push(at(railX(y), y));
    net.addWay(pts, [
      ['railway', 'rail'],
      ['name', spec.railway],
    ]);
  }

  // Edge intersections: present nodes with a missing neighbour outward.
  const edgeNodes: Town['edgeNodes'] = [];
  for (const [k, node] of nodeAt) {
    const i = k % nx;
    const j = Math.floor(k / nx);
    if (!X.arterial[i] && !Y.arterial[j]) continue;
    const out = (i === 0 || !inside[k - 1]) || (i === nx - 1 || !inside[k + 1]) || (j === 0 || !inside[k - nx]) || (j === ny - 1 || !inside[k + nx]);
    if (out) edgeNodes.push({ node, x: px[k]!, y: py[k]! });
  }
  edgeNodes.sort((p, q) => p.node - q.node);
  return { spec, frame, sites, edgeNodes, parks };
}

/** The edge node of a town farthest out in a direction (unit vector dx, dy). */
export function edgeToward(town: Town, dx: number, dy: number): { node: number; x: number; y: number } {
  let best = town.edgeNodes[0]!;
  let bs = -Infinity;
  for (const e of town.edgeNodes) {
    const s = e.x * dx + e.y * dy;
    if (s > bs) {
      bs = s;
      best = e;
    }
  }
  return best;
}

/**
 * A country road between two existing nodes, gently winding, nodes every ~150 m.
 * @returns the road's node indexes, ends included
 */
export function addRoad(net: Network, from: number, to: number, tags: Tags, rng: Rng, step = 150): number[] {
  const f = new Frame(net.lng[from]!, net.lat[from]!);
  const [x1, y1] = f.toXY(net.lng[to]!, net.lat[to]!);
  const len = Math.hypot(x1, y1);
  const n = Math.max(0, Math.round(len / step) - 1);
  const amp = Math.min(400, len * 0.04) * rng.range(0.4, 1);
  const waves = rng.int(1, 3);
  const phase = rng.range(0, Math.PI);
  const nxv = -y1 / (len || 1);
  const nyv = x1 / (len || 1);
  const nodes = [from];
  for (let q = 1; q <= n; q++) {
    const t = q / (n + 1);
    const off = amp * Math.sin(Math.PI * t) * Math.sin(waves * Math.PI * t + phase) + rng.range(-8, 8);
    const [lng, lat] = f.toLngLat(x1 * t + nxv * off, y1 * t + nyv * off);
    nodes.push(net.addNode(lng, lat));
  }
  nodes.push(to);
  net.addWay(nodes, tags);
  return nodes;
}

/**
 * A village (村) beside a road node: a lane to its centre and a small grid of lanes around it.
 * @returns the village's site
 */
export function addVillage(net: Network, roadNode: number, frame: Frame, dir: readonly [number, number], key: string, countyId: string, town: number, index: number, rng: Rng): Site {
  const [rx, ry] = frame.toXY(net.lng[roadNode]!, net.lat[roadNode]!);
  const off = rng.range(120, 380);
  const side = rng.chance(0.5) ? 1 : -1;
  const cx = rx - dir[1] * off * side;
  const cy = ry + dir[0] * off * side;
  const at = (x: number, y: number): number => {
    const [lng, lat] = frame.toLngLat(x, y);
    return net.addNode(lng, lat);
  };
  const lane: Tags = [['highway', 'residential']];
  const centre = at(cx, cy);
  const mids: number[] = [];
  const segs = Math.max(1, Math.round(off / 40));
  for (let q = 1; q < segs; q++) mids.push(at(lerp(rx, cx, q / segs), lerp(ry, cy, q / segs)));
  net.addWay([roadNode, ...mids, centre], [['highway', 'unclassified']]);
  // A 3×3 grid of lanes (spacing ~90 m) centred on the village centre.
  const sp = rng.range(70, 110);
  const g: number[][] = [];
  for (let a = -1; a <= 1; a++) {
    const row: number[] = [];
    for (let b = -1; b <= 1; b++) row.push(a === 0 && b === 0 ? centre : at(cx + b * sp + rng.range(-10, 10), cy + a * sp + rng.range(-10, 10)));
    g.push(row);
  }
  const midpoint = (p: number, q: number): number => net.addNode((net.lng[p]! + net.lng[q]!) / 2, (net.lat[p]! + net.lat[q]!) / 2);
  for (let a = 0; a < 3; a++)
    for (let b = 0; b < 2; b++) {
      if (rng.chance(0.15) && a !== 1) continue;
      net.addWay([g[a]![b]!, midpoint(g[a]![b]!, g[a]![b + 1]!), g[a]![b + 1]!], lane);
    }
  for (let b = 0; b < 3; b++)
    for (let a = 0; a < 2; a++) {
      if (rng.chance(0.15) && b !== 1) continue;
      net.addWay([g[a]![b]!, midpoint(g[a]![b]!, g[a + 1]![b]!), g[a + 1]![b]!], lane);
    }
  if (rng.chance(0.4)) net.addWay([g[0]![0]!, at(cx - sp * 1.6, cy - sp * 1.4)], [['highway', 'track']]);
  return { key, kind: 'village', countyId, node: centre, entrances: [roadNode], gates: [], x: cx, y: cy, areaM2: Math.round(4 * sp * sp), cell: [town, index], town };
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Writes the network as OSM XML (version 0.6), ids = index + 1, nodes then ways, in creation order — byte-identical
 * for the same network. Tag values are XML-escaped.
 */
export function toOsmXml(net: Network, note: string): string {
  let minLng = Infinity,
    minLat = Infinity,
    maxLng = -Infinity,
    maxLat = -Infinity;
  for (let i = 0; i < net.nodeCount; i++) {
    minLng = Math.min(minLng, net.lng[i]!);
    maxLng = Math.max(maxLng, net.lng[i]!);
    minLat = Math.min(minLat, net.lat[i]!);
    maxLat = Math.max(maxLat, net.lat[i]!);
  }
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<osm version="0.6" generator="carecircle-demo">\n',
    `  <!-- ${esc(note)} -->\n`,
    `  <bounds minlat="${minLat.toFixed(7)}" minlon="${minLng.toFixed(7)}" maxlat="${maxLat.toFixed(7)}" maxlon="${maxLng.toFixed(7)}"/>\n`,
  ];
  for (let i = 0; i < net.nodeCount; i++) {
    const tags = net.nodeTags.get(i);
    const head = `  <node id="${i + 1}" version="1" lat="${net.lat[i]!.toFixed(7)}" lon="${net.lng[i]!.toFixed(7)}"`;
    if (!tags) out.push(`${head}/>\n`);
    else out.push(`${head}>\n${tags.map(([k, v]) => `    <tag k="${esc(k)}" v="${esc(v)}"/>\n`).join('')}  </node>\n`);
  }
  net.ways.forEach((w, wi) => {
    out.push(`  <way id="${wi + 1}" version="1">\n`);
    for (const n of w.nodes) out.push(`    <nd ref="${n + 1}"/>\n`);
    for (const [k, v] of w.tags) out.push(`    <tag k="${esc(k)}" v="${esc(v)}"/>\n`);
    out.push('  </way>\n');
  });
  out.push('</osm>\n');
  return out.join('');
}
