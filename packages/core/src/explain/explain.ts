import { Dec, HUNDRED, roundTo } from '../arithmetic/decimal.js';
import type { EnterpriseResult, Evaluation } from '../types/evaluation.js';
import type { EvaluateOptions } from '../evaluate/evaluate.js';
import type { EnterpriseRecord, NumericField } from '../schema/record.js';
import { INDICATOR_LABELS } from '../labels/labels.js';
import { CHANGEABLE_FIGURES } from './internal/figures.js';
import { figurePaths } from './internal/paths.js';
import { poolIndex } from './internal/poolIndex.js';
import { targetOf, type Target } from './internal/target.js';
import { adjustmentText, indicatorText, noFigureText, targetText } from './internal/text.js';
import { whatIf } from './internal/whatIf.js';
import type { Explanation, IndicatorExplanation, NextClass } from './types.js';

/** Options of {@link explain}: those the evaluation was made with, and which figures to try. */
export interface ExplainOptions extends EvaluateOptions {
  /** Record fields to offer as ways up (default: every figure that feeds the firm's indicators). */
  figures?: readonly NumericField[] | undefined;
}

/**
 * Explain one scored firm of an evaluation (DOMAIN.md §1 step 5, 帮扶转型): each indicator's value,
 * benchmark, weight, score and share of the total, imputed and capped flags, the bonuses, penalties
 * and vetoes applied, its rank, pool and class — and the way to the next better class.
 *
 * The way up (see `nextClass`): the **target total** is the shown total that puts the firm in the
 * next better class of its pool with every other firm's total as it is — in quota mode the total of
 * the last firm now holding a place in that class or better (plus one unit of the shown precision
 * when the firm would lose the tie-break), in threshold mode the class's minimum total, in hybrid
 * mode the larger. Then, for each input figure of the firm that feeds its indicators (tax, sales,
 * value added, R&D, energy, electricity, emissions, employees, land), the value that takes the firm
 * to that class when changed alone: found by evaluating the firm's whole pool again through the
 * engine with the changed figure — so the pool benchmarks move with the firm's own figure, every
 * indicator the figure feeds changes (more sales lowers R&D intensity), other firms' scores and the
 * quota follow — rounded to the figure's stated precision toward the safe side, and given only when
 * that rounded value, so evaluated, reaches the class. When no figure (of those tried) does, the text
 * says so. A veto
 * that forces the last class or caps at C, and the small-pool fallback, cannot be lifted by figures.
 *
 * @param records the records the evaluation was made from (every firm's: the pool is evaluated again).
 * @param options the options the evaluation was made with (given benchmarks; the reference date
 *   defaults to the evaluation's), and `figures`: the record fields to try (default all; each costs
 *   a few evaluations of the pool, which a report of every firm may want to spare).
 * @returns undefined when the code is not among the scored firms (look in `evaluation.excluded`).
 * @throws CoreError 'invalid-options' when the records do not give the evaluation's result.
 * @example
 * const e = evaluate(records, getPreset());
 * const x = explain(e, '91320400MA1XXXXXX0', records);
 * console.log(x?.nextClass.text.zh, x?.nextClass.byFigure.map((p) => p.text.zh));
 */
export function explain(
  evaluation: Evaluation,
  creditCode: string,
  records: readonly EnterpriseRecord[],
  options: ExplainOptions = {},
): Explanation | undefined {
  const result = poolIndex(evaluation).byCode.get(creditCode);
  if (result === undefined) return undefined;
  const { tiers } = evaluation.scheme.classes;
  const tier = tiers.find((t) => t.id === result.class);
  const total = new Dec(result.total);
  const indicators = result.indicators.map((i): IndicatorExplanation => {
    const spec = specOf(evaluation, result, i.id);
    const base: Omit<IndicatorExplanation, 'text'> = {
      id: i.id,
      label: INDICATOR_LABELS[i.id].name,
      unit: INDICATOR_LABELS[i.id].unit,
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
  const nextClass = nextClassOf(evaluation, result, records, options);
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

function nextClassOf(evaluation: Evaluation, result: EnterpriseResult, records: readonly EnterpriseRecord[], options: ExplainOptions): NextClass {
  const target: Target = targetOf(evaluation, result);
  const targetClass = target.classIndex === null ? null : (evaluation.scheme.classes.tiers[target.classIndex]?.id ?? null);
  if (target.status !== 'reachable' || targetClass === null)
    return {
      status: target.status,
      targetClass,
      targetTotal: null,
      pointsNeeded: null,
      basis: null,
      text: targetText(target, targetClass, result.total, null),
      byFigure: [],
    };
  const { decimals } = evaluation.scheme.rounding;
  const pointsNeeded = target.total.minus(new Dec(result.total)).toFixed(decimals);
  const specs = evaluation.scheme.groups.find((g) => g.id === result.group)?.indicators ?? [];
  const { figures, ...evaluateOptions } = options;
  const firm = whatIf(evaluation, records, result, evaluateOptions);
  const byFigure = figurePaths(result, specs, firm, target.classIndex, decimals, figures);
  const text = targetText(target, targetClass, result.total, pointsNeeded);
  if (byFigure.length === 0) {
    const tried = figures === undefined ? undefined : CHANGEABLE_FIGURES.filter((f) => figures.includes(f.field)).map((f) => f.label);
    const none = noFigureText(targetClass, tried);
    text.zh += none.zh;
    text.en += ` ${none.en}`;
  }
  return { status: 'reachable', targetClass, targetTotal: target.total.toFixed(decimals), pointsNeeded, basis: target.basis, text, byFigure };
}
