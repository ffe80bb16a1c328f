/**
 * Applications for full-day or half-day care (入托申请): up to three ranked facilities, a mode and a start date,
 * checked against the child's age at the start date and each facility's classes and services. Each choice carries
 * the facts the waiting-list policy reads (walking metres from home, residence), taken when the family applies; the
 * positions are derived each time from the rows (waitlist.ts).
 */
import { sql } from 'kysely';
import { admissionPolicyOn, latestStartDate } from '../../../care/admission.ts';
import { ageInMonths, bandsForAge } from '../../../care/age.ts';
import { policyOn, type ClassBand } from '../../../care/policy.ts';
import type { ServiceMode } from '../../../care/facility.ts';
import { AppError, issue, type FieldIssue } from '../../../shared/errors.ts';
import { col, val, type Access } from '../../access/scope.ts';
import type { Db } from '../../pool.ts';
import { audit } from '../audit.ts';
import type { Page } from '../children.ts';
import { isUuid } from '../ids.ts';
import { notify } from '../notify.ts';
import { childFacts, dbClock, directorsOf, guardiansOf, requireConsent } from './common.ts';
import { dropOfferReminders, offerNext } from './offer-write.ts';
import { listOffers, type OfferView } from './offer-read.ts';
import { waitlistAt, type Placing } from './waitlist.ts';

/** Walking metres from a home to facilities over the street network (null: unknown or unreachable). */
export type WalkMeters = (home: { lng: number; lat: number }, to: ReadonlyArray<{ id: string; lng: number; lat: number }>) => Array<number | null>;

export interface NewApplication {
  childId: string;
  mode: 'full_day' | 'half_day';
  startDate: string;
  choices: string[];
  dualWorking?: boolean;
  singleParent?: boolean;
}

export interface ChoiceView {
  rank: number;
  facilityId: string;
  facilityName: string;
  status: 'waiting' | 'offered' | 'declined' | 'withdrawn' | 'placed';
  walkMeters: number | null;
  resident: boolean;
  /** The family's place on the facility's waiting list (while waiting or offered). */
  placing: Placing | null;
}

export interface ApplicationView {
  id: string;
  childId: string;
  childName: string;
  birthDate: string;
  mode: 'full_day' | 'half_day';
  startDate: string;
  status: 'open' | 'placed' | 'withdrawn';
  appliedOn: string;
  dualWorking: boolean;
  singleParent: boolean;
  createdAt: string;
  choices: ChoiceView[];
  /** The offers made to it that the caller may see, newest first. */
  offers: OfferView[];
}

/** The community (社区) of the residential compound nearest a point within 500 m (null: none on record). */
const communityNear = (lng: number | string | ReturnType<typeof sql>, lat: number | string | ReturnType<typeof sql>) => sql<string | null>`(
  SELECT rc.community_id FROM residential_compounds rc
  WHERE abs(rc.lng - ${lng}) < 0.006 AND abs(rc.lat - ${lat}) < 0.0045
  ORDER BY (rc.lng - ${lng}) ^ 2 * cos(radians(${lat})) ^ 2 + (rc.lat - ${lat}) ^ 2 LIMIT 1)`;

export class ApplicationRepo {
  readonly #db: Db;
  readonly #access: Access;
  constructor(db: Db, access: Access) {
    this.#db = db;
    this.#access = access;
  }

  /**
   * Files an application: the start date (today or later, within the policy's horizon), up to the policy's number
   * of distinct choices, each offering the mode and a class that takes the child at the start date; one open
   * application per child and mode. Families and the facilities' directors are told.
   * @param walk - walking metres from the child's home to the chosen facilities
   */
  async create(input: NewApplication, walk: WalkMeters | null): Promise<ApplicationView> {
    if (!this.#access.reachesRows('application', 'create')) throw this.#access.refusal('application', 'create');
    if (!isUuid(input.childId)) throw new AppError('not_found', `child ${input.childId} not found`, { field: 'childId' });
    const id = await this.#db.tx(async (trx) => {
      await this.#access.check(trx, 'application', 'create', { child: val(input.childId) }, { readAs: 'child', what: `child ${input.childId}` });
      const clock = await dbClock(trx);
      const policy = admissionPolicyOn(clock.today);
      const issues: FieldIssue[] = [];
      if (input.startDate < clock.today) issues.push(issue('startDate', 'in_past', `the start date ${input.startDate} is in the past`));
      else if (input.startDate > latestStartDate(clock.today, policy)) issues.push(issue('startDate', 'start_too_late', `the start date may be at most ${policy.maxStartMonthsAhead} months ahead`, { latest: latestStartDate(clock.today, policy) }));
      if (input.choices.length > policy.maxChoices) issues.push(issue('choices', 'too_many', `an application names at most ${policy.maxChoices} facilities`, { maximum: policy.maxChoices }));
      input.choices.forEach((f, i) => {
        if (input.choices.indexOf(f) !== i) issues.push(issue(`choices.${i}`, 'duplicate_choice', `facility ${f} is chosen twice`, { facilityId: f }));
      });
      if (issues.length) throw new AppError('invalid', issues.map((x) => `${x.field}: ${x.message}`).join('; '), { issues });
      await requireConsent(trx, input.childId);
      const child = await childFacts(trx, input.childId);
      const care = policyOn(input.startDate);
      const months = ageInMonths(child.birthDate, input.startDate);
      const bands = bandsForAge(months, care);
      const facilities = await trx
        .selectFrom('facilities as f')
        .select(['f.id', 'f.name', 'f.lng', 'f.lat', 'f.services'])
        .select((eb) => eb.selectFrom('classes as c').select(sql<ClassBand[]>`array_agg(DISTINCT c.band)`.as('b')).whereRef('c.facility_id', '=', 'f.id').where('c.archived_at', 'is', null).as('bands'))
        .where('f.id', 'in', input.choices.filter(isUuid).length ? input.choices.filter(isUuid) : ['00000000-0000-0000-0000-000000000000'])
        .where('f.archived_at', 'is', null)
        .execute();
      const byId = new Map(facilities.map((f) => [f.id, f]));
      input.choices.forEach((fid, i) => {
        const f = byId.get(fid);
        if (!f) return void issues.push(issue(`choices.${i}`, 'unknown_reference', `facility ${fid} not found`, { id: fid }));
        const services = (f.services ?? []) as Array<{ mode: ServiceMode }>;
        if (!services.some((s) => s.mode === input.mode)) issues.push(issue(`choices.${i}`, 'mode_not_offered', `${f.name} does not offer ${input.mode} care`, { mode: input.mode }));
        else if (!(f.bands ?? []).some((b) => bands.includes(b))) issues.push(issue(`choices.${i}`, 'no_class_for_age', `${f.name} has no class for a child of ${months} months at ${input.startDate}`, { ageMonths: months }));
      });
      if (issues.length) throw new AppError('invalid', issues.map((x) => `${x.field}: ${x.message}`).join('; '), { issues });
      const open = await trx.selectFrom('applications').select('id').where('child_id', '=', input.childId).where('mode', '=', input.mode).where('status', '=', 'open').executeTakeFirst();
      if (open) throw new AppError('conflict', `the child already has an open ${input.mode} application (${open.id}); withdraw it first`, { field: 'mode', code: 'duplicate', params: { applicationId: open.id } });
      const home = child.homeLng !== null && child.homeLat !== null ? { lng: child.homeLng, lat: child.homeLat } : null;
      const ordered = input.choices.map((fid) => byId.get(fid)!);
      const meters = home && walk ? walk(home, ordered.map((f) => ({ id: f.id, lng: f.lng, lat: f.lat }))) : ordered.map(() => null);
      const residence = home
        ? await sql<{ id: string; resident: boolean }>`SELECT f.id, COALESCE(${communityNear(sql`f.lng`, sql`f.lat`)} = ${communityNear(home.lng, home.lat)}, false) AS resident
            FROM facilities f WHERE f.id = ANY(${input.choices}::uuid[])`.execute(trx)
        : { rows: [] as Array<{ id: string; resident: boolean }> };
      const resident = new Map(residence.rows.map((r) => [r.id, r.resident]));
      const caller = this.#access.caller;
      const { id } = await trx
        .insertInto('applications')
        .values({ child_id: input.childId, mode: input.mode, start_date: input.startDate, dual_working: input.dualWorking ?? false, single_parent: input.singleParent ?? false, created_by: caller.kind === 'user' ? caller.userId : null })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('application_choices')
        .values(ordered.map((f, i) => ({ application_id: id, rank: i + 1, facility_id: f.id, walk_meters: meters[i] ?? null, resident: resident.get(f.id) ?? false })))
        .execute();
      const guardians = await guardiansOf(trx, input.childId);
      const notices = guardians.map((g) => ({ userId: g.userId, template: 'application_received', params: { applicationId: id, childId: input.childId, startDate: input.startDate, choices: ordered.length } }));
      for (const f of ordered) for (const d of await directorsOf(trx, f.id)) notices.push({ userId: d, template: 'application_received_facility', params: { applicationId: id, childId: input.childId, startDate: input.startDate, choices: ordered.length } });
      await notify(trx, notices);
      await audit(trx, caller, 'create', 'application', id, { childIds: [input.childId], detail: { mode: input.mode, startDate: input.startDate, choices: ordered.length } });
      return id;
    });
    return this.get(id);
  }

  /** One application (404 out of scope); a director sees only the choice of their own facility. */
  async get(id: string): Promise<ApplicationView> {
    if (!isUuid(id)) throw new AppError('not_found', `application ${id} not found`, { field: 'id' });
    const page = await this.#read({ id }, 1, 1);
    const a = page.items[0];
    if (!a) throw new AppError('not_found', `application ${id} not found`, { field: 'id' });
    return a;
  }

  /**
   * The applications the caller may see: a family its own, a director those naming the facility (only that choice
   * shown), with each visible choice's place on the waiting list. With `facilityId`, ordered as the waiting list.
   */
  async list(filter: { childId?: string; facilityId?: string; status?: 'open' | 'placed' | 'withdrawn' }, page = 1, pageSize = 50): Promise<Page<ApplicationView>> {
    return this.#read(filter, page, pageSize);
  }

  async #read(filter: { id?: string; childId?: string; facilityId?: string; status?: string }, page: number, pageSize: number): Promise<Page<ApplicationView>> {
    const scope = this.#access.where('application', 'read', { child: col('a.child_id'), facility: col('c.facility_id') });
    return this.#db.tx(async (trx) => {
      let q = trx
        .selectFrom('applications as a')
        .innerJoin('application_choices as c', 'c.application_id', 'a.id')
        .innerJoin('children as ch', 'ch.id', 'a.child_id')
        .innerJoin('facilities as f', 'f.id', 'c.facility_id')
        .select([
          'a.id',
          'a.child_id',
          sql<string>`ch.family_name || ch.given_name`.as('childName'),
          'ch.birth_date',
          'a.mode',
          'a.start_date',
          'a.status',
          'a.applied_on',
          'a.dual_working',
          'a.single_parent',
          'a.created_at',
          'c.rank',
          'c.facility_id',
          'f.name as facilityName',
          'c.status as choiceStatus',
          'c.walk_meters',
          'c.resident',
        ])
        .where(scope);
      const none = '00000000-0000-0000-0000-000000000000';
      if (filter.id) q = q.where('a.id', '=', filter.id);
      if (filter.childId) q = q.where('a.child_id', '=', isUuid(filter.childId) ? filter.childId : none);
      if (filter.facilityId) q = q.where('c.facility_id', '=', isUuid(filter.facilityId) ? filter.facilityId : none);
      if (filter.status) q = q.where('a.status', '=', filter.status);
      const rows = await q.orderBy('a.created_at', 'desc').orderBy('a.id').orderBy('c.rank').execute();
      const clock = await dbClock(trx);
      const lists = new Map<string, Awaited<ReturnType<typeof waitlistAt>>>();
      const placingOf = async (facilityId: string, applicationId: string): Promise<Placing | null> => {
        if (!lists.has(facilityId)) lists.set(facilityId, await waitlistAt(trx, facilityId, clock.today));
        return lists.get(facilityId)!.find((x) => x.row.applicationId === applicationId)?.placing ?? null;
      };
      const apps = new Map<string, ApplicationView>();
      for (const r of rows) {
        let a = apps.get(r.id);
        if (!a) {
          a = {
            id: r.id,
            childId: r.child_id,
            childName: r.childName,
            birthDate: r.birth_date,
            mode: r.mode as ApplicationView['mode'],
            startDate: r.start_date,
            status: r.status as ApplicationView['status'],
            appliedOn: r.applied_on,
            dualWorking: r.dual_working,
            singleParent: r.single_parent,
            createdAt: r.created_at.toISOString(),
            choices: [],
            offers: [],
          };
          apps.set(r.id, a);
        }
        const status = r.choiceStatus as ChoiceView['status'];
        a.choices.push({
          rank: r.rank,
          facilityId: r.facility_id,
          facilityName: r.facilityName,
          status,
          walkMeters: r.walk_meters,
          resident: r.resident,
          placing: a.status === 'open' && (status === 'waiting' || status === 'offered') ? await placingOf(r.facility_id, r.id) : null,
        });
      }
      let items = [...apps.values()];
      if (filter.facilityId) {
        const fid = filter.facilityId;
        const key = (x: ApplicationView) => x.choices.find((c) => c.facilityId === fid)?.placing;
        items.sort((x, y) => (key(x)?.band ?? '~').localeCompare(key(y)?.band ?? '~') || (key(x)?.position ?? 1e9) - (key(y)?.position ?? 1e9) || (x.createdAt < y.createdAt ? -1 : 1));
      }
      const total = items.length;
      items = items.slice((page - 1) * pageSize, page * pageSize);
      const offers = await listOffers(trx, this.#access, { applicationIds: items.map((a) => a.id) });
      for (const a of items) a.offers = offers.filter((o) => o.applicationId === a.id);
      if (items.length) await audit(trx, this.#access.caller, filter.id ? 'read' : 'list', 'application', filter.id ?? null, { childIds: [...new Set(items.map((a) => a.childId))] });
      return { items, total, page, pageSize };
    });
  }

  /** Withdraws an open application (its open offer too, which is then offered on to the next family). */
  async withdraw(id: string): Promise<ApplicationView> {
    if (!this.#access.reachesRows('application', 'update')) throw this.#access.refusal('application', 'update');
    if (!isUuid(id)) throw new AppError('not_found', `application ${id} not found`, { field: 'id' });
    await this.#db.tx(async (trx) => {
      const a = await trx.selectFrom('applications').select(['child_id', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
      if (!a) throw new AppError('not_found', `application ${id} not found`, { field: 'id' });
      await this.#access.check(trx, 'application', 'update', { child: val(a.child_id) }, { readAs: 'application', what: `application ${id}` });
      if (a.status !== 'open') throw new AppError('conflict', `the application is ${a.status}`, { field: 'id', code: 'application_closed', params: { status: a.status } });
      await trx.updateTable('applications').set({ status: 'withdrawn', decided_at: sql<Date>`now()` }).where('id', '=', id).execute();
      await trx.updateTable('application_choices').set({ status: 'withdrawn' }).where('application_id', '=', id).where('status', 'in', ['waiting', 'offered']).execute();
      const offers = await trx.updateTable('offers').set({ status: 'withdrawn', decided_at: sql<Date>`now()` }).where('application_id', '=', id).where('status', '=', 'open').returning(['id', 'class_id', 'start_date']).execute();
      await audit(trx, this.#access.caller, 'update', 'application', id, { childIds: [a.child_id], detail: { withdrawn: true } });
      for (const o of offers) {
        await dropOfferReminders(trx, o.id);
        await offerNext(trx, o.class_id, o.start_date);
      }
    });
    return this.get(id);
  }
}
