/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): the 18th character checks the
 * first 17. Core owns it because the credit code is the key of every record; the CSV reader, the
 * arbitraries and the fixture generator all check or make codes with these functions.
 */

/** The 31 characters a credit code may use: digits and capitals without I, O, S, V, Z; a character's value is its position. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights of positions 1 … 17: 3^(i−1) mod 31. */
export const CREDIT_CODE_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

// Value of each character by char code (−1: not in the charset): a lookup per character, as the
// CSV reader checks every row's code.
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < CREDIT_CODE_CHARSET.length; i++) VALUE[CREDIT_CODE_CHARSET.charCodeAt(i)] = i;

/** The check character, or null when `body17` is not 17 characters of the charset. */
function checkOf(body17: string): string | null {
  if (body17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = body17.charCodeAt(i);
    const v = c < 128 ? (VALUE[c] as number) : -1;
    if (v < 0) return null;
    sum += v * (CREDIT_CODE_WEIGHTS[i] as number);
  }
  const check = 31 - (sum % 31);
  return CREDIT_CODE_CHARSET.charAt(check === 31 ? 0 : check);
}

/**
 * The GB 32100-2015 check character (the 18th) of a credit code's first 17 characters:
 * 31 − (Σ value × weight mod 31), where 31 stands for "0".
 *
 * @throws RangeError when `body17` is not 17 characters of {@link CREDIT_CODE_CHARSET}.
 * @example
 * creditCodeCheckCharacter('91440300192203821'); // '6' (914403001922038216)
 */
export function creditCodeCheckCharacter(body17: string): string {
  const check = checkOf(body17);
  if (check !== null) return check;
  if (body17.length !== 17)
    throw new RangeError(`统一社会信用代码前 17 位应为 17 个字符，实为 ${body17.length} / a credit code body has 17 characters, found ${body17.length}`);
  const bad = [...body17].find((ch) => !CREDIT_CODE_CHARSET.includes(ch)) ?? '';
  throw new RangeError(`“${bad}”不是统一社会信用代码字符 / "${bad}" is not a credit code character (no I, O, S, V, Z)`);
}

/**
 * True when `code` is 18 characters of {@link CREDIT_CODE_CHARSET} whose last is the check
 * character of the first 17. No normalising: trim and upper-case first (the CSV reader does).
 *
 * @example
 * isValidCreditCode('914403001922038216'); // true
 * isValidCreditCode('914403001922038217'); // false
 */
export function isValidCreditCode(code: string): boolean {
  return code.length === 18 && checkOf(code.slice(0, 17)) === code.charAt(17);
}
