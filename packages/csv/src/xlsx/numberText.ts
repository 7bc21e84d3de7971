import { Dec, plainDecimal } from '../internal/decimal.js';

/** Excel keeps 15 significant digits of a number; more in the file are float noise (0.1 + 0.2 → 0.30000000000000004). */
const EXCEL_DIGITS = 15;
const PLAIN_INTEGER = /^-?\d+$/;

/** `9.13204001234567E+17`: the form Excel shows a long number in, which the credit-code check names as a code Excel mangled. */
function scientific(d: Dec): string {
  const [mantissa, exponent] = d.toExponential().split('e') as [string, string];
  return `${mantissa}E${exponent.startsWith('-') ? exponent : `+${exponent.replace('+', '')}`}`;
}

/** Significant digits of a plain integer text (trailing zeros are not significant here). */
function significantDigits(integer: string): number {
  return integer.replace(/^-?0*/, '').replace(/0+$/, '').length;
}

/**
 * The text of a number cell, from the number as the file stores it (the `<v>` text, never a
 * float), as a CSV export would hold it:
 *
 * - a plain integer stays exactly as stored, however long, so an 18-digit 统一社会信用代码 that a
 *   program stored as a number is restored digit for digit (the code's check character then
 *   guards it like any other code);
 * - an integer of 16 or more digits with at most 15 significant ones, or stored in exponent form,
 *   has lost digits to Excel's 15-digit precision: it becomes Excel's scientific form
 *   (`9.13204001234567E+17`), which the credit-code check rejects with the same message as an
 *   Excel-mangled CSV code;
 * - any other number is its exact decimal, rounded to 15 significant digits when the file holds
 *   more (Excel shows 15: the rest is the binary float's noise).
 *
 * Text that is not a number (a broken file) is returned as it is, for the value parser to reject.
 */
export function numberText(stored: string): string {
  const s = stored.trim();
  if (PLAIN_INTEGER.test(s)) {
    const digits = s.replace(/^-?0*/, '').length;
    if (digits >= 16 && significantDigits(s) <= EXCEL_DIGITS) return scientific(new Dec(s));
    return plainDecimal(new Dec(s));
  }
  let d: Dec;
  try {
    d = new Dec(s);
  } catch {
    return s;
  }
  if (!d.isFinite()) return s;
  if (d.isInteger() && d.abs().gte('1e15')) return scientific(d);
  if (d.sd() > EXCEL_DIGITS) d = d.toSignificantDigits(EXCEL_DIGITS);
  return plainDecimal(d);
}
