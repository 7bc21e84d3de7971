import * as z from 'zod/mini';
import { PolicyCatalog } from './catalog.js';

/**
 * The JSON Schema of a policy catalog file, generated from the zod schema (descriptions and
 * defaults included), for editors. Shipped as `@mujun/policy/policy-catalog.schema.json`; a test
 * keeps the shipped file equal to this.
 */
export function catalogJsonSchema(): object {
  return { ...z.toJSONSchema(PolicyCatalog, { io: 'input' }), title: 'mujun policy catalog (差别化政策目录)' };
}
