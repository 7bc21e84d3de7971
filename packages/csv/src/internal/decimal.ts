import { Decimal } from 'decimal.js';

/**
 * The one place `@mujun/csv` does decimal arithmetic: unit conversions (元 → 万元, 平方米 → 亩 …)
 * and tolerance comparisons between sources. A private clone of decimal.js, so the global
 * `Decimal.set` of a host application is never touched. 64 significant digits: every
 * conversion here is a multiplication or division by a power of ten or by 0.0015 / 15, which is
 * exact at this precision for any cell parseDecimal accepts (up to 60 digits).
 *
 * Why not core's `Dec` (40 digits, `@mujun/core/engine`), which policy uses: a cell of 41 to 60
 * digits converted at 40 would be rounded, and the row it is rejected with (`too-many-digits`)
 * shows the converted value in full — `score validate` would show a different number.
 */
export const Dec = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -9e15, toExpPos: 9e15 });
/** A decimal made by {@link Dec}. */
export type Dec = Decimal;

/** Plain decimal string, never exponent notation, never "-0", no trailing fraction zeros. */
export function plainDecimal(x: Dec): string {
  return x.isZero() ? '0' : x.toFixed();
}

/**
 * Canonical form of a plain decimal string without building a Decimal (the hot path of a
 * million-row file): leading zeros and trailing fraction zeros dropped, "-0" → "0".
 */
export function canonicalPlain(s: string): string {
  const c0 = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  const leadingZero = c0 === 48 ? s.length > 1 && s.charCodeAt(1) !== 46 : c0 === 45 && s.charCodeAt(1) === 48;
  // Most cells are already canonical: hand back the same string, no allocation.
  if (!leadingZero && !(last === 48 && s.indexOf('.') >= 0)) return s;
  let neg = false;
  let i = 0;
  if (s.charCodeAt(0) === 45) {
    neg = true;
    i = 1;
  }
  const dot = s.indexOf('.', i);
  let int = dot < 0 ? s.slice(i) : s.slice(i, dot);
  let frac = dot < 0 ? '' : s.slice(dot + 1);
  let a = 0;
  while (a < int.length - 1 && int.charCodeAt(a) === 48) a++;
  if (a > 0) int = int.slice(a);
  let b = frac.length;
  while (b > 0 && frac.charCodeAt(b - 1) === 48) b--;
  if (b < frac.length) frac = frac.slice(0, b);
  const body = frac.length > 0 ? `${int}.${frac}` : int;
  return neg && body !== '0' ? `-${body}` : body;
}
