import type { RoundingMode } from '../arithmetic/decimal.js';

/**
 * Deciding a rounding from a float estimate and an error bound.
 *
 * The engine computes every score in float64 together with a bound e such that the exact
 * decimal value lies in [x − e, x + e]. A rounding (total to `decimals` places,
 * a shown score rounded down, a shown indicator value) is *decided* when every value of that
 * interval rounds to the same result; otherwise the caller recomputes that firm with decimal.js.
 * The helpers below widen the interval by the float error of their own steps (a subtraction and a
 * multiplication by 10^d, each at most one unit roundoff), and use only exact float operations
 * afterwards (`v − ⌊v⌋` is exact), so a decided answer is never wrong.
 */

/** Unit roundoff of float64, 2^−53. */
export const U = 2 ** -53;

const POW = [1, 10, 100, 1000, 1e4, 1e5, 1e6];
/** Beyond 2^52 a float no longer holds every half-integer: never decide there. */
const LIMIT = 2 ** 51;

// The scaled interval [x − e, x + e] · 10^d, widened by the error of computing it; kept in two
// module variables rather than returned as an array (a million firms, seven decisions each).
let lo = 0;
let hi = 0;
function scaledInterval(x: number, e: number, decimals: number): boolean {
  const p = POW[decimals] as number;
  const slack = e + 8 * U * Math.abs(x) + 1e-300;
  lo = (x - slack) * p;
  hi = (x + slack) * p;
  return Math.abs(lo) < LIMIT && Math.abs(hi) < LIMIT;
}

/** round(v) to an integer by the scheme's mode, exactly for the float v. */
function roundScaled(v: number, mode: RoundingMode): number {
  const a = Math.abs(v);
  const f = Math.floor(a);
  const frac = a - f; // exact
  let r: number;
  if (mode === 'down') r = f;
  else if (mode === 'halfUp') r = frac >= 0.5 ? f + 1 : f;
  else r = frac > 0.5 || (frac === 0.5 && f % 2 === 1) ? f + 1 : f;
  return v < 0 ? -r : r + 0; // + 0 turns −0 into 0
}

/**
 * x (± e) rounded to `decimals` places by `mode` (halfUp and halfEven away from / to even at the
 * half, down toward zero), as an integer count of 10^−decimals units; null when undecided.
 */
export function decidedRound(x: number, e: number, decimals: number, mode: RoundingMode): number | null {
  if (!scaledInterval(x, e, decimals)) return null;
  const a = roundScaled(lo, mode);
  return a === roundScaled(hi, mode) ? a : null;
}

/** x (± e) rounded down (toward −∞) to `decimals` places, as a count of units; null when undecided. */
export function decidedFloor(x: number, e: number, decimals: number): number | null {
  if (e === 0) {
    // Exact values (a cap, a floor, zero): decide without widening when x·10^d is exactly an integer.
    const v = x * (POW[decimals] as number);
    if (Number.isInteger(v) && Math.abs(v) < LIMIT && v / (POW[decimals] as number) === x) return v + 0;
  }
  if (!scaledInterval(x, e, decimals)) return null;
  const a = Math.floor(lo);
  return a === Math.floor(hi) ? a + 0 : null;
}

/** −1 / 0 / 1 for x ± ex against y ± ey when decided; null when the intervals overlap (and are not both exact). */
export function decidedCompare(x: number, ex: number, y: number, ey: number): -1 | 0 | 1 | null {
  if (ex === 0 && ey === 0) return x < y ? -1 : x > y ? 1 : 0;
  const gap = ex + ey + 2 * U * (Math.abs(x) + Math.abs(y)); // and the subtraction's own rounding
  if (x - y > gap) return 1;
  if (y - x > gap) return -1;
  return null;
}
