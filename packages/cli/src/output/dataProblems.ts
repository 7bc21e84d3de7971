/**
 * The data problems `score` says on stderr before it writes anything (loud by default): a figure the
 * scheme needs that no file has (exit 1), and warnings — the scale defaulted, units assumed, many
 * rows rejected, unknown columns, firms missing from a file their group needs, implausible figures —
 * each one line with a count and the fix.
 * Under `--strict` any warning is exit 1 as well.
 */
import type { Scheme } from '@mujun/core';
import { CHECK_NAMES, dataWarnings, figuresNeeded, gapWarning, plausibilityCounts } from '@mujun/csv';
import { EXIT } from '../errors.js';
import type { Inputs } from '../run/inputs.js';

/** The lines to print and the exit code they call for (EXIT.ok: go on and write the results). */
export interface DataProblems {
  lines: string[];
  exitCode: number;
}

/** Finds the problems of `inputs` for `scheme` (pure: the caller prints). */
export function dataProblems(
  inputs: Pick<Inputs, 'files' | 'sourceAccounting' | 'rejected' | 'warnings' | 'merged' | 'gaps'>,
  scheme: Scheme,
  strict: boolean,
): DataProblems {
  const records = inputs.merged.records;
  const found = dataWarnings({
    sources: inputs.files,
    accounting: inputs.sourceAccounting,
    rejected: inputs.rejected,
    warnings: inputs.warnings,
    records,
    needed: figuresNeeded(scheme, records),
    pooling: scheme.classes,
  });
  const gaps = gapWarning({ gaps: inputs.gaps, records, sources: inputs.files, neededFor: (i) => figuresNeeded(scheme, records, [i]) });
  if (gaps !== null) found.push(gaps);
  const lines: string[] = [];
  for (const w of found)
    lines.push(w.severity === 'error' ? `score: ${w.message.zh} / ${w.message.en}` : `score: 注意 / warning: ${w.message.zh} / ${w.message.en}`);
  // Counts only: the findings themselves (with their text) are score validate's.
  const { firms, counts } = plausibilityCounts(records);
  if (firms > 0) {
    const zh = counts.map((c) => `${CHECK_NAMES[c.check].zh} ${c.count} 家`).join('、');
    const en = counts.map((c) => `${CHECK_NAMES[c.check].en} ${c.count}`).join(', ');
    lines.push(
      `score: 注意 / warning: 比对：${firms} 家企业的数据不合常理（${zh}），其类别可能因此不实；逐家列出的数据及来源文件见 score validate / cross-check: ${firms} firms have figures that cannot all be right (${en}), so their classes may be wrong; score validate lists each with its figures and files`,
    );
  }
  const errors = found.filter((w) => w.severity === 'error').length;
  const warnings = found.length - errors + (firms > 0 ? 1 : 0);
  if (errors > 0) return { lines, exitCode: EXIT.input };
  if (strict && warnings > 0) {
    lines.push(`score: --strict：${warnings} 条注意事项按错误处理，未输出结果 / --strict: ${warnings} warning(s) treated as errors; no results written`);
    return { lines, exitCode: EXIT.input };
  }
  return { lines, exitCode: EXIT.ok };
}
