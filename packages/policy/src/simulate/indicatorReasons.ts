import type { EnterpriseResult, IndicatorResult } from '@mujun/core';
import { Dec } from '@mujun/core/engine';
import type { ChangeReason } from './types.js';

const signed = (d: Dec): string => (d.isZero() ? '0' : d.toDecimalPlaces(4, Dec.ROUND_HALF_UP).toString());

/**
 * Splits each indicator's score change into a weight part and the rest, exactly:
 * Δ = (w₂ − w₁) × raw₁/w₁ + remainder. The weight part is what the new weight alone does to the
 * old score; the remainder is named after what else moved: the benchmark value, the indicator's
 * scoring rule, or (neither) the pool statistics that other firms' data set.
 */
export function indicatorReasons(a: EnterpriseResult, b: EnterpriseResult, ruleChanged: (indicator: string) => boolean): ChangeReason[] {
  const reasons: ChangeReason[] = [];
  const ids = [...a.indicators.map((i) => i.id), ...b.indicators.filter((i) => !a.indicators.some((x) => x.id === i.id)).map((i) => i.id)];
  for (const id of ids) {
    const ia: IndicatorResult | undefined = a.indicators.find((i) => i.id === id);
    const ib: IndicatorResult | undefined = b.indicators.find((i) => i.id === id);
    const rawA = new Dec(ia?.rawScore ?? 0);
    const rawB = new Dec(ib?.rawScore ?? 0);
    const delta = rawB.minus(rawA);
    const wA = ia === undefined ? null : ia.weight;
    const wB = ib === undefined ? null : ib.weight;
    let weightPart = new Dec(0);
    if (wA !== wB) {
      weightPart =
        ia === undefined
          ? rawB
          : ib === undefined
            ? rawA.neg()
            : new Dec(wB ?? 0)
                .minus(wA ?? 0)
                .times(rawA)
                .div(wA ?? 1);
      if (!weightPart.isZero() || !delta.isZero()) {
        reasons.push({
          kind: 'weight',
          indicator: id,
          from: wA,
          to: wB,
          scoreDelta: signed(weightPart),
          text: `${id} 权重 ${wA ?? '—'} → ${wB ?? '—'}，得分变化 ${signed(weightPart)} / weight change moved the score by ${signed(weightPart)}`,
        });
      }
    }
    const rest = delta.minus(weightPart);
    // The weight part is a division, so an unchanged remainder can come out as a residue far
    // below what is shown (~1e-38): a reason that would read "moved the score by 0" is none.
    if (ia === undefined || ib === undefined || signed(rest) === '0') continue;
    if (ia.benchmark !== ib.benchmark) {
      reasons.push({
        kind: 'benchmark',
        indicator: id,
        from: ia.benchmark,
        to: ib.benchmark,
        scoreDelta: signed(rest),
        text: `${id} 基准值 ${ia.benchmark ?? '—'} → ${ib.benchmark ?? '—'}，得分变化 ${signed(rest)} / benchmark change moved the score by ${signed(rest)}`,
      });
    } else if (ruleChanged(id)) {
      reasons.push({
        kind: 'indicator-rule',
        indicator: id,
        scoreDelta: signed(rest),
        text: `${id} 计分规则变化，得分变化 ${signed(rest)} / scoring rule change moved the score by ${signed(rest)}`,
      });
    } else {
      reasons.push({
        kind: 'pool',
        indicator: id,
        scoreDelta: signed(rest),
        text: `${id} 池内统计量变化，得分变化 ${signed(rest)} / pool statistics moved the score by ${signed(rest)}`,
      });
    }
  }
  return reasons;
}
