import { explain } from '@mujun/core';
import type { EnterpriseRecord, EnterpriseResult, Evaluation, Explanation } from '@mujun/core';

/**
 * `explain` for each firm. Its way up re-evaluates the firm's pool, so it needs the records
 * evaluated: without them there is no explanation (the sheet then shows no way up).
 */
export function poolExplainer(evaluation: Evaluation, records: readonly EnterpriseRecord[] | undefined): (r: EnterpriseResult) => Explanation | undefined {
  return (r) => (records === undefined ? undefined : explain(evaluation, r.creditCode, records));
}
