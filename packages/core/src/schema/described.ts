import * as z from 'zod/mini';

/**
 * The description of a schema and of its object fields. Schema files keep these as plain data
 * beside the schemas rather than `z.describe(…)` inside them: the text (a third of a browser
 * bundle's weight in the schemas) then stays out of any bundle that only parses, such as a web
 * page calling `evaluate`, and reaches only the JSON Schemas and the reference.
 */
export interface Described {
  schema: z.core.$ZodType;
  description?: string;
  /** By field name, for an object schema. */
  fields?: Readonly<Record<string, string>>;
}

/**
 * A zod registry of the given descriptions, for `z.toJSONSchema(schema, { metadata })`. Throws when
 * a field is not in its schema, or when two descriptions land on one schema instance (a field that
 * reuses a shared schema needs its own instance, `Shared.clone()`, to be described apart).
 */
export function describedRegistry(...lists: readonly (readonly Described[])[]): z.core.$ZodRegistry<{ description: string }> {
  const registry = z.registry<{ description: string }>();
  const add = (schema: z.core.$ZodType, description: string, at: string): void => {
    if (registry.has(schema)) throw new Error(`${at}: this schema instance is already described; give it its own instance (.clone())`);
    registry.add(schema, { description });
  };
  for (const list of lists) {
    for (const { schema, description, fields } of list) {
      if (description !== undefined) add(schema, description, description.slice(0, 40));
      const shape = (schema._zod.def as { shape?: Record<string, z.core.$ZodType> }).shape;
      for (const [key, text] of Object.entries(fields ?? {})) {
        const field = shape?.[key];
        if (field === undefined) throw new Error(`describedRegistry: no field "${key}" in the schema described "${description ?? ''}"`);
        add(field, text, key);
      }
    }
  }
  return registry;
}
