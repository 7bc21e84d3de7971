/**
 * The accounting of a run. With several bureau files a "row" is a unit of accounting, not a
 * line: one per enterprise after merging the files by credit code (each is scored or excluded),
 * plus one per source row rejected as unusable. Summary rows (合计) are skipped and counted apart.
 * So rows = scored + excluded + rejected, always.
 */
import type { RunAccounting } from '@mujun/core';
import type { ScoreRun } from '../run/scoreRun.js';

/** The accounting of the JSON output: @mujun/core's RunAccounting with the merge's counts. */
export interface Accounting extends RunAccounting {
  /** Enterprises after the merge (= scored + excluded). */ enterprises: number;
  /** Summary rows (合计/总计) skipped; not part of `rows`. */
  summaryRows: number;
}

/** Counts a run. */
export function accountingOf(run: Pick<ScoreRun, 'columns' | 'rejected' | 'summaryRows'>): Accounting {
  const { scored, excluded } = run.columns.accounting;
  const rejected = run.rejected.length;
  return { rows: scored + excluded + rejected, scored, excluded, rejected, enterprises: scored + excluded, summaryRows: run.summaryRows };
}

/** The one-line accounting printed on stderr after every run. */
export function accountingLine(a: Accounting): string {
  const summary = a.summaryRows > 0 ? `，跳过合计行 ${a.summaryRows} / summary rows skipped ${a.summaryRows}` : '';
  return `行数 rows ${a.rows} = 已评价 scored ${a.scored} + 排除 excluded ${a.excluded} + 拒收 rejected ${a.rejected}${summary}`;
}
