/**
 * Repositories bound to one caller: the only way the API and the CLI reach the data. Each is handed the caller's
 * Access (the policy of src/db/access bound to the caller) and applies it inside every query.
 */
import { Access } from '../access/scope.ts';
import type { Db } from '../pool.ts';
import { AccessInputs } from './access-inputs.ts';
import { AccountRepo } from './accounts-repo.ts';
import { InboxRepo } from './inbox.ts';
import { InstitutionRepo } from './institutions.ts';
import { SecondFactorRepo } from './second-factor.ts';
import { SelfServiceRepo } from './self-service.ts';
import type { Caller } from './caller.ts';
import { ChildRepo } from './children.ts';
import { DivisionRepo } from './divisions.ts';
import { FacilityRepo } from './facilities.ts';
import { PlanRepo } from './plan.ts';
import { familyReposFor, type FamilyRepos } from './families/index.ts';
import { CareEntryRepo } from './care-entries.ts';
import { CareDayRepo } from './care-day.ts';
import { CarePeopleRepo } from './care-people.ts';
import { CareAlertRepo } from './care-alerts.ts';
import { CareFacilityRepo } from './care-facility.ts';
import { PlanRunRepo } from './plan-runs.ts';
import { PlanScenarioRepo } from './plan-scenarios.ts';
import { AuditTrailRepo } from './audit-trail.ts';
import { SubsidyClaimRepo } from './subsidy-claims.ts';
import { DeskFiguresRepo } from './desk-figures.ts';
import { MonthlyReportRepo } from './monthly-report.ts';
import { FilingRepo } from './facility-filing.ts';
import { QualityRepo } from './quality.ts';
import { RegistryDeskRepo } from './registry-desk.ts';
import { AgreementRepo } from './agreements.ts';
import { HealthCheckRepo } from './health-checks.ts';
import { HealthDeskRepo } from './health-desk.ts';
import { HealthReportRepo } from './health-reports.ts';
import { ServiceRepo } from './services.ts';
import { TrainingRepo } from './training.ts';
import { VisitRepo } from './visits.ts';

export * from './caller.ts';
export { AuthStore, createUser, publicUser, callerOf, endSessionsOf, sha256, type PublicUser, type UserRecord, type NewUser } from './users.ts';
export type { FacilityView, FacilitySummary, FacilityFilter, TreeNode, ClassView, MonthlyPrice } from './facilities.ts';
export type { DivisionView, DivisionFeature } from './divisions.ts';
export type { ChildView, Page } from './children.ts';
export type * from './families/index.ts';
export { ROLE_BINDINGS, type AccountView, type AccountFilter, type AccountPage, type Binding, type CreatedAccount, type NewAccount, type PasswordReset } from './accounts-repo.ts';
export type { InboxPage, NoticeView } from './inbox.ts';
export type { InstitutionView } from './institutions.ts';
export type { TotpSetup } from './second-factor.ts';
export type { CodeSent } from './self-service.ts';
export { audit } from './audit.ts';
export type { EntryView, EntryInput, Recorded } from './care-entries.ts';
export { CareFeedStore, bulkEntryId } from './care-entries.ts';
export type { ClassDay, RosterChild, Carer, AlertView, Dashboard, DashboardClass, AttendanceDay } from './care-day.ts';
export type { PickupPerson, AbsenceReport, TeacherProfile, Shift } from './care-people.ts';
export type { OutbreakReport } from './care-alerts.ts';
export type { MenuItem, WeekMenu, CareSettingsView, PhotoRow } from './care-facility.ts';
export { runCareClock, type ClockReport } from './care-clock.ts';
export type { AuditEntry, AuditFilter } from './audit-trail.ts';
export type { FilingEntry, FilingState } from './facility-filing.ts';
export type { AssessmentView, AssessmentFilter, AssessmentInput, AssessmentPatch, PublicGrade } from './quality.ts';
export type { RegistryRow, RegistryFilter } from './registry-desk.ts';
export { Access } from '../access/scope.ts';
export { capabilitiesOf, POLICY, RESOURCES, SCOPES, PRINCIPALS, scopeOf, type Scope, type Resource, type Principal, type Action } from '../access/policy.ts';

export interface Repos {
  caller: Caller;
  access: Access;
  facilities: FacilityRepo;
  divisions: DivisionRepo;
  children: ChildRepo;
  plan: PlanRepo;
  planRuns: PlanRunRepo;
  planScenarios: PlanScenarioRepo;
  accessInputs: AccessInputs;
  /** Families (issue 10): children from the guardian's side, applications, offers, placements, bookings, fees. */
  families: FamilyRepos;
  /** Daily care (issue 11). */
  care: { entries: CareEntryRepo; day: CareDayRepo; people: CarePeopleRepo; alerts: CareAlertRepo; facility: CareFacilityRepo };
  // the bureaus' desk (issue 13)
  registryDesk: RegistryDeskRepo;
  filing: FilingRepo;
  quality: QualityRepo;
  auditTrail: AuditTrailRepo;
  subsidyClaims: SubsidyClaimRepo;
  deskFigures: DeskFiguresRepo;
  monthlyReport: MonthlyReportRepo;
  accounts: AccountRepo;
  selfService: SelfServiceRepo;
  secondFactor: SecondFactorRepo;
  inbox: InboxRepo;
  institutions: InstitutionRepo;
  // health (issue 12)
  agreements: AgreementRepo;
  visits: VisitRepo;
  healthChecks: HealthCheckRepo;
  healthDesk: HealthDeskRepo;
  services: ServiceRepo;
  training: TrainingRepo;
  healthReports: HealthReportRepo;
}

/** All repositories, scoped to `caller`. */
export function reposFor(db: Db, caller: Caller): Repos {
  const access = new Access(caller);
  return {
    caller,
    access,
    facilities: new FacilityRepo(db, access),
    divisions: new DivisionRepo(db),
    children: new ChildRepo(db, access),
    plan: new PlanRepo(db, access),
    planRuns: new PlanRunRepo(db, access),
    planScenarios: new PlanScenarioRepo(db, access),
    accessInputs: new AccessInputs(db),
    families: familyReposFor(db, access),
    care: {
      entries: new CareEntryRepo(db, access),
      day: new CareDayRepo(db, access),
      people: new CarePeopleRepo(db, access),
      alerts: new CareAlertRepo(db, access),
      facility: new CareFacilityRepo(db, access),
    },
    registryDesk: new RegistryDeskRepo(db, access),
    filing: new FilingRepo(db, access),
    quality: new QualityRepo(db, access),
    auditTrail: new AuditTrailRepo(db, access),
    subsidyClaims: new SubsidyClaimRepo(db, access),
    deskFigures: new DeskFiguresRepo(db, access),
    monthlyReport: new MonthlyReportRepo(db, access),
    accounts: new AccountRepo(db, access),
    selfService: new SelfServiceRepo(db, access),
    secondFactor: new SecondFactorRepo(db, access),
    inbox: new InboxRepo(db, access),
    institutions: new InstitutionRepo(db, access),
    agreements: new AgreementRepo(db, access),
    visits: new VisitRepo(db, access),
    healthChecks: new HealthCheckRepo(db, access),
    healthDesk: new HealthDeskRepo(db, access),
    services: new ServiceRepo(db, access),
    training: new TrainingRepo(db, access),
    healthReports: new HealthReportRepo(db, access),
  };
}
