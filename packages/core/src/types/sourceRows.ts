import type { Bilingual } from './bilingual.js';

/**
 * A source row that never reached the evaluation (bad data): where it is and why. `@mujun/csv`'s
 * row errors are these (with its own codes and the record field); `@mujun/report` lists them.
 */
export interface RejectedRow {
  /** Source name: the file name as given (`税务.csv`, `税务.xlsx#2023年`). */
  source: string;
  /** 1-based physical line in the file; the header is line 1. */
  row: number;
  /** The column's header as written; "" when the problem concerns the whole row. */
  column: string;
  /** Machine-readable, e.g. `invalid-credit-code`. */
  code: string;
  /** What is wrong, one line in each language. */
  message: Bilingual;
  /** The cell as written ("" when empty or when the problem concerns the whole row). */
  value: string;
}

/**
 * The accounting of a run over source rows: after merging by credit code, every enterprise is
 * scored or excluded, and every row that could not be used is rejected, so
 * `rows = scored + excluded + rejected` always.
 */
export interface RunAccounting {
  rows: number;
  scored: number;
  excluded: number;
  rejected: number;
}
