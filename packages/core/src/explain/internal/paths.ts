import { Dec, plain } from '../../arithmetic/decimal.js';
import { indicatorFacts } from '../../fast/indicatorFacts.js';
import type { NumericField } from '../../schema/record.js';
import type { IndicatorSpec } from '../../schema/scheme.js';
import type { EnterpriseResult } from '../../types/evaluation.js';
import type { FigurePath } from '../types.js';
import { CHANGEABLE_FIGURES, type Figure } from './figures.js';
import { searchSteps } from './search.js';
import { figureText } from './text.js';
import type { FirmWhatIf, Outcome } from './whatIf.js';

/**
 * Every input figure of the firm that feeds an indicator of its group, changed alone in the direction
 * that helps, to the nearest value at its stated precision with which the firm's pool, evaluated again
 * by the engine, puts the firm in class `k` or better. Only verified values are returned.
 */
export function figurePaths(
  result: EnterpriseResult,
  specs: readonly IndicatorSpec[],
  firm: FirmWhatIf,
  k: number,
  decimals: number,
  only?: readonly NumericField[],
): FigurePath[] {
  const m0 = firm.baseline(k).margin;
  const paths: FigurePath[] = [];
  for (const figure of CHANGEABLE_FIGURES) {
    if (only !== undefined && !only.includes(figure.field)) continue;
    const path = pathOf(figure, result, specs, firm, k, m0, decimals);
    if (path !== null) paths.push(path);
  }
  return paths;
}

/** A ratio indicator the figure feeds: its score now, its cap, and whether the figure is its numerator. */
interface Term {
  score: number;
  cap: number;
  numerator: boolean;
}

/**
 * A first guess for the search, in floats: the fewest steps that lift the total by `gap` points with
 * the benchmarks held — a ratio score scales with its value (x / x0 as numerator, x0 / x as
 * denominator) up to its cap; other methods are held. The search corrects it with the engine.
 */
function firstGuess(terms: readonly Term[], x0: number, gap: number, x: (steps: number) => number, maxK: number): number | null {
  if (x0 <= 0 || terms.length === 0) return null;
  const gain = (steps: number) => {
    const v = x(steps);
    return terms.reduce((g, t) => g + Math.min(t.cap, t.score * (t.numerator ? v / x0 : x0 / v)) - Math.min(t.cap, t.score), 0);
  };
  if (gain(maxK) < gap) return null;
  let lo = 0;
  let hi = maxK;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (gain(mid) >= gap) hi = mid;
    else lo = mid;
  }
  return hi;
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
  const terms: Term[] = [];
  for (const [j, spec] of specs.entries()) {
    const [num, den] = indicatorFacts(spec);
    const sign = (num === figure.fact ? 1 : den === figure.fact ? -1 : 0) * (spec.normalisation.method === 'lowerIsBetter' ? -1 : 1);
    pull += sign * spec.weight;
    const n = spec.normalisation;
    const score = Number(result.indicators[j]?.rawScore ?? 0);
    if (sign !== 0 && n.method === 'ratio')
      terms.push({ score, cap: n.capMultiple === undefined ? Infinity : n.capMultiple * spec.weight, numerator: num === figure.fact });
  }
  if (pull === 0) return null;
  const raise = pull > 0;
  const unit = new Dec(10).pow(-figure.decimals);
  const start = x0
    .div(unit)
    .toDecimalPlaces(0, raise ? Dec.ROUND_FLOOR : Dec.ROUND_CEIL)
    .times(unit);
  const at = (steps: number) => (raise ? start.plus(unit.times(steps)) : start.minus(unit.times(steps)));
  // Steps are counted in floats, so only as far as they are whole numbers (2⁵³ − 1): beyond, halving a
  // range of steps stops moving and the search would never end.
  const maxK = Math.min(raise ? Math.max(x0.times(1000).div(unit).ceil().toNumber(), 1_000_000) : start.div(unit).toNumber() - 1, Number.MAX_SAFE_INTEGER);
  if (maxK < 1) return null;
  const x = (steps: number) => Number(at(steps).toString());
  // Out of reach with the benchmarks held: try the farthest value once (the benchmarks may still move enough).
  const guess = firstGuess(terms, Number(now), (0.25 - m0) / 10 ** decimals, x, maxK) ?? maxK;
  const seen = new Map<number, Outcome>();
  let noEffect = false;
  const steps = searchSteps(
    (s) => {
      if (noEffect) return 'left';
      const o = firm.probe({ [figure.field]: at(s).toFixed(figure.decimals) }, k);
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
