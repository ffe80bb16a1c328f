/** A child's status on the family page and the next step, from its placements, applications and bookings. */
import type { Application, Booking, Placement } from './api.ts';
import type { ChildStatus } from './parts.tsx';

export interface ChildSituation {
  status: ChildStatus;
  /** The translation key of the next step and its values. */
  next: { key: string; values: Record<string, string | number> };
}

/**
 * What the family should see first: a current placement, one about to start (and the entry exam it needs), an
 * open offer to answer, a place on a waiting list, hours booked, or nothing yet (searching).
 */
export function situationOf(placements: readonly Placement[], applications: readonly Application[], bookings: readonly Booking[], formatDate: (iso: string) => string): ChildSituation {
  const current = placements.find((p) => p.state === 'current');
  const upcoming = placements.filter((p) => p.state === 'upcoming').sort((a, b) => (a.from < b.from ? -1 : 1))[0];
  const offer = applications.flatMap((a) => a.offers).find((o) => o.status === 'open');
  const open = applications.filter((a) => a.status === 'open');
  const booked = bookings.filter((b) => b.status === 'booked').sort((a, b) => (a.date + a.start < b.date + b.start ? -1 : 1))[0];
  if (offer) return { status: 'offered', next: { key: 'next.respond', values: { facility: offer.facilityName, deadline: formatDate(offer.expiresAt) } } };
  if (upcoming) {
    if (!upcoming.admission.cleared) return { status: 'upcoming', next: { key: 'next.exam', values: { date: formatDate(upcoming.from) } } };
    return { status: 'upcoming', next: { key: 'next.start', values: { facility: upcoming.facilityName, date: formatDate(upcoming.from) } } };
  }
  if (current) return { status: 'placed', next: { key: 'next.placed', values: { facility: current.facilityName, className: current.className } } };
  const waiting = open.flatMap((a) => a.choices.filter((c) => c.placing)).sort((a, b) => a.rank - b.rank)[0];
  if (waiting?.placing) return { status: 'applied', next: { key: 'next.wait', values: { facility: waiting.facilityName, position: waiting.placing.position, of: waiting.placing.of } } };
  if (booked) return { status: 'booked', next: { key: 'next.booking', values: { facility: booked.facilityName, date: formatDate(booked.date), start: booked.start, end: booked.end } } };
  return { status: 'searching', next: { key: 'next.search', values: {} } };
}
