import type { CellValue } from './resultColumn.js';

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;
// Excel turns these into numbers: 12+ digits lose their tail, a leading zero is dropped, and
// digits-E-digits (913204001234567E89) is read as scientific notation.
const EXCEL_WOULD_MANGLE = /^(\d{12,}|0\d+|\d+E\d+)$/i;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** How one cell is written. */
export interface CellOptions {
  kind: 'text' | 'number' | 'code';
  /** Words for true/false. */
  yes: string;
  no: string;
}

/**
 * One CSV cell, Excel/WPS-safe: a text cell starting with `=`, `+`, `-`, `@`, tab or CR gets a
 * leading apostrophe so it is never run as a formula (CSV injection); a number cell holding a
 * plain decimal (`-12.5`) is left alone; a code cell Excel would turn into a number (12+ digits,
 * a leading zero, digits-E-digits) is written `="…"` so it stays text with every digit; cells with
 * commas, quotes, line breaks or edge spaces are quoted, quotes doubled.
 */
export function csvCell(value: CellValue, o: CellOptions): string {
  if (value === null || value === undefined) return '';
  let s: string;
  if (typeof value === 'boolean') s = value ? o.yes : o.no;
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`internal error: non-finite number ${value} in a result cell`);
    s = String(value);
    if (o.kind !== 'text' && NUMBER.test(s)) return s;
  } else s = value;
  if (o.kind === 'number' && NUMBER.test(s)) return s;
  if (o.kind === 'code' && EXCEL_WOULD_MANGLE.test(s)) return `"=""${s}"""`;
  if (FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
