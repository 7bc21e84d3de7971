/** A value a result cell can hold. */
export type CellValue = string | number | boolean | null | undefined;

/**
 * One column of a CSV the generic writers write from any rows: its id, its header in Chinese and
 * in English, how to read it from a row, and what kind of cell it is. The results table's own
 * columns are {@link resultsLayout}'s.
 */
export interface ResultColumn<T> {
  /** Stable id, e.g. `creditCode` or `taxPerMu.score`. */
  id: string;
  zh: string;
  en: string;
  /**
   * `text` (default): neutralised against formula injection. `number`: a decimal string or
   * number written as it is (so -12.5 stays a number). `code`: an identifier Excel must not turn
   * into a number (an all-digit 统一社会信用代码), written as `="…"` when it would.
   */
  kind?: 'text' | 'number' | 'code';
  value: (row: T) => CellValue;
}
