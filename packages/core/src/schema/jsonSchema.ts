import * as z from 'zod/mini';
import { describedRegistry, type Described } from './described.js';
import { EnterpriseRecord, RECORD_DOCS } from './record.js';
import { SCHEME_DOCS, Scheme, SourcePrecedence } from './scheme.js';
import { SCHEME_CLASSES_DOCS } from './schemeClasses.js';
import { SCHEME_INDICATOR_DOCS } from './schemeIndicator.js';
import { SCHEME_SCOPE_DOCS } from './schemeScope.js';

/** One description per field of a scheme's sourcePrecedence (built here, so a bundle that only evaluates does not carry it). */
const sourcePrecedenceDocs = (): Described[] => [
  {
    schema: SourcePrecedence,
    fields: Object.fromEntries(
      Object.keys(SourcePrecedence.shape).map((f) => [f, `The kinds of bureau export whose ${f} the scheme scores, the first that has it wins.`]),
    ),
  },
];
/** Every description of the scheme and record schemas. */
const metadata = () => describedRegistry(RECORD_DOCS, SCHEME_SCOPE_DOCS, SCHEME_INDICATOR_DOCS, SCHEME_CLASSES_DOCS, SCHEME_DOCS, sourcePrecedenceDocs());

/**
 * JSON Schemas of a scheme file and of a record, generated from the zod schemas (descriptions and
 * defaults included), for editors. The package ships them as `@mujun/core/scheme.schema.json` and
 * `@mujun/core/record.schema.json`; a test keeps the shipped files equal to these.
 */
export function schemeJsonSchema(): object {
  return { ...z.toJSONSchema(Scheme, { io: 'input', metadata: metadata() }), title: 'mujun evaluation scheme (评价方案)' };
}

/** The JSON Schema of one {@link EnterpriseRecord}. */
export function recordJsonSchema(): object {
  return { ...z.toJSONSchema(EnterpriseRecord, { io: 'input', metadata: metadata() }), title: 'mujun enterprise record (企业数据)' };
}
