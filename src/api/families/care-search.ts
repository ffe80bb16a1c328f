/**
 * Finding care (查找托位): facilities ordered by walking minutes from a home over the street network (src/access),
 * with free places for the child's age band from the wanted start date, fees (and the fee after subsidy), services,
 * hours, medical partner and the carers' qualifications in aggregate.
 *
 * Fast by construction (bench/families): the registry's catalogue and the facilities' positions on the network are
 * kept per catalogue version (checked at most every few seconds); a search snaps the home, runs one bounded Dijkstra
 * from it on the main thread (a 15-minute walk reaches a few thousand nodes: well under a millisecond, cheaper than a
 * worker round trip), and reads only the live free places of the classes in reach in one query.
 */
import { buildSnapIndex, forEachWithin, metersPerMinute, snapPoints, type Graph, type SnapIndex, type SnappedPoints } from '../../access/index.ts';
import { ageInMonths, bandsForAge } from '../../care/age.ts';
import { feeAfterSubsidy, feePolicyOn } from '../../care/fees.ts';
import { policyOn, PLANNING_POLICY, type ClassBand } from '../../care/policy.ts';
import type { ServiceMode } from '../../care/facility.ts';
import type { CatalogueFacility, CareSearchRepo } from '../../db/repos/index.ts';
import { cityToday } from '../../shared/city-day.ts';
import { AppError } from '../../shared/errors.ts';

/** What the search needs of the loaded city: its walking graph. */
export interface WalkNetwork {
  graph: Graph;
}

export interface CareQuery {
  lng: number;
  lat: number;
  birthDate?: string;
  startDate?: string;
  mode?: ServiceMode;
  minutes: number;
  speedKmh?: number;
  maxFee?: number;
  affordableOnly?: boolean;
}

export interface CareResult {
  facilityId: string;
  name: string;
  minutes: number;
  meters: number;
  freePlaces: number;
  modes: ServiceMode[];
  monthlyFee: number | null;
  feeAfterSubsidy: number | null;
  hourlyPrice: { mode: 'temporary' | 'hourly'; price: number; unit: 'month' | 'day' | 'half_day' | 'hour' } | null;
  ownership: CatalogueFacility['ownership'];
  affordable: boolean;
  tier: CatalogueFacility['tier'];
  address: string;
  divisionId: string;
  location: { lng: number; lat: number };
  openingHours: CatalogueFacility['openingHours'];
  medicalPartner: string | null;
  bands: ClassBand[];
  staff: CatalogueFacility['staff'];
}

export interface CareAnswer {
  params: { lng: number; lat: number; minutes: number; speedKmh: number; startDate: string; birthDate: string | null; mode: ServiceMode | null };
  /** The child's age at the start date and the bands that take it (null without a birth date). */
  ageMonths: number | null;
  bands: ClassBand[] | null;
  results: CareResult[];
}

/** Snapped points grouped by graph node (the targets' CSR for a bounded search from one source). */
function groupByNode(g: Graph, pts: SnappedPoints): { offsets: Int32Array; points: Int32Array } {
  const cnt = new Int32Array(g.nodeCount + 1);
  for (let i = 0; i < pts.count; i++) {
    if (pts.edge[i]! < 0) continue;
    cnt[pts.u[i]! + 1]!++;
    cnt[pts.v[i]! + 1]!++;
  }
  for (let i = 0; i < g.nodeCount; i++) cnt[i + 1]! += cnt[i]!;
  const fill = cnt.slice(0, g.nodeCount);
  const points = new Int32Array(cnt[g.nodeCount]!);
  for (let i = 0; i < pts.count; i++) {
    if (pts.edge[i]! < 0) continue;
    points[fill[pts.u[i]!]!++] = i;
    points[fill[pts.v[i]!]!++] = i;
  }
  return { offsets: cnt, points };
}

interface Snapshot {
  version: string;
  checkedAt: number;
  facilities: CatalogueFacility[];
  snapped: SnappedPoints;
  byNode: { offsets: Int32Array; points: Int32Array };
}

/** How long a catalogue version is trusted before it is checked again (ms). */
const CHECK_EVERY_MS = 3000;

/** The search over one city's network: keeps the snap index and the catalogue snapped to the network. */
export class CareSearch {
  readonly #network: () => WalkNetwork | null;
  #index: { graph: Graph; index: SnapIndex } | null = null;
  #snap: Promise<Snapshot> | null = null;
  #snapGraph: Graph | null = null;

  constructor(network: () => WalkNetwork | null) {
    this.#network = network;
  }

  #need(): WalkNetwork {
    const n = this.#network();
    if (!n) throw new AppError('unavailable', 'no walking network is loaded (start with `carecircle demo`, or `carecircle serve --osm FILE`)');
    return n;
  }

  #indexOf(g: Graph): SnapIndex {
    if (this.#index?.graph !== g) this.#index = { graph: g, index: buildSnapIndex(g) };
    return this.#index.index;
  }

  async #snapshot(repo: CareSearchRepo, g: Graph): Promise<Snapshot> {
    const build = async (version: string): Promise<Snapshot> => {
      const facilities = await repo.catalogue();
      const snapped = snapPoints(this.#indexOf(g), facilities.map((f) => [f.lng, f.lat] as const));
      return { version, checkedAt: Date.now(), facilities, snapped, byNode: groupByNode(g, snapped) };
    };
    if (!this.#snap || this.#snapGraph !== g) {
      this.#snapGraph = g;
      const first = repo.catalogueVersion().then(build);
      this.#snap = first;
      first.catch(() => (this.#snap = null));
      return first;
    }
    const cur = await this.#snap;
    if (Date.now() - cur.checkedAt < CHECK_EVERY_MS) return cur;
    cur.checkedAt = Date.now();
    const version = await repo.catalogueVersion();
    if (version === cur.version) return cur;
    const next = build(version);
    this.#snap = next;
    next.catch(() => (this.#snap = null));
    return next;
  }

  /**
   * Walking metres from a home to given points (null: beyond `capMeters`, unreachable, or too far from a street).
   * @param capMeters - stop the search there (default 60 minutes at 4 km/h)
   */
  walkMeters(home: { lng: number; lat: number }, to: ReadonlyArray<{ lng: number; lat: number }>, capMeters = 60 * metersPerMinute(PLANNING_POLICY.walkSpeedKmh)): Array<number | null> {
    const n = this.#network();
    if (!n || to.length === 0) return to.map(() => null);
    const idx = this.#indexOf(n.graph);
    const src = snapPoints(idx, [[home.lng, home.lat]]);
    const dst = snapPoints(idx, to.map((p) => [p.lng, p.lat] as const));
    const out: Array<number | null> = to.map(() => null);
    forEachWithin(n.graph, src, 0, dst, groupByNode(n.graph, dst), capMeters, (t, m) => {
      out[t] = Math.round(m * 10) / 10;
    });
    return out;
  }

  /** Facilities within `minutes` of a home, by walking minutes (then name). */
  async search(repo: CareSearchRepo, q: CareQuery): Promise<CareAnswer> {
    const n = this.#need();
    const speedKmh = q.speedKmh ?? PLANNING_POLICY.walkSpeedKmh;
    const snap = await this.#snapshot(repo, n.graph);
    // Without a start date the age is taken today; the day only moves the band at a birthday, so the process's
    // date in the city's zone is good enough to choose the classes (the free places are counted from the database's).
    const startDate = q.startDate ?? cityToday();
    const care = policyOn(startDate);
    const ageMonths = q.birthDate ? ageInMonths(q.birthDate, startDate) : null;
    const bands = ageMonths === null ? null : bandsForAge(ageMonths, care);
    const limit = q.minutes * metersPerMinute(speedKmh);
    const home = snapPoints(this.#indexOf(n.graph), [[q.lng, q.lat]]);
    const reach: Array<{ f: CatalogueFacility; meters: number }> = [];
    forEachWithin(n.graph, home, 0, snap.snapped, snap.byNode, limit, (t, m) => {
      reach.push({ f: snap.facilities[t]!, meters: m });
    });
    const wantMode = q.mode ?? null;
    const monthlyMode: 'full_day' | 'half_day' = wantMode === 'half_day' ? 'half_day' : 'full_day';
    const candidates = reach.filter(({ f }) => {
      if (wantMode && !f.services.some((s) => s.mode === wantMode)) return false;
      if (q.affordableOnly && f.ownership === 'market') return false;
      return true;
    });
    const fitting = (f: CatalogueFacility) => f.classes.filter((c) => bands === null || bands.includes(c.band));
    const counted = await repo.freeFrom(candidates.flatMap(({ f }) => fitting(f).map((c) => c.id)), q.startDate ?? null);
    const free = counted.free;
    const fees = feePolicyOn(startDate);
    const results: CareResult[] = [];
    for (const { f, meters } of candidates) {
      const classes = fitting(f);
      const listed = f.services.find((s) => s.mode === monthlyMode && s.unit === 'month')?.price ?? null;
      let monthlyFee: number | null = null;
      let after: number | null = null;
      if (listed !== null || classes.some((c) => c.fees[monthlyMode] !== undefined)) {
        const perClass = (classes.length ? classes : f.classes).map((c) => ({ band: c.band, fee: c.fees[monthlyMode] ?? listed })).filter((x): x is { band: ClassBand; fee: number } => x.fee !== null);
        const cheapest = perClass.sort((a, b) => a.fee - b.fee)[0];
        if (cheapest) {
          monthlyFee = cheapest.fee;
          after = feeAfterSubsidy(f, cheapest.fee, cheapest.band, fees);
        }
      }
      if (q.maxFee !== undefined && (monthlyFee === null || monthlyFee > q.maxFee) && wantMode !== 'temporary' && wantMode !== 'hourly') continue;
      const hourly = f.services.find((s) => s.mode === (wantMode === 'hourly' ? 'hourly' : 'temporary')) ?? f.services.find((s) => s.mode === 'temporary' || s.mode === 'hourly');
      results.push({
        facilityId: f.id,
        name: f.name,
        minutes: Math.round((meters / metersPerMinute(speedKmh)) * 10) / 10,
        meters: Math.round(meters),
        freePlaces: classes.reduce((s, c) => s + (free.get(c.id) ?? 0), 0),
        modes: f.services.map((s) => s.mode),
        monthlyFee,
        feeAfterSubsidy: after,
        hourlyPrice: hourly ? { mode: hourly.mode as 'temporary' | 'hourly', price: hourly.price, unit: hourly.unit } : null,
        ownership: f.ownership,
        affordable: f.ownership !== 'market',
        tier: f.tier,
        address: f.address,
        divisionId: f.divisionId,
        location: { lng: f.lng, lat: f.lat },
        openingHours: f.openingHours,
        medicalPartner: f.medicalPartner,
        bands: [...new Set(classes.map((c) => c.band))],
        staff: f.staff,
      });
    }
    results.sort((a, b) => a.meters - b.meters || a.name.localeCompare(b.name, 'zh-CN') || (a.facilityId < b.facilityId ? -1 : 1));
    return { params: { lng: q.lng, lat: q.lat, minutes: q.minutes, speedKmh, startDate: counted.from, birthDate: q.birthDate ?? null, mode: wantMode }, ageMonths, bands, results };
  }
}
