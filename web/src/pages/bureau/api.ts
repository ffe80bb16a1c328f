/**
 * The bureaus' desk calls, as TanStack Query options and mutations: every call goes through the typed client
 * (web/src/api/http.ts), so paths, parameters and answers are those of the OpenAPI document.
 */
import { data, http, type Schemas } from '../../api/http.ts';
import type { paths } from '../../api/schema.gen.ts';

type Signal = { signal: AbortSignal };
export type RegistryQuery = NonNullable<paths['/api/registry']['get']['parameters']['query']>;
export type AuditQuery = NonNullable<paths['/api/audit']['get']['parameters']['query']>;
export type AssessmentQuery = NonNullable<paths['/api/assessments']['get']['parameters']['query']>;
export type RegistryRow = Schemas['RegistryRow'];
export type FilingState = Schemas['FilingState'];
export type FilingEntry = Schemas['FilingEntry'];
export type Assessment = Schemas['Assessment'];
export type QualityStandard = Schemas['QualityStandard'];
export type AuditEntry = Schemas['AuditEntry'];
export type FacilityInput = Schemas['FacilityInput'];
export type FilingStep = Schemas['FilingStep'];

export const registryQuery = (query: RegistryQuery) => ({
  queryKey: ['registry', query] as const,
  queryFn: ({ signal }: Signal) => data(http.GET('/api/registry', { params: { query }, signal })),
});

export const countiesQuery = () => ({
  queryKey: ['divisions', 'county'] as const,
  queryFn: ({ signal }: Signal) => data(http.GET('/api/divisions', { params: { query: { level: 'county', pageSize: 200 } }, signal })),
  staleTime: 5 * 60_000,
});

export const filingStateQuery = (id: string) => ({
  queryKey: ['filing', id] as const,
  queryFn: ({ signal }: Signal) => data(http.GET('/api/facilities/{id}/filing', { params: { path: { id } }, signal })),
});

export const filingHistoryQuery = (id: string) => ({
  queryKey: ['filing', id, 'history'] as const,
  queryFn: ({ signal }: Signal) => data(http.GET('/api/facilities/{id}/filings', { params: { path: { id }, query: { pageSize: 50 } }, signal })),
});

export const assessmentsQuery = (query: AssessmentQuery) => ({
  queryKey: ['assessments', query] as const,
  queryFn: ({ signal }: Signal) => data(http.GET('/api/assessments', { params: { query }, signal })),
});

export const assessmentQuery = (id: string) => ({
  queryKey: ['assessment', id] as const,
  queryFn: ({ signal }: Signal) => data(http.GET('/api/assessments/{id}', { params: { path: { id } }, signal })),
});

export const qualityStandardQuery = () => ({
  queryKey: ['policy', 'quality'] as const,
  queryFn: ({ signal }: Signal) => data(http.GET('/api/policy/quality', { signal })),
  staleTime: 10 * 60_000,
});

export const auditQuery = (query: AuditQuery) => ({
  queryKey: ['audit', query] as const,
  queryFn: ({ signal }: Signal) => data(http.GET('/api/audit', { params: { query }, signal })),
});

export const registerFacility = (body: FacilityInput) => data(http.POST('/api/facilities', { body }));
export const archiveFacility = (id: string) => data(http.POST('/api/facilities/{id}/archive', { params: { path: { id } } }));
export const restoreFacility = (id: string) => data(http.POST('/api/facilities/{id}/restore', { params: { path: { id } } }));
export const setSupervisor = (id: string, supervisorId: string, version: number) => data(http.PATCH('/api/facilities/{id}', { params: { path: { id } }, body: { supervisorId, version } }));
export const takeFilingStep = (id: string, body: FilingStep) => data(http.POST('/api/facilities/{id}/filing', { params: { path: { id } }, body }));
export const createAssessment = (body: Schemas['AssessmentInput']) => data(http.POST('/api/assessments', { body }));
export const updateAssessment = (id: string, body: Schemas['AssessmentPatch']) => data(http.PATCH('/api/assessments/{id}', { params: { path: { id } }, body }));

/** The content type the import route reads for a file (by its name when the browser does not say). */
export function importContentType(file: File): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (name.endsWith('.geojson') || name.endsWith('.json')) return 'application/geo+json';
  return null;
}

/** Sends a registry file (CSV, XLSX or GeoJSON) as the body, with its content type: all rows or none. */
export function importFile(file: File, contentType: string) {
  return data(http.POST('/api/facilities/import', { body: file as never, bodySerializer: (b: unknown) => b as BodyInit, headers: { 'Content-Type': contentType } }));
}

/** The registry export in a format, as a file to save. */
export async function exportFile(format: 'csv' | 'xlsx' | 'geojson'): Promise<{ blob: Blob; name: string }> {
  const blob = (await data(http.GET('/api/facilities/export', { params: { query: { format } }, parseAs: 'blob' }))) as unknown as Blob;
  const today = new Date().toISOString().slice(0, 10);
  return { blob, name: `facilities-${today}.${format}` };
}
