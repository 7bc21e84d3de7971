import { CoreError } from '../errors.js';
import type { Scheme } from './scheme.js';
import { validateScheme } from './validateScheme.js';

/**
 * {@link validateScheme} that throws: the checked scheme, ready for `evaluate`, or a `CoreError`
 * 'invalid-scheme' whose `details` are the issues' messages (zod's `parse` beside its
 * `safeParse`). Warnings are dropped; use `validateScheme` to show them.
 *
 * @example
 * const scheme = parseScheme({ ...getPreset(), rounding: { decimals: 1, mode: 'halfUp' } });
 * evaluate(records, scheme);
 */
export function parseScheme(input: unknown): Scheme {
  const checked = validateScheme(input);
  if (!checked.success)
    throw new CoreError(
      'invalid-scheme',
      '评价方案无效 / the scheme is invalid',
      checked.error.issues.map((i) => i.message),
    );
  return checked.data;
}
