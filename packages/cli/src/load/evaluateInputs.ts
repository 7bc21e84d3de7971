/**
 * Evaluates the merged records with a scheme and, when a catalog is given, applies its policies.
 * core's CoreError (a scheme or option problem) becomes a SchemeError, exit 2.
 */
import { evaluate, type Evaluation, type Scheme } from '@mujun/core';
import { applyPolicies, type ClassHistory, type PolicyCatalog, type PolicyOutcome } from '@mujun/policy';
import { SchemeError } from '../errors.js';
import type { ScoreRun } from '../output/scoreRun.js';
import type { Inputs } from './readInputs.js';

/** What besides the scheme shapes the run. */
export interface EvaluateInputsOptions {
  referenceDate?: string | undefined;
  catalog?: PolicyCatalog | undefined;
  history?: ClassHistory | undefined;
  /** Values of the catalog's user settings (e.g. the local land-use tax rate), by setting id. */
  settings?: Record<string, string> | undefined;
}

function isCoreError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && error.name === 'CoreError';
}

/** Evaluates `inputs.records` and packs everything the formatters need. */
export function evaluateInputs(inputs: Inputs, scheme: Scheme, options: EvaluateInputsOptions = {}): ScoreRun {
  let evaluation: Evaluation;
  try {
    evaluation = evaluate(inputs.records, scheme, options.referenceDate === undefined ? {} : { referenceDate: options.referenceDate });
  } catch (error) {
    if (isCoreError(error)) throw new SchemeError({ zh: '评价方案或选项无效', en: 'the scheme or an option is invalid' }, error.message);
    throw error;
  }
  let policies: PolicyOutcome | undefined;
  if (options.catalog) {
    const year = evaluation.referenceDate ? Number(evaluation.referenceDate.slice(0, 4)) : undefined;
    policies = applyPolicies(evaluation, options.catalog, {
      records: inputs.records,
      ...(options.history ? { history: options.history } : {}),
      ...(options.settings ? { settings: options.settings } : {}),
      ...(year !== undefined ? { year } : {}),
    });
  }
  return {
    evaluation,
    records: inputs.records,
    rejected: inputs.rejected,
    cellProblems: inputs.cellProblems,
    summaryRows: inputs.summaryRows,
    origins: inputs.origins,
    ...(policies ? { policies } : {}),
  };
}
