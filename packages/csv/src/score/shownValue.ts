import { toSignificant } from '@mujun/core';

const U = 2 ** -53;
/**
 * A value v = x.num / x.den reaches us as the float quotient of two correctly rounded floats:
 * three roundings, |float − v| ≤ 3.0001·u·|v|; the reference's 40-digit quotient is within
 * 10^−39·|v| of v; scaling by a power of ten below adds one more rounding. 8u covers all of it.
 */
const VALUE_REL = 8 * U;
const POW = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * An indicator value as the results table shows it (table/resultsLayout's `six-digits`: six
 * significant digits, half-up, a plain decimal) from the float estimate when every value of its
 * error interval rounds to the same six digits, else from the exact value (asked for only then;
 * any decimal.js instance, null when undefined).
 */
export function shownValue(estimate: number, exact: () => { isZero(): boolean; toFixed(): string } | null): string {
  const fast = fastShown(estimate);
  if (fast !== null) return fast;
  const x = exact();
  return x === null ? '' : toSignificant(x.isZero() ? '0' : x.toFixed(), 6);
}

/** The shown value decided from the float alone ('' for an undefined value); null when the exact value is needed. */
export function fastShown(estimate: number): string | null {
  if (Number.isNaN(estimate)) return '';
  if (estimate === 0) return '0';
  return sixDigits(estimate);
}

/**
 * Where {@link decideSixDigits} leaves its answer: |x| ≈ r × 10^(e − 5), r in [10^5, 10^6).
 * One object, reused, because this runs for every value cell on the hot path.
 */
export const sixDigitsDecided = { r: 0, e: 0 };

/**
 * Decides from the float alone the six significant digits (half-up) of a = |x| > 0: true, with
 * the digits and decimal exponent in {@link sixDigitsDecided}, when every value of the float's
 * error interval rounds to the same six digits; false when the exact value is needed.
 */
export function decideSixDigits(a: number): boolean {
  let e = Math.floor(Math.log10(a));
  if (!(e > -17 && e < 22)) return false;
  // a · 10^(5−e) in [10^5, 10^6), one correctly rounded operation with an exact power of ten.
  let v = e <= 5 ? a * (POW[5 - e] as number) : a / (POW[e - 5] as number);
  if (v < 1e5) {
    e--;
    v = e <= 5 ? a * (POW[5 - e] as number) : a / (POW[e - 5] as number);
  } else if (v >= 1e6) {
    e++;
    v = e <= 5 ? a * (POW[5 - e] as number) : a / (POW[e - 5] as number);
  }
  let r = roundHalfUp(v * (1 - VALUE_REL));
  if (r !== roundHalfUp(v * (1 + VALUE_REL))) return false;
  if (r === 1e6) {
    r = 1e5;
    e++;
  }
  sixDigitsDecided.r = r;
  sixDigitsDecided.e = e;
  return true;
}

function roundHalfUp(v: number): number {
  const f = Math.floor(v);
  return v - f >= 0.5 ? f + 1 : f; // v − ⌊v⌋ is exact
}

/** Six significant digits of |x| decided from the float (null when the interval straddles a rounding boundary). */
function sixDigits(x: number): string | null {
  if (!decideSixDigits(Math.abs(x))) return null;
  const { e } = sixDigitsDecided;
  let digits = String(sixDigitsDecided.r);
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 48) end--;
  digits = digits.slice(0, end);
  return (x < 0 ? '-' : '') + plainText(digits, e);
}

/** digits × 10^(e − digits.length + 1) as a plain decimal (a results table never shows exponent notation). */
function plainText(digits: string, e: number): string {
  if (e < 0) return `0.${'0'.repeat(-e - 1)}${digits}`;
  if (digits.length <= e + 1) return digits + '0'.repeat(e + 1 - digits.length);
  return `${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`;
}
