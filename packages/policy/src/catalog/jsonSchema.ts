import { describedRegistry } from '@mujun/core';
import * as z from 'zod/mini';
import { AMOUNT_DOCS } from './amount.js';
import { CATALOG_DOCS, PolicyCatalog } from './catalog.js';
import { MEASURE_DOCS } from './measure.js';
import { TEXT_DOCS } from './text.js';

/**
 * The JSON Schema of a policy catalog file, generated from the zod schema (descriptions and
 * defaults included), for editors. Shipped as `@mujun/policy/policy-catalog.schema.json`; a test
 * keeps the shipped file equal to this.
 */
export function catalogJsonSchema(): object {
  const metadata = describedRegistry(TEXT_DOCS, AMOUNT_DOCS, MEASURE_DOCS, CATALOG_DOCS);
  return { ...z.toJSONSchema(PolicyCatalog, { io: 'input', metadata }), title: 'mujun policy catalog (差别化政策目录)' };
}
