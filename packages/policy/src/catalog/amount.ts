import * as z from 'zod/mini';
import type { Described } from '@mujun/core';
import { NonNegativeDecimal, PolicyId } from './text.js';

/**
 * How trustworthy a published figure is. `reported-unverified`: the figure is quoted by
 * secondary sources but the original text was not retrieved — treat it as an example.
 */
export const SourceStatus = z.enum(['published', 'reported-unverified']);
export type SourceStatus = z.infer<typeof SourceStatus>;

/** An amount fixed by a source document, which it must name. */
const SourcedAmount = z.strictObject({
  value: NonNegativeDecimal.clone(), // its own instance, to carry its own description
  source: z.string().check(z.minLength(1)),
  status: z._default(SourceStatus, 'published'),
});

/**
 * An amount the user supplies: a named setting of the catalog, optionally scaled by a factor
 * that a source gives (南京 2018: C− pays half of D's surcharge → factor "0.5").
 */
const SettingAmount = z
  .strictObject({
    setting: PolicyId.clone(), // its own instance, to carry its own description
    factor: z.optional(NonNegativeDecimal),
    factorSource: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.refine((a) => a.factor === undefined || a.factorSource !== undefined, {
      message: '系数须注明来源（factorSource） / a factor must cite its source (factorSource)',
      path: ['factorSource'],
    }),
  );

/** Every amount either cites its source or is a user setting — nothing in between. */
export const Amount = z.union([SourcedAmount, SettingAmount]);
export type Amount = z.infer<typeof Amount>;

/** A user setting a catalog declares: its meaning, unit and (optionally) a marked default. */
export const SettingDeclaration = z
  .strictObject({
    label: z.string().check(z.minLength(1)),
    unit: z.string().check(z.minLength(1)),
    default: z.optional(NonNegativeDecimal),
    defaultNote: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.refine((s) => s.default === undefined || s.defaultNote !== undefined, {
      message: '默认值须说明来由（defaultNote） / a default must say where it comes from (defaultNote)',
      path: ['defaultNote'],
    }),
  );
export type SettingDeclaration = z.infer<typeof SettingDeclaration>;

/** What these schemas mean, for the JSON Schemas and the reference (see `Described`: kept out of the schemas so browser bundles leave the text out). */
export const AMOUNT_DOCS: readonly Described[] = [
  {
    schema: SourceStatus,
    description: 'published: read in the source document; reported-unverified: quoted elsewhere, source text not verified (来源原文未核实).',
  },
  {
    schema: SourcedAmount,
    description: 'An amount that a named source gives.',
    fields: {
      value: 'The amount, exact decimal string.',
      source: 'The document that gives this amount, e.g. "浙政办发〔2019〕62号".',
    },
  },
  {
    schema: SettingAmount,
    description: 'An amount taken from a user setting (用户设定), optionally × a sourced factor.',
    fields: {
      setting: "Id of an entry in the catalog's `settings`.",
      factor: 'Multiplier applied to the setting (default 1).',
      factorSource: 'The document that gives the factor; required with `factor`.',
    },
  },
  { schema: Amount, description: 'Either { value, source } or { setting, factor?, factorSource? }.' },
  {
    schema: SettingDeclaration,
    description: 'A user setting (用户设定): an amount no source gives, supplied at run time.',
    fields: {
      label: 'What the setting is, 中文 / English.',
      unit: 'Unit, e.g. "元/平方米·年" or "元/千瓦时".',
      default: 'Value used when the user gives none; omit when no source gives one.',
      defaultNote: 'Why the default is what it is (e.g. "placeholder, not a local rate"); required with `default`.',
    },
  },
];
