import { decOf, type Dec } from '../../arithmetic/decimal.js';
import type { Classes, ClassTier } from '../../schema/scheme.js';
import { quotaCounts } from '../../evaluate/quotaCounts.js';

/** What ranking needs to know about one scored firm. */
export interface Contender {
  /** The rounded total the firm is shown. */
  total: Dec;
  /** The firm's taxPerMu value (tie-break), null when undefined. */
  taxPerMu: Dec | null;
  creditCode: string;
  /** Input position: the last resort between records that share a credit code. */
  index: number;
  /** The firm's vetoes (a forceD firm leaves the ranking under vetoedFirms 'leaveRanking'). */
  vetoes: readonly ('forceD' | 'capC')[];
}

/** A firm's place in its pool: 1-based rank and class index (into classes.tiers) before vetoes. */
export interface Placement {
  rank: number;
  classIndex: number;
}

/**
 * Rank one pool and class it (DOMAIN.md §5). Firms are ordered by the total they are shown
 * (rounded), so the order always agrees with what enterprises see; equal shown totals go by
 * higher taxPerMu (undefined last), then credit code ascending — or, with tieBreak 'shared',
 * share the rank and the better class. Returns the positions of `pool` in rank order and each
 * position's placement.
 *
 * The class index is the larger (worse) of the threshold class (threshold, hybrid) and the quota
 * class (quota, hybrid): in hybrid mode a firm keeps its score band unless the band's quota is
 * already full, which caps every class at its share. Pools smaller than smallPool.minPoolSize get
 * smallPool.fallbackClass instead of the quota. Under vetoedFirms 'leaveRanking' the firms with a
 * forceD veto are counted out of the quotas and listed (and ranked) after the others, in the last class.
 */
export function rankPool(pool: readonly Contender[], classes: Classes): { order: number[]; placements: Placement[] } {
  const shared = classes.tieBreak === 'shared';
  const sorted = pool.map((_, i) => i).sort((a, b) => compare(pool[a] as Contender, pool[b] as Contender, shared));
  // Under 'leaveRanking' a firm forced to the last class takes no quota place: it is listed after the others.
  const leaves = (i: number) => classes.vetoedFirms === 'leaveRanking' && (pool[i] as Contender).vetoes.includes('forceD');
  const ranked = sorted.filter((i) => !leaves(i));
  const leaving = sorted.filter(leaves);
  const n = pool.length;
  const { mode, tiers, smallPool } = classes;
  const useQuota = mode !== 'threshold';
  const fallback = useQuota && n < smallPool.minPoolSize ? tiers.findIndex((t) => t.id === smallPool.fallbackClass) : -1;
  const counts = quotaCounts(ranked.length, classes);
  const minTotals = tiers.map((t) => (t.minTotal === undefined ? null : decOf(t.minTotal)));
  const placements: Placement[] = [];
  const list = (group: readonly number[], classOf: (c: Contender, q: number) => number) =>
    group.forEach((i, q) => {
      const c = pool[i] as Contender;
      const previous = placements[placements.length - 1];
      if (shared && q > 0 && previous !== undefined && (pool[group[q - 1] as number] as Contender).total.eq(c.total))
        placements.push({ rank: previous.rank, classIndex: previous.classIndex });
      else placements.push({ rank: placements.length + 1, classIndex: classOf(c, q) });
    });
  list(ranked, (c, q) => {
    let classIndex = 0;
    if (mode !== 'quota') classIndex = thresholdClass(c.total, minTotals);
    if (fallback >= 0) return fallback;
    if (useQuota)
      classIndex = Math.max(
        classIndex,
        counts.findIndex((count) => q + 1 <= count),
      );
    return classIndex;
  });
  list(leaving, () => tiers.length - 1);
  return { order: [...ranked, ...leaving], placements };
}

function thresholdClass(total: Dec, minTotals: readonly (Dec | null)[]): number {
  const k = minTotals.findIndex((min, j) => j === minTotals.length - 1 || (min !== null && total.gte(min)));
  return k < 0 ? minTotals.length - 1 : k;
}

function compare(a: Contender, b: Contender, shared: boolean): number {
  const byTotal = b.total.comparedTo(a.total);
  return byTotal !== 0 ? byTotal : tieBreakOrder(a, b, shared);
}

/** What the tie-break between equal shown totals looks at. */
export interface TieBreakKey {
  /** The firm's taxPerMu value, null when undefined (ranked after any value). */
  taxPerMu: Dec | null;
  creditCode: string;
  /** Input position: the last resort between records that share a credit code. */
  index: number;
}

/**
 * The order of two firms whose shown totals are equal (DOMAIN.md §5): higher taxPerMu first
 * (undefined last), then credit code ascending, then input position. With tieBreak 'shared' the
 * firms share a rank, so only the code and position order them (for a stable listing).
 * Exported so that re-ranking code elsewhere (sensitivity) cannot drift from evaluate's rule.
 */
export function tieBreakOrder(a: TieBreakKey, b: TieBreakKey, shared: boolean): number {
  if (!shared) {
    if (a.taxPerMu === null || b.taxPerMu === null) {
      if (a.taxPerMu !== b.taxPerMu) return a.taxPerMu === null ? 1 : -1;
    } else {
      const byTax = b.taxPerMu.comparedTo(a.taxPerMu);
      if (byTax !== 0) return byTax;
    }
  }
  if (a.creditCode !== b.creditCode) return a.creditCode < b.creditCode ? -1 : 1;
  return a.index - b.index;
}

/** The class index after vetoes: forceD → the last class; capC → no better than class C. */
export function vetoedClass(classIndex: number, vetoes: readonly ('forceD' | 'capC')[], tiers: readonly ClassTier[]): number {
  let k = classIndex;
  for (const effect of vetoes) {
    const floor = effect === 'forceD' ? tiers.length - 1 : tiers.findIndex((t) => t.id === 'C');
    if (floor > k) k = floor;
  }
  return k;
}
