/**
 * Display rounding of decimal strings with core's decimal arithmetic (`Dec`, half-up), so that a
 * value shown to an enterprise is never changed by binary floating point.
 */
import { Dec } from '@mujun/core/engine';

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Rounds a plain decimal string half-up (away from zero) to `dp` places; other strings pass through. */
export function roundDecimal(value: string, dp: number): string {
  if (!PLAIN.test(value.trim())) return value;
  const rounded = new Dec(value.trim()).toFixed(dp);
  // "-0.00" reads as a different number to people; show it as "0.00".
  return rounded.startsWith('-') && !/[1-9]/.test(rounded) ? rounded.slice(1) : rounded;
}

/** Formats with thousands separators after rounding, e.g. "1234567.891" → "1,234,567.89". */
export function formatDecimal(value: string, dp: number): string {
  const r = roundDecimal(value, dp);
  const m = PLAIN.exec(r);
  if (!m) return r;
  const grouped = (m[2] ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (m[1] ?? '') + grouped + (m[3] !== undefined ? '.' + m[3] : '');
}

/** "12.5000" → "12.5", "100.0000" → "100": the bureau's figure without padding. */
export function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/**
 * Places that show `significant` significant digits of a value (at least `minPlaces`):
 * 0.0000312 → 8 (0.00003120), 25.95 → 2, 1329.7 → 1 with 5 significant digits.
 */
export function placesFor(value: string, significant: number, minPlaces = 0): number {
  const m = PLAIN.exec(value.trim());
  if (!m) return minPlaces;
  const int = (m[2] ?? '').replace(/^0+/, '');
  if (int.length > 0) return Math.max(minPlaces, significant - int.length);
  const frac = m[3] ?? '';
  const zeros = /^0*/.exec(frac)?.[0].length ?? 0;
  // A value that is zero to every digit given reads as 0 with the minimum places.
  if (zeros === frac.length) return minPlaces;
  return Math.max(minPlaces, zeros + significant);
}

/**
 * A measured value shown so it can be read: four significant digits (never "0.0000" for a small
 * non-zero value), at least two places below 1000, grouped thousands.
 */
export function formatReadable(value: string): string {
  return formatDecimal(value, placesFor(value, 4, 2));
}
