/**
 * Write the JSON Schemas editors use for scheme files and records:
 *   npx tsx packages/core/scripts/jsonSchema.ts [outDir]
 * → packages/core/schema/scheme.schema.json and record.schema.json (or into outDir), generated from the zod schemas
 * with `z.toJSONSchema(…, { io: 'input' })` (so defaulted fields are optional). The tests
 * (src/schema/jsonSchema.test.ts, src/laws/jsonSchema.test.ts) fail when the committed files drift.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordJsonSchema, schemeJsonSchema } from '../src/schema/jsonSchema.js';

const files = { 'scheme.schema.json': schemeJsonSchema, 'record.schema.json': recordJsonSchema } as const;

const outDir = process.argv[2] ?? fileURLToPath(new URL('../schema', import.meta.url));
for (const [name, generate] of Object.entries(files)) {
  const path = join(outDir, name);
  writeFileSync(path, `${JSON.stringify(generate(), null, 2)}\n`);
  console.log(`wrote ${path}`);
}
