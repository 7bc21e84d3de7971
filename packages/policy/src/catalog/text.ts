import { z } from 'zod';
import { DecimalString, type Bilingual } from '@mujun/core';

/** A label in both languages the bureau and the enterprises read: the catalog's schema of `@mujun/core`'s `Bilingual`. */
export const BilingualText = z
  .strictObject({
    zh: z.string().min(1).describe('中文 text.'),
    en: z.string().min(1).describe('English text.'),
  })
  .describe('Text in 中文 and English.') satisfies z.ZodType<Bilingual>;
export type BilingualText = Bilingual;

/** A decimal string that is not negative: rates, percentages, factors. */
export const NonNegativeDecimal = DecimalString.refine((s) => !s.startsWith('-'), {
  message: 'must not be negative / 不能为负数',
}).describe('Exact non-negative decimal written as a string, e.g. "0.05".');

/** Identifier of a measure, setting or combination group: lower-case, digits, dots and dashes. */
export const PolicyId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]*$/, 'lower-case letters, digits, "." and "-" / 小写字母、数字、点和连字符')
  .describe('Identifier: lower-case letters, digits, "." and "-".');
