/** What one `score` run produced, in the CLI's own terms, before it is formatted. */
import type { ColumnarEvaluation, Evaluation, RejectedRow } from '@mujun/core';
import type { Origin } from '@mujun/csv';
import type { PolicyOutcome } from '@mujun/policy';

export type { Origin } from '@mujun/csv';
import type { Inputs } from './inputs.js';

/**
 * A source row that could not be used: @mujun/core's RejectedRow (its first problem, which
 * @mujun/csv's row errors are) and, when it has more than one, every problem of the row. Each
 * rejected row counts once in the accounting however many problems it has.
 */
export interface RejectedSourceRow extends RejectedRow {
  /** Every problem of the row, when it has more than one (the first is repeated here). */
  problems?: RejectedRow[];
}

/** Everything the formatters need. */
export interface ScoreRun extends Pick<Inputs, 'rejected' | 'summaryRows' | 'cellProblems'> {
  /** The merged input the run evaluated (归集/比对): conflicts, gaps, warnings, the sources. */
  inputs: Inputs;
  /** The engine's evaluation in columns: what the results CSV and JSON are written from. */
  columns: ColumnarEvaluation;
  /** The same as result objects (@mujun/core's evaluationOf), made on first use: explain, the report, the workbook. */
  readonly evaluation: Evaluation;
  /** Where record `index` first appears, the first source (in the order given) that lists it (undefined when unknown), without making every record's origin. */
  origin(index: number): Origin | undefined;
  /** Policies applied, when a catalog was given. */
  policies?: PolicyOutcome;
}
