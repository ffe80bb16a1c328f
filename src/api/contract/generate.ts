/**
 * The contract's single source is the zod schemas of the routes; from them the app publishes its OpenAPI 3.1
 * document, and from that document the web app's types are generated (openapi-typescript) into
 * web/src/api/schema.gen.ts, which the web app's openapi-fetch client is typed with. `npm run gen:api` rewrites the
 * file; src/api/contract/contract.test.ts fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';
import { Db } from '../../db/pool.ts';
import { createApp } from '../app.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../../../web/src/api/schema.gen.ts', import.meta.url));

const HEADER = `/**
 * GENERATED from the API's OpenAPI document (npm run gen:api) — do not edit. The zod schemas in src/api are the
 * single source; src/api/contract/contract.test.ts fails when this file is stale.
 */
`;

/**
 * The OpenAPI document the app serves at /api/openapi.json (built without a database connection: no route runs).
 */
export async function openApiDocument(): Promise<OpenAPI3> {
  const db = new Db('postgres://contract@127.0.0.1:1/none', 1);
  try {
    const app = createApp({ db, webRoot: null });
    const res = await app.request('/api/openapi.json');
    return (await res.json()) as OpenAPI3;
  } finally {
    await db.close();
  }
}

/** The TypeScript the web app is typed with, generated from the document. */
export async function generatedTypes(doc?: OpenAPI3): Promise<string> {
  const ast = await openapiTS(doc ?? (await openApiDocument()), { alphabetize: true, exportType: true });
  return HEADER + astToString(ast);
}

/** Rewrites web/src/api/schema.gen.ts. */
export async function writeGeneratedTypes(): Promise<void> {
  writeFileSync(SCHEMA_FILE, await generatedTypes());
}
