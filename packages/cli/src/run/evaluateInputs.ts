/**
 * Evaluates the merged records with a scheme and, when a catalog is given, applies its policies —
 * both on the merged columns (@mujun/core's evaluateColumnar, @mujun/policy's
 * applyPoliciesToColumns). core's CoreError (a scheme or option problem) becomes a SchemeError, exit 2.
 */
import { evaluateColumnar, evaluationOf, type ColumnarEvaluation, type Evaluation, type Scheme } from '@mujun/core';
import { applyPoliciesToColumns, type ClassHistory, type PolicyCatalog, type PolicyOutcome } from '@mujun/policy';
import { evaluationError } from '../errors.js';
import type { Inputs } from './inputs.js';
import type { ScoreRun } from './scoreRun.js';

/** What besides the scheme shapes the run. */
export interface EvaluateInputsOptions {
  /** Overrides the scheme's reference date (`--reference-date`). */
  referenceDate?: string | undefined;
  /** A validated policy catalog (`--policy`). */
  catalog?: PolicyCatalog | undefined;
  /** Prior years' classes (`--history`; see historyFromFiles). */
  history?: ClassHistory | undefined;
  /** Values of the catalog's user settings by id (`--setting id=value`, e.g. the local land-use tax rate). */
  settings?: Record<string, string> | undefined;
}

/** Evaluates `inputs.merged` and packs everything the formatters need (result objects made only when one asks). */
export function evaluateInputs(inputs: Inputs, scheme: Scheme, options: EvaluateInputsOptions = {}): ScoreRun {
  let columns: ColumnarEvaluation;
  try {
    columns = evaluateColumnar(inputs.merged.records, scheme, options.referenceDate === undefined ? {} : { referenceDate: options.referenceDate });
  } catch (error) {
    throw evaluationError(error);
  }
  let policies: PolicyOutcome | undefined;
  if (options.catalog) {
    const year = columns.referenceDate ? Number(columns.referenceDate.slice(0, 4)) : undefined;
    policies = applyPoliciesToColumns(columns, options.catalog, {
      ...(options.history ? { history: options.history } : {}),
      ...(options.settings ? { settings: options.settings } : {}),
      ...(year !== undefined ? { year } : {}),
    });
  }
  let evaluation: Evaluation | undefined;
  return {
    inputs,
    columns,
    get evaluation() {
      return (evaluation ??= evaluationOf(columns));
    },
    origin: (index) => inputs.merged.rows(index)[0],
    rejected: inputs.rejected,
    cellProblems: inputs.cellProblems,
    summaryRows: inputs.summaryRows,
    ...(policies ? { policies } : {}),
  };
}
