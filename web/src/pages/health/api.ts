/**
 * The health pages' calls, through the generated client (web/src/api/http.ts, typed by the OpenAPI document): the
 * caller's capabilities (the app's session query), growth, checks and the desk, services, training and reports.
 * Types are the generated `Schemas[...]`; nothing here restates a server type.
 */
import { data, http, type Schemas } from '../../api/http.ts';
import { useSession } from '../../auth.tsx';

export type Me = Schemas['Me'];
export type Capabilities = Schemas['Capabilities'];
export type Scope = Schemas['Scope'];

/** The signed-in user and their capabilities: the app's one session query (auth.tsx keeps it in step with login). */
export const useMe = useSession;

/** The caller's scope for a resource's action, or none (aggregates do not open a record page). */
export function can(caps: Capabilities | undefined, resource: string, action: string): Scope | null {
  const s = caps?.[resource]?.[action];
  return s && s !== 'none' && s !== 'aggregates' ? s : null;
}

export const healthApi = {
  children: (signal?: AbortSignal) => data(http.GET('/api/children', { params: { query: { pageSize: 200 } }, signal })),
  growth: (id: string, signal?: AbortSignal) => data(http.GET('/api/children/{id}/growth', { params: { path: { id } }, signal })),
  curves: (q: { indicator: 'wfa' | 'lhfa' | 'wfl' | 'wfh' | 'hcfa' | 'bfa'; sex: 'M' | 'F'; kind: 'sd' | 'centile'; from?: number; to?: number; step?: number }, signal?: AbortSignal) =>
    data(http.GET('/api/growth/curves', { params: { query: q }, signal })),
  checks: (id: string, purpose: 'health_care' | 'guardian_access', signal?: AbortSignal) => data(http.GET('/api/children/{id}/health-checks', { params: { path: { id }, query: { purpose } }, signal })),
  recordCheck: (childId: string, body: Schemas['HealthCheckInput']) => data(http.POST('/api/children/{id}/health-checks', { params: { path: { id: childId } }, body })),
  desk: (status: 'attention' | 'upcoming' | 'all', page: number, signal?: AbortSignal) => data(http.GET('/api/health/desk', { params: { query: { status, page, pageSize: 50 } }, signal })),
  flags: (signal?: AbortSignal) => data(http.GET('/api/health/flags', { params: { query: { status: 'open', pageSize: 100 } }, signal })),
  completeFlag: (id: string, outcome: string) => data(http.PATCH('/api/health/flags/{id}', { params: { path: { id } }, body: { outcome } })),
  childServices: (id: string, signal?: AbortSignal) => data(http.GET('/api/children/{id}/services', { params: { path: { id } }, signal })),
  sessions: (kind: Schemas['ServiceSession']['kind'] | undefined, signal?: AbortSignal) => data(http.GET('/api/services/sessions', { params: { query: { kind, pageSize: 100 } }, signal })),
  createSession: (body: Schemas['ServiceSessionInput']) => data(http.POST('/api/services/sessions', { body })),
  register: (sessionId: string, childId: string) => data(http.POST('/api/services/sessions/{id}/registrations', { params: { path: { id: sessionId } }, body: { childId } })),
  cancelRegistration: (id: string) => data(http.DELETE('/api/services/registrations/{id}', { params: { path: { id } } })),
  roster: (sessionId: string, signal?: AbortSignal) => data(http.GET('/api/services/sessions/{id}/registrations', { params: { path: { id: sessionId } }, signal })),
  attendance: (id: string, attended: boolean) => data(http.PATCH('/api/services/registrations/{id}', { params: { path: { id } }, body: { attended } })),
  courses: (signal?: AbortSignal) => data(http.GET('/api/training/courses', { params: { query: { pageSize: 100 } }, signal })),
  createCourse: (body: Schemas['TrainingCourseInput']) => data(http.POST('/api/training/courses', { body })),
  registerStaff: (courseId: string, staffId: string) => data(http.POST('/api/training/courses/{id}/registrations', { params: { path: { id: courseId } }, body: { staffId } })),
  courseRoster: (courseId: string, signal?: AbortSignal) => data(http.GET('/api/training/courses/{id}/registrations', { params: { path: { id: courseId } }, signal })),
  completeCourse: (registrationId: string, certificateNo: string | null) => data(http.POST('/api/training/registrations/{id}/complete', { params: { path: { id: registrationId } }, body: { certificateNo } })),
  staff: (facilityId: string, signal?: AbortSignal) => data(http.GET('/api/training/staff', { params: { query: { facilityId } }, signal })),
  signing: (signal?: AbortSignal) => data(http.GET('/api/health/reports/signing', { params: { query: {} }, signal })),
  serviceReport: (signal?: AbortSignal) => data(http.GET('/api/health/reports/services', { params: { query: {} }, signal })),
  trainingReport: (signal?: AbortSignal) => data(http.GET('/api/health/reports/training', { params: { query: {} }, signal })),
  expiring: (signal?: AbortSignal) => data(http.GET('/api/agreements', { params: { query: { status: 'expiring', pageSize: 100 } }, signal })),
};

/** Whole months of age on a day (the day of the month reached counts the month). */
export function ageMonths(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return Math.max(0, (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0));
}

/** The city's today (Asia/Shanghai) as YYYY-MM-DD. */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
