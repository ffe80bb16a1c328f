/** Shared OpenAPI schemas: the error body (with every machine code listed), paging, ids. */
import { z } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import { ERROR_CODES } from '../shared/errors.ts';
import { ISSUE_CODE_LIST, ISSUE_CODES } from '../shared/issue-codes.ts';

export const issueCodeSchema = z.enum(ISSUE_CODE_LIST as [string, ...string[]]).openapi('IssueCode', {
  description: `Machine code of a field issue; UIs translate by it. ${Object.entries(ISSUE_CODES)
    .map(([k, v]) => `\`${k}\`: ${v}`)
    .join('; ')}.`,
});

export const fieldIssueSchema = z
  .object({
    field: z.string().openapi({ example: 'classes.0.capacity' }),
    code: issueCodeSchema,
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional().openapi({ example: { cap: 15 } }),
    message: z.string().openapi({ description: "The server's English sentence; UIs translate `code` instead." }),
    row: z.number().int().optional().openapi({ description: 'Data row (1-based) of an imported file' }),
  })
  .openapi('FieldIssue');

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES).openapi({ example: 'invalid' }),
      message: z.string(),
      field: z.string().optional(),
      issues: z.array(fieldIssueSchema).optional(),
    }),
  })
  .openapi('Error');

const e = (description: string) => ({ description, content: { 'application/json': { schema: errorSchema } } });
export const errorResponses = {
  400: e('Invalid input (names the field)'),
  401: e('Login required'),
  403: e('Not allowed for this role or resource'),
  404: e('Not found (or not visible to the caller)'),
  409: e('Conflicts with the current state'),
  413: e('Body too large'),
  415: e('Unsupported media type'),
  429: e('Too many attempts (Retry-After says when to try again)'),
  503: e('A dependency is not ready'),
  504: e('A computation hit its time limit'),
} as const;

/** A JSON response of a schema. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

/** `{id}` in a path; a malformed id is simply not found (404), as for any unknown id. */
export const uuidParam = z.object({ id: z.string().max(100).openapi({ param: { name: 'id', in: 'path' }, example: '6f1c2d9e-3a4b-4c5d-8e9f-0a1b2c3d4e5f' }) });

/** Paging of every list: page (1-based) and page size, with the total in the answer. */
export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/**
 * A JSON answer the engine already wrote as text (the roads layer and isochrones are megabytes of GeoJSON: parsing
 * and re-serialising them per request would be wasted work), sent as is and typed as the route's schema says.
 * @param c - the request context
 * @param _schema - the answer's schema (the type the text is written to; the contract tests check real answers)
 * @param text - the serialised answer
 * @param contentType - its media type
 */
export function jsonText<S extends z.ZodType>(c: Context, _schema: S, text: string, contentType = 'application/geo+json; charset=utf-8'): Response & TypedResponse<JSONParsed<z.output<S>>, 200, 'json'> {
  return c.body(text, 200, { 'Content-Type': contentType }) as unknown as Response & TypedResponse<JSONParsed<z.output<S>>, 200, 'json'>;
}
