import type { RejectedRow } from '@mujun/core';

/** Why one data row (or one cell of it) could not be used. */
export type RowErrorCode =
  | 'missing-credit-code' // 统一社会信用代码为空
  | 'invalid-credit-code' // wrong length, character or check character (GB 32100-2015)
  | 'duplicate-credit-code' // the same code on two rows of one source, with different values
  | 'missing-name' // 企业名称为空
  | 'invalid-number' // text, an Excel error value, a malformed number
  | 'non-finite-number' // NaN, Infinity
  | 'scientific-notation' // 1.2E+05: Excel rounded the figure when it exported it
  | 'unexpected-percent' // 3.5% in a column that holds an absolute figure
  | 'negative-value' // a negative figure where none is possible (land, energy, employees …)
  | 'invalid-scale' // not above/below, 规上/规下, 规模以上/规模以下
  | 'invalid-boolean' // not 是/否, true/false, Y/N, 1/0
  | 'invalid-date' // not a calendar date
  | 'invalid-industry-code' // not a GB/T 4754 code such as C3311 or 3311
  | 'extra-cells' // more non-empty cells than the header has columns
  | 'missing-scale' // no source gives 规上/规下 and no default is set
  | 'swallowed-lines' // an unpaired quote joined several physical lines (several firms) into one record
  | 'too-many-digits'; // a figure with more than 15 significant digits (beyond any bureau's precision)

/**
 * One problem with one row of one source: `@mujun/core`'s RejectedRow with this package's codes
 * and the record field. Several may concern the same row.
 */
export interface RowError extends RejectedRow {
  /** The record field the column maps to (e.g. "taxWan"); "" when none. */
  field: string;
  code: RowErrorCode;
}
