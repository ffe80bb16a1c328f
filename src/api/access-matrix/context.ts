/**
 * What every probe of the access matrix works with: the app on a fresh test database with the registry fixture, one
 * logged-in client per principal, and helpers to make throwaway rows. Feature probe modules may add their own
 * fixture rows in `setup`.
 */
import { expect } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { Client, type Res } from '../../../test/http.ts';
import { A, facilityInput, PASSWORD, seedRegistry, USERNAMES, type RegistryFixture } from '../../../test/registry-fixture.ts';
import { facilityInputSchema } from '../../care/facility.ts';
import { AuthStore, callerOf, PRINCIPALS, reposFor, systemCaller, type Principal, type Repos, type Resource } from '../../db/repos/index.ts';

/** How a probe's "other" target is refused when out of scope (see matrix.int.test.ts). */
export type ProbeKind = 'target' | 'scope' | 'list';

export interface Probe {
  name: string;
  kind: ProbeKind;
  /** The success status. */
  ok: number;
  own: (c: Client, who: Principal) => Promise<Res>;
  /** The same request aimed at something out of the caller's scope; absent when the scope has no "other" (a row the caller creates for themselves, e.g. adding their own child). */
  other?: (c: Client, who: Principal) => Promise<Res>;
  /** For list probes: whether the own and the other row are in the answer. */
  visible?: (r: Res) => { own: boolean; other: boolean };
}

export type Probes = Partial<Record<Resource, Record<string, Probe[]>>>;

/** A feature's probes: rows it needs (once), then its probes per resource and action. */
export interface ProbeModule {
  setup?: (ctx: MatrixContext) => Promise<void>;
  probes: (ctx: MatrixContext) => Probes;
}

export class MatrixContext {
  t!: TestDb;
  fx!: RegistryFixture;
  app!: ReturnType<typeof createApp>;
  readonly clients = new Map<Principal, Client>();
  /** A counter for unique names. */
  n = 0;

  async init(): Promise<void> {
    this.t = await createTestDb();
    this.fx = await seedRegistry(this.t.db);
    this.app = createApp({ db: this.t.db, webRoot: null });
    for (const w of PRINCIPALS) {
      const c = new Client(this.app);
      if (w !== 'anonymous') expect((await c.login(USERNAMES[w], PASSWORD)).status).toBe(200);
      this.clients.set(w, c);
    }
  }

  client(who: Principal): Client {
    return this.clients.get(who)!;
  }

  /** Repositories of the system caller (fixtures). */
  system(): Repos {
    return reposFor(this.t.db, systemCaller('test'));
  }

  /** Repositories of a fixture user. */
  async as(role: Exclude<Principal, 'anonymous'>): Promise<Repos> {
    return reposFor(this.t.db, callerOf((await new AuthStore(this.t.db).findByUsername(USERNAMES[role]))!));
  }

  /** A throwaway community point in county A ("own" for the district official) or B ("other"). */
  async scratchFacility(division: string): Promise<string> {
    const n = ++this.n;
    const f = await this.system().facilities.create(facilityInputSchema.parse(facilityInput({ name: `矩阵测试点${n}`, divisionId: division, filingNumber: `M${n}` })));
    return f.id;
  }

  /** The facility a director or teacher may edit (their own), or a scratch one in county A. */
  async ownFacility(who: Principal): Promise<string> {
    return who === 'director' || who === 'teacher' ? this.fx.pointA : this.scratchFacility(A);
  }
}
