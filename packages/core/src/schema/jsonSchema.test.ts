import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recordJsonSchema, schemeJsonSchema } from './jsonSchema.js';

// The shipped JSON Schemas must match the zod schemas. To regenerate after changing a schema:
//   UPDATE_JSON_SCHEMAS=1 npx vitest run packages/core/src/schema/jsonSchema.test.ts
const files = [
  ['scheme.schema.json', schemeJsonSchema],
  ['record.schema.json', recordJsonSchema],
] as const;

describe('shipped JSON Schemas', () => {
  it.each(files)('%s is up to date', (name, generate) => {
    const path = fileURLToPath(new URL(`../../schema/${name}`, import.meta.url));
    const text = `${JSON.stringify(generate(), null, 2)}\n`;
    if (process.env['UPDATE_JSON_SCHEMAS'] === '1') writeFileSync(path, text);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('describes every scheme property and requires what a preset cannot leave out', () => {
    const schema = schemeJsonSchema() as { properties: Record<string, { description?: string }>; required: string[] };
    for (const [key, prop] of Object.entries(schema.properties)) expect([key, typeof prop.description]).toEqual([key, 'string']);
    expect(schema.required.sort()).toEqual(['groups', 'id', 'name', 'nameEn']);
  });
});
