/** What one `score` run produced, in the CLI's own terms, before it is formatted. */
import type { ColumnarEvaluation, Evaluation } from '@mujun/core';
import type { PolicyOutcome } from '@mujun/policy';

/** A source row that could not be used, with where it is and why (from @mujun/csv's row errors). */
export interface RejectedRow {
  /** File name as given. */
  source: string;
  /** 1-based line in the file (the header is line 1). */
  row: number;
  /** Column header as written; "" when the problem concerns the whole row. */
  column: string;
  code: string;
  /** 中文 / English, one line. */
  message: string;
  /** The cell as written. */
  value: string;
  /** Every problem of the row, when it has more than one (the first is repeated above). */
  problems?: { column: string; code: string; message: string; value: string }[];
}

/** Where a merged enterprise first appears: the first source (in the order given) that lists it. */
export interface Origin {
  source: string;
  row: number;
}

/** Everything the formatters need. */
export interface ScoreRun {
  /** The engine's evaluation in columns: what the results CSV and JSON are written from. */
  columns: ColumnarEvaluation;
  /** The same as result objects (@mujun/core's evaluationOf), made on first use: explain, the report, the workbook. */
  readonly evaluation: Evaluation;
  /** Rows dropped as unusable (each counts once in the accounting). */
  rejected: RejectedRow[];
  /** Summary rows (合计/总计) recognised and skipped; not counted in `rows`. */
  summaryRows: number;
  /** Where record `index` first appears (undefined when unknown), without making every record's origin. */
  origin(index: number): Origin | undefined;
  /** Cell-level problems that blanked one value but kept the row (reported, not counted as rejected). */
  cellProblems: RejectedRow[];
  /** Policies applied, when a catalog was given. */
  policies?: PolicyOutcome;
}
