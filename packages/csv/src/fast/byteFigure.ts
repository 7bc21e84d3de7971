import { MAX_DIGITS, POW10 } from '@mujun/core/engine';

const MAX_MANTISSA = 10 ** MAX_DIGITS;

/**
 * A figure cell read straight from its bytes into a column cell (see @mujun/core's DecimalColumn),
 * for the cells that are sure: digits with at most one point between digits (`12`, `0.50`, `007`),
 * no sign, at most 15 significant digits — then the value is exact as a scaled integer, and it is
 * the one read/parseRow gives: parseDecimal's canonical text (leading zeros and trailing fraction
 * zeros dropped), times the unit's power of ten, as setDecimal stores it. Anything else (a sign,
 * thousands separators, full-width digits, `-` for missing, more digits, a unit that is not a power
 * of ten) is not sure: the caller hands the line to the per-row reader.
 */

/** Where {@link readFigure} leaves the cell it read. */
export interface FigureCell {
  mant: number;
  scale: number;
}

/** The power of ten a unit factor is (`'0.0001'` → −4, `'10000'` → 4), or null for another factor. */
export function powerOfTen(factor: string): number | null {
  if (/^10*$/.test(factor)) return factor.length - 1;
  const m = /^0\.(0*)1$/.exec(factor);
  return m ? -(m[1]!.length + 1) : null;
}

/**
 * Reads bytes [start, end) as a figure times 10^shift into `out`; false when the cell is not sure.
 * The cell must not be empty (an empty cell is an absent figure, which the caller records).
 */
export function readFigure(b: Uint8Array, start: number, end: number, shift: number, out: FigureCell): boolean {
  let m = 0;
  let digits = 0; // significant digits, from the first non-zero one
  let fraction = -1; // digits after the point; -1 before the point
  for (let i = start; i < end; i++) {
    const c = b[i]!;
    if (c === 46) {
      // One point, with a digit before it and after it (`5.` and `.5` are left to parseDecimal).
      if (fraction >= 0 || i === start || i === end - 1) return false;
      fraction = 0;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return false;
    if (fraction >= 0) fraction++;
    if (digits > 0 || d !== 0) digits++;
    m = m * 10 + d;
  }
  // With at most 15 significant digits m is an exact integer below 2^53, and so is every step below.
  if (digits > MAX_DIGITS) return false;
  let scale = Math.max(fraction, 0) - shift;
  // Canonical form: no trailing fraction zeros (a zero keeps none at all).
  while (scale > 0 && m % 10 === 0) {
    m /= 10;
    scale--;
  }
  if (scale < 0) {
    m *= POW10[-scale]!;
    scale = 0;
  }
  // setDecimal counts the digits of the canonical text, the digits of m here.
  if (m >= MAX_MANTISSA) return false;
  if (scale > 22) return false;
  out.mant = m;
  out.scale = scale;
  return true;
}
