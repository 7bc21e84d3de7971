import * as z from 'zod/mini';
import { EnterpriseRecord } from './record.js';

/**
 * The bureaus whose exports a district merges (归集, DOMAIN.md §7): 自然资源 (land), 税务 (tax),
 * 供电 (power), 生态环境 (environment), 统计 (statistics). When two exports give the same figure of
 * a firm, the kind of export decides which one is used — never the order the files were given in.
 */
export const SOURCE_KINDS = ['land', 'tax', 'power', 'environment', 'statistics'] as const;

/** One of {@link SOURCE_KINDS}. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A kind of bureau export. */
export const SourceKindSchema = z.enum(SOURCE_KINDS);

const FIELDS = Object.keys(EnterpriseRecord.shape).filter((f) => f !== 'creditCode') as [string, ...string[]];

/**
 * A scheme's own statement of whose figure it scores, per record field: `{ "salesWan": ["tax"] }`
 * (武进 scores 开票销售 from the tax bureau). The kinds listed win that field in the order listed,
 * before the default order of the merge.
 */
// A strict object of optional fields rather than z.partialRecord: zod below 4.6 writes every key of
// a partial record as required in the JSON Schema, and an unknown field name must be refused.
export const SourcePrecedence = z.strictObject(
  Object.fromEntries(FIELDS.map((f) => [f, z.optional(z.array(SourceKindSchema).check(z.minLength(1)))])) as Record<
    (typeof FIELDS)[number],
    z.ZodMiniOptional<z.ZodMiniArray<typeof SourceKindSchema>>
  >,
);
