/**
 * A quote that opens a cell and is never closed where it should be (`"常州"某某有限公司`, a stray `"`
 * at the start of a cell) makes csv-parse read on, across line ends, to the next quote that can
 * close it: several physical lines — several firms — become one record, and with relaxed quoting
 * nothing fails. Both readers (read/readSource and fast/parsePart, through read/parseRow) ask this
 * function about every record, so such a record is rejected with its line range and the credit
 * codes found inside it instead of one firm silently taking the others' lines.
 */
import { isValidCreditCode } from '@mujun/core';
import { lineBreaks } from './csvOptions.js';

/** What a record that swallowed lines holds. */
export interface SwallowedLines {
  /** The record's first and last physical line. */
  firstLine: number;
  lastLine: number;
  /** Valid credit codes anywhere in the record, in order of appearance (the firms on those lines). */
  creditCodes: string[];
}

const CODE = /[0-9A-HJ-NPQRTUWXY]{18}/g;
/** A line with the same delimiter twice: the cells of another record, not text in a cell. */
const CELLS = /([,\t;]).*\1/;

/**
 * The lines a record swallowed, or null for an ordinary record. A cell may legitimately hold a
 * line break (a name or an address written on two lines); it is taken for swallowed lines when it
 * holds a valid credit code or, after a line break, a line of delimited cells — or when a cell on
 * a later line than the record's first, other than its code column (`codeColumn`), holds a valid code.
 */
export function swallowedLines(cells: readonly string[], line: number, codeColumn: number): SwallowedLines | null {
  let swallowed = false;
  let lastMultiLine = -1;
  for (const [i, cell] of cells.entries()) {
    const nl = cell.search(/[\r\n]/);
    if (nl < 0) continue;
    lastMultiLine = i;
    if (
      codesIn(cell).length > 0 ||
      cell
        .slice(nl)
        .split(/\r\n|\r|\n/)
        .some((l) => CELLS.test(l))
    ) {
      swallowed = true;
      break;
    }
  }
  if (lastMultiLine < 0) return null;
  // The cells after the last line break sit on a later physical line: a credit code there, other
  // than in the record's own code column, is another firm's line joined to this record.
  if (!swallowed) swallowed = cells.some((cell, i) => i > lastMultiLine && i !== codeColumn && codesIn(cell).length > 0);
  if (!swallowed) return null;
  const creditCodes = [...new Set(cells.flatMap(codesIn))];
  return { firstLine: line, lastLine: line + lineBreaks([...cells]), creditCodes };
}

function codesIn(text: string): string[] {
  return (text.toUpperCase().match(CODE) ?? []).filter((c) => isValidCreditCode(c));
}
