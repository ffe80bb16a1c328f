/**
 * The contract: the web app's generated types are current, and the OpenAPI document describes every response —
 * every operation has a 2xx answer, and each JSON answer is an object schema with named properties (no untyped
 * `{}` or `additionalProperties`-only bodies, at any depth), every error answer is the Error schema.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { OpenAPI3, ReferenceObject, SchemaObject } from 'openapi-typescript';
import { generatedTypes, openApiDocument, SCHEMA_FILE } from './generate.ts';
import { readFileSync } from 'node:fs';

let doc: OpenAPI3;
beforeAll(async () => {
  doc = await openApiDocument();
});

function resolve(s: SchemaObject | ReferenceObject | undefined): SchemaObject | undefined {
  if (!s) return undefined;
  if ('$ref' in s) {
    const name = s.$ref.split('/').pop()!;
    return resolve(doc.components?.schemas?.[name] as SchemaObject | ReferenceObject | undefined);
  }
  return s;
}

/** Whether a schema names its properties (objects) or is a typed array/primitive of such. */
function named(s: SchemaObject | ReferenceObject | undefined, depth = 0): boolean {
  const r = resolve(s);
  if (!r || depth > 8) return false;
  if (r.anyOf) return r.anyOf.every((x) => named(x, depth + 1));
  if (r.oneOf) return r.oneOf.every((x) => named(x, depth + 1));
  if (r.allOf) return r.allOf.some((x) => named(x, depth + 1));
  const t = Array.isArray(r.type) ? r.type.filter((x) => x !== 'null') : [r.type];
  const props = (r as { properties?: Record<string, unknown> }).properties;
  if (t.includes('object')) return !!props && Object.keys(props).length > 0;
  if (t.includes('array')) return named((r as { items?: SchemaObject }).items, depth + 1);
  return t.some((x) => x === 'string' || x === 'number' || x === 'integer' || x === 'boolean');
}

/**
 * The places inside a schema that say nothing about their value (`{}`: zod's any/unknown), or objects that are only
 * `additionalProperties: {}` — each as a dotted path. Named schemas are walked once (NetworkNode is recursive).
 */
function untyped(s: SchemaObject | ReferenceObject | undefined, path: string, seen = new Set<string>()): string[] {
  if (!s) return [path];
  if ('$ref' in s) {
    if (seen.has(s.$ref)) return [];
    seen.add(s.$ref);
    return untyped(resolve(s), path, seen);
  }
  const r = s as SchemaObject & { properties?: Record<string, SchemaObject>; additionalProperties?: boolean | SchemaObject; items?: SchemaObject; prefixItems?: SchemaObject[] };
  const parts = [...(r.anyOf ?? []), ...(r.oneOf ?? []), ...(r.allOf ?? [])];
  if (parts.length) return parts.flatMap((x, i) => untyped(x, `${path}|${i}`, seen));
  if (r.type === undefined && (r as { enum?: unknown }).enum === undefined && (r as { const?: unknown }).const === undefined) return [path];
  const out: string[] = [];
  for (const [k, v] of Object.entries(r.properties ?? {})) out.push(...untyped(v, `${path}.${k}`, seen));
  if (typeof r.additionalProperties === 'object') out.push(...untyped(r.additionalProperties, `${path}.*`, seen));
  if (r.items) out.push(...untyped(r.items, `${path}[]`, seen));
  for (const [i, v] of (r.prefixItems ?? []).entries()) out.push(...untyped(v, `${path}[${i}]`, seen));
  return out;
}

describe('the API contract', () => {
  it('web/src/api/schema.gen.ts is generated from the current document (run `npm run gen:api`)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8') === (await generatedTypes(doc)), 'web/src/api/schema.gen.ts is stale: run `npm run gen:api`').toBe(true);
  });

  it('every operation has a 2xx response, and every JSON response names its properties', () => {
    const problems: string[] = [];
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      for (const [method, op] of Object.entries(item as Record<string, { responses?: Record<string, { content?: Record<string, { schema?: SchemaObject }> }> }>)) {
        if (!op || typeof op !== 'object' || !('responses' in op)) continue;
        const responses = op.responses ?? {};
        const ok = Object.keys(responses).filter((s) => /^2\d\d$/.test(s));
        if (ok.length === 0) problems.push(`${method.toUpperCase()} ${path}: no 2xx response`);
        for (const [status, r] of Object.entries(responses)) {
          if (status === '204') continue;
          const content = r.content ?? {};
          if (/^2/.test(status) && Object.keys(content).length === 0) problems.push(`${method.toUpperCase()} ${path} ${status}: no content described`);
          for (const [type, media] of Object.entries(content)) {
            if (/json/.test(type) && !named(media.schema)) problems.push(`${method.toUpperCase()} ${path} ${status} ${type}: schema without named properties`);
            else if (/json/.test(type)) for (const at of untyped(media.schema, '$')) problems.push(`${method.toUpperCase()} ${path} ${status} ${type}: untyped value at ${at}`);
          }
        }
      }
    }
    expect(problems.filter((p) => !UNTYPED_FOR_NOW.some((u) => p.startsWith(u)))).toEqual([]);
  });

  it('writes a nullable named schema as anyOf [$ref, null] (zod .nullable() on a named schema gives allOf [$ref, {type: [object, null]}], which can never be null and generates an unusable type)', () => {
    const hits: string[] = [];
    const walk = (v: unknown, at: string): void => {
      if (!v || typeof v !== 'object') return;
      const o = v as { allOf?: Array<{ type?: unknown }> };
      if (o.allOf?.some((x) => Array.isArray(x.type) && x.type.includes('null'))) hits.push(at);
      for (const [k, c] of Object.entries(v)) walk(c, `${at}/${k}`);
    };
    walk(doc, '#');
    expect(hits, 'use z.union([schema, z.null()])').toEqual([]);
  });

  it('lists every machine code of errors and issues', () => {
    const err = resolve(doc.components?.schemas?.Error as SchemaObject);
    expect(JSON.stringify(err)).toContain('rate_limited');
    const code = resolve(doc.components?.schemas?.IssueCode as SchemaObject);
    expect((code as { enum?: string[] }).enum).toContain('over_cap');
  });
});

/**
 * Operations whose answers are not described yet, being typed in this wave (each entry is a prefix of a problem
 * line above). This list only shrinks: the test fails for any other operation.
 */
const UNTYPED_FOR_NOW: readonly string[] = [];
