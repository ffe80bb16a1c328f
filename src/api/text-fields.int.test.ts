/**
 * Text PostgreSQL or a spreadsheet cannot hold, in every string field of every operation of the OpenAPI document
 * (generated from the document, so a new operation is covered without touching this file): NUL, other control
 * characters and lone UTF-16 surrogates in JSON bodies (at their nested paths), query values and path parameters.
 * Every such request gets a 400 naming the field — never a 5xx — and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { OpenAPI3, OperationObject, ParameterObject, ReferenceObject, SchemaObject } from 'openapi-typescript';
import { createApp } from './app.ts';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { Client } from '../../test/http.ts';
import { PASSWORD, seedRegistry, type RegistryFixture } from '../../test/registry-fixture.ts';
import { findBadText } from '../shared/text.ts';

let t: TestDb;
let fx: RegistryFixture;
let app: ReturnType<typeof createApp>;
let doc: OpenAPI3;
const clients: Client[] = [];
let facilitiesBefore = 0;
const countFacilities = async () => Number((await t.db.k.selectFrom('facilities').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  t = await createTestDb();
  fx = await seedRegistry(t.db);
  app = createApp({ db: t.db, webRoot: null });
  doc = (await (await app.request('/api/openapi.json')).json()) as OpenAPI3;
  for (const who of ['city', 'director', 'guardian']) {
    const c = new Client(app);
    expect((await c.login(who, PASSWORD)).status).toBe(200);
    clients.push(c);
  }
  clients.push(new Client(app)); // anonymous
  facilitiesBefore = await countFacilities();
});
afterAll(async () => t?.drop());

type Schema = SchemaObject | ReferenceObject;
function resolve(s: Schema | undefined): SchemaObject | undefined {
  if (!s) return undefined;
  if ('$ref' in s) return resolve(doc.components?.schemas?.[s.$ref.split('/').pop()!] as Schema);
  return s;
}

/** A plausible value of a schema, with the path of every string inside it (for the bad text to replace). */
function sample(s: Schema | undefined, path: string, strings: string[], depth = 0): unknown {
  const r = resolve(s);
  if (!r || depth > 6) return null;
  if ('anyOf' in r && r.anyOf) return sample(r.anyOf.find((x) => resolve(x)?.type !== 'null') ?? r.anyOf[0], path, strings, depth + 1);
  if ('oneOf' in r && r.oneOf) return sample(r.oneOf[0], path, strings, depth + 1);
  if ('allOf' in r && r.allOf) return sample(r.allOf[0], path, strings, depth + 1);
  const type = Array.isArray(r.type) ? r.type.find((x) => x !== 'null') : r.type;
  if ('enum' in r && r.enum?.length) {
    if (type === 'string' || typeof r.enum[0] === 'string') strings.push(path);
    return r.enum[0];
  }
  switch (type) {
    case 'string':
      strings.push(path);
      return (r as { example?: string }).example ?? 'x';
    case 'integer':
    case 'number':
      return (r as { minimum?: number }).minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return [sample((r as { items?: Schema }).items, path ? `${path}.0` : '0', strings, depth + 1)];
    case 'object': {
      const props = (r as { properties?: Record<string, Schema> }).properties ?? {};
      return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, sample(v, path ? `${path}.${k}` : k, strings, depth + 1)]));
    }
    default:
      return null;
  }
}

function setAt(obj: unknown, path: string, value: string): unknown {
  const copy = structuredClone(obj);
  const keys = path.split('.');
  let cur = copy as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) cur = cur[k] as Record<string, unknown>;
  cur[keys[keys.length - 1]!] = value;
  return copy;
}

/** Plain text around the bad character: findBadText's own definition of "fine". */
const plain = (s: string) => [...s].filter((ch) => findBadText(ch) === null).join('');

/** Text that cannot be stored: a NUL, another C0/C1 control, or (JSON only) a lone surrogate, inside some text. */
const badText = (json: boolean) =>
  fc
    .tuple(
      fc.string({ maxLength: 6 }).map(plain),
      fc.constantFrom(...['\u0000', '\u0001', '\u0008', '\u001b', '\u007f', '\u0085', '\u009c', ...(json ? ['\ud800', '\udfff', '\udbff'] : [])]),
      fc.string({ maxLength: 6 }).map(plain),
    )
    .map(([a, bad, b]) => `${a}${bad}${b}`);

interface Target {
  method: string;
  path: string;
  /** Where the bad text goes: `query:<name>`, `path:<name>` or `body:<dotted path>`. */
  field: string;
}

function targets(): { list: Target[]; bodies: Map<string, unknown> } {
  const list: Target[] = [];
  const bodies = new Map<string, unknown>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of ['get', 'post', 'patch', 'put', 'delete'] as const) {
      const op = (item as Record<string, OperationObject | undefined>)[method];
      if (!op) continue;
      for (const p of (op.parameters ?? []) as Array<ParameterObject | ReferenceObject>) {
        if ('$ref' in p) continue;
        const t = resolve(p.schema as Schema);
        const types: unknown[] = t ? (Array.isArray(t.type) ? t.type : [t.type]) : [];
        const isString = t !== undefined && (types.includes('string') || 'enum' in t || 'anyOf' in t);
        if ((p.in === 'query' || p.in === 'path') && isString) list.push({ method, path, field: `${p.in}:${p.name}` });
      }
      const body = (op.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)?.content?.['application/json']?.schema;
      if (body) {
        const strings: string[] = [];
        bodies.set(`${method} ${path}`, sample(body, '', strings));
        for (const s of strings) list.push({ method, path, field: `body:${s}` });
      }
    }
  }
  return { list, bodies };
}

const fillPath = (path: string, bad?: { name: string; value: string }) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => (bad && bad.name === name ? encodeURIComponent(bad.value) : name === 'id' ? fx.pointA : 'x'));

describe('no control characters or lone surrogates reach the database (every string field of every operation)', () => {
  it('covers every operation of the document', () => {
    const { list } = targets();
    const ops = new Set(list.map((x) => `${x.method} ${x.path}`));
    console.log(`text fields: ${list.length} in ${ops.size} operations`);
    expect(ops.size).toBeGreaterThan(15);
    expect(list.length).toBeGreaterThan(60);
  });

  it('answers 400 naming the field, never 5xx, for each field (fast-check picks the text and the caller)', async () => {
    const { list, bodies } = targets();
    const seen: string[] = [];
    for (const target of list) {
      const [where, name] = [target.field.slice(0, target.field.indexOf(':')), target.field.slice(target.field.indexOf(':') + 1)];
      await fc.assert(
        fc.asyncProperty(badText(where === 'body'), fc.integer({ min: 0, max: clients.length - 1 }), async (bad, who) => {
          const c = clients[who]!;
          let url = fillPath(target.path, where === 'path' ? { name, value: bad } : undefined);
          if (where === 'query') url += `?${new URLSearchParams({ [name]: bad }).toString()}`;
          const body = where === 'body' ? setAt(bodies.get(`${target.method} ${target.path}`), name, bad) : bodies.get(`${target.method} ${target.path}`);
          const r = await c.req(target.method.toUpperCase(), url, body);
          const label = `${target.method.toUpperCase()} ${target.path} ${target.field}`;
          expect(r.status, `${label}: ${JSON.stringify(r.body).slice(0, 200)}`).toBe(400);
          const named = where === 'body' ? name : where === 'query' ? name : 'path';
          expect(r.body.error.issues.map((i: { field: string }) => i.field), label).toContain(named);
          expect(['nul_character', 'control_character', 'lone_surrogate']).toContain(r.body.error.issues.find((i: { field: string }) => i.field === named).code);
        }),
        { numRuns: 3 },
      );
      seen.push(target.field);
    }
    expect(seen.length).toBe(list.length);
  });

  it('wrote nothing', async () => {
    expect(await countFacilities()).toBe(facilitiesBefore);
  });
});
