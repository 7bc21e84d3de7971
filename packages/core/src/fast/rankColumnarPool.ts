import type { VetoEffect } from '../types/evaluation.js';
import type { Dec } from '../arithmetic/decimal.js';
import { classRule, placeRanked, poolQuota, rankedCount } from './classRule.js';
import type { Classes } from '../schema/scheme.js';
import { decidedCompare, U } from './decide.js';
import type { DecimalColumn } from './columns.js';
import { decimalValue, exactDecimal, isWide } from './columns.js';
import type { ColumnarPool } from './types.js';

/** What ranking needs from a pool, by member. */
export interface RankInput {
  members: Int32Array;
  totalUnits: Float64Array;
  /** A record's credit code (asked for only when totals and taxPerMu tie). */
  creditCode: (record: number) => string;
  /** Tax and effective land (the taxPerMu tie-break is tax / land). */
  tax: DecimalColumn;
  land: DecimalColumn;
  vetoes: (record: number) => readonly VetoEffect[] | undefined;
}

/** The ranked pool: members in rank order and, by position, rank and class (after and before vetoes). */
export type Ranked = Pick<ColumnarPool, 'order' | 'rank' | 'classIndex' | 'classBeforeVeto'>;

/**
 * Ranks a pool (DOMAIN.md §5): shown total descending (exact integers of units); then the
 * tie-break of {@link tieBreakOrder} — unless tieBreak is 'shared', higher taxPerMu (undefined
 * last), compared in float with a bound of 4u relative each (two correctly rounded inputs and one
 * division) and with decimal.js (40-digit quotients) when the floats cannot tell; then credit
 * code, then input position. Classes by the {@link ClassRule} ({@link placeRanked}: under
 * vetoedFirms 'leaveRanking' the forceD firms are listed, and ranked, after the others).
 */
export function rankColumnarPool(input: RankInput, classes: Classes, decimals: number): Ranked {
  const { members, totalUnits, creditCode, tax, land } = input;
  const size = members.length;
  const shared = classes.tieBreak === 'shared';
  // taxPerMu by member: NaN when undefined; its float and, where a float is not safe (a wide or
  // extreme figure), a mark to compare exactly.
  const tpm = new Float64Array(size);
  const floatSafe = new Uint8Array(size);
  const exact = new Map<number, Dec | null>();
  for (let k = 0; k < size; k++) {
    const i = members[k] as number;
    if ((tax.scale[i] as number) < 0) {
      tpm[k] = NaN;
      continue;
    }
    const t = decimalValue(tax, i);
    const l = decimalValue(land, i);
    tpm[k] = t / l;
    floatSafe[k] =
      !isWide(tax, i) &&
      !isWide(land, i) &&
      Number.isFinite(tpm[k] as number) &&
      (t === 0 || Math.abs(t) > 1e-150) &&
      Math.abs(l) > 1e-150 &&
      Math.abs(t) < 1e150 &&
      l < 1e150
        ? 1
        : 0;
  }
  const exactTpm = (k: number): Dec | null => {
    let x = exact.get(k);
    if (x === undefined) {
      const i = members[k] as number;
      const t = exactDecimal(tax, i);
      x = t === null ? null : t.div(exactDecimal(land, i) as Dec);
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
        let c = floatSafe[a] && floatSafe[b] ? decidedCompare(tb, 4 * U * Math.abs(tb), ta, 4 * U * Math.abs(ta)) : null;
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

  const rule = classRule(classes, decimals);
  const vetoesAt = (p: number) => input.vetoes(members[order[p] as number] as number);
  const quota = poolQuota(rule, size, rankedCount(rule, size, vetoesAt));
  const listed = rule.vetoedLeave ? new Int32Array(size) : order;
  const rank = new Int32Array(size);
  const classIndex = new Uint8Array(size);
  const classBeforeVeto = new Uint8Array(size);
  placeRanked(
    rule,
    quota,
    size,
    (p) => totalUnits[order[p] as number] as number,
    vetoesAt,
    (at, p, r, before, after) => {
      listed[at] = order[p] as number;
      rank[at] = r;
      classBeforeVeto[at] = before;
      classIndex[at] = after;
    },
  );
  return { order: listed, rank, classIndex, classBeforeVeto };
}

/**
 * Members sorted by `compare`, whose first key is the total (descending): each member's key is
 * (largest total − its total) · 2²¹ + its index, an exact integer while the totals span less than
 * 2³² units and the pool has at most 2²¹ members, so a native numeric sort of the keys orders by
 * total, and only runs of equal totals are sorted with `compare` (the result is the same as
 * sorting everything with it: totals come first, and `compare` orders equal ones). Outside those
 * bounds everything is sorted with `compare`.
 */
function rankOrder(totalUnits: Float64Array, size: number, compare: (a: number, b: number) => number): Int32Array {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < size; k++) {
    const t = totalUnits[k] as number;
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  if (!(size <= SLOTS && hi - lo < 2 ** 32)) return Int32Array.from({ length: size }, (_, k) => k).sort(compare);
  const keys = new Float64Array(size);
  for (let k = 0; k < size; k++) keys[k] = (hi - (totalUnits[k] as number)) * SLOTS + k;
  keys.sort();
  const order = new Int32Array(size);
  for (let p = 0; p < size; p++) order[p] = (keys[p] as number) % SLOTS;
  let from = 0;
  for (let p = 1; p <= size; p++) {
    if (p < size && totalUnits[order[p] as number] === totalUnits[order[from] as number]) continue;
    if (p - from > 1) order.subarray(from, p).sort(compare);
    from = p;
  }
  return order;
}

/** Room for a member's index in a rank key (see rankOrder). */
const SLOTS = 2 ** 21;
