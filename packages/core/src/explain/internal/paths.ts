import { Dec, plain } from '../../arithmetic/decimal.js';
import { indicatorFacts } from '../../fast/indicatorFacts.js';
import type { IndicatorSpec } from '../../schema/scheme.js';
import type { EnterpriseResult } from '../../types/evaluation.js';
import type { FigurePath } from '../types.js';
import { FIGURES, type Figure } from './figures.js';
import { searchSteps } from './search.js';
import { figureText } from './text.js';
import type { FirmWhatIf, Outcome } from './whatIf.js';

/**
 * Every input figure of the firm that feeds an indicator of its group, changed alone in the direction
 * that helps, to the nearest value at its stated precision with which the firm's pool, evaluated again
 * by the engine, puts the firm in class `k` or better. Only verified values are returned.
 */
export function figurePaths(result: EnterpriseResult, specs: readonly IndicatorSpec[], firm: FirmWhatIf, k: number, decimals: number): FigurePath[] {
  const m0 = firm.baseline(k).margin;
  const paths: FigurePath[] = [];
  for (const figure of FIGURES) {
    const path = pathOf(figure, result, specs, firm, k, m0, decimals);
    if (path !== null) paths.push(path);
  }
  return paths;
}

function pathOf(
  figure: Figure,
  result: EnterpriseResult,
  specs: readonly IndicatorSpec[],
  firm: FirmWhatIf,
  k: number,
  m0: number,
  decimals: number,
): FigurePath | null {
  const now = firm.record[figure.field];
  if (typeof now !== 'string') return null;
  const x0 = new Dec(now);
  // Which way helps: the indicators it feeds, by weight — as numerator more helps, as denominator less
  // (and the other way round where a scheme scores lower as better).
  let pull = 0;
  let slope = 0;
  for (const [j, spec] of specs.entries()) {
    const [num, den] = indicatorFacts(spec);
    const sign = (num === figure.fact ? 1 : den === figure.fact ? -1 : 0) * (spec.normalisation.method === 'lowerIsBetter' ? -1 : 1);
    pull += sign * spec.weight;
    // A first guess from the score's elasticity at fixed benchmarks: a ratio score is proportional to its value.
    const i = result.indicators[j];
    if (sign !== 0 && spec.normalisation.method === 'ratio' && i !== undefined && !i.capped && !x0.isZero()) slope += (sign * Number(i.rawScore)) / Number(now);
  }
  if (pull === 0) return null;
  const raise = pull > 0;
  const unit = new Dec(10).pow(-figure.decimals);
  const start = x0
    .div(unit)
    .toDecimalPlaces(0, raise ? Dec.ROUND_FLOOR : Dec.ROUND_CEIL)
    .times(unit);
  const at = (steps: number) => (raise ? start.plus(unit.times(steps)) : start.minus(unit.times(steps)));
  const maxK = raise ? Math.max(x0.times(1000).div(unit).ceil().toNumber(), 1_000_000) : start.div(unit).toNumber() - 1;
  if (maxK < 1) return null;
  // Units of the shown total per step of the figure, at fixed benchmarks (the search corrects it).
  const perStep = Math.abs(slope) * Number(unit.toString()) * 10 ** decimals;
  const guess = perStep > 0 ? (1.1 * (0.25 - m0)) / perStep : Number(x0.div(unit).div(10).toFixed(0));
  const seen = new Map<number, Outcome>();
  let noEffect = false;
  const steps = searchSteps(
    (s) => {
      if (noEffect) return 'left';
      const o = firm.probe(figure.field, at(s).toFixed(figure.decimals), k);
      if (o === 'no-effect') noEffect = true;
      if (typeof o === 'string') return 'left';
      seen.set(s, o);
      return o;
    },
    m0,
    maxK,
    guess,
  );
  const outcome = steps === null ? undefined : seen.get(steps);
  if (steps === null || outcome === undefined || noEffect) return null;
  const needed = at(steps);
  const path: Omit<FigurePath, 'text'> = {
    field: figure.field,
    label: figure.label,
    unit: figure.unit,
    direction: raise ? 'raise' : 'lower',
    current: now,
    needed: needed.toFixed(figure.decimals),
    change: plain(needed.minus(x0)),
    total: outcome.total,
    class: outcome.class,
  };
  return { ...path, text: figureText(path) };
}
