import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogJsonSchema } from './jsonSchema.js';

// The shipped JSON Schema must match the zod schema. To regenerate after changing it:
//   UPDATE_JSON_SCHEMAS=1 npx vitest run packages/policy/src/catalog/jsonSchema.test.ts
describe('shipped JSON Schema', () => {
  it('policy-catalog.schema.json is up to date', () => {
    const path = fileURLToPath(new URL('../../schema/policy-catalog.schema.json', import.meta.url));
    const text = `${JSON.stringify(catalogJsonSchema(), null, 2)}\n`;
    if (process.env['UPDATE_JSON_SCHEMAS'] === '1') writeFileSync(path, text);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('describes every catalog and measure property', () => {
    const schema = catalogJsonSchema() as { properties: Record<string, { description?: string }> };
    for (const [key, prop] of Object.entries(schema.properties)) expect([key, typeof prop.description]).toEqual([key, 'string']);
  });
});
