/** The generated database interface must match the migrated schema: a migration without `npm run gen:db` fails here. */
import { expect, inject, it } from 'vitest';
import { runCodegen, withScratchDatabase } from './schema-codegen.ts';

it('src/db/schema.gen.ts is up to date with the migrations (run `npm run gen:db`)', async () => {
  const code = await withScratchDatabase(inject('pgUrl'), (url) => runCodegen(url, { verify: true }));
  expect(code, 'src/db/schema.gen.ts is stale: run `npm run gen:db`').toBe(0);
});
