/**
 * One enterprise explained (core's `explain`): each indicator's value, benchmark, weight and
 * score, how they add up to the total, rank and class, and the way to the next class — by total,
 * and by each input figure changed alone (each verified by evaluating the firm's pool again).
 * Excluded enterprises get their reason; unknown codes are usage errors.
 */
import { EXCLUSION_LABELS, explain, toSignificant, type EnterpriseRecord, type Explanation } from '@mujun/core';
import { UsageError } from '../errors.js';
import type { ScoreRun } from '../run/scoreRun.js';

/** Six significant digits for reading, as the results table shows them; the JSON form keeps every digit. */
const short = (value: string | null): string => (value === null ? '—' : toSignificant(value, 6));

function explanationLines(x: Explanation): string[] {
  const lines = [
    `${x.name} ${x.creditCode}`,
    `评价方案 scheme ${x.schemeId} · 评价组 group ${x.group}${x.county ? ` · ${x.county}` : ''} · 用地 land ${short(x.landMu)} 亩 mu`,
    '',
    `  ${'指标 indicator'.padEnd(30)} ${'值 value'.padEnd(14)} ${'基准 benchmark'.padEnd(14)} ${'权重 weight'.padStart(9)} ${'得分 score'.padStart(10)}`,
  ];
  for (const i of x.indicators) {
    const label = `${i.label.zh} ${i.id}`;
    const notes = [i.imputed ? `缺失补分 imputed: ${i.imputation ?? ''}` : '', i.capped ? '封顶 capped' : ''].filter(Boolean).join(', ');
    lines.push(
      `  ${label.padEnd(30)} ${short(i.value).padEnd(14)} ${short(i.benchmark).padEnd(14)} ${i.weight.padStart(9)} ${i.score.padStart(10)}${notes ? `  (${notes})` : ''}`,
    );
  }
  for (const a of x.adjustments) lines.push(`  ${a.text.zh} / ${a.text.en}`);
  lines.push(`  合计 total: ${x.sum}`);
  lines.push(
    '',
    `排名 rank ${x.rank}/${x.poolSize} · 类别 class ${x.class} ${x.className.zh} / ${x.className.en}${x.classBeforeVeto ? ` (否决前 before veto ${x.classBeforeVeto})` : ''}`,
  );
  lines.push('', `升类 next class: ${x.nextClass.text.zh} / ${x.nextClass.text.en}`);
  for (const p of x.nextClass.byFigure) lines.push(`  - ${p.text.zh} / ${p.text.en}`);
  lines.push('', `${x.summary.zh}`, `${x.summary.en}`);
  return lines;
}

/** The explanation of `creditCode` in a run (`records`: the ones evaluated, for its way up), as text or JSON. */
export function explanationText(run: ScoreRun, records: readonly EnterpriseRecord[], creditCode: string, format: 'text' | 'json'): string {
  const x = explain(run.evaluation, creditCode, records);
  if (x) return format === 'json' ? `${JSON.stringify(x, null, 2)}\n` : `${explanationLines(x).join('\n')}\n`;
  const excluded = run.evaluation.excluded.find((e) => e.creditCode === creditCode);
  if (excluded) {
    if (format === 'json') return `${JSON.stringify({ creditCode, name: excluded.name, excluded }, null, 2)}\n`;
    const label = EXCLUSION_LABELS[excluded.reason];
    return `${excluded.name} ${creditCode}\n未评价 not scored: ${label.zh} / ${label.en} — ${excluded.detail}\n`;
  }
  const rejected = run.rejected.filter((r) => r.value === creditCode || r.message.en.includes(creditCode));
  const hint = rejected.length > 0 ? `; rows ${rejected.map((r) => `${r.source}:${r.row}`).join(', ')} were rejected` : '';
  throw new UsageError({ zh: `输入中没有统一社会信用代码为 ${creditCode} 的企业`, en: `no enterprise with credit code ${creditCode} in the input${hint}` });
}
