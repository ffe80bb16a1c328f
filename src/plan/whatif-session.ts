/**
 * One plan's what-if session (情景推演): "the plan, or a base the planner picked, plus one change" — open, close or
 * move a site, or change its places — answered from the incremental counters of {@link WhatIf} over a stored
 * {@link PlanState}. Every answer starts from the base again (changes never accumulate), so a session can be kept
 * and shared by many requests.
 */
import { invalid } from '../shared/errors.ts';
import { stateCoverage, type PlanState } from './state.ts';
import { SiteStatus } from './types.ts';
import { WhatIf, type WhatIfState } from './whatif.ts';

/** The base of a what-if: which candidates are open and which existing facilities are closed. */
export interface WhatIfBase {
  /** Candidate ids open in the base (default: the plan's new sites). */
  open?: readonly string[] | undefined;
  /** Existing facility ids closed in the base (default: the plan's closures). */
  closed?: readonly string[] | undefined;
}

/** One change against the base. */
export interface SiteChange {
  action: 'open' | 'close' | 'move' | 'places';
  site: string;
  /** move: the site to move to. */
  to?: string | undefined;
  /** places: the new places. */
  places?: number | undefined;
}

/** Coverage and places of an open set. */
export interface WhatIfFigure {
  /** Children 0–3 within the limit of an open site. */
  covered: number;
  share: number;
  /** Places of the open sites. */
  places: number;
  /** Children served under the equal-split allocation (see whatif.ts), 3 decimals. */
  served: number;
  openSites: number;
}

/** Before, after and the difference. */
export interface WhatIfAnswer {
  before: WhatIfFigure;
  after: WhatIfFigure;
  delta: { covered: number; share: number; places: number; served: number };
  /** Time of the change on the counters, ms (3 decimals). */
  ms: number;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const figure = (s: WhatIfState): WhatIfFigure => ({ covered: s.covered, share: s.coveredShare, places: s.places, served: r3(s.served), openSites: s.openSites });

/** What-ifs over one plan state. */
export class WhatIfSession {
  readonly #state: PlanState;
  readonly #counters: WhatIf;
  readonly #index: Map<string, number>;
  /** The plan's new sites and closures (the default base). */
  readonly #opened: Set<string>;
  readonly #closed: Set<string>;

  /**
   * @param state - a decoded plan state (its open set is the plan)
   */
  constructor(state: PlanState) {
    this.#state = state;
    const p = state.problem;
    this.#index = new Map(p.siteIds.map((id, j) => [id, j]));
    this.#opened = new Set(p.siteIds.filter((_, j) => p.status[j] === SiteStatus.candidate && state.open[j]));
    this.#closed = new Set(p.siteIds.filter((_, j) => p.status[j] !== SiteStatus.candidate && !state.open[j]));
    this.#counters = new WhatIf(stateCoverage(state), state.open, p.places);
  }

  /** Bytes the session holds, roughly (for a cache's budget): the state's arrays and ids, the coverage, the counters. */
  get bytes(): number {
    const p = this.#state.problem;
    const n = p.demandIds.length;
    const m = p.siteIds.length;
    let covered = 0;
    for (let i = 0; i < n; i++) covered += this.#state.within[i]!;
    const arrays = p.rowSite.byteLength + p.rowCost.byteLength + p.rowStart.byteLength + this.#state.within.byteLength + p.weights.byteLength + (p.places?.byteLength ?? 0) + 2 * m;
    return arrays + 64 * (n + m) + 8 * covered + 8 * (n + m) + 4 * n + 17 * m;
  }

  #site(id: string, field: string): number {
    const j = this.#index.get(id);
    if (j === undefined) throw invalid(field, `site "${id}" is neither a candidate nor an existing facility of this plan`, 'unknown_site', { id });
    return j;
  }

  /**
   * Sets the base, applies one change, reports before and after, and returns to the base.
   * @param base - candidates open and facilities closed (defaults: the plan)
   * @param change - the change
   * @param now - a clock in ms, for the reported time of the change (performance.now)
   */
  apply(base: WhatIfBase, change: SiteChange, now: () => number): WhatIfAnswer {
    const p = this.#state.problem;
    const w = this.#counters;
    const openIds = new Set(base.open ?? this.#opened);
    const closedIds = new Set(base.closed ?? this.#closed);
    for (const id of openIds) this.#site(id, 'open');
    for (const id of closedIds) this.#site(id, 'closed');
    const j = this.#site(change.site, 'change.site');
    const k = change.action === 'move' ? (change.to ? this.#site(change.to, 'change.to') : -1) : -1;
    if (change.action === 'move' && k < 0) throw invalid('change.to', 'a move needs the site to move to', 'required');
    if (change.action === 'places' && change.places === undefined) throw invalid('change.places', 'a places change needs the new places', 'required');
    for (let s = 0; s < p.siteIds.length; s++) {
      const id = p.siteIds[s]!;
      const want = p.status[s] === SiteStatus.candidate ? openIds.has(id) : !closedIds.has(id);
      if (want !== w.isOpen(s)) {
        if (want) w.open(s);
        else w.close(s);
      }
    }
    const before = w.state();
    const wasOpen = w.isOpen(j);
    if (change.action === 'move') {
      if (!wasOpen) throw invalid('change.site', `site "${change.site}" is not open in the base`, 'not_open', { id: change.site });
      if (w.isOpen(k)) throw invalid('change.to', `site "${change.to}" is already open`, 'already_open', { id: change.to! });
    }
    const t0 = now();
    switch (change.action) {
      case 'open':
        w.open(j);
        break;
      case 'close':
        w.close(j);
        break;
      case 'move':
        w.move(j, k);
        break;
      case 'places':
        w.setPlaces(j, change.places!);
        break;
    }
    const after = w.state();
    const ms = now() - t0;
    // back to the base, so every answer is "base + one change"
    if (change.action === 'places') w.setPlaces(j, p.places ? p.places[j]! : Infinity);
    if (k >= 0) w.close(k);
    if (wasOpen !== w.isOpen(j)) {
      if (wasOpen) w.open(j);
      else w.close(j);
    }
    return {
      before: figure(before),
      after: figure(after),
      delta: { covered: after.covered - before.covered, share: after.coveredShare - before.coveredShare, places: after.places - before.places, served: r3(after.served - before.served) },
      ms: r3(ms),
    };
  }
}
