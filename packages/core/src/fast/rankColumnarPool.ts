import { Dec, decOf } from '../arithmetic/decimal.js';
import { vetoedClass } from '../evaluate/adjustments.js';
import { quotaCounts } from '../evaluate/quotaCounts.js';
import type { Classes } from '../schema/scheme.js';
import { decidedCompare, U } from './decide.js';
import type { DecimalColumn } from './columns.js';
import { decimalValue } from './columns.js';

/** What ranking needs from a pool, by member. */
export interface RankInput {
  members: Int32Array;
  totalUnits: Float64Array;
  /** A record's credit code (asked for only when totals and taxPerMu tie). */
  creditCode: (record: number) => string;
  /** Tax and effective land (the taxPerMu tie-break is tax / land). */
  tax: DecimalColumn;
  land: DecimalColumn;
  vetoes: (record: number) => readonly ('forceD' | 'capC')[] | undefined;
}

/** The ranked pool: members in rank order and, by position, rank and class (after and before vetoes). */
export interface Ranked {
  order: Int32Array;
  rank: Int32Array;
  classIndex: Uint8Array;
  classBeforeVeto: Uint8Array;
}

/**
 * The reference engine's rankPool on columns: shown total descending (exact integers of units);
 * then, unless tieBreak is 'shared', higher taxPerMu (undefined last) — compared in float with a
 * bound of 4u relative each (two correctly rounded inputs and one division), and with decimal.js
 * (the reference's 40-digit quotients) when the floats cannot tell; then credit code, then input
 * position. Classes as rankPool: threshold and quota classes, the small-pool fallback, vetoes.
 */
export function rankColumnarPool(input: RankInput, classes: Classes, decimals: number): Ranked {
  const { members, totalUnits, creditCode, tax, land } = input;
  const size = members.length;
  const shared = classes.tieBreak === 'shared';
  const tpm = new Float64Array(size);
  const exact = new Map<number, Dec | null>();
  for (let k = 0; k < size; k++) {
    const i = members[k] as number;
    tpm[k] = (tax.scale[i] as number) < 0 ? NaN : decimalValue(tax, i) / decimalValue(land, i);
  }
  const exactTpm = (k: number): Dec | null => {
    let x = exact.get(k);
    if (x === undefined) {
      const i = members[k] as number;
      const t = tax.scale[i] as number;
      x = t < 0 ? null : new Dec(tax.mant[i] as number).div(new Dec(10).pow(t)).div(new Dec(land.mant[i] as number).div(new Dec(10).pow(land.scale[i] as number)));
      exact.set(k, x);
    }
    return x;
  };
  const compare = (a: number, b: number): number => {
    const byTotal = (totalUnits[b] as number) - (totalUnits[a] as number);
    if (byTotal !== 0) return byTotal;
    if (!shared) {
      const ta = tpm[a] as number;
      const tb = tpm[b] as number;
      const na = Number.isNaN(ta);
      const nb = Number.isNaN(tb);
      if (na || nb) {
        if (na !== nb) return na ? 1 : -1;
      } else {
        let c = decidedCompare(tb, 4 * U * Math.abs(tb), ta, 4 * U * Math.abs(ta));
        if (c === null) c = (exactTpm(b) as Dec).comparedTo(exactTpm(a) as Dec) as -1 | 0 | 1;
        if (c !== 0) return c;
      }
    }
    const ca = creditCode(members[a] as number);
    const cb = creditCode(members[b] as number);
    if (ca !== cb) return ca < cb ? -1 : 1;
    return (members[a] as number) - (members[b] as number);
  };
  const order = rankOrder(totalUnits, size, compare);

  const { mode, tiers, smallPool } = classes;
  const useQuota = mode !== 'threshold';
  const fallback = useQuota && size < smallPool.minPoolSize ? tiers.findIndex((t) => t.id === smallPool.fallbackClass) : -1;
  const counts = quotaCounts(size, classes);
  // total ≥ minTotal ⇔ units ≥ ⌈minTotal · 10^d⌉, units being whole.
  const minUnits = tiers.map((t) => (t.minTotal === undefined ? null : decOf(t.minTotal).times(10 ** decimals).ceil().toNumber()));
  const rank = new Int32Array(size);
  const classIndex = new Uint8Array(size);
  const classBeforeVeto = new Uint8Array(size);
  for (let p = 0; p < size; p++) {
    const k = order[p] as number;
    const t = totalUnits[k] as number;
    let c = 0;
    if (mode !== 'quota') {
      c = minUnits.findIndex((min, j) => j === minUnits.length - 1 || (min !== null && t >= min));
      if (c < 0) c = minUnits.length - 1;
    }
    if (fallback >= 0) c = fallback;
    else if (useQuota) c = Math.max(c, counts.findIndex((count) => p + 1 <= count));
    if (shared && p > 0 && totalUnits[order[p - 1] as number] === t) {
      rank[p] = rank[p - 1] as number;
      classBeforeVeto[p] = classBeforeVeto[p - 1] as number;
    } else {
      rank[p] = p + 1;
      classBeforeVeto[p] = c;
    }
    const v = input.vetoes(members[k] as number);
    classIndex[p] = v === undefined ? (classBeforeVeto[p] as number) : vetoedClass(classBeforeVeto[p] as number, v, tiers);
  }
  return { order, rank, classIndex, classBeforeVeto };
}

/**
 * Members sorted by `compare`, whose first key is the total (descending): when the totals span a
 * range of whole units not much larger than the pool, a counting sort by total does the bulk in
 * one pass, and only runs of equal totals are sorted with `compare` (the result is the same as
 * sorting everything with it: `compare` orders equal totals, and totals come first).
 */
function rankOrder(totalUnits: Float64Array, size: number, compare: (a: number, b: number) => number): Int32Array {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < size; k++) {
    const t = totalUnits[k] as number;
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  const range = hi - lo + 1;
  if (!(size > 64 && range <= 4 * size + 4096)) return Int32Array.from({ length: size }, (_, k) => k).sort(compare);
  const starts = new Int32Array(range + 1);
  for (let k = 0; k < size; k++) starts[hi - (totalUnits[k] as number) + 1]!++;
  for (let b = 1; b <= range; b++) starts[b]! += starts[b - 1] as number;
  const order = new Int32Array(size);
  const next = starts.slice(0, range);
  for (let k = 0; k < size; k++) order[next[hi - (totalUnits[k] as number)]!++] = k;
  for (let b = 0; b < range; b++) {
    const from = starts[b] as number;
    const to = starts[b + 1] as number;
    if (to - from > 1) order.subarray(from, to).sort(compare);
  }
  return order;
}
