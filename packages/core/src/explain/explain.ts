import { Dec, HUNDRED, plain, roundTo } from '../arithmetic/decimal.js';
import type { EnterpriseResult, Evaluation } from '../types/evaluation.js';
import { invert } from './internal/invert.js';
import { poolIndex } from './internal/poolIndex.js';
import { INDICATOR_TEXT, PER_MU_FIELD } from './internal/labels.js';
import { targetOf, type Target } from './internal/target.js';
import { adjustmentText, indicatorText, pathText, targetText } from './internal/text.js';
import type { Explanation, IndicatorExplanation, IndicatorPath, NextClass } from './types.js';

/**
 * Explain one scored firm of an evaluation (DOMAIN.md §1 step 5, 帮扶转型): each indicator's value,
 * benchmark, weight, score and share of the total, imputed and capped flags, the bonuses, penalties
 * and vetoes applied, its rank, pool and class — and the way to the next better class.
 *
 * The way up (see `nextClass`): the **target total** is the shown total that puts the firm in the
 * next better class of its pool **with every other firm's total unchanged** — in quota mode the
 * total of the last firm now holding a place in that class or better (plus one unit of the shown
 * precision when the firm would lose the tie-break), in threshold mode the class's minimum total,
 * in hybrid mode the larger. Then, for each indicator alone (every other figure unchanged, the
 * pool's benchmark, minimum, maximum and other values held fixed), the value whose score lifts the
 * unrounded total to the target — so the shown total reaches it under any rounding mode:
 * ratio x = B × s / w (not reachable above the cap), lower-is-better x = B × (2 − 2s/w) at most,
 * min-max and percentile inverted within the pool's current range (not reachable above the weight).
 * A veto that forces the last class or caps at C, and the small-pool fallback, cannot be lifted
 * by indicators; that is said instead.
 *
 * With pool benchmarks the firm's own change also moves the benchmark a little, and in quota mode
 * others' ranks shift as it moves: the target is exact for fixed benchmarks and otherwise a close
 * guide.
 *
 * @returns undefined when the code is not among the scored firms (look in `evaluation.excluded`).
 * @example
 * const e = evaluate(records, getPreset());
 * const x = explain(e, '91320400MA1XXXXXX0');
 * console.log(x?.nextClass.text.zh, x?.nextClass.byIndicator.map((p) => p.text.zh));
 */
export function explain(evaluation: Evaluation, creditCode: string): Explanation | undefined {
  const result = poolIndex(evaluation).byCode.get(creditCode);
  if (result === undefined) return undefined;
  const { tiers } = evaluation.scheme.classes;
  const tier = tiers.find((t) => t.id === result.class);
  const total = new Dec(result.total);
  const indicators = result.indicators.map((i): IndicatorExplanation => {
    const spec = specOf(evaluation, result, i.id);
    const base: Omit<IndicatorExplanation, 'text'> = {
      id: i.id,
      label: INDICATOR_TEXT[i.id].label,
      unit: INDICATOR_TEXT[i.id].unit,
      method: spec?.normalisation.method ?? 'ratio',
      value: i.value,
      benchmark: i.benchmark,
      weight: i.weight,
      rawScore: i.rawScore,
      score: i.score,
      sharePercent: total.isZero() ? null : roundTo(new Dec(i.score).div(total).times(HUNDRED), 2, 'halfUp').toFixed(2),
      imputed: i.imputed,
      capped: i.capped,
    };
    if (i.imputation !== undefined) base.imputation = i.imputation;
    return { ...base, text: indicatorText(base) };
  });
  const adjustments = result.adjustments.map((a) => ({ ...a, text: adjustmentText(a) }));
  const nextClass = nextClassOf(evaluation, result);
  const className = { zh: tier?.name ?? result.class, en: tier?.nameEn ?? result.class };
  const parts = [...result.indicators.map((i) => i.score), ...result.adjustments.filter((a) => a.kind !== 'veto').map((a) => a.points)];
  const explanation: Explanation = {
    creditCode: result.creditCode,
    name: result.name,
    schemeId: evaluation.schemeId,
    group: result.group,
    pool: result.pool,
    county: result.county,
    landMu: result.landMu,
    indicators,
    adjustments,
    rawTotal: result.rawTotal,
    total: result.total,
    sum: `${parts.join(' + ').replace(/\+ -/g, '− ')} = ${result.total}`,
    rank: result.rank,
    poolSize: result.poolSize,
    class: result.class,
    className,
    nextClass,
    summary: {
      zh: `${result.name}：总分 ${result.total}，在 ${result.pool} 组 ${result.poolSize} 家中排第 ${result.rank}，${result.class} 类（${className.zh}）。${nextClass.text.zh}`,
      en: `${result.name}: total ${result.total}, ranked ${result.rank} of ${result.poolSize} in pool ${result.pool}, class ${result.class} (${className.en}). ${nextClass.text.en}`,
    },
  };
  if (result.classBeforeVeto !== undefined) explanation.classBeforeVeto = result.classBeforeVeto;
  return explanation;
}

function specOf(evaluation: Evaluation, result: EnterpriseResult, id: string) {
  return evaluation.scheme.groups.find((g) => g.id === result.group)?.indicators.find((s) => s.id === id);
}

function nextClassOf(evaluation: Evaluation, result: EnterpriseResult): NextClass {
  const target: Target = targetOf(evaluation, result);
  const targetClass = target.classIndex === null ? null : (evaluation.scheme.classes.tiers[target.classIndex]?.id ?? null);
  if (target.status !== 'reachable')
    return {
      status: target.status,
      targetClass,
      targetTotal: null,
      pointsNeeded: null,
      basis: null,
      text: targetText(target, targetClass, result.total, null),
      byIndicator: [],
    };
  const { decimals } = evaluation.scheme.rounding;
  const pointsNeeded = target.total.minus(new Dec(result.total)).toFixed(decimals);
  // The unrounded total must reach the target itself, so the shown total does under every rounding mode.
  const gap = target.total.minus(new Dec(result.rawTotal));
  return {
    status: 'reachable',
    targetClass,
    targetTotal: target.total.toFixed(decimals),
    pointsNeeded,
    basis: target.basis,
    text: targetText(target, targetClass, result.total, pointsNeeded),
    byIndicator: result.indicators.map((_, j) => pathOf(evaluation, result, j, gap)),
  };
}

function pathOf(evaluation: Evaluation, result: EnterpriseResult, j: number, gap: Dec): IndicatorPath {
  const indicator = result.indicators[j] as EnterpriseResult['indicators'][number];
  const spec = specOf(evaluation, result, indicator.id);
  const neededScore = new Dec(indicator.rawScore).plus(gap);
  const base = { id: indicator.id, label: INDICATOR_TEXT[indicator.id].label, neededScore: plain(neededScore), currentValue: indicator.value };
  if (spec === undefined) return finish({ ...base, reachable: false, neededValue: null, comparator: null, change: null, blockedBy: 'no-benchmark' });
  const scale = evaluation.benchmarks.find((b) => b.pool === result.pool && b.indicator === indicator.id && b.industry === null);
  // Percentile: the other firms' observed values — the pool's, less this firm's own value once.
  const others = spec.normalisation.method === 'percentile' ? poolIndex(evaluation).othersOf(result.pool, j, indicator.value) : NO_VALUES;
  const inverted = invert({
    spec,
    neededScore,
    benchmark: indicator.benchmark === null ? null : new Dec(indicator.benchmark),
    min: scale?.min === undefined ? null : new Dec(scale.min),
    max: scale?.max === undefined ? null : new Dec(scale.max),
    others,
  });
  if (!inverted.reachable) return finish({ ...base, reachable: false, neededValue: null, comparator: null, change: null, blockedBy: inverted.blockedBy });
  const value = inverted.value;
  const path: Omit<IndicatorPath, 'text'> = {
    ...base,
    reachable: true,
    neededValue: value === null ? null : plain(value),
    comparator: inverted.comparator,
    change: value === null || indicator.value === null ? null : plain(value.minus(new Dec(indicator.value))),
  };
  const field = PER_MU_FIELD[indicator.id];
  if (field !== undefined && value !== null && inverted.comparator === '>=') path.neededAmount = { field, value: plain(value.times(new Dec(result.landMu))) };
  return finish(path);
}

const NO_VALUES: readonly Dec[] = [];

function finish(path: Omit<IndicatorPath, 'text'>): IndicatorPath {
  return { ...path, text: pathText(path) };
}
