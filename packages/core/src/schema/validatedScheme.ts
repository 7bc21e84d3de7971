import { CoreError } from '../errors.js';

/**
 * The mark {@link validateScheme} and `getPreset` leave on a scheme they checked. It is a
 * non-enumerable property under a global symbol: JSON, spreading and `structuredClone` leave it
 * behind (so a copy changed by a caller is validated again) and two copies of `@mujun/core` in
 * one app recognise each other's schemes.
 */
const VALIDATED_SCHEME: unique symbol = Symbol.for('@mujun/core: validated scheme');

// The type half of the mark. A private member, because TypeScript leaves those out of a spread:
// `{ ...scheme, rounding }` is not a `Scheme` to the compiler either, as it is not to evaluate.
declare class ValidatedSchemeMark {
  private readonly validatedScheme: true;
}

/** What a scheme carries once `validateScheme` or `getPreset` checked it; a copy does not. */
export type ValidatedMark = ValidatedSchemeMark;

/** `scheme`, marked as checked (it must have passed every check of `validateScheme`). */
export function markValidated<T extends object>(scheme: T): T & ValidatedMark {
  Object.defineProperty(scheme, VALIDATED_SCHEME, { value: true, enumerable: false });
  return scheme as T & ValidatedMark;
}

/** Whether `scheme` carries the mark of `validateScheme` / `getPreset`. */
export function isValidated<T extends object>(scheme: T): scheme is T & ValidatedMark {
  return typeof scheme === 'object' && scheme !== null && (scheme as { [VALIDATED_SCHEME]?: unknown })[VALIDATED_SCHEME] === true;
}

/**
 * The evaluation's door, kept cheap so that the browser bundle of `evaluate` carries no schema
 * library: a scheme is accepted only as `validateScheme` or `getPreset` returned it. Anything
 * else — a scheme file's JSON, a preset changed by spreading — throws `CoreError`
 * 'unvalidated-scheme' instead of being scored unchecked.
 */
export function requireValidated<T extends object>(scheme: T): T & ValidatedMark {
  if (!isValidated(scheme))
    throw new CoreError(
      'unvalidated-scheme',
      '评价方案未经校验：须先校验，或使用内置方案 / the scheme has not been checked: pass it through validateScheme (or use getPreset) first',
    );
  return scheme as T & ValidatedMark;
}
