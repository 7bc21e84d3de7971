/**
 * GB 32100-2015 check character of a unified social credit code (统一社会信用代码): the 18th
 * character is computed from the first 17 over the 31-character alphabet (no I, O, S, V, Z).
 */

/** The code's alphabet; a character's value is its position here. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Position weights of characters 1 … 17 (3^(i) mod 31). */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character for a 17-character body: 31 − (Σ value × weight mod 31), where 31 becomes 0. */
export function creditCodeCheckCharacter(body: string): string {
  if (body.length !== 17) throw new RangeError(`a credit code body has 17 characters, found ${body.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(body.charAt(i));
    if (value < 0) throw new RangeError(`"${body.charAt(i)}" is not a credit code character`);
    sum += value * (WEIGHTS[i] as number);
  }
  const check = 31 - (sum % 31);
  return USCC_CHARSET.charAt(check === 31 ? 0 : check);
}
