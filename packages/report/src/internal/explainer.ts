import { explain } from '@mujun/core';
import type { EnterpriseResult, Evaluation, Explanation } from '@mujun/core';

/**
 * `explain` for each firm, given only the firm's pool: explain looks at the pool alone, so the
 * answer is the same, and a district of many pools is not scanned whole once per firm.
 */
export function poolExplainer(evaluation: Evaluation): (r: EnterpriseResult) => Explanation | undefined {
  const byPool = new Map<string, EnterpriseResult[]>();
  for (const r of evaluation.results) {
    const list = byPool.get(r.pool);
    if (list) list.push(r);
    else byPool.set(r.pool, [r]);
  }
  const views = new Map([...byPool].map(([pool, results]) => [pool, { ...evaluation, results }]));
  return (r) => explain(views.get(r.pool) ?? evaluation, r.creditCode);
}
