/** Regenerates web/src/api/schema.gen.ts from the API's OpenAPI document (see src/api/contract/generate.ts). */
import { writeGeneratedTypes } from '../src/api/contract/generate.ts';

await writeGeneratedTypes();
