import type { Evaluation } from '@mujun/core';
import { fill } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';
import type { ComparisonInput } from '../types.js';

/** A comparison in one shape, whichever package made it. */
export interface MigrationView {
  fromLabel: string;
  toLabel: string;
  rows: string[];
  columns: string[];
  counts: Record<string, Record<string, number>>;
  /** Each firm's place on the earlier side (scored and excluded firms). */
  previous: Map<string, string>;
}

/** Normalises policy's `migrationMatrix` and core's `compare` results. */
export function migrationOf(comparison: ComparisonInput, evaluation: Evaluation, dict: Dictionary): MigrationView {
  const moved = new Map<string, string>();
  if ('rows' in comparison) {
    for (const m of comparison.moved) moved.set(m.creditCode, m.from);
    return {
      fromLabel: comparison.fromLabel ?? comparison.schemeA,
      toLabel: comparison.toLabel ?? comparison.schemeB,
      rows: comparison.rows,
      columns: comparison.columns,
      counts: comparison.matrix,
      previous: previousOf(evaluation, moved),
    };
  }
  for (const m of comparison.matrix.moved) moved.set(m.creditCode, m.from);
  const { labels, counts } = comparison.matrix;
  const review = comparison.review === true;
  return {
    fromLabel: review ? fill(dict.ui.earlierRun, { year: comparison.fromLabel }) : comparison.fromLabel,
    toLabel: review ? fill(dict.ui.thisRun, { year: comparison.toLabel }) : comparison.toLabel,
    rows: labels,
    columns: labels,
    counts,
    previous: previousOf(evaluation, moved),
  };
}

/** A firm that did not move kept its class (an excluded firm was excluded before too). */
function previousOf(evaluation: Evaluation, moved: Map<string, string>): Map<string, string> {
  return new Map([
    ...evaluation.results.map((r): [string, string] => [r.creditCode, moved.get(r.creditCode) ?? r.class]),
    ...evaluation.excluded.map((e): [string, string] => [e.creditCode, moved.get(e.creditCode) ?? 'excluded']),
  ]);
}
