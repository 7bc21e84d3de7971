import { explain } from '@mujun/core';
import type { EnterpriseRecord, EnterpriseResult, Evaluation, Explanation, NumericField } from '@mujun/core';

/**
 * The figures a sheet offers as ways up: tax and land, the levers of every per-mu indicator (the
 * strings' `nextNone` names them). Each figure tried costs a few evaluations of the firm's pool, and a report explains
 * every firm; `score explain` tries all.
 */
export const SHEET_FIGURES: readonly NumericField[] = ['taxWan', 'landOwnedMu'];

/**
 * `explain` for each firm. Its way up re-evaluates the firm's pool, so it needs the records
 * evaluated: without them there is no explanation (the sheet then shows no way up).
 */
export function poolExplainer(evaluation: Evaluation, records: readonly EnterpriseRecord[] | undefined): (r: EnterpriseResult) => Explanation | undefined {
  return (r) => (records === undefined ? undefined : explain(evaluation, r.creditCode, records, { figures: SHEET_FIGURES }));
}
