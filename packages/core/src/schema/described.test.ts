import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { describedRegistry } from './described.js';

const Code = z.string().check(z.minLength(1));
const Firm = z.strictObject({ code: Code, name: z.optional(z.string()) });

describe('describedRegistry', () => {
  it('gives z.toJSONSchema the descriptions of a schema and of its fields', () => {
    const metadata = describedRegistry([
      { schema: Code, description: 'A code.' },
      { schema: Firm, description: 'A firm.', fields: { name: 'Its name.' } },
    ]);
    const json = z.toJSONSchema(Firm, { io: 'input', metadata }) as { description: string; properties: Record<string, { description?: string }> };
    expect([json.description, json.properties['code']?.description, json.properties['name']?.description]).toEqual(['A firm.', 'A code.', 'Its name.']);
  });

  it('refuses a field the schema does not have', () => {
    expect(() => describedRegistry([{ schema: Firm, fields: { nmae: 'typo' } }])).toThrow(/no field "nmae"/);
  });

  it('refuses to describe one shared schema instance twice, which would rename it everywhere', () => {
    expect(() =>
      describedRegistry([
        { schema: Code, description: 'A code.' },
        { schema: Firm, fields: { code: 'The firm’s code.' } },
      ]),
    ).toThrow(/already described/);
  });
});
