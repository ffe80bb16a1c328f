/**
 * Daily care's calls, through the generated client (web/src/api/http.ts, typed by the OpenAPI document): one
 * function per endpoint (the session and its capabilities come from web/src/auth.tsx).
 */
import { data, http, type Schemas } from '../../api/http.ts';

export type Entry = Schemas['CareEntry'];
export type EntryInput = Schemas['CareEntryInput'];
export type BulkInput = Schemas['CareBulkInput'];
export type ClassDay = Schemas['ClassDay'];
export type RosterChild = ClassDay['children'][number];
export type Alert = Schemas['CareAlert'];
export type Dashboard = Schemas['CareDashboard'];
export type Teacher = Schemas['TeacherProfile'];
export type Pickup = Schemas['PickupPerson'];
export type Absence = Schemas['Absence'];
export type WeekMenu = Schemas['WeekMenu'];
export type Child = Schemas['Child'];

export const careApi = {
  classes: () => data(http.GET('/api/care/classes')),
  classDay: (id: string, date?: string) => data(http.GET('/api/classes/{id}/day', { params: { path: { id }, query: date ? { date } : {} } })),
  events: (id: string, date?: string) => data(http.GET('/api/children/{id}/events', { params: { path: { id }, query: date ? { date } : {} } })),
  record: (id: string, body: EntryInput) => data(http.POST('/api/children/{id}/events', { params: { path: { id } }, body })),
  bulk: (id: string, body: BulkInput) => data(http.POST('/api/classes/{id}/events', { params: { path: { id } }, body })),
  retract: (id: string, entryId: string, version: number, reason: string) => data(http.POST('/api/children/{id}/events/{entryId}/retract', { params: { path: { id, entryId } }, body: { version, reason } })),
  clockIn: (classId: string) => data(http.POST('/api/classes/{id}/shifts', { params: { path: { id: classId } } })),
  clockOut: (shiftId: string) => data(http.POST('/api/shifts/{id}/end', { params: { path: { id: shiftId } } })),
  pickups: (childId: string) => data(http.GET('/api/children/{id}/pickups', { params: { path: { id: childId } } })),
  addPickup: (childId: string, body: Schemas['PickupPersonInput']) => data(http.POST('/api/children/{id}/pickups', { params: { path: { id: childId } }, body })),
  revokePickup: (id: string) => data(http.DELETE('/api/pickups/{id}', { params: { path: { id } } })),
  absences: (childId: string) => data(http.GET('/api/children/{id}/absences', { params: { path: { id: childId } } })),
  reportAbsence: (childId: string, body: Schemas['AbsenceInput']) => data(http.POST('/api/children/{id}/absences', { params: { path: { id: childId } }, body })),
  cancelAbsence: (id: string) => data(http.DELETE('/api/absences/{id}', { params: { path: { id } } })),
  teachers: (classId: string) => data(http.GET('/api/classes/{id}/teachers', { params: { path: { id: classId } } })),
  menu: (facilityId: string, date?: string) => data(http.GET('/api/facilities/{id}/menu', { params: { path: { id: facilityId }, query: date ? { date } : {} } })),
  dashboard: (facilityId: string) => data(http.GET('/api/facilities/{id}/care-dashboard', { params: { path: { id: facilityId } } })),
  closeAlert: (id: string, status: 'done' | 'dismissed', resolution: string) => data(http.POST('/api/care-alerts/{id}/close', { params: { path: { id } }, body: { status, resolution } })),
  reported: (id: string, note: string) => data(http.POST('/api/care/outbreaks/{id}/reported', { params: { path: { id } }, body: { note } })),
  children: () => data(http.GET('/api/children', { params: { query: { pageSize: 50 } } })),
  uploadPhoto: (childId: string, file: Blob) =>
    data(
      http.POST('/api/children/{id}/photos', {
        params: { path: { id: childId }, query: { purpose: 'entry' } },
        body: file as unknown as string,
        bodySerializer: (b: unknown) => b as Blob,
        headers: { 'Content-Type': file.type === 'image/png' ? 'image/png' : 'image/jpeg' },
      }),
    ),
};

/** A new client-made id (entries are idempotent by it). */
export function newId(): string {
  return crypto.randomUUID();
}

/** The city's date today (Asia/Shanghai), YYYY-MM-DD. */
export function cityToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** HH:MM of an ISO time in the city's time zone. */
export function hhmm(iso: string): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}
