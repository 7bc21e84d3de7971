/** The text of `score sensitivity`: how often each unstable firm lands in each class. */
import { compareText } from '@mujun/core';
import type { SensitivityResult } from '@mujun/policy';

const percent = (p: number | undefined): string => `${((p ?? 0) * 100).toFixed(1)}%`;

/** Unstable firms first (least stable first), with their class probabilities. */
export function sensitivityText(result: SensitivityResult, classes: readonly string[]): string {
  const unstable = new Set(result.unstable);
  const firms = result.perFirm
    .filter((f) => unstable.has(f.creditCode))
    .sort((a, b) => (a.probabilities[a.evaluatedClass] ?? 0) - (b.probabilities[b.evaluatedClass] ?? 0) || compareText(a.creditCode, b.creditCode));
  const lines = [
    `敏感性分析 sensitivity: 抽样 draws ${result.drawCount} · 种子 seed ${result.seed} · 已评价 scored ${result.perFirm.length} · 不稳定 unstable ${result.unstable.length}`,
    '',
    `${'统一社会信用代码 code'.padEnd(22)} ${'类别 class'.padEnd(10)} ${classes.map((c) => c.padStart(7)).join('')}  企业名称 name / 评价组 pool`,
  ];
  for (const f of firms)
    lines.push(
      `${f.creditCode.padEnd(22)} ${f.evaluatedClass.padEnd(10)} ${classes.map((c) => percent(f.probabilities[c as keyof typeof f.probabilities]).padStart(7)).join('')}  ${f.name} / ${f.pool}`,
    );
  if (firms.length === 0) lines.push('  (无 none)');
  for (const w of result.warnings) lines.push('', `注意 note: ${w}`);
  return `${lines.join('\n')}\n`;
}
