import { Dec } from '../internal/decimal.js';
import { halfWidth } from '../values/halfWidth.js';

/** When two sources' figures count as the same: |a − b| ≤ max(absolute, relative × max(|a|, |b|)). */
export interface Tolerance {
  /** Relative tolerance as a decimal string; default "0.001" (0.1 %). "0" compares exactly. */
  relative: string;
  /** Absolute tolerance in the field's canonical unit; default "0". */
  absolute: string;
}

/** The default: figures within 0.1 % agree (rounding to 2 decimals of 万元 stays within it); text must match exactly. */
export const DEFAULT_TOLERANCE: Tolerance = { relative: '0.001', absolute: '0' };

/** Text as compared between sources: half-width, white space collapsed, ASCII letters upper-cased. */
function comparableText(s: string): string {
  return halfWidth(s).replace(/\s+/g, ' ').trim().toUpperCase();
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

/**
 * True when two values of one field agree. Figures (decimal strings) agree within the
 * tolerance; industry codes agree when their digits do (C3311 = 3311); other text must match
 * after {@link comparableText}; booleans and dates must be equal.
 */
export function sameValue(field: string, a: string | boolean, b: string | boolean, tol: Tolerance): boolean {
  if (a === b) return true;
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  if (field === 'industryCode') return a.replace(/^[A-Z]/, '') === b.replace(/^[A-Z]/, '');
  if (NUMERIC.test(a) && NUMERIC.test(b) && field !== 'name' && field !== 'county') {
    const x = new Dec(a);
    const y = new Dec(b);
    const diff = x.minus(y).abs();
    const bound = Dec.max(new Dec(tol.absolute), Dec.max(x.abs(), y.abs()).times(tol.relative));
    return diff.lte(bound);
  }
  return comparableText(a) === comparableText(b);
}
