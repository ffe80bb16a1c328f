/**
 * The families endpoints for these pages, through the generated client (web/src/api/http.ts: openapi-fetch typed
 * by the OpenAPI document), one call per use. Who is asking and what they may do come from web/src/auth.tsx
 * (useSession, useCan: the access policy's capabilities).
 */
import { data, http, type Schemas } from '../../api/http.ts';

export type Child = Schemas['Child'];
export type CareAnswer = Schemas['CareSearch'];
export type CareResult = Schemas['CareResult'];
export type Application = Schemas['Application'];
export type Offer = Schemas['Offer'];
export type Placement = Schemas['Placement'];
export type Booking = Schemas['Booking'];
export type Statement = Schemas['FeeStatement'];
export type Availability = Schemas['Availability'];
export type Consent = Schemas['Consent'];
export type ServiceMode = CareResult['modes'][number];

export const familyApi = {
  children: (signal?: AbortSignal) => data(http.GET('/api/children', { params: { query: { pageSize: 200 } }, signal })),
  child: (id: string, signal?: AbortSignal) => data(http.GET('/api/children/{id}', { params: { path: { id } }, signal })),
  addChild: (body: Schemas['NewChild']) => data(http.POST('/api/children', { body })),
  wording: (signal?: AbortSignal) => data(http.GET('/api/consent/wording', { signal })),
  compounds: (q: string, signal?: AbortSignal) => data(http.GET('/api/compounds', { params: { query: { q, limit: 12 } }, signal })),
  search: (query: { lng?: number; lat?: number; childId?: string; birthDate?: string; startDate?: string; mode?: ServiceMode; minutes: number; maxFee?: number; affordableOnly?: 'true' | 'false' }, signal?: AbortSignal) =>
    data(http.GET('/api/care/search', { params: { query }, signal })),
  availability: (id: string, date: string, birthDate: string | undefined, signal?: AbortSignal) =>
    data(http.GET('/api/facilities/{id}/availability', { params: { path: { id }, query: { date, ...(birthDate ? { birthDate } : {}) } }, signal })),
  applications: (query: { childId?: string; facilityId?: string; status?: 'open' | 'placed' | 'withdrawn' }, signal?: AbortSignal) =>
    data(http.GET('/api/applications', { params: { query: { ...query, pageSize: 200 } }, signal })),
  apply: (body: Schemas['NewApplication']) => data(http.POST('/api/applications', { body })),
  withdrawApplication: (id: string) => data(http.POST('/api/applications/{id}/withdraw', { params: { path: { id } } })),
  makeOffer: (id: string, body: Schemas['NewOffer']) => data(http.POST('/api/applications/{id}/offers', { params: { path: { id } }, body })),
  accept: (id: string) => data(http.POST('/api/offers/{id}/accept', { params: { path: { id } } })),
  decline: (id: string) => data(http.POST('/api/offers/{id}/decline', { params: { path: { id } } })),
  withdrawOffer: (id: string) => data(http.POST('/api/offers/{id}/withdraw', { params: { path: { id } } })),
  placements: (query: { childId?: string; facilityId?: string; current?: 'true' | 'false' }, signal?: AbortSignal) => data(http.GET('/api/placements', { params: { query }, signal })),
  endPlacement: (id: string, lastDay: string) => data(http.POST('/api/placements/{id}/end', { params: { path: { id } }, body: { lastDay, reason: 'family_notice' } })),
  bookings: (query: { childId?: string; facilityId?: string; date?: string; upcoming?: 'true' | 'false' }, signal?: AbortSignal) =>
    data(http.GET('/api/bookings', { params: { query: { ...query, pageSize: 200 } }, signal })),
  book: (body: Schemas['NewBooking']) => data(http.POST('/api/bookings', { body })),
  cancelBooking: (id: string) => data(http.DELETE('/api/bookings/{id}', { params: { path: { id } } })),
  statements: (query: { childId?: string; facilityId?: string; month?: string }, signal?: AbortSignal) => data(http.GET('/api/statements', { params: { query }, signal })),
  statement: (id: string, signal?: AbortSignal) => data(http.GET('/api/statements/{id}', { params: { path: { id } }, signal })),
  issueStatements: (facilityId: string, month: string) => data(http.POST('/api/facilities/{id}/statements', { params: { path: { id: facilityId } }, body: { month } })),
  markPaid: (id: string, paid: boolean) => data(http.PATCH('/api/statements/{id}', { params: { path: { id } }, body: { paid } })),
  consents: (id: string, signal?: AbortSignal) => data(http.GET('/api/children/{id}/consents', { params: { path: { id } }, signal })),
  giveConsent: (id: string) => data(http.POST('/api/children/{id}/consents', { params: { path: { id } }, body: {} })),
  withdrawConsent: (id: string) => data(http.POST('/api/children/{id}/consents/withdraw', { params: { path: { id } } })),
  exportRecord: (id: string) => data(http.GET('/api/children/{id}/export', { params: { path: { id } } })),
  erase: (id: string) => data(http.POST('/api/children/{id}/erase', { params: { path: { id } } })),
  recordExam: (childId: string, examinedOn: string, passed: boolean) => data(http.POST('/api/children/{id}/entry-exams', { params: { path: { id: childId } }, body: { examinedOn, passed } })),
  facility: (id: string, signal?: AbortSignal) => data(http.GET('/api/facilities/{id}', { params: { path: { id } }, signal })),
  isochrone: (lng: number, lat: number, signal?: AbortSignal) =>
    fetch(`/api/access/isochrones?lng=${lng}&lat=${lat}&minutes=15`, { signal, credentials: 'include' }).then((r) => (r.ok ? (r.json() as Promise<{ type: 'FeatureCollection'; features: unknown[] }>) : null)),
};

/** Today's date in the city (Asia/Shanghai), yyyy-mm-dd. */
export function cityToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The date `days` after an ISO date. */
export function plusDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Completed months from birth to a date. */
export function monthsOld(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
}
