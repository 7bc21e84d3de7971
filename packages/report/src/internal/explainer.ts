import { explain } from '@mujun/core';
import type { EnterpriseResult, Evaluation, Explanation, NextClass } from '@mujun/core';
import type { ReportLang } from '../types.js';

/** The way to the next class, from core's `explain`, in the report's language. */
export interface NextClassView {
  /** 'reachable' | 'top' | 'veto' | 'small-pool' | 'no-places'. */
  status: string;
  targetClass: string | null;
  pointsNeeded: string | null;
  /** What the target is and how it was defined (or why there is none). */
  text: string;
  /** One line per indicator: the value that alone reaches the target, or why it cannot. */
  paths: { text: string; reachable: boolean }[];
}

/** The way up in the report's language. */
export function nextClassView(next: NextClass, lang: ReportLang): NextClassView {
  return {
    status: next.status,
    targetClass: next.targetClass,
    pointsNeeded: next.pointsNeeded,
    text: next.text[lang],
    paths: next.byIndicator.map((p) => ({ text: p.text[lang], reachable: p.reachable })),
  };
}

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
