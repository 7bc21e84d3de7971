import { Dec, decOf, HUNDRED, plain, sumSorted, ZERO } from '../arithmetic/decimal.js';
import { CoreError } from '../errors.js';
import { scoreValue, unboundedScore, type Fraction, type RawScore } from '../evaluate/normalise.js';
import type { Group, IndicatorSpec, MissingRule } from '../schema/scheme.js';
import { CELL_KINDS, cellKind, KIND_AVERAGE, KIND_BEST, KIND_NOTHING, KIND_OBSERVED, KIND_ZERO, ruleOf, signAt } from './cellKind.js';
import { decimalValue, exactDecimal, isPositive, type DecimalColumn } from './columns.js';
import { decidedCompare, U } from './decide.js';
import type { FactColumns } from './factColumns.js';
import { indicatorFacts } from './indicatorFacts.js';
import { poolIndicator, givenEntry, type GivenBenchmarks, type PoolIndicator } from './poolBenchmarks.js';
import { CELL_CAPPED, CELL_IMPUTED_AVERAGE, CELL_IMPUTED_ZERO } from './types.js';

/**
 * Relative error bound of a ratio score w·v·(B.den / B.num), v = x.num / x.den (the cell's value),
 * computed in float64 against the exact engine's decimal value. Five inputs, each the correctly
 * rounded float of an exact decimal (relative error ≤ u), and four float operations (≤ u each): |float − real| ≤ ((1+u)^9 − 1)·|real|
 * < 9.0001·u·|real|. decimal.js rounds each of its four steps to 40 significant digits (≤ 5·10^−40
 * relative each), far below u. 16u covers both, with room for the estimate standing in for |real|.
 * The bound holds while no step overflows or loses precision to a subnormal: every input of the
 * float path lies in [10^−100, 10^100] (or is 0), so every step but the last stays in [10^−300,
 * 10^300], and the score in [10^−290, 10^290] (or is 0 with v); a cell outside is scored exactly.
 */
const RATIO_REL = 16 * U;

/** Cell i of a figure column as a key: equal keys, equal decimals (a wide cell by its text, which has no `e`). */
function figureKey(col: DecimalColumn, i: number): string {
  return col.wide?.get(i) ?? `${col.mant[i]}e-${col.scale[i]}`;
}

/** Where float inputs are safe: 0, or a magnitude in [10^−100, 10^100]. */
function inRange(x: number): boolean {
  const a = Math.abs(x);
  return a === 0 || (a > 1e-100 && a < 1e100);
}

/**
 * The float of an exact decimal and a bound on its error: 0 when the float is the decimal, else
 * 2u relative (one rounding of the 40-digit decimal, one of its shortest text) plus 10^−290 for a
 * subnormal; infinite when the decimal is beyond float range (every decision then goes exact).
 */
export function floatOf(x: Dec): [number, number] {
  const f = Number(x.toString());
  if (!Number.isFinite(f)) return [f, Infinity];
  if (new Dec(f).eq(x)) return [f, 0];
  return [f, 2 * U * Math.abs(f) + (Math.abs(f) < 1e-290 ? 1e-290 : 0)];
}

/** One pool's scores on every indicator of its group, cell c = member · m + j. */
export interface IndicatorScores {
  /** Float estimates of the raw scores and their error bounds (imputed cells included), valid until the next pool is scored. */
  raw: Float64Array;
  err: Float64Array;
  /** CELL_* bits, and the value as a float (NaN = undefined). */
  cell: Uint8Array;
  value: Float64Array;
  indicators: PoolIndicator[];
  /** The exact raw scores of a member (the exact engine's rawScore, 40 significant digits). */
  exactRaws(member: number): Dec[];
  /** The exact mean of the observed scores of indicator j (its poolAverage), or the given one. */
  exactAverage(j: number): Dec;
}

/** What scoring a pool needs besides its members and group. */
export interface IndicatorScoresContext {
  pool: string;
  group: string;
  facts: FactColumns;
  /** A record's normalised industry code ('' when none). */
  industry: (record: number) => string;
  given: GivenBenchmarks | null;
}

interface Indicator {
  spec: IndicatorSpec;
  num: DecimalColumn;
  den: DecimalColumn;
  weight: Dec;
  pool: PoolIndicator;
  /** Whether a figure of the indicator has the rule poolAverage (the pool average is then shown). */
  averaging: boolean;
  /** The exact mean of observed scores (or the given one), once asked for. */
  average: Dec | null;
  givenAverage: Dec | null;
  /** The exact best observed score, once asked for (cells of kind best under a ratio without cap). */
  best: Dec | null;
}

const NO_SCALE = { min: null, max: null, sorted: [] };

/** Per benchmark slot of a ratio-like indicator: B > 0 (else a fixed score), the float of B.den / B.num, and whether floats may be used. */
function ratioSlots(ind: Indicator, floatOk: boolean): { positive: boolean; inverse: number; float: boolean }[] {
  return ind.pool.fractions.map((b) => {
    const positive = b !== null && b.num.gt(0);
    const bn = positive ? Number(b.num.toString()) : NaN;
    const bd = positive ? Number(b.den.toString()) : NaN;
    return { positive, inverse: bd / bn, float: floatOk && positive && inRange(bn) && inRange(bd) };
  });
}

/**
 * The memory of `raw` and `err`, reused by every pool this thread scores: made anew per pool (10⁶
 * firms: 80 MB outside the heap), they set off full collections that slowed the pools scored
 * meanwhile three- to fivefold, on a heap that holds a million names.
 */
let scratch = { raw: new Float64Array(0), err: new Float64Array(0) };

/**
 * Indicator j's cells of a pool (cell c = member · m + j, m the indicators): kind, whether
 * observed, value — the scores' one pass over the figure columns (the methods score from the
 * value), and err marks (∞) a cell whose figures lie outside the float path's range until the
 * method gives it its bound. A function of its own, not a closure made per pool: its optimised
 * code serves every pool (the closure's was dropped at each loop's end, 13 times a run).
 */
function readCells(
  members: Int32Array,
  num: DecimalColumn,
  den: DecimalColumn,
  [numRule, denRule]: [MissingRule, MissingRule],
  j: number,
  out: { kind: Uint8Array; observed: Uint8Array; value: Float64Array; err: Float64Array },
): void {
  const { kind, observed, value, err } = out;
  const m = kind.length / members.length;
  for (let k = 0; k < members.length; k++) {
    const i = members[k] as number;
    const c = k * m + j;
    kind[c] = CELL_KINDS.indexOf(cellKind(signAt(num, i), signAt(den, i), numRule, denRule));
    observed[k] = kind[c] === KIND_OBSERVED ? 1 : 0;
    const xn = decimalValue(num, i);
    const xd = decimalValue(den, i);
    value[c] = observed[k] ? xn / xd : NaN;
    if (observed[k] && !(inRange(xn) && inRange(xd))) err[c] = Infinity;
  }
}

/**
 * Scores every member of a pool on every indicator of its group. Ratio scores (the common method,
 * and the one at scale) are computed in float64 with the bound {@link RATIO_REL}, the cap and the
 * floor decided against it, and exactly (the normalise module's own `scoreValue`, decimal.js) for
 * the cells the float cannot decide or hold; min-max and lower-is-better scores likewise (affine
 * functions of the value with exact constants of the pool); percentile scores, which rank every
 * value exactly, are computed exactly and carried as floats with the error of that conversion.
 * A cell with a missing figure gets the rule of its figures ({@link cellKind}): 0, or the pool
 * average (a float mean with its bound; exact on demand); a reported 0 denominator scores the
 * method's limit or the best observed score (the float maximum, off by at most the largest bound).
 */
export function indicatorScores(members: Int32Array, group: Pick<Group, 'indicators' | 'missing'>, ctx: IndicatorScoresContext): IndicatorScores {
  const { facts } = ctx;
  const specs = group.indicators;
  const size = members.length;
  const m = specs.length;
  if (scratch.raw.length < size * m) scratch = { raw: new Float64Array(size * m), err: new Float64Array(size * m) };
  const raw = scratch.raw.subarray(0, size * m).fill(0);
  const err = scratch.err.subarray(0, size * m).fill(0);
  const cell = new Uint8Array(size * m);
  const value = new Float64Array(size * m);
  // Exact raw scores by indicator, benchmark slot and figures, so firms with the same figures share
  // one: round figures send whole pools down the exact path (a constant column scores every firm
  // the weight itself, whose floor the float cannot decide), one decimal.js score per firm each.
  const exact = new Map<string, RawScore>();
  const observed = new Uint8Array(size);
  // By cell: its kind (KIND_*), from the figures it is made of.
  const kind = new Uint8Array(size * m);

  const indicators = specs.map((spec, j): Indicator => {
    const [numName, denName] = indicatorFacts(spec);
    const num = facts[numName];
    const den = facts[denName];
    const numRule = ruleOf(group.missing, numName);
    const denRule = ruleOf(group.missing, denName);
    readCells(members, num, den, [numRule, denRule], j, { kind, observed, value, err });
    const pool = poolIndicator({ pool: ctx.pool, group: ctx.group, members, spec, num, den, observed, industry: ctx.industry, given: ctx.given });
    const averaging = numRule === 'poolAverage' || denRule === 'poolAverage';
    const ind: Indicator = { spec, num, den, weight: decOf(spec.weight), pool, averaging, average: null, givenAverage: null, best: null };
    if (averaging && ctx.given !== null) {
      const g = givenEntry(ctx.given, ctx.pool, spec.id, null).averageScore;
      if (g !== undefined) ind.givenAverage = new Dec(g);
    }
    if (spec.normalisation.method === 'ratio') scoreRatios(ind, j);
    else if (spec.normalisation.method === 'minMax') scoreMinMax(ind, j);
    else if (spec.normalisation.method === 'lowerIsBetter') scoreLowerIsBetter(ind, j);
    else scoreExactly(ind, j);
    return ind;
  });

  function fraction(ind: Indicator, i: number): Fraction {
    return { num: exactDecimal(ind.num, i) as Dec, den: exactDecimal(ind.den, i) as Dec };
  }
  /** The exact score of an observed cell (the normalise module's, decimal.js), once per indicator, benchmark slot and figures. */
  function exactResult(ind: Indicator, k: number, j: number): RawScore {
    const i = members[k] as number;
    const slot = ind.pool.slot === null ? 0 : (ind.pool.slot[k] as number);
    const key = `${j} ${slot} ${figureKey(ind.num, i)} ${figureKey(ind.den, i)}`;
    let s = exact.get(key);
    if (s === undefined) {
      const x = fraction(ind, i);
      const ratio = ind.spec.normalisation.method === 'ratio';
      // Ratio scores read neither q nor the pool's scale.
      s = scoreValue(
        ind.spec.normalisation,
        ind.weight,
        x,
        ratio ? ZERO : x.num.div(x.den),
        ind.pool.fractions[slot] ?? null,
        ratio ? NO_SCALE : ind.pool.scale,
      );
      exact.set(key, s);
    }
    return s;
  }
  /** The exact raw score of an observed cell. */
  function exactScore(ind: Indicator, k: number, j: number): Dec {
    return exactResult(ind, k, j).raw;
  }

  function scoreExactly(ind: Indicator, j: number): void {
    for (let k = 0; k < size; k++) {
      const c = k * m + j;
      if (!observed[k]) continue;
      [raw[c], err[c]] = floatOf(exactScore(ind, k, j));
    }
    imputeMissing(ind, j);
  }

  // Min-max, w·(band + (100 − band)·(q − min)/(max − min))/100, as a + k·(q − min) with a and k
  // exact constants of the pool: the float's error is |k|·(error of q − min) + the error of k·d and
  // of the sum (one u each), doubled, plus a margin for decimal.js's 40-digit steps.
  function scoreMinMax(ind: Indicator, j: number): void {
    const { min, max } = ind.pool.scale;
    const band = decOf((ind.spec.normalisation as Extract<IndicatorSpec['normalisation'], { method: 'minMax' }>).floorBand);
    const flat = min === null || max === null || max.lte(min);
    const [a, ae] = floatOf(flat ? ind.weight : ind.weight.times(band).div(HUNDRED));
    const [kf, ke] = flat
      ? [0, 0]
      : floatOf(
          ind.weight
            .times(HUNDRED.minus(band))
            .div(HUNDRED)
            .div((max as Dec).minus(min as Dec)),
        );
    const [mf, me] = flat ? [0, 0] : floatOf(min as Dec);
    const float = Number.isFinite(ae + ke + me) && inRange(a) && inRange(kf) && inRange(mf);
    for (let k = 0; k < size; k++) {
      if (!observed[k]) continue;
      const c = k * m + j;
      const q = flat ? 0 : (value[c] as number);
      if (!float || !inRange(q) || (q !== 0 && Math.abs(q) < 1e-200)) {
        [raw[c], err[c]] = floatOf(exactScore(ind, k, j));
        continue;
      }
      const d = q - mf;
      const de = 4 * U * Math.abs(q) + me + U * Math.abs(d);
      const p = kf * d;
      const pe = Math.abs(kf) * de + ke * Math.abs(d) + ke * de + U * Math.abs(p);
      const r = a + p;
      raw[c] = r;
      err[c] = 2 * (ae + pe + U * Math.abs(r)) + 1e-30 * (Math.abs(a) + Math.abs(p));
    }
    imputeMissing(ind, j);
  }

  // Lower is better, w/2·(2 − t) with t = v·(B.den / B.num) (a ratio, bound RATIO_REL), 0 from t ≥ 2, w at t ≤ 0;
  // with no benchmark > 0, w for a value ≤ 0 and 0 otherwise (the sign of the numerator, exactly).
  function scoreLowerIsBetter(ind: Indicator, j: number): void {
    const [w, we] = floatOf(ind.weight);
    const [hw, hwe] = floatOf(ind.weight.div(2));
    const slots = ratioSlots(ind, inRange(w) && Number.isFinite(we + hwe));
    for (let k = 0; k < size; k++) {
      if (!observed[k]) continue;
      const i = members[k] as number;
      const c = k * m + j;
      const slot = slots[ind.pool.slot === null ? 0 : (ind.pool.slot[k] as number)]!;
      if (!slot.positive) {
        const above = isPositive(ind.num, i);
        raw[c] = above ? 0 : w;
        err[c] = above ? 0 : we;
        continue;
      }
      const v = value[c] as number;
      const t = v * slot.inverse;
      const te = RATIO_REL * Math.abs(t);
      const atTwo = slot.float && err[c] === 0 && (t === 0 ? v === 0 : inRange(t)) ? decidedCompare(t, te, 2, 0) : null;
      const atZero = atTwo === -1 ? decidedCompare(t, te, 0, 0) : null;
      if (atTwo === 1 || atTwo === 0) {
        raw[c] = 0;
        err[c] = 0;
      } else if (atZero === -1 || atZero === 0) {
        raw[c] = w;
        err[c] = we;
      } else if (atZero === 1) {
        const d = 2 - t;
        const de = te + U * Math.abs(d);
        const s = hw * d;
        raw[c] = s;
        err[c] = 2 * (Math.abs(hw) * de + hwe * Math.abs(d) + hwe * de + U * Math.abs(s)) + 1e-30 * Math.abs(s);
      } else [raw[c], err[c]] = floatOf(exactScore(ind, k, j));
    }
    imputeMissing(ind, j);
  }

  function scoreRatios(ind: Indicator, j: number): void {
    const n = ind.spec.normalisation as Extract<IndicatorSpec['normalisation'], { method: 'ratio' }>;
    const floorD = n.floor === undefined ? null : decOf(n.floor);
    const capD = n.capMultiple === undefined ? null : ind.weight.times(decOf(n.capMultiple));
    const [flat, flatErr] = floatOf(floorD !== null && ZERO.lt(floorD) ? floorD : ZERO);
    const [cap, capErr] = capD === null ? [0, 0] : floatOf(capD);
    const [floor, floorErr] = floorD === null ? [0, 0] : floatOf(floorD);
    const [w, wErr] = floatOf(ind.weight);
    const slots = ratioSlots(ind, wErr !== Infinity && inRange(w) && capErr !== Infinity);
    for (let k = 0; k < size; k++) {
      if (!observed[k]) continue;
      const c = k * m + j;
      const slot = slots[ind.pool.slot === null ? 0 : (ind.pool.slot[k] as number)]!;
      if (!slot.positive) {
        raw[c] = flat;
        err[c] = flatErr;
        continue;
      }
      const v = value[c] as number;
      let r = w * v * slot.inverse;
      let e = RATIO_REL * Math.abs(r);
      let decided = slot.float && err[c] === 0 && (r === 0 ? v === 0 : Math.abs(r) > 1e-290 && Math.abs(r) < 1e290);
      if (decided && capD !== null) {
        const overCap = decidedCompare(r, e, cap, capErr);
        if (overCap === 1) {
          r = cap;
          e = capErr;
          cell[c] = CELL_CAPPED;
        } else decided = overCap !== null;
      }
      if (decided && floorD !== null) {
        const underFloor = decidedCompare(r, e, floor, floorErr);
        if (underFloor === -1) {
          r = floor;
          e = floorErr;
        } else decided = underFloor !== null;
      }
      if (!decided) {
        const s = exactResult(ind, k, j);
        cell[c] = s.capped ? CELL_CAPPED : 0;
        [r, e] = floatOf(s.raw);
      }
      raw[c] = r;
      err[c] = e;
    }
    imputeMissing(ind, j);
  }

  // The cells without a value: a reported 0 denominator (best or nothing), then the missing-data
  // rules — 0, or the mean of the observed scores in float with its bound (Σ of count floats is
  // ≤ (count − 1)·u·Σ|x| off, plus the terms' bounds; the division one more u).
  function imputeMissing(ind: Indicator, j: number): void {
    scoreReportedZeros(ind, j);
    let sum = 0;
    let abs = 0;
    let errs = 0;
    let count = 0;
    let imputing = false;
    for (let k = 0; k < size; k++) {
      const c = k * m + j;
      if (observed[k]) {
        sum += raw[c] as number;
        abs += Math.abs(raw[c] as number);
        errs += err[c] as number;
        count++;
      } else if (kind[c] === KIND_ZERO) cell[c] = CELL_IMPUTED_ZERO;
      else if (kind[c] === KIND_AVERAGE) {
        cell[c] = CELL_IMPUTED_AVERAGE;
        imputing = true;
      }
    }
    if (!imputing) return;
    if (ind.givenAverage === null && ctx.given !== null)
      throw new CoreError('missing-benchmark', `缺少给定平均分 / options.benchmarks lacks averageScore for pool "${ctx.pool}", indicator ${ind.spec.id}`);
    let f = 0;
    let e = 0;
    if (ind.givenAverage !== null) [f, e] = floatOf(ind.givenAverage);
    else if (count > 0) {
      f = sum / count;
      e = 2 * ((errs + (count + 1) * U * abs) / count + 2 * U * Math.abs(f));
      if (!Number.isFinite(e)) e = Infinity;
    }
    for (let k = 0; k < size; k++) {
      if (kind[k * m + j] !== KIND_AVERAGE) continue;
      raw[k * m + j] = f;
      err[k * m + j] = e;
    }
  }

  // A positive figure over a reported 0 scores the method's limit (unboundedScore: the weight, 0,
  // the cap or the flat score), or, for a ratio without cap (an infinite limit), the best observed
  // score — the true maximum is within the largest bound of the float maximum — or the weight when
  // none is observed. A figure ≤ 0 over 0 scores 0 (kind nothing, left as is).
  function scoreReportedZeros(ind: Indicator, j: number): void {
    let any = false;
    for (let k = 0; k < size && !any; k++) any = kind[k * m + j] === KIND_BEST;
    if (!any) return;
    let best = -Infinity;
    let bestErr = 0;
    for (let k = 0; k < size; k++) {
      const c = k * m + j;
      if (!observed[k]) continue;
      if ((raw[c] as number) > best) best = raw[c] as number;
      if ((err[c] as number) > bestErr) bestErr = err[c] as number;
    }
    const bySlot = ind.pool.fractions.length === 0 ? [null] : ind.pool.fractions;
    const limits = bySlot.map((b) => unboundedScore(ind.spec.normalisation, ind.weight, b ?? null));
    let poolBest: [number, number] = best === -Infinity ? floatOf(ind.weight) : [best, bestErr];
    // The pool's best observed score is a pool statistic: a partitioned run takes the whole run's.
    const needed = limits.some((u, s) => u === null && hasBestIn(ind, j, s));
    if (needed && ctx.given !== null) poolBest = floatOf(givenBest(ind));
    if (needed) showBest(ind, j);
    const floats = limits.map((u) => (u === null ? poolBest : floatOf(u)));
    for (let k = 0; k < size; k++) {
      const c = k * m + j;
      if (kind[c] === KIND_BEST) [raw[c], err[c]] = floats[ind.pool.slot === null ? 0 : (ind.pool.slot[k] as number)] as [number, number];
    }
  }

  /** Whether a cell of kind best of indicator j uses benchmark slot `slot`. */
  function hasBestIn(ind: Indicator, j: number, slot: number): boolean {
    const slots = ind.pool.slot;
    for (let k = 0; k < size; k++) if (kind[k * m + j] === KIND_BEST && (slots === null ? 0 : slots[k]) === slot) return true;
    return false;
  }

  function givenBest(ind: Indicator): Dec {
    const g = givenEntry(ctx.given as GivenBenchmarks, ctx.pool, ind.spec.id, null).bestScore;
    if (g === undefined)
      throw new CoreError('missing-benchmark', `缺少给定最高分 / options.benchmarks lacks bestScore for pool "${ctx.pool}", indicator ${ind.spec.id}`);
    return new Dec(g);
  }

  // The best score shown on the pool's entry: exact, so computed when first read.
  function showBest(ind: Indicator, j: number): void {
    Object.defineProperty(ind.pool.entries[0], 'bestScore', {
      enumerable: true,
      configurable: true,
      get: () => plain(poolBestExact(ind, j)),
    });
  }

  /** The exact score of a cell of kind best (see scoreReportedZeros). */
  const exactBest = (k: number, j: number): Dec => {
    const ind = indicators[j] as Indicator;
    const slot = ind.pool.slot === null ? 0 : (ind.pool.slot[k] as number);
    const limit = unboundedScore(ind.spec.normalisation, ind.weight, ind.pool.fractions[slot] ?? null);
    return limit ?? poolBestExact(ind, j);
  };

  /** The exact best observed score of indicator j (the weight when none), or the given one. */
  function poolBestExact(ind: Indicator, j: number): Dec {
    if (ind.best === null && ctx.given !== null) ind.best = givenBest(ind);
    if (ind.best === null) {
      let best: Dec | null = null;
      for (let q = 0; q < size; q++) {
        if (kind[q * m + j] !== KIND_OBSERVED) continue;
        const s = exactScore(ind, q, j);
        if (best === null || s.gt(best)) best = s;
      }
      ind.best = best ?? ind.weight;
    }
    return ind.best;
  }

  const exactAverage = (j: number): Dec => {
    const ind = indicators[j] as Indicator;
    if (ind.givenAverage !== null) return ind.givenAverage;
    if (ind.average === null) {
      const raws: Dec[] = [];
      for (let k = 0; k < size; k++) if (kind[k * m + j] === KIND_OBSERVED) raws.push(exactScore(ind, k, j));
      ind.average = raws.length === 0 ? ZERO : sumSorted(raws).div(raws.length);
    }
    return ind.average;
  };

  // The pool average a poolAverage indicator shows: exact, so computed when first read.
  indicators.forEach((ind, j) => {
    if (!ind.averaging) return;
    Object.defineProperty(ind.pool.entries[0], 'averageScore', {
      enumerable: true,
      configurable: true,
      get: () => plain(exactAverage(j)),
    });
  });

  return {
    raw,
    err,
    cell,
    value,
    indicators: indicators.map((ind) => ind.pool),
    exactAverage,
    exactRaws(k) {
      return indicators.map((ind, j) => {
        const c = kind[k * m + j] as number;
        if (c === KIND_ZERO || c === KIND_NOTHING) return ZERO;
        if (c === KIND_AVERAGE) return exactAverage(j);
        if (c === KIND_BEST) return exactBest(k, j);
        return exactScore(ind, k, j);
      });
    },
  };
}
