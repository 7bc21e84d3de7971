/**
 * The one shape every validator of the mujun packages returns (`validateRecords`,
 * `validateScheme`, `@mujun/policy`'s `validateCatalog`): zod's `safeParse` convention,
 * `{ success: true, data }` or `{ success: false, error: { issues } }`, plus the warnings a
 * usable input may still deserve.
 */

/** One problem found by a validator. */
export interface ValidationIssue {
  /**
   * What is wrong, stable for programs and tests: e.g. `invalid-decimal`, `missing-field`,
   * `duplicate-credit-code` for records; zod's issue code (`invalid_type`, …) or `custom` (a
   * rule across fields) for schemes and catalogs.
   */
  readonly code: string;
  /** Where: `[3, 'taxWan']` is record 3's tax; `['groups', 0, 'indicators', 2, 'weight']`. */
  readonly path: readonly (string | number)[];
  /** One line for a person, 中文 / English, beginning with the place (`[3].taxWan: …`). */
  readonly message: string;
}

/** Why a validation failed: every issue found, not only the first. */
export interface ValidationFailure {
  readonly issues: readonly ValidationIssue[];
}

/** The outcome of a validator: the parsed value with warnings, or every issue found. */
export type Validation<T> =
  | { readonly success: true; readonly data: T; readonly warnings: readonly string[]; readonly error?: undefined }
  | { readonly success: false; readonly error: ValidationFailure; readonly data?: undefined; readonly warnings?: undefined };

/** A path as people read it: `[3].taxWan`, `groups[0].indicators[2].weight`. */
function pathText(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out === '' ? '' : '.'}${key}`;
  return out;
}

/** The inverse of {@link pathText}, for checks that name their place as text. */
export function pathOfText(text: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (const m of text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) path.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return path;
}

/** An issue whose message begins with its place, as every validator writes them. */
export function issueAt(code: string, path: readonly (string | number)[], what: string, whole = '(input)'): ValidationIssue {
  return { code, path, message: `${path.length === 0 ? whole : pathText(path)}: ${what}` };
}
