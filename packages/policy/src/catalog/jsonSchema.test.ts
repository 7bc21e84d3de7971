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

  it('describes every property, at every depth', () => {
    type Node = {
      description?: string;
      properties?: Record<string, Node>;
      items?: Node;
      additionalProperties?: Node | boolean;
      anyOf?: Node[];
      oneOf?: Node[];
    };
    const undescribed: string[] = [];
    const walk = (node: Node | boolean | undefined, path: string): void => {
      if (node === undefined || typeof node === 'boolean') return;
      for (const [key, prop] of Object.entries(node.properties ?? {})) {
        const described = prop.description !== undefined || [...(prop.anyOf ?? []), ...(prop.oneOf ?? [])].some((x) => x.description !== undefined);
        if (!described) undescribed.push(`${path}.${key}`);
        walk(prop, `${path}.${key}`);
      }
      walk(node.items, `${path}[]`);
      walk(node.additionalProperties, `${path}{}`);
      for (const x of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) walk(x, path);
    };
    walk(catalogJsonSchema() as Node, '');
    expect(undescribed).toEqual([]);
  });
});
