import * as z from 'zod/mini';
import type { Described } from '@mujun/core';
import { DecimalString } from '@mujun/core';

/** A label in both languages the bureau and the enterprises read: the catalog's schema of `@mujun/core`'s `Bilingual`. */
export const BilingualText = z.strictObject({
  zh: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});

/** A decimal string that is not negative: rates, percentages, factors. */
export const NonNegativeDecimal = DecimalString.check(
  z.refine((s) => !s.startsWith('-'), {
    message: '不能为负数 / must not be negative',
  }),
);

/** Identifier of a measure, setting or combination group: lower-case, digits, dots and dashes. */
export const PolicyId = z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]*$/, '小写字母、数字、点和连字符 / lower-case letters, digits, "." and "-"'));

/** What these schemas mean, for the JSON Schemas and the reference (see `Described`: kept out of the schemas so browser bundles leave the text out). */
export const TEXT_DOCS: readonly Described[] = [
  {
    schema: BilingualText,
    description: 'Text in 中文 and English.',
    fields: {
      zh: '中文 text.',
      en: 'English text.',
    },
  },
  { schema: NonNegativeDecimal, description: 'Exact non-negative decimal written as a string, e.g. "0.05".' },
  { schema: PolicyId, description: 'Identifier: lower-case letters, digits, "." and "-".' },
];
