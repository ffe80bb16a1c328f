/**
 * The families repositories (issue 10), bound to one caller: a child's record from the guardian's side, consent,
 * applications and the waiting list, offers, placements and entry exams, temporary-care bookings, fee statements,
 * and what finding care reads.
 */
import type { Access } from '../../access/scope.ts';
import type { Db } from '../../pool.ts';
import { ApplicationRepo } from './applications.ts';
import { BookingRepo } from './bookings.ts';
import { CareSearchRepo } from './care-search.ts';
import { FamilyChildRepo } from './children.ts';
import { OfferRepo } from './offers.ts';
import { PlacementRepo } from './placements.ts';
import { StatementRepo } from './statements.ts';

export type { NewChild, ChildPatch, ConsentView, ErasureReport, ChildExport } from './children.ts';
export type { NewApplication, ApplicationView, ChoiceView, WalkMeters } from './applications.ts';
export type { OfferView } from './offer-read.ts';
export type { NewOffer } from './offers.ts';
export type { PlacementView, EntryExamView } from './placements.ts';
export type { BookingView, NewBooking, AvailabilitySlot, HourlyMode } from './bookings.ts';
export type { StatementView } from './statements.ts';
export type { CatalogueFacility, CatalogueClass, CareSearchRepo } from './care-search.ts';
export type { Placing } from './waitlist.ts';

export interface FamilyRepos {
  children: FamilyChildRepo;
  applications: ApplicationRepo;
  offers: OfferRepo;
  placements: PlacementRepo;
  bookings: BookingRepo;
  statements: StatementRepo;
  search: CareSearchRepo;
}

/** The families repositories for one caller. */
export function familyReposFor(db: Db, access: Access): FamilyRepos {
  return {
    children: new FamilyChildRepo(db, access),
    applications: new ApplicationRepo(db, access),
    offers: new OfferRepo(db, access),
    placements: new PlacementRepo(db, access),
    bookings: new BookingRepo(db, access),
    statements: new StatementRepo(db, access),
    search: new CareSearchRepo(db),
  };
}
