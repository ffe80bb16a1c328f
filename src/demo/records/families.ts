/**
 * The demo city's family records (families, issue 10), one kind per table: consents of every guardian, entry exams
 * of the children placed, class fees where an affordable price is capped, applications and their choices, open
 * offers, temporary-care bookings over the next two weeks (all from family-plan.ts), and the monthly fee statements
 * of the two months before the demo's "today" (days attended from the placements, as attended_days() counts them
 * until daily care records attendance).
 */
import { ADMISSION_POLICY_2026 } from '../../care/admission.ts';
import { CHILD_RECORD_WORDING_2026 } from '../../care/consent.ts';
import { addMonths, datesBetween, isoWeekday, monthStart } from '../../care/dates.ts';
import { feePolicyOn, monthSubsidies, statementAmounts, type StatementChild } from '../../care/fees.ts';
import { TEMPORARY_CARE_POLICY_2026 } from '../../care/temporary.ts';
import { addDays, daysBetween } from '../dates.ts';
import { createRng, stableUuid } from '../rng.ts';
import type { DemoCity, RecordRows } from '../types.ts';
import { demoClassFee, familyPlan } from './family-plan.ts';
import type { RecordKind } from './index.ts';

type City = Omit<DemoCity, 'records'>;
const at = (city: City) => `${city.asOf}T08:00:00Z`;

export const consents: RecordKind = {
  name: 'consents',
  generate(city): RecordRows {
    return {
      table: 'consents',
      columns: [['id', 'uuid'], ['child_id', 'uuid'], ['guardian_id', 'uuid'], ['purpose', 'text'], ['wording_version', 'text'], ['given_at', 'timestamptz'], ['synthetic', 'boolean']],
      rows: city.guardians.map((g) => [stableUuid(city.seed, `consent:${g.childId}:${g.userId}`), g.childId, g.userId, 'child_record', CHILD_RECORD_WORDING_2026.version, at(city), true]),
    };
  },
};

export const entryExams: RecordKind = {
  name: 'entry_exams',
  generate(city, rng): RecordRows {
    const rows = city.children
      .filter((c) => c.status === 'enrolled' && c.classId && c.enrolledFrom)
      .map((c) => {
        const on = addDays(c.enrolledFrom!, -rng.int(5, 40));
        return [stableUuid(city.seed, `entry-exam:${c.id}`), c.id, on < c.birthDate ? c.birthDate : on, true, `${on < c.birthDate ? c.birthDate : on}T02:00:00Z`, true];
      });
    return { table: 'entry_exams', columns: [['id', 'uuid'], ['child_id', 'uuid'], ['examined_on', 'date'], ['passed', 'boolean'], ['recorded_at', 'timestamptz'], ['synthetic', 'boolean']], rows };
  },
};

export const classFees: RecordKind = {
  name: 'class_fees',
  generate(city): RecordRows {
    const from = addDays(city.asOf, -180);
    return {
      table: 'class_fees',
      columns: [['id', 'uuid'], ['class_id', 'uuid'], ['mode', 'text'], ['monthly_fee', 'numeric'], ['during', 'daterange'], ['policy_id', 'text'], ['created_at', 'timestamptz'], ['synthetic', 'boolean']],
      rows: familyPlan(city).classFees.map((x) => [x.id, x.classId, 'full_day', x.fee, `[${from},)`, feePolicyOn(from).caps.id, `${from}T00:00:00Z`, true]),
    };
  },
};

export const applications: RecordKind = {
  name: 'applications',
  generate(city): RecordRows {
    return {
      table: 'applications',
      columns: [['id', 'uuid'], ['child_id', 'uuid'], ['mode', 'text'], ['start_date', 'date'], ['status', 'text'], ['dual_working', 'boolean'], ['single_parent', 'boolean'], ['applied_on', 'date'], ['created_by', 'uuid'], ['created_at', 'timestamptz'], ['synthetic', 'boolean']],
      rows: familyPlan(city).applications.map((a) => [a.id, a.childId, 'full_day', a.startDate, 'open', a.dualWorking, a.singleParent, a.appliedOn, a.createdBy, a.createdAt, true]),
    };
  },
};

export const applicationChoices: RecordKind = {
  name: 'application_choices',
  generate(city): RecordRows {
    return {
      table: 'application_choices',
      columns: [['application_id', 'uuid'], ['rank', 'smallint'], ['facility_id', 'uuid'], ['walk_meters', 'float8'], ['resident', 'boolean'], ['status', 'text']],
      rows: familyPlan(city).applications.flatMap((a) => a.choices.map((c) => [a.id, c.rank, c.facilityId, c.walkMeters, c.resident, c.status])),
    };
  },
};

export const offers: RecordKind = {
  name: 'offers',
  generate(city): RecordRows {
    return {
      table: 'offers',
      columns: [['id', 'uuid'], ['application_id', 'uuid'], ['facility_id', 'uuid'], ['class_id', 'uuid'], ['mode', 'text'], ['start_date', 'date'], ['monthly_fee', 'numeric'], ['expires_at', 'timestamptz'], ['status', 'text'], ['made_by', 'uuid'], ['policy_id', 'text'], ['created_at', 'timestamptz'], ['synthetic', 'boolean']],
      rows: familyPlan(city).offers.map((o) => [o.id, o.applicationId, o.facilityId, o.classId, 'full_day', o.startDate, o.monthlyFee, o.expiresAt, 'open', o.madeBy, ADMISSION_POLICY_2026.id, o.createdAt, true]),
    };
  },
};

export const bookings: RecordKind = {
  name: 'bookings',
  generate(city): RecordRows {
    // The city's clock: Changzhi keeps China Standard Time (UTC+8, no daylight saving).
    return {
      table: 'bookings',
      columns: [
        ['id', 'uuid'], ['child_id', 'uuid'], ['facility_id', 'uuid'], ['class_id', 'uuid'], ['mode', 'text'], ['day', 'date'], ['during', 'tstzrange'], ['hours', 'smallint'],
        ['price', 'numeric'], ['status', 'text'], ['charged', 'numeric'], ['policy_id', 'text'], ['created_by', 'uuid'], ['created_at', 'timestamptz'], ['synthetic', 'boolean'],
      ],
      rows: familyPlan(city).bookings.map((b) => [b.id, b.childId, b.facilityId, b.classId, b.mode, b.day, `[${b.day} ${b.start}:00+08,${b.day} ${b.end}:00+08)`, b.hours, b.price, 'booked', b.price, TEMPORARY_CARE_POLICY_2026.id, b.createdBy, b.createdAt, true]),
    };
  },
};

export const feeStatements: RecordKind = {
  name: 'fee_statements',
  generate(city): RecordRows {
    const rng = createRng(city.seed, 'records:fee_statements:paid');
    const plan = familyPlan(city);
    const feeOf = new Map(plan.classFees.map((x) => [x.classId, x.fee]));
    const facility = new Map(city.facilities.map((f) => [f.id, f]));
    const klass = new Map(city.classes.map((k) => [k.id, k]));
    const thisMonth = monthStart(city.asOf);
    const rows: unknown[][] = [];
    for (const back of [2, 1]) {
      const month = addMonths(thisMonth, -back);
      const policy = feePolicyOn(month);
      const issued = addMonths(month, 1); // on the first of the following month
      const sinceIssue = daysBetween(issued, city.asOf);
      const days = datesBetween(month, addMonths(month, 1)).map((d) => ({ d, wd: isoWeekday(d) }));
      // the month's placed children (attending every placed day), then each facility's subsidies as the claim engine counts them
      const placed: Array<StatementChild & { facilityId: string; mode: string }> = [];
      for (const c of city.children) {
        if (c.status !== 'enrolled' || !c.classId || !c.enrolledFrom) continue;
        const f = facility.get(c.facilityId)!;
        const k = klass.get(c.classId)!;
        const open = f.openingHours?.days ?? [1, 2, 3, 4, 5];
        // the month's working days (as src/care/fees.ts workingDays counts them), and those placed
        const all = days.filter((x) => open.includes(x.wd)).length;
        const from = c.enrolledFrom;
        const placedDays = days.filter((x) => x.d >= from && open.includes(x.wd)).length;
        if (placedDays === 0) continue;
        const mode = c.serviceMode === 'full_day' ? 'full_day' : 'half_day';
        const fee = demoClassFee(f, k, mode, feeOf) ?? demoClassFee(f, k, 'full_day', feeOf) ?? 0;
        placed.push({ childId: c.id, facilityId: f.id, band: k.band, monthlyFee: fee, workingDays: all, placedDays, attendedDays: placedDays, mode });
      }
      const byFacility = new Map<string, StatementChild[]>();
      for (const x of placed) {
        const list = byFacility.get(x.facilityId);
        if (list) list.push(x);
        else byFacility.set(x.facilityId, [x]);
      }
      const subsidy = new Map<string, number>();
      for (const [facilityId, children] of byFacility) {
        const f = facility.get(facilityId)!;
        for (const [child, amount] of monthSubsidies(month, { tier: f.tier, ownership: f.ownership, filed: f.filingStatus === 'filed' }, children, policy)) subsidy.set(child, amount);
      }
      for (const x of placed) {
        const amounts = statementAmounts({ monthlyFee: x.monthlyFee, workingDays: x.workingDays, placedDays: x.placedDays, subsidy: subsidy.get(x.childId) ?? 0, hourlyCare: 0 });
        const paid = back === 2 ? rng.chance(0.9) : sinceIssue > 0 && rng.chance(Math.min(0.8, sinceIssue / 10));
        const paidAt = paid ? `${addDays(issued, Math.min(sinceIssue, rng.int(0, back === 2 ? 20 : Math.max(0, sinceIssue))))}T04:00:00Z` : null;
        rows.push([
          stableUuid(city.seed, `statement:${x.childId}:${month}`), x.childId, x.facilityId, month, x.mode, x.monthlyFee, x.workingDays, x.placedDays, x.placedDays, amounts.fee, amounts.subsidy, amounts.hourlyCare, amounts.amountDue, policy.id, `${issued}T00:00:00Z`, paidAt, true,
        ]);
      }
    }
    return {
      table: 'fee_statements',
      columns: [
        ['id', 'uuid'], ['child_id', 'uuid'], ['facility_id', 'uuid'], ['month', 'date'], ['mode', 'text'], ['monthly_fee', 'numeric'], ['working_days', 'smallint'], ['placed_days', 'smallint'], ['attended_days', 'smallint'],
        ['fee', 'numeric'], ['subsidy', 'numeric'], ['hourly_care', 'numeric'], ['amount_due', 'numeric'], ['policy_id', 'text'], ['issued_at', 'timestamptz'], ['paid_at', 'timestamptz'], ['synthetic', 'boolean'],
      ],
      rows,
    };
  },
};

/** The families kinds in the order the store writes them (after children, placements and class_staff). */
export const FAMILY_KINDS: readonly RecordKind[] = [consents, entryExams, classFees, applications, applicationChoices, offers, bookings, feeStatements];
