/** The summary of the cross-check (比对) that `score` prints before the accounting. */
import { conflictSummary } from '@mujun/csv';
import type { Inputs } from '../run/inputs.js';

/**
 * For every field that files give differently: how many firms, which file was used and why (one
 * line per field, file used and reason), so that nobody has to guess whose figure went into a
 * class. Said after the results are written, beside the cross-check line: it is what was done, not
 * a problem to fix (the precedence is stated, never the order of the files).
 */
export function conflictLines(inputs: Pick<Inputs, 'conflicts'>): string[] {
  return conflictSummary(inputs.conflicts).map(
    (g) => `score: 比对 / cross-check: ${g.message.zh}；逐家列出见 score validate / ${g.message.en}; score validate lists each`,
  );
}

/**
 * "比对 cross-check: 冲突 conflicts 5 · 缺失 gaps 20 …" — details come from `score validate`. Firms
 * whose figures in a file are the sums of several meters or parcels are counted when there are any.
 */
export function reconciliationLine(inputs: Pick<Inputs, 'sources' | 'merged' | 'conflicts' | 'gaps' | 'rejected' | 'warnings'>): string {
  const absent = inputs.gaps.filter((g) => g.reason === 'absent').length;
  const summed = inputs.warnings.filter((w) => w.code === 'rows-summed');
  const summedRows = summed.reduce((t, w) => t + (w.count ?? 0), 0);
  return (
    `比对 cross-check: 来源 sources ${inputs.sources.length} · 企业 enterprises ${inputs.merged.records.length} · ` +
    `冲突 conflicts ${inputs.conflicts.length} (容差内 within tolerance ${inputs.conflicts.filter((c) => c.withinTolerance).length}) · 缺失 gaps ${inputs.gaps.length} (未列出 absent ${absent}) · ` +
    (summed.length > 0 ? `多行相加 summed ${summed.length} (行 rows ${summedRows}) · ` : '') +
    `拒收行 rejected rows ${inputs.rejected.length} — 详见 details: score validate`
  );
}
