import type { Evaluation } from '@mujun/core';
import { fill } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';
import type { ComparisonInput } from '../types.js';

/** A comparison as the report draws it. */
export interface MigrationView {
  fromLabel: string;
  toLabel: string;
  rows: string[];
  columns: string[];
  counts: Record<string, Record<string, number>>;
  /** How many firms moved up, down, into or out of the classes, or stayed (core's `compare`). */
  tally: ComparisonInput['counts'];
  /** Each firm's place on the earlier side (scored and excluded firms). */
  previous: Map<string, string>;
}

/** The comparison as the report shows it: the sides' labels, the matrix, each firm's earlier place. */
export function migrationOf(comparison: ComparisonInput, evaluation: Evaluation, dict: Dictionary): MigrationView {
  const moved = new Map(comparison.moved.map((m): [string, string] => [m.creditCode, m.from]));
  const fromLabel = comparison.fromLabel ?? comparison.schemeA ?? '';
  const toLabel = comparison.toLabel ?? comparison.schemeB ?? '';
  const review = comparison.review === true;
  return {
    fromLabel: review ? fill(dict.ui.earlierRun, { year: fromLabel }) : fromLabel,
    toLabel: review ? fill(dict.ui.thisRun, { year: toLabel }) : toLabel,
    rows: comparison.rows,
    columns: comparison.columns,
    counts: comparison.matrix,
    tally: comparison.counts,
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
