/**
 * What-if planning (情景推演): open, close or move one site, or change its places, and see coverage change at once —
 * incremental counters on the coverage CSR, no re-solve. Per change the work is Σ over the demands the site reaches
 * of their covering-site count, i.e. microseconds to a few milliseconds on a city (20k demands × 500 sites).
 *
 * Two figures are kept:
 * - `covered`: demand weight within the limit of at least one open site (exact);
 * - `served`: places actually usable under an equal-split allocation — every covered demand splits its weight
 *   equally over the open sites reaching it and each site serves at most its places. This is a feasible allocation,
 *   so it is a lower bound of the best capacitated service (the exact figure needs a max-flow: `evaluatePlan`).
 */
import { invalid } from '../shared/errors.ts';
import { coverageOf, type Coverage } from './problem.ts';
import type { Problem } from './types.ts';

/** The state after a change. */
export interface WhatIfState {
  /** Weight within the limit of an open site. */
  covered: number;
  /** covered ÷ total weight. */
  coveredShare: number;
  /** Demand points covered. */
  coveredDemands: number;
  /** Open sites. */
  openSites: number;
  /** Places of the open sites. */
  places: number;
  /** Equal-split served weight (see the module comment); equals `covered` when places are unlimited. */
  served: number;
}

/** A change's effect: the new state and the differences. */
export interface WhatIfChange extends WhatIfState {
  coveredDelta: number;
  servedDelta: number;
}

/** Incremental what-if counters over one coverage structure. */
export class WhatIf {
  readonly #cov: Coverage;
  readonly #open: Uint8Array;
  readonly #count: Int32Array;
  readonly #places: Float64Array;
  readonly #share: Float64Array;
  readonly #total: number;
  #covered = 0;
  #coveredDemands = 0;
  #openSites = 0;
  #openPlaces = 0;
  #served = 0;

  /**
   * @param cov - coverage sets (see `coverageOf`)
   * @param open - initially open sites (indices or a 0/1 array)
   * @param places - places per site; omitted = unlimited
   */
  constructor(cov: Coverage, open: Uint8Array | Iterable<number> = [], places?: Float64Array | null) {
    this.#cov = cov;
    this.#open = new Uint8Array(cov.nSites);
    this.#count = new Int32Array(cov.nDemands);
    this.#places = places ? places.slice() : new Float64Array(cov.nSites).fill(Infinity);
    this.#share = new Float64Array(cov.nSites);
    let t = 0;
    for (let i = 0; i < cov.nDemands; i++) t += cov.weights[i]!;
    this.#total = t;
    if (open instanceof Uint8Array) {
      for (let j = 0; j < open.length; j++) if (open[j]) this.open(j);
    } else for (const j of open) this.open(j);
  }

  /**
   * A what-if over a problem's pairs within `maxCost`.
   * @param problem - the instance
   * @param maxCost - inclusive limit
   * @param open - initially open sites
   */
  static forProblem(problem: Problem, maxCost: number, open: Uint8Array | Iterable<number> = []): WhatIf {
    return new WhatIf(coverageOf(problem, maxCost), open, problem.places);
  }

  /** Is site j open? */
  isOpen(j: number): boolean {
    return this.#open[j] === 1;
  }

  /** The current state. */
  state(): WhatIfState {
    return {
      covered: this.#covered,
      coveredShare: this.#total > 0 ? this.#covered / this.#total : 0,
      coveredDemands: this.#coveredDemands,
      openSites: this.#openSites,
      places: this.#openPlaces,
      served: this.#served,
    };
  }

  #check(j: number): void {
    if (!(Number.isInteger(j) && j >= 0 && j < this.#cov.nSites)) throw invalid('site', `site index ${j} out of range 0..${this.#cov.nSites - 1}`);
  }

  #change(covered0: number, served0: number): WhatIfChange {
    const s = this.state();
    return { ...s, coveredDelta: s.covered - covered0, servedDelta: s.served - served0 };
  }

  #setShare(k: number, v: number): void {
    const p = this.#places[k]!;
    const old = this.#share[k]!;
    this.#served += Math.min(p, v) - Math.min(p, old);
    this.#share[k] = v;
  }

  /**
   * Opens site j (no-op when open).
   * @param j - site index
   */
  open(j: number): WhatIfChange {
    this.#check(j);
    const c0 = this.#covered;
    const s0 = this.#served;
    if (this.#open[j]) return this.#change(c0, s0);
    const { siteStart, siteDemand, demandStart, demandSite, weights } = this.#cov;
    let mine = 0;
    for (let x = siteStart[j]!; x < siteStart[j + 1]!; x++) {
      const i = siteDemand[x]!;
      const w = weights[i]!;
      const old = this.#count[i]!;
      const now = old + 1;
      this.#count[i] = now;
      mine += w / now;
      if (old === 0) {
        this.#covered += w;
        this.#coveredDemands++;
        continue;
      }
      const d = w / now - w / old;
      for (let y = demandStart[i]!; y < demandStart[i + 1]!; y++) {
        const k = demandSite[y]!;
        if (this.#open[k]) this.#setShare(k, this.#share[k]! + d);
      }
    }
    this.#open[j] = 1;
    this.#openSites++;
    if (this.#places[j]! < Infinity) this.#openPlaces += this.#places[j]!;
    this.#share[j] = 0;
    this.#setShare(j, mine);
    return this.#change(c0, s0);
  }

  /**
   * Closes site j (no-op when closed).
   * @param j - site index
   */
  close(j: number): WhatIfChange {
    this.#check(j);
    const c0 = this.#covered;
    const s0 = this.#served;
    if (!this.#open[j]) return this.#change(c0, s0);
    this.#open[j] = 0;
    this.#openSites--;
    if (this.#places[j]! < Infinity) this.#openPlaces -= this.#places[j]!;
    this.#setShare(j, 0);
    const { siteStart, siteDemand, demandStart, demandSite, weights } = this.#cov;
    for (let x = siteStart[j]!; x < siteStart[j + 1]!; x++) {
      const i = siteDemand[x]!;
      const w = weights[i]!;
      const old = this.#count[i]!;
      const now = old - 1;
      this.#count[i] = now;
      if (now === 0) {
        this.#covered -= w;
        this.#coveredDemands--;
        continue;
      }
      const d = w / now - w / old;
      for (let y = demandStart[i]!; y < demandStart[i + 1]!; y++) {
        const k = demandSite[y]!;
        if (this.#open[k]) this.#setShare(k, this.#share[k]! + d);
      }
    }
    return this.#change(c0, s0);
  }

  /**
   * Moves a site: closes `from` and opens `to`, reporting the combined change.
   * @param from - open site index
   * @param to - closed site index
   */
  move(from: number, to: number): WhatIfChange {
    const c0 = this.#covered;
    const s0 = this.#served;
    this.close(from);
    this.open(to);
    return this.#change(c0, s0);
  }

  /**
   * Changes the places of site j (open or not).
   * @param j - site index
   * @param places - new places, ≥ 0
   */
  setPlaces(j: number, places: number): WhatIfChange {
    this.#check(j);
    if (!(places >= 0)) throw invalid('places', `places must be ≥ 0, got ${places}`);
    const c0 = this.#covered;
    const s0 = this.#served;
    const old = this.#places[j]!;
    if (this.#open[j]) {
      const sh = this.#share[j]!;
      this.#served += Math.min(places, sh) - Math.min(old, sh);
      if (old < Infinity) this.#openPlaces -= old;
      if (places < Infinity) this.#openPlaces += places;
    }
    this.#places[j] = places;
    return this.#change(c0, s0);
  }
}
