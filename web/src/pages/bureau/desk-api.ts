/**
 * The dashboard, subsidy-claim and monthly-report calls of the bureaus' desk, through the typed client (paths and
 * answers are those of the OpenAPI document).
 */
import { data, http, type Schemas } from '../../api/http.ts';
import type { paths } from '../../api/schema.gen.ts';

type Signal = { signal: AbortSignal };
export type DeskFigures = Schemas['DeskFigures'];
export type DeskFigureRow = Schemas['DeskFigureRow'];
export type Claim = Schemas['SubsidyClaim'];
export type ClaimDetail = Schemas['SubsidyClaimDetail'];
export type ClaimLine = Schemas['SubsidyClaimLine'];
export type ClaimQuery = NonNullable<paths['/api/subsidy-claims']['get']['parameters']['query']>;
export type ClaimAction = Schemas['SubsidyClaimStep']['action'];

export const figuresQuery = (target: { division?: string; facility?: string }) => ({
  queryKey: ['desk', 'figures', target] as const,
  // format=json: the JSON answer (the document also describes the XLSX one)
  queryFn: async ({ signal }: Signal) => (await data(http.GET('/api/desk/figures', { params: { query: { ...target, format: 'json' } }, signal }))) as DeskFigures,
});

export const claimsQuery = (query: ClaimQuery) => ({
  queryKey: ['subsidy', 'claims', query] as const,
  queryFn: ({ signal }: Signal) => data(http.GET('/api/subsidy-claims', { params: { query }, signal })),
});

export const claimQuery = (id: string) => ({
  queryKey: ['subsidy', 'claim', id] as const,
  queryFn: ({ signal }: Signal) => data(http.GET('/api/subsidy-claims/{id}', { params: { path: { id } }, signal })),
});

export const claimLinesQuery = (id: string) => ({
  queryKey: ['subsidy', 'claim', id, 'lines'] as const,
  queryFn: ({ signal }: Signal) => data(http.GET('/api/subsidy-claims/{id}/lines', { params: { path: { id }, query: { pageSize: 200 } }, signal })),
});

export const runClaims = (month: string) => data(http.POST('/api/subsidy-claims/run', { body: { month } }));
export const stepClaim = (id: string, action: ClaimAction, note?: string) => data(http.POST('/api/subsidy-claims/{id}/steps', { params: { path: { id } }, body: { action, ...(note ? { note } : {}) } }));
export const takeSnapshot = (month: string) => data(http.POST('/api/desk/snapshots', { body: { month } }));

/** The dashboard table as an Excel workbook. */
export async function figuresXlsx(target: { division?: string; facility?: string }): Promise<Blob> {
  return (await data(http.GET('/api/desk/figures', { params: { query: { ...target, format: 'xlsx' } }, parseAs: 'blob' }))) as unknown as Blob;
}

/** The monthly report to the province as an Excel workbook. */
export async function monthlyReportXlsx(month: string, division?: string): Promise<Blob> {
  return (await data(http.GET('/api/reports/monthly', { params: { query: { month, division, format: 'xlsx' } }, parseAs: 'blob' }))) as unknown as Blob;
}

/** The month before the current one, yyyy-mm (the month a claim run and a report are usually for). */
export function previousMonth(now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}
