import type { CsvFileInfo } from './readCsvRecords.js';

/**
 * A source whose rows are already cell texts — a worksheet read by the .xlsx reader — given to
 * `readSource` instead of CSV bytes: header detection, mapping, value parsing and merging are the
 * CSV reader's. `rows[i]` is the source's line i + 1 (so messages name the sheet's row numbers).
 */
export interface RowsSource {
  /** Shown in errors, provenance and conflicts: `税务.xlsx`, or `税务.xlsx#Sheet1` for one sheet of several. */
  name: string;
  rows: readonly (readonly string[])[];
  /** As for a CSV source: a list that only some enterprises are on. */
  partial?: boolean;
}

/** True for a source given as parsed rows. */
export function isRowsSource(input: unknown): input is RowsSource {
  return typeof input === 'object' && input !== null && 'rows' in input && Array.isArray((input as RowsSource).rows);
}

/** Hands already-parsed rows to a reader's record callback, as readCsvRecords hands a CSV's records. */
export function feedRows(rows: RowsSource['rows'], onRecord: (cells: string[], line: number) => void): CsvFileInfo {
  for (let i = 0; i < rows.length; i++) onRecord([...(rows[i] ?? [])], i + 1);
  // A workbook has no text encoding or delimiter of its own to report.
  return { encoding: 'xlsx', delimiter: '' };
}
