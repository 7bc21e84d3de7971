import { Dec, decOf, roundTo, sumSorted, ZERO } from '../arithmetic/decimal.js';
import { benchmarkOf } from '../evaluate/benchmarkOf.js';
import { splitShown } from '../evaluate/contributions.js';
import { indicatorFraction, type Fraction } from '../evaluate/indicators.js';
import { scoreValue } from '../evaluate/normalise.js';
import type { Group, IndicatorSpec, Scheme } from '../schema/scheme.js';
import { decidedCompare, decidedFloor, decidedRound, U } from './decide.js';
import { decimalValue, type DecimalColumn } from './columns.js';
import { ExactSum, Unsupported } from './exactSum.js';
import { factsAt, type FactColumns } from './factColumns.js';
import { indicatorFacts } from './indicatorFacts.js';
import { CELL_CAPPED, CELL_IMPUTED_AVERAGE, CELL_IMPUTED_ZERO } from './types.js';

/**
 * Relative error bound of a ratio score w·x.num·B.den / (x.den·B.num) computed in float64 against
 * the reference engine's decimal value. Five inputs, each the correctly rounded float of an exact
 * decimal (relative error ≤ u), and four float operations (≤ u each): |float − real| ≤ ((1+u)^9 − 1)·|real|
 * < 9.0001·u·|real|. decimal.js rounds each of its four steps to 40 significant digits (≤ 5·10^−40
 * relative each), far below u. 16u covers both, with room for the estimate standing in for |real|.
 */
export const RATIO_REL = 16 * U;

/** What a pool's members score, before ranking. */
export interface PoolScores {
  totalUnits: Float64Array;
  shownUnits: Float64Array;
  cell: Uint8Array;
  value: Float64Array;
  benchmarks: (Fraction | null)[];
  exactFirms: number;
  /** Exact raw scores of a member, computed as the reference engine does. */
  exactRaws(member: number): Dec[];
}

interface Indicator {
  spec: IndicatorSpec;
  num: DecimalColumn;
  den: DecimalColumn;
  weight: Dec;
  w: number;
  benchmark: Fraction | null;
  bn: number;
  bd: number;
  /** B.num > 0: scores are w·x/B; otherwise every observed value scores `flat`. */
  positive: boolean;
  flat: Dec;
  cap: Dec | null;
  floor: Dec | null;
}

/** A rounded decimal as a whole number of units; beyond 2^53 units the columns cannot hold it exactly, so the fast path declines. */
function safeUnits(x: Dec, p10: number): number {
  const u = x.times(p10).toNumber();
  if (!Number.isSafeInteger(u)) throw new Unsupported('a score beyond 2^53 units');
  return u;
}

/** The float of an exact decimal and its error (0 when the float is the decimal). */
function floatOf(x: Dec): [number, number] {
  const f = Number(x.toString());
  return [f, new Dec(f).eq(x) ? 0 : 2 * U * Math.abs(f)];
}

/**
 * Scores one pool's members (record indices `members`) on every indicator of `group`: exact
 * benchmarks from exact sums, float scores with error bounds, the total rounded and the shown
 * scores split — decided in float where the bound allows, else by the reference engine's own
 * functions on that firm (decimal.js), so every figure equals the reference engine's.
 */
export function scoreColumnarPool(
  members: Int32Array,
  group: Group,
  facts: FactColumns,
  scheme: Scheme,
  points: (record: number) => Dec | null,
): PoolScores {
  const size = members.length;
  const m = group.indicators.length;
  const { decimals, mode } = scheme.rounding;
  const indicators: Indicator[] = group.indicators.map((spec) => {
    if (spec.normalisation.method !== 'ratio') throw new Unsupported(spec.normalisation.method);
    const [numName, denName] = indicatorFacts(spec);
    const num = facts[numName];
    const den = facts[denName];
    const sumNum = new ExactSum();
    const sumDen = new ExactSum();
    let observed = 0;
    for (let k = 0; k < size; k++) {
      const i = members[k] as number;
      if ((num.scale[i] as number) < 0 || (den.scale[i] as number) < 0 || (den.mant[i] as number) <= 0) continue;
      sumNum.add(num, i);
      sumDen.add(den, i);
      observed++;
    }
    const leaf = spec.benchmark;
    if (leaf.kind === 'byIndustry' || (leaf.kind === 'pool' && leaf.method !== 'aggregate')) throw new Unsupported('benchmark');
    const b = benchmarkOf(leaf, { sumNum: sumNum.toDec(), sumDen: sumDen.toDec(), values: [], observed }).fraction;
    const n = spec.normalisation;
    const weight = decOf(spec.weight);
    const floor = n.floor === undefined ? null : decOf(n.floor);
    return {
      spec,
      num,
      den,
      weight,
      w: spec.weight,
      benchmark: b,
      bn: b === null ? NaN : Number(b.num.toString()),
      bd: b === null ? NaN : Number(b.den.toString()),
      positive: b !== null && b.num.gt(0),
      flat: floor !== null && ZERO.lt(floor) ? floor : ZERO,
      cap: n.capMultiple === undefined ? null : weight.times(decOf(n.capMultiple)),
      floor,
    };
  });

  const raw = new Float64Array(size * m);
  const err = new Float64Array(size * m);
  const cell = new Uint8Array(size * m);
  const value = new Float64Array(size * m);

  const fraction = (ind: Indicator, i: number): Fraction | null => indicatorFraction(ind.spec.id, ind.spec.variant, factsAt(facts, i));
  /** The reference engine's raw score of an observed value. */
  const exactScore = (ind: Indicator, i: number) => {
    const x = fraction(ind, i) as Fraction;
    return scoreValue(ind.spec.normalisation, ind.weight, x, x.num.div(x.den), ind.benchmark, { min: null, max: null, sorted: [] });
  };

  // Observed values: float score, then the cap and the floor decided against the bound.
  indicators.forEach((ind, j) => {
    const [flat, flatErr] = floatOf(ind.flat);
    const [cap, capErr] = ind.cap === null ? [0, 0] : floatOf(ind.cap);
    const [floor, floorErr] = ind.floor === null ? [0, 0] : floatOf(ind.floor);
    const { num, den, w, bn, bd } = ind;
    for (let k = 0; k < size; k++) {
      const i = members[k] as number;
      const c = k * m + j;
      const ds = den.scale[i] as number;
      if ((num.scale[i] as number) < 0 || ds < 0 || (den.mant[i] as number) <= 0) {
        value[c] = NaN;
        cell[c] = ind.spec.missing === 'poolAverage' ? CELL_IMPUTED_AVERAGE : CELL_IMPUTED_ZERO;
        continue;
      }
      const xn = decimalValue(num, i);
      const xd = decimalValue(den, i);
      value[c] = xn / xd;
      if (!ind.positive) {
        raw[c] = flat;
        err[c] = flatErr;
        continue;
      }
      let r = (w * xn * bd) / (xd * bn);
      let e = RATIO_REL * Math.abs(r);
      if (ind.cap !== null) {
        const overCap = decidedCompare(r, e, cap, capErr);
        if (overCap === 1) {
          r = cap;
          e = capErr;
          cell[c] = CELL_CAPPED;
        } else if (overCap === null) {
          const s = exactScore(ind, i);
          [r, e] = floatOf(s.raw);
          if (s.capped) cell[c] = CELL_CAPPED;
          raw[c] = r;
          err[c] = e;
          continue;
        }
      }
      if (ind.floor !== null) {
        const underFloor = decidedCompare(r, e, floor, floorErr);
        if (underFloor === -1) {
          r = floor;
          e = floorErr;
        } else if (underFloor === null) [r, e] = floatOf(exactScore(ind, i).raw);
      }
      raw[c] = r;
      err[c] = e;
    }
  });

  // poolAverage: the mean of the observed scores, in float with its bound; exact (as the reference
  // sums it: sorted, 40 digits) only when an imputed firm cannot be decided with the float.
  const average = indicators.map((ind, j) => {
    if (ind.spec.missing !== 'poolAverage') return null;
    let sum = 0;
    let abs = 0;
    let errs = 0;
    let count = 0;
    for (let k = 0; k < size; k++) {
      const c = k * m + j;
      if ((cell[c] as number) & CELL_IMPUTED_AVERAGE) continue;
      sum += raw[c] as number;
      abs += Math.abs(raw[c] as number);
      errs += err[c] as number;
      count++;
    }
    if (count === 0) return { f: 0, e: 0 };
    const f = sum / count;
    // Σ of count floats: ≤ (count − 1)·u·Σ|x| off (+ the bounds of the terms); the division one more u.
    return { f, e: 2 * ((errs + (count + 1) * U * abs) / count + 2 * U * Math.abs(f)) };
  });
  const exactAverages = new Map<number, Dec>();
  const exactAverage = (j: number): Dec => {
    let a = exactAverages.get(j);
    if (a === undefined) {
      const ind = indicators[j] as Indicator;
      const raws: Dec[] = [];
      for (let k = 0; k < size; k++) if (!((cell[k * m + j] as number) & CELL_IMPUTED_AVERAGE)) raws.push(exactScore(ind, members[k] as number).raw);
      a = raws.length === 0 ? ZERO : sumSorted(raws).div(raws.length);
      exactAverages.set(j, a);
    }
    return a;
  };
  for (let j = 0; j < m; j++) {
    const avg = average[j];
    if (avg === null || avg === undefined) continue;
    for (let k = 0; k < size; k++) {
      const c = k * m + j;
      if ((cell[c] as number) & CELL_IMPUTED_AVERAGE) {
        raw[c] = avg.f;
        err[c] = avg.e;
      }
    }
  }

  const exactRaws = (k: number): Dec[] => {
    const i = members[k] as number;
    return indicators.map((ind, j) => {
      const flags = cell[k * m + j] as number;
      if (flags & CELL_IMPUTED_ZERO) return ZERO;
      if (flags & CELL_IMPUTED_AVERAGE) return exactAverage(j);
      return exactScore(ind, i).raw;
    });
  };

  // Totals and shown scores.
  const totalUnits = new Float64Array(size);
  const shownUnits = new Float64Array(size * m);
  const p10 = 10 ** decimals;
  const floors = new Float64Array(m);
  const rem = new Float64Array(m);
  const remErr = new Float64Array(m);
  const top = new Uint8Array(m);
  let exactFirms = 0;
  for (let k = 0; k < size; k++) {
    const i = members[k] as number;
    const pts = points(i);
    const base = k * m;
    let decided = true;
    let total = NaN;
    let pointsUnits = 0;
    decide: {
      let sum = 0;
      let abs = 0;
      let e = 0;
      if (pts !== null) {
        const [pf, pe] = floatOf(pts);
        sum = pf;
        abs = Math.abs(pf);
        e = pe;
        pointsUnits = pts.times(p10).toNumber();
      }
      for (let j = 0; j < m; j++) {
        sum += raw[base + j] as number;
        abs += Math.abs(raw[base + j] as number);
        e += err[base + j] as number;
      }
      const t = decidedRound(sum, e + 2 * (m + 2) * U * abs, decimals, mode);
      if (t === null) {
        decided = false;
        break decide;
      }
      total = t;
      let units = t - pointsUnits;
      for (let j = 0; j < m; j++) {
        const r = raw[base + j] as number;
        const re = err[base + j] as number;
        const f = decidedFloor(r, re, decimals);
        if (f === null) {
          decided = false;
          break decide;
        }
        floors[j] = f;
        units -= f;
        const exact = re === 0 && f / p10 === r;
        rem[j] = exact ? 0 : r - f / p10;
        remErr[j] = exact ? 0 : re + 4 * U * (Math.abs(r) + 1);
        top[j] = 0;
      }
      if (units < 0 || units > m) {
        decided = false;
        break decide;
      }
      // The `units` largest remainders (ties: first indicator) get one unit each — if the float
      // estimates decide which ones they are.
      for (let u = 0; u < units; u++) {
        let best = -1;
        for (let j = 0; j < m; j++) if (!top[j] && (best < 0 || (rem[j] as number) > (rem[best] as number))) best = j;
        top[best] = 1;
      }
      for (let a = 0; a < m && decided; a++) {
        if (!top[a]) continue;
        for (let b = 0; b < m; b++) {
          if (top[b]) continue;
          const c = decidedCompare(rem[a] as number, remErr[a] as number, rem[b] as number, remErr[b] as number);
          if (!(c === 1 || (c === 0 && a < b))) {
            decided = false;
            break;
          }
        }
      }
      if (!decided) break decide;
      for (let j = 0; j < m; j++) shownUnits[base + j] = (floors[j] as number) + (top[j] as number);
    }
    if (!decided) {
      // The reference engine's own steps on this firm (resultsOfPool): total rounded once, then split.
      exactFirms++;
      const raws = exactRaws(k);
      let rawTotal = pts ?? ZERO;
      for (const x of raws) rawTotal = rawTotal.plus(x);
      const t = roundTo(rawTotal, decimals, mode);
      const shown = splitShown(raws, t.minus(pts ?? ZERO), decimals);
      total = safeUnits(t, p10);
      for (let j = 0; j < m; j++) shownUnits[base + j] = safeUnits(shown[j] as Dec, p10);
    }
    totalUnits[k] = total;
  }
  return { totalUnits, shownUnits, cell, value, benchmarks: indicators.map((ind) => ind.benchmark), exactFirms, exactRaws };
}
