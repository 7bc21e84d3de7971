import { canonicalPlain, Dec, plainDecimal } from '../internal/decimal.js';
import { CellProblem, type Cell } from './cellProblem.js';
import { presentText } from './missing.js';

const PLAIN = /^-?\d+(\.\d+)?$/;
const NUMBER = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$/;
// Each alternative consumes a run of digits one way only: `\d+\.?\d*` split a long run between
// its two `\d`s in every possible way before failing (an 80 000-digit cell took 20–30 s).
const SCIENTIFIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)e[+-]?\d+$/i;
/**
 * More digits than any figure a bureau exports (元 amounts of a whole province have 15): a longer
 * one is a broken cell, refused rather than carried into the arithmetic (a 1 MiB cell is allowed
 * by the reader). 60 also keeps a unit conversion exact at @mujun/csv's 64-digit precision.
 */
const MAX_DIGITS = 60;
const NON_FINITE = new Set(['nan', 'inf', 'infinity', '+inf', '+infinity', '-inf', '-infinity', '∞', '+∞', '-∞']);

const INVALID = new CellProblem('invalid-number');
const NOT_FINITE = new CellProblem('non-finite-number');
const SCI = new CellProblem('scientific-notation');
const PERCENT = new CellProblem('unexpected-percent');
const TOO_LONG = new CellProblem('invalid-number', { zh: `超过 ${MAX_DIGITS} 位数字`, en: `more than ${MAX_DIGITS} digits` });

/** The canonical value, or a problem when it has more digits than a figure can have. */
function withinDigits(canonical: string): string | CellProblem {
  return canonical.length > MAX_DIGITS && canonical.replace(/[-.]/g, '').length > MAX_DIGITS ? TOO_LONG : canonical;
}

/** Options of {@link parseDecimal}. */
export interface ParseDecimalOptions {
  /** Accept `3.5%` and return 0.035 (for columns that hold a ratio). Otherwise `%` is a problem. */
  percent?: boolean | undefined;
}

/**
 * Reads a number as bureaus export it: thousands separators (`1,234.5`), full-width digits and
 * punctuation (`１２３．４`), surrounding spaces, a leading `+`. Returns the exact value as a plain
 * canonical decimal string, `undefined` for a missing-value token, or a problem: text, Excel
 * error values (`#DIV/0!`) → `invalid-number`; `NaN`/`Infinity` → `non-finite-number`;
 * `1.2E+05` → `scientific-notation` (Excel rounds what it shows that way); `%` where no ratio is
 * expected → `unexpected-percent`; more than 60 digits → `invalid-number`. Linear in the cell's
 * length (a 1 MiB cell takes milliseconds).
 */
export function parseDecimal(raw: string, options?: ParseDecimalOptions): Cell<string> {
  if (PLAIN.test(raw)) return withinDigits(canonicalPlain(raw));
  const s = presentText(raw);
  if (s === undefined) return undefined;
  if (PLAIN.test(s)) return withinDigits(canonicalPlain(s));
  let body = s;
  let percent = false;
  if (body.endsWith('%')) {
    if (!options?.percent) return PERCENT;
    percent = true;
    body = body.slice(0, -1).trimEnd();
  }
  const m = NUMBER.exec(body);
  if (!m || (m[2] === undefined && (m[3] === undefined || m[3] === ''))) {
    const lower = body.toLowerCase();
    if (NON_FINITE.has(lower)) return NOT_FINITE;
    if (SCIENTIFIC.test(body)) return SCI;
    return INVALID;
  }
  const int = (m[2] ?? '0').replace(/,/g, '');
  const frac = m[3] ?? '';
  const plain = `${m[1] === '-' ? '-' : ''}${int}${frac === '' ? '' : `.${frac}`}`;
  if (!percent) return withinDigits(canonicalPlain(plain));
  const checked = withinDigits(canonicalPlain(plain));
  return typeof checked === 'string' ? plainDecimal(new Dec(checked).div(100)) : checked;
}
