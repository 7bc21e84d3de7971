import * as z from 'zod/mini';
import { EnterpriseRecord } from './record.js';
import { Scheme } from './scheme.js';

/**
 * JSON Schemas of a scheme file and of a record, generated from the zod schemas (descriptions and
 * defaults included), for editors. The package ships them as `@mujun/core/scheme.schema.json` and
 * `@mujun/core/record.schema.json`; a test keeps the shipped files equal to these.
 */
export function schemeJsonSchema(): object {
  return { ...z.toJSONSchema(Scheme, { io: 'input' }), title: 'mujun evaluation scheme (评价方案)' };
}

/** The JSON Schema of one {@link EnterpriseRecord}. */
export function recordJsonSchema(): object {
  return { ...z.toJSONSchema(EnterpriseRecord, { io: 'input' }), title: 'mujun enterprise record (企业数据)' };
}
