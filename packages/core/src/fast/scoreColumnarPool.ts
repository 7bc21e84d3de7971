import { type Dec, roundTo, ZERO } from '../arithmetic/decimal.js';
import { splitShown } from '../evaluate/contributions.js';
import { CoreError } from '../errors.js';
import { INDICATOR_LABELS } from '../labels/labels.js';
import type { Group, Scheme } from '../schema/scheme.js';
import { decidedCompare, decidedFloor, decidedRound, U } from './decide.js';
import { floatOf, indicatorScores, type IndicatorScoresContext } from './indicatorScores.js';
import type { ColumnarPool } from './types.js';
import { keptScores } from './smallPool.js';

/** What a pool's members score, before ranking: a {@link ColumnarPool}'s score columns. */
export interface PoolScores extends Pick<ColumnarPool, 'totalUnits' | 'shownUnits' | 'cell' | 'value' | 'indicators'> {
  /** Exact raw scores of a member (the rawScore of its results). */
  exactRaws(member: number): Dec[];
}

/** What {@link scoreColumnarPool} needs besides the members, group and scheme. */
export interface PoolScoresContext extends IndicatorScoresContext {
  /** A record's bonus and penalty points (null: none). */
  points: (record: number) => Dec | null;
  /** A record's credit code (named by an error). */
  creditCode: (record: number) => string;
}

/**
 * Scores one pool's members (record indices `members`) on every indicator of `group`
 * ({@link indicatorScores}), then each total rounded once and the shown scores split from it —
 * decided in float where the bounds allow, else by the exact functions (`roundTo`, `splitShown`,
 * decimal.js) on that firm, so every figure is the exact engine's. A total or score whose units
 * (10^−decimals) do not fit a float64 integer is refused with a CoreError naming the firm.
 * With `kept` (positions in `members`, rising) all are scored together — the pool statistics are
 * theirs — but only the kept ones get totals and results (a small pool scored with its group).
 */
export function scoreColumnarPool(members: Int32Array, group: Group, scheme: Scheme, ctx: PoolScoresContext, kept: Int32Array | null = null): PoolScores {
  const size = kept === null ? members.length : kept.length;
  const m = group.indicators.length;
  const { decimals, mode } = scheme.rounding;
  const all = indicatorScores(members, group, ctx);
  const { raw, err } = all;
  const { cell, value, indicators, exactRaws } = kept === null ? all : keptScores(all, kept);
  const points = ctx.points;

  // Totals and shown scores.
  const totalUnits = new Float64Array(size);
  const shownUnits = new Float64Array(size * m);
  const p10 = 10 ** decimals;
  const floors = new Float64Array(m);
  const rem = new Float64Array(m);
  const remErr = new Float64Array(m);
  const top = new Uint8Array(m);
  for (let o = 0; o < size; o++) {
    // o: the firm among those whose totals are made; k: among those scored together.
    const k = kept === null ? o : (kept[o] as number);
    const i = members[k] as number;
    const pts = points(i);
    const base = k * m;
    const out = o * m;
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
      for (let j = 0; j < m; j++) shownUnits[out + j] = (floors[j] as number) + (top[j] as number);
    }
    if (!decided) {
      // The exact steps on this firm: total rounded once, then split.
      const raws = exactRaws(o);
      let rawTotal = pts ?? ZERO;
      for (const x of raws) rawTotal = rawTotal.plus(x);
      const t = roundTo(rawTotal, decimals, mode);
      checkRange(raws, t, p10, () => outOfRange(ctx.creditCode(i), group, raws, t));
      const shown = splitShown(raws, t.minus(pts ?? ZERO), decimals);
      total = t.times(p10).toNumber();
      for (let j = 0; j < m; j++) shownUnits[out + j] = (shown[j] as Dec).times(p10).toNumber();
    }
    totalUnits[o] = total;
  }
  return { totalUnits, shownUnits, cell, value, indicators, exactRaws };
}

/** Largest magnitude of a score or total the engine holds: 2^53 units of 10^−decimals, less one unit per indicator for the split. */
const MAX_UNITS = 2 ** 53 - 64;

/** Throws (via `refuse`) unless the total and every raw score, in units, stay within {@link MAX_UNITS}. */
function checkRange(raws: readonly Dec[], total: Dec, p10: number, refuse: () => never): void {
  if (total.abs().times(p10).gte(MAX_UNITS)) refuse();
  for (const r of raws) if (r.abs().times(p10).gte(MAX_UNITS)) refuse();
}

/** The error for a firm whose scores are out of range, naming the indicator with the largest score. */
function outOfRange(code: string, group: Group, raws: readonly Dec[], total: Dec): never {
  let j = 0;
  raws.forEach((r, k) => {
    if (r.abs().gt((raws[j] as Dec).abs())) j = k;
  });
  const big = raws[j] as Dec;
  const id = group.indicators[j]!.id;
  const [what, whatEn, shown] = big.abs().gte(total.abs().div(2))
    ? [`指标“${INDICATOR_LABELS[id].name.zh}”得分`, `the score on ${id} (${INDICATOR_LABELS[id].name.en})`, big]
    : ['加减分后的总分', 'the total with bonus and penalty points', total];
  const text = shown.toSignificantDigits(6).toString();
  throw new CoreError(
    'score-out-of-range',
    `企业 ${code} 的${what}为 ${text}，超出可精确计算的范围（须小于 ${MAX_UNITS} 个最小计分单位），请核对其数据（如用地面积）和方案权重 / ` +
      `firm ${code}: ${whatEn} is ${text}, beyond the range scores are computed in (under ${MAX_UNITS} units of the last shown decimal); check its figures (e.g. land area) and the scheme's weights`,
  );
}
