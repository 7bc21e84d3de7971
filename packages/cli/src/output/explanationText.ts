/**
 * One enterprise explained: each indicator's value, benchmark, weight and score, the
 * adjustments, how they add up to the total, its rank and class, and how far the next class is.
 */
import type { EnterpriseResult, Evaluation } from '@mujun/core';
import { UsageError } from '../errors.js';
import { Dec } from '../internal/decimal.js';
import { EXCLUSION_LABELS, INDICATOR_LABELS } from './labels.js';
import type { ScoreRun } from './scoreRun.js';

/** The way up: the next better class in the pool and the points between the firm and its lowest total. */
export function nextClassOf(evaluation: Evaluation, result: EnterpriseResult): { class: string; lowestTotal: string; gap: string } | null {
  const tiers = evaluation.scheme.classes.tiers.map((t) => t.id as string);
  const pool = evaluation.pools.find((p) => p.pool === result.pool);
  const here = tiers.indexOf(result.class);
  for (let k = here - 1; k >= 0; k--) {
    const better = tiers[k] as string;
    const lowest = pool?.lowestTotal[better as keyof typeof pool.lowestTotal];
    if (lowest !== undefined) return { class: better, lowestTotal: lowest, gap: new Dec(lowest).minus(result.total).toString() };
  }
  return null;
}

/** Six significant digits for reading; `score --format json` keeps every digit. */
const short = (value: string | null): string => (value === null ? '—' : new Dec(value).toSignificantDigits(6).toString());

function resultText(run: ScoreRun, r: EnterpriseResult): string {
  const lines = [
    `${r.name} ${r.creditCode}`,
    `评价组 group ${r.group}${r.county ? ` · ${r.county}` : ''} · 用地 land ${r.landMu} 亩 mu`,
    '',
    '  指标 indicator                 值 value     基准 benchmark 权重 weight 得分 score',
  ];
  for (const i of r.indicators) {
    const label = `${INDICATOR_LABELS[i.id].zh} ${i.id}`;
    const imputed = i.imputed ? `  (缺失，按${i.imputation === 'poolAverage' ? '组平均得分 pool average' : '0 分 zero'} / imputed)` : '';
    const capped = i.capped ? '  (封顶 capped)' : '';
    lines.push(`  ${label.padEnd(28)} ${short(i.value).padEnd(12)} ${short(i.benchmark).padEnd(12)} ${i.weight.padStart(6)}  ${i.score.padStart(8)}${imputed}${capped}`);
  }
  for (const a of r.adjustments) lines.push(`  ${a.kind} ${a.flag} ${a.kind === 'veto' ? `→ ${a.effect ?? ''}` : a.points}`);
  const sum = r.indicators.reduce((s, i) => s.plus(i.score), new Dec(0)).plus(r.adjustments.reduce((s, a) => s.plus(a.points), new Dec(0)));
  lines.push(`  合计 total = ${r.indicators.map((i) => i.score).join(' + ')}${r.adjustments.length ? ' + …' : ''} = ${sum.toFixed(Math.max(0, r.total.split('.')[1]?.length ?? 0))} (总分 total ${r.total})`);
  lines.push('', `排名 rank ${r.rank}/${r.poolSize} · 类别 class ${r.class}${r.classBeforeVeto ? ` (否决前 before veto ${r.classBeforeVeto})` : ''}`);
  const next = nextClassOf(run.evaluation, r);
  if (next)
    lines.push(`升到 ${next.class} 类需总分至少 ${next.lowestTotal}（还差 ${next.gap} 分）/ to reach class ${next.class}: a total of at least ${next.lowestTotal} (${next.gap} more points)`);
  else lines.push('已是本组最高类别 / already in the best class of its pool');
  return `${lines.join('\n')}\n`;
}

/** The explanation of `creditCode` in a run, as text or JSON; an unknown code is a usage error. */
export function explanationText(run: ScoreRun, creditCode: string, format: 'text' | 'json'): string {
  const result = run.evaluation.results.find((r) => r.creditCode === creditCode);
  if (result) {
    if (format === 'json') return `${JSON.stringify({ result, nextClass: nextClassOf(run.evaluation, result) }, null, 2)}\n`;
    return resultText(run, result);
  }
  const excluded = run.evaluation.excluded.find((e) => e.creditCode === creditCode);
  if (excluded) {
    if (format === 'json') return `${JSON.stringify({ excluded }, null, 2)}\n`;
    const label = EXCLUSION_LABELS[excluded.reason];
    return `${excluded.name} ${creditCode}\n未评价 not scored: ${label.zh} / ${label.en} — ${excluded.detail}\n`;
  }
  throw new UsageError({ zh: `输入中没有统一社会信用代码为 ${creditCode} 的企业`, en: `no enterprise with credit code ${creditCode} in the input` });
}
