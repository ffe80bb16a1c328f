/**
 * THE access policy: role × resource × action → scope. This table is the only place that decides who may read or
 * write what (medplum's AccessPolicy, as one readable table). Repositories evaluate it inside their SQL
 * (src/db/access/scope.ts); `/api/auth/me` hands the caller's row of it to the web app as capabilities; the access
 * matrix test (src/api/access-matrix.int.test.ts) is generated from it, so a resource cannot be added without its
 * test cells.
 *
 * Scopes (what rows of the resource the caller reaches):
 * | scope             | rows                                                                                  |
 * |-------------------|---------------------------------------------------------------------------------------|
 * | none              | nothing (anonymous: 401, logged in: 403)                                               |
 * | aggregates        | no rows; counts and sums only, through the aggregate endpoints                        |
 * | own_record        | rows that are the caller's own (their account, their registration, a row they create) |
 * | own_children      | rows of the caller's children (child_guardians), or of the facilities/classes they attend |
 * | own_class         | rows of children in the classes the caller works in today (class_staff)               |
 * | own_facility      | rows of the caller's facility (and of children linked to it: placed or applying)      |
 * | signed_facilities | rows of facilities the caller's medical institution holds an agreement with today     |
 * | own_institution   | rows of the caller's medical institution                                               |
 * | own_division      | rows of facilities in the caller's county-level division                               |
 * | all               | every row                                                                              |
 *
 * Out-of-scope rows of private resources (children and everything about them) answer 404, so existence does not
 * leak; public resources (the registry) answer 403 on writes out of scope. The system caller (CLI, seeding) has
 * every right and is audited as such.
 */
import { ROLES, type Role } from '../repos/caller.ts';

export const SCOPES = [
  'none',
  'aggregates',
  'own_record',
  'own_children',
  'own_class',
  'own_facility',
  'signed_facilities',
  'own_institution',
  'own_division',
  'all',
] as const;
export type Scope = (typeof SCOPES)[number];

/** Who is asking, as the policy sees it. */
export type Principal = Role | 'anonymous';
export const PRINCIPALS: readonly Principal[] = ['anonymous', ...ROLES];

/** Generic actions; a resource may add its own (e.g. a claim's `approve`). */
export type Action = 'read' | 'create' | 'update' | 'delete' | (string & {});

/** One row of the table: the scope per principal (missing principals: none). */
export type Rule = Partial<Record<Principal, Scope>>;

/** Whether rows of the resource are private (out of scope → 404) or public information (out of scope → 403). */
export type Visibility = 'private' | 'public';

export interface ResourcePolicy {
  /** What the resource is, in one line (shown in the docs and the matrix test names). */
  description: string;
  visibility: Visibility;
  actions: Record<string, Rule>;
}

const everyone = (scope: Scope): Rule => Object.fromEntries(PRINCIPALS.map((p) => [p, scope]));
/** Every logged-in role (accounts, notices: their own). */
export const loggedIn = (scope: Scope): Rule => Object.fromEntries(ROLES.map((p) => [p, scope]));
const bureau = { district_official: 'own_division', city_official: 'all', admin: 'all' } as const satisfies Rule;

/**
 * The table. Read it row by row: `resource.action: principal → scope`.
 */
export const POLICY = {
  // ── the registry (public information) ──────────────────────────────────────────────────────────────────────────
  facility: {
    description: 'a facility of the 1+12+N registry: name, address, classes, prices, hours',
    visibility: 'public',
    actions: {
      read: everyone('all'),
      create: { ...bureau },
      update: { director: 'own_facility', ...bureau },
      delete: { ...bureau }, // archive and restore
    },
  },
  facility_registration: {
    description: "a facility's bureau-set fields: tier, ownership, filing (备案), division, supervising centre, medical institution",
    visibility: 'public',
    actions: {
      read: everyone('all'),
      update: { ...bureau },
    },
  },
  registry_file: {
    description: 'registry import (CSV/XLSX/GeoJSON) and export',
    visibility: 'public',
    actions: {
      create: { ...bureau }, // import
      read: { ...bureau }, // export
    },
  },
  division: {
    description: 'an administrative division with its planning figures',
    visibility: 'public',
    actions: { read: everyone('all') },
  },
  access_measure: {
    description: 'walking-network measures: roads, isochrones, 15-minute coverage (aggregates of compounds, no child)',
    visibility: 'public',
    actions: { read: everyone('all') },
  },
  plan: {
    description: 'site planning: solves, what-ifs, candidate sites, saved scenarios',
    visibility: 'private',
    actions: {
      read: { ...bureau },
      create: { ...bureau },
      update: { ...bureau },
      delete: { ...bureau },
    },
  },

  // ── accounts ──
  // A user row's anchors: `user` = its id, `facility` = its facility_id. Disabling and resetting are actions of their
  // own (not `update`), so a caller's own_record right to change their own name and password never reaches them.
  account: {
    description: "an account: username, name, role and its binding (facility, division or institution), mobile number, whether it is disabled",
    visibility: 'private',
    actions: {
      read: { ...loggedIn('own_record'), director: 'own_facility', admin: 'all' },
      create: { admin: 'all' },
      update: { ...loggedIn('own_record'), admin: 'all' }, // display name; one's own password
      disable: { admin: 'all' }, // disable and enable (never one's own)
      reset: { admin: 'all' }, // a temporary password, shown once; clears the second factor (never one's own)
    },
  },
  teacher_account: {
    description: "a teacher's account at a facility, managed by the facility's director",
    visibility: 'private',
    actions: {
      read: { director: 'own_facility', admin: 'all' },
      create: { director: 'own_facility', admin: 'all' },
      disable: { director: 'own_facility', admin: 'all' },
      reset: { director: 'own_facility', admin: 'all' },
    },
  },
  second_factor: {
    description: 'the optional second factor (TOTP, RFC 6238) of officials and administrators, who see every facility of a division or the city',
    visibility: 'private',
    actions: {
      update: { district_official: 'own_record', city_official: 'own_record', admin: 'own_record' }, // set up, confirm, turn off
    },
  },
  signup: {
    description: 'self sign-up of a guardian with a mobile number and an SMS code',
    visibility: 'public',
    actions: { create: { anonymous: 'all' } },
  },
  password_reset: {
    description: 'a forgotten password, reset with a code sent to the account’s mobile number',
    visibility: 'public',
    actions: { create: everyone('all') },
  },
  medical_institution: {
    description: 'a medical institution (hospital, health centre, clinic) of the registry: name, kind, division',
    visibility: 'public',
    actions: { read: everyone('all') }, // listed for binding health workers' accounts
  },
  notification: {
    description: "a notice in the user's in-app inbox",
    visibility: 'private',
    actions: {
      read: loggedIn('own_record'),
      update: loggedIn('own_record'), // mark read
    },
  },

  // ── children ─────────────────────────────────────────────────────────────────────────────────────────────────────
  child: {
    description: "a child's record: name, sex, birth date, home, today's placement (sensitive personal information, PIPL Art. 28); a facility also reaches the children applying to it or booked there",
    visibility: 'private',
    actions: {
      read: { guardian: 'own_children', teacher: 'own_facility', director: 'own_facility', health_worker: 'signed_facilities', district_official: 'aggregates', city_official: 'aggregates' },
      // families (issue 10): a guardian adds a child (becoming its guardian), corrects it (PIPL Art. 46), copies what
      // is held (Art. 45) and asks for deletion (Art. 47)
      create: { guardian: 'own_record' },
      update: { guardian: 'own_children' },
      delete: { guardian: 'own_children' },
      export: { guardian: 'own_children' },
    },
  },
  // ── families (issue 10) ──
  consent: {
    description: "a guardian's separate consent to process a child's record (PIPL Art. 29/31): wording version and time; withdrawal",
    visibility: 'private',
    actions: {
      read: { guardian: 'own_children' },
      create: { guardian: 'own_children' },
      update: { guardian: 'own_children' }, // withdraw
    },
  },
  application: {
    description: 'an application for full-day or half-day care: up to 3 ranked facilities, mode, start date, waiting-list positions and reasons',
    visibility: 'private',
    actions: {
      read: { guardian: 'own_children', director: 'own_facility' },
      create: { guardian: 'own_children' },
      update: { guardian: 'own_children' }, // withdraw
    },
  },
  offer: {
    description: 'an offer of a place in a class to an application, open until its deadline',
    visibility: 'private',
    actions: {
      read: { guardian: 'own_children', director: 'own_facility' },
      create: { director: 'own_facility' },
      respond: { guardian: 'own_children' }, // accept (creates the placement) or decline
      withdraw: { director: 'own_facility' },
    },
  },
  placement: {
    description: "a child's place in a class: mode, first and last day, monthly fee, admission (entry exam)",
    visibility: 'private',
    actions: {
      read: { guardian: 'own_children', teacher: 'own_facility', director: 'own_facility' },
      update: { guardian: 'own_children', director: 'own_facility' }, // end it
    },
  },
  booking: {
    description: 'temporary (临时托) or hourly (计时托) care booked by the hour, with its price',
    visibility: 'private',
    actions: {
      read: { guardian: 'own_children', teacher: 'own_facility', director: 'own_facility' },
      create: { guardian: 'own_children' },
      delete: { guardian: 'own_children', director: 'own_facility' }, // cancel
    },
  },
  fee_statement: {
    description: "a child's monthly fee statement: days attended, fee, subsidy, hourly care, amount due, paid",
    visibility: 'private',
    actions: {
      read: { guardian: 'own_children', director: 'own_facility' },
      create: { director: 'own_facility' }, // issue a month's statements
      update: { director: 'own_facility' }, // mark paid
    },
  },
  entry_exam: {
    description: "a child's entry health exam (入托体检): passed or not, with its date (the admission rule reads it)",
    visibility: 'private',
    actions: {
      read: { guardian: 'own_children', teacher: 'own_facility', director: 'own_facility', health_worker: 'signed_facilities' },
      create: { director: 'own_facility', health_worker: 'signed_facilities' },
    },
  },

  // ── daily care (issue 11) ──
  daily_entry: {
    description: "a child's day (一日生活记录): check-in/out, health checks, temperatures, meals, naps, activities, notes, photos — and the live feed",
    visibility: 'private',
    actions: {
      read: { guardian: 'own_children', teacher: 'own_facility', director: 'own_facility' },
      create: { teacher: 'own_class', director: 'own_facility' }, // new entries, corrections (new versions), withdrawals
    },
  },
  attendance: {
    description: "a child's attendance (出勤): days, check-in and check-out times, who dropped off and collected",
    visibility: 'private',
    actions: { read: { guardian: 'own_children', teacher: 'own_facility', director: 'own_facility' } },
  },
  class_roster: {
    description: "a class's day on the tablet: the children expected, who is in, checks, absences, carers on duty, the ratio",
    visibility: 'private',
    actions: { read: { teacher: 'own_facility', director: 'own_facility' } },
  },
  absence_report: {
    description: 'an absence reported ahead (请假): sick with symptoms, or leave',
    visibility: 'private',
    actions: {
      read: { guardian: 'own_children', teacher: 'own_facility', director: 'own_facility' },
      create: { guardian: 'own_children', teacher: 'own_class', director: 'own_facility' },
      delete: { guardian: 'own_children', director: 'own_facility' }, // cancel
    },
  },
  pickup_person: {
    description: 'a person authorized to drop off and collect a child (接送人), with a photo',
    visibility: 'private',
    actions: {
      read: { guardian: 'own_children', teacher: 'own_facility', director: 'own_facility' },
      create: { guardian: 'own_children', director: 'own_facility' },
      delete: { guardian: 'own_children', director: 'own_facility' }, // revoke
    },
  },
  photo: {
    description: "a photo of a child's day or of a pickup person (metadata stripped, kept outside the database rows)",
    visibility: 'private',
    actions: {
      read: { guardian: 'own_children', teacher: 'own_facility', director: 'own_facility' },
      create: { guardian: 'own_children', teacher: 'own_class', director: 'own_facility' },
    },
  },
  staff_shift: {
    description: "a carer's shift in a class (clocked in and out), which the live ratio counts",
    visibility: 'private',
    actions: {
      read: { teacher: 'own_facility', director: 'own_facility' },
      create: { teacher: 'own_facility', director: 'own_facility' }, // clock in (oneself)
      update: { teacher: 'own_record', director: 'own_facility' }, // clock out
    },
  },
  care_alert: {
    description: 'an alert or task raised by the care rules: fever recheck, send home, absence follow-up, outbreak, outdoor time, ratio, pickup, not collected',
    visibility: 'private',
    actions: {
      read: { teacher: 'own_facility', director: 'own_facility' },
      update: { teacher: 'own_class', director: 'own_facility' }, // close (done / dismissed)
    },
  },
  outbreak_report: {
    description: 'a cluster of similar cases in a class to report within 24 hours (counts, no child names for the bureau)',
    visibility: 'private',
    actions: {
      read: { director: 'own_facility', district_official: 'own_division', city_official: 'all' },
      update: { director: 'own_facility' }, // reported to the CDC / bureau
    },
  },
  menu: {
    description: "a facility's weekly menu (每周食谱)",
    visibility: 'private',
    actions: {
      read: { guardian: 'own_children', teacher: 'own_facility', director: 'own_facility' },
      update: { director: 'own_facility' },
    },
  },
  teacher_profile: {
    description: "a carer's profile for parents: photo, role, qualification, experience, training hours, health certificate (no full name, no phone)",
    visibility: 'private',
    actions: {
      read: { guardian: 'own_children', teacher: 'own_facility', director: 'own_facility' },
      update: { teacher: 'own_record', director: 'own_facility' }, // the profile photo
    },
  },
  care_dashboard: {
    description: "a facility's care now: attendance, every class's ratio, open alerts and tasks, check completeness, children not yet collected",
    visibility: 'private',
    actions: { read: { teacher: 'own_facility', director: 'own_facility' } },
  },
  care_settings: {
    description: "a facility's daily-care settings: publishing meals and naps live or at the end of the day, the absence follow-up time",
    visibility: 'private',
    actions: {
      read: { teacher: 'own_facility', director: 'own_facility' },
      update: { director: 'own_facility' },
    },
  },

  // ── health (issue 12) ──
  growth_standard: {
    description: 'WHO Child Growth Standards: reference curves and the scoring of measurements sent in the request (no stored record)',
    visibility: 'public',
    actions: { read: everyone('all') },
  },
  health_record: {
    description: "a child's health checks, measurements, growth chart, flags and follow-up tasks (health data, PIPL Art. 28)",
    visibility: 'private',
    actions: {
      read: { guardian: 'own_children', director: 'own_facility', health_worker: 'signed_facilities' },
      create: { director: 'own_facility', health_worker: 'signed_facilities' },
      update: { director: 'own_facility', health_worker: 'signed_facilities' }, // follow-up done
    },
  },
  health_desk: {
    description: 'the due and overdue child-health visits and open flags of the facilities one looks after',
    visibility: 'private',
    actions: { read: { director: 'own_facility', health_worker: 'signed_facilities' } },
  },
  agreement: {
    description: 'a medical agreement (医育融合签约): facility, institution, period, services — the public ledger',
    visibility: 'public',
    actions: {
      read: everyone('all'),
      create: { ...bureau },
      update: { ...bureau }, // end early, attach the signed document
    },
  },
  agreement_document: {
    description: 'the signed document of an agreement (a file)',
    visibility: 'private',
    actions: { read: { director: 'own_facility', health_worker: 'own_institution', ...bureau } },
  },
  visit_log: {
    description: 'visiting-doctor logs (巡诊记录): who visited which facility when, doing what',
    visibility: 'private',
    actions: {
      read: { director: 'own_facility', health_worker: 'own_institution', ...bureau },
      create: { health_worker: 'signed_facilities' },
    },
  },
  service_session: {
    description: 'a session of the free services: pediatric massage, early-development guidance, parent classes (家长课堂)',
    visibility: 'private',
    actions: {
      read: { guardian: 'own_children', teacher: 'own_facility', director: 'own_facility', health_worker: 'signed_facilities', ...bureau },
      create: { director: 'own_facility', health_worker: 'signed_facilities' },
      update: { director: 'own_facility', health_worker: 'signed_facilities' }, // cancel
    },
  },
  service_registration: {
    description: "a child's registration for a service session, and its attendance",
    visibility: 'private',
    actions: {
      read: { guardian: 'own_children', director: 'own_facility', health_worker: 'signed_facilities' },
      create: { guardian: 'own_children' },
      update: { director: 'own_facility', health_worker: 'signed_facilities' }, // attendance
      delete: { guardian: 'own_children' }, // cancel
    },
  },
  training_course: {
    description: 'a staff training course (职前 / 职后 / 安全) run by the municipal centre or a hospital',
    visibility: 'public',
    actions: {
      read: { teacher: 'all', director: 'all', health_worker: 'all', district_official: 'all', city_official: 'all', admin: 'all' },
      create: { director: 'own_facility', health_worker: 'own_institution', city_official: 'all', admin: 'all' },
    },
  },
  training_record: {
    description: "a staff member's training: registrations, hours, certificates with expiry, health certificate",
    visibility: 'private',
    actions: {
      read: { teacher: 'own_record', director: 'own_facility', ...bureau },
      create: { teacher: 'own_record', director: 'own_facility' }, // register for a course
      update: { director: 'own_facility', health_worker: 'own_institution', city_official: 'all', admin: 'all' }, // completion, by the course's provider
    },
  },
  health_report: {
    description: "the bureaus' health figures by division: signing rate (target 100%), services per child, training compliance",
    visibility: 'private',
    actions: { read: { ...bureau } },
  },

  // ── the bureaus' desk (issue 13) ──
  facility_filing: {
    description: "a facility's filing (备案) steps and their history: who submitted, filed, returned or revoked it, when and why",
    visibility: 'public',
    actions: {
      read: { director: 'own_facility', ...bureau },
      submit: { director: 'own_facility', ...bureau }, // 提交备案: the institution itself, or the bureau for it
      decide: { ...bureau }, // 备案通过 / 退回 / 撤销: the health bureau only
    },
  },
  assessment: {
    description: "a quality assessment (WS/T 821-2023 style): item points, veto items, the grade and the assessor's notes (the public sees only the final grade, on the facility card)",
    visibility: 'private',
    actions: {
      read: { director: 'own_facility', district_official: 'own_division', city_official: 'all' },
      create: { district_official: 'own_division', city_official: 'all' },
      update: { district_official: 'own_division', city_official: 'all' },
    },
  },
  subsidy_claim: {
    description: "a facility's monthly operating-subsidy claim (运营补贴): its figures, state and history, and its children-months by reason (no child named)",
    visibility: 'private',
    actions: {
      read: { director: 'own_facility', district_official: 'own_division', city_official: 'all' },
      compute: { director: 'own_facility', district_official: 'own_division', city_official: 'all' }, // the monthly run (while not yet confirmed)
      confirm: { director: 'own_facility' }, // the facility confirms its claim
      decide: { district_official: 'own_division', city_official: 'all' }, // approve or return
      pay: { city_official: 'all' },
    },
  },
  desk_figures: {
    description: "the dashboard's figures (places, enrolment, occupancy, waiting lists, signing, training, grades, subsidies paid) of the city, a division or a facility, with their monthly trend",
    visibility: 'private',
    actions: {
      read: { director: 'own_facility', district_official: 'own_division', city_official: 'all' },
    },
  },
  desk_snapshot: {
    description: "a month's snapshot of the dashboard's figures (taken once, kept for the trends)",
    visibility: 'private',
    actions: {
      create: { city_official: 'all' },
    },
  },
  monthly_report: {
    description: 'the monthly report to the province (facilities by tier and ownership, places, children enrolled, subsidies, signing rate)',
    visibility: 'private',
    actions: {
      read: { district_official: 'own_division', city_official: 'all' },
    },
  },
  subsidy_claim_line: {
    description: "a claim's child-level lines (which child, days placed and attended, fee, amount): the facility itself; officials the aggregates",
    visibility: 'private',
    actions: {
      read: { director: 'own_facility', district_official: 'aggregates', city_official: 'aggregates' },
    },
  },
  audit: {
    description: "the audit trail of children's records (PIPL): who read which child's record, when and why — never the record itself, and the child only by a pseudonymous reference",
    visibility: 'private',
    actions: {
      read: { guardian: 'own_children', district_official: 'own_division', city_official: 'all', admin: 'all' },
    },
  },
} as const satisfies Record<string, ResourcePolicy>;

export type Resource = keyof typeof POLICY;
export const RESOURCES = Object.keys(POLICY) as Resource[];

/**
 * The scope of `principal` for `action` on `resource` (none when the table says nothing).
 * @param resource - a row of the table
 * @param action - one of the row's actions
 * @param principal - a role or anonymous
 */
export function scopeOf(resource: Resource, action: Action, principal: Principal): Scope {
  const rule = (POLICY[resource].actions as Record<string, Rule>)[action];
  return rule?.[principal] ?? 'none';
}

/** The caller's capabilities: every resource and action with a scope other than none. */
export function capabilitiesOf(principal: Principal): Record<string, Record<string, Scope>> {
  const out: Record<string, Record<string, Scope>> = {};
  for (const r of RESOURCES) {
    for (const [a, rule] of Object.entries(POLICY[r].actions as Record<string, Rule>)) {
      const s = rule[principal] ?? 'none';
      if (s === 'none') continue;
      (out[r] ??= {})[a] = s;
    }
  }
  return out;
}
