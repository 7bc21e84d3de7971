import { compare, type Evaluation } from '@mujun/core';
import type { ClassHistory } from '@mujun/policy';
import type { ComparisonInput } from './types.js';

/**
 * The class migration from the latest year of a class history (prior `score` results, as
 * `@mujun/policy`'s `historyFromResults` builds it) to this evaluation. Undefined when the
 * history is empty. Firms of the history that are not in the evaluation are "gone", and firms
 * new this year "new". When the history's latest year is the
 * evaluated year (an earlier run of the same year, as in a review), `review` is set and the
 * report calls the sides "2024 前次" and "2024 本次" (in English "earlier run", "this run").
 */
export function comparisonFromHistory(evaluation: Evaluation, history: ClassHistory): ComparisonInput | undefined {
  const year = history.latestYear;
  if (year === null) return undefined;
  const before = Object.entries(history.firms).map(([creditCode, byYear]) => ({ creditCode, class: byYear[String(year)] ?? null }));
  const toLabel = evaluation.referenceDate ? evaluation.referenceDate.slice(0, 4) : String(year + 1);
  // The same year on both sides: an earlier run of this year (a review, 复核), not last year's.
  const comparison = { ...compare(before, evaluation), fromLabel: String(year), toLabel };
  return toLabel === String(year) ? { ...comparison, review: true } : comparison;
}
