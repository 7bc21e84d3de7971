import type { VetoEffect } from '../types/evaluation.js';
import { decOf } from '../arithmetic/decimal.js';
import { quotaCounts } from '../evaluate/quotaCounts.js';
import type { Classes } from '../schema/scheme.js';

/**
 * DOMAIN.md §5, the class rule, for totals in whole units of the last shown decimal — the one
 * definition the engine, explain's targets and policy's sensitivity draws use. The class of the
 * firm ranked p (0-based) is the worse of its threshold class (threshold, hybrid: the first tier
 * whose minTotal it reaches) and its quota class (quota, hybrid: the first tier whose cumulative
 * count reaches p + 1, see quotaCounts); a pool smaller than smallPool.minPoolSize gets the
 * fallback class instead of the quota. Vetoes then push a class down: forceD → the last class,
 * capC → no better than C. Under vetoedFirms 'leaveRanking' a forceD firm takes no quota place: the
 * quotas are counted over the other firms and it is listed after them. With tieBreak 'shared', tied
 * firms share the rank and take the better firm's class. {@link placeRanked} applies it all.
 */
export interface ClassRule {
  classes: Classes;
  shared: boolean;
  /** ⌈minTotal × 10^decimals⌉ per tier (total ≥ minTotal ⇔ units ≥ this, units being whole), null when the tier has none. */
  minUnits: (number | null)[];
  /** Index of class C (capC), −1 when absent; of the last class (forceD). */
  cIndex: number;
  lastIndex: number;
  /** vetoedFirms 'leaveRanking': forceD firms take no quota place. */
  vetoedLeave: boolean;
}

/** One pool's quota classes by position and its small-pool fallback (≥ 0 when it applies, else −1). */
export interface PoolQuota {
  quotaClassAt: Int32Array;
  fallback: number;
}

/** The class rule of a scheme's classes and rounding. */
export function classRule(classes: Classes, decimals: number): ClassRule {
  const { tiers } = classes;
  return {
    classes,
    shared: classes.tieBreak === 'shared',
    minUnits: tiers.map((t) =>
      t.minTotal === undefined
        ? null
        : decOf(t.minTotal)
            .times(10 ** decimals)
            .ceil()
            .toNumber(),
    ),
    cIndex: tiers.findIndex((t) => t.id === 'C'),
    lastIndex: tiers.length - 1,
    vetoedLeave: classes.vetoedFirms === 'leaveRanking',
  };
}

/**
 * The quota side of the rule for a pool of n firms, `ranked` of which take quota places (all but
 * the forceD firms under 'leaveRanking': see {@link rankedCount}). Small or not goes by n.
 */
export function poolQuota(rule: ClassRule, n: number, ranked = n): PoolQuota {
  const { mode, tiers, smallPool } = rule.classes;
  const quotaClassAt = new Int32Array(ranked);
  if (mode === 'threshold') return { quotaClassAt, fallback: -1 };
  const counts = quotaCounts(ranked, rule.classes);
  let k = 0;
  for (let p = 0; p < ranked; p++) {
    while (p + 1 > (counts[k] as number)) k++;
    quotaClassAt[p] = k;
  }
  return { quotaClassAt, fallback: n < smallPool.minPoolSize ? tiers.findIndex((t) => t.id === smallPool.fallbackClass) : -1 };
}

/** The class index (before vetoes) of the firm ranked p (0-based) with a shown total of `units`. */
function classAt(rule: ClassRule, quota: PoolQuota, p: number, units: number): number {
  const { mode } = rule.classes;
  let c = 0;
  if (mode !== 'quota') {
    const min = rule.minUnits;
    c = rule.lastIndex;
    for (let k = 0; k < rule.lastIndex; k++) {
      const u = min[k];
      if (u !== null && u !== undefined && units >= u) {
        c = k;
        break;
      }
    }
  }
  if (quota.fallback >= 0) return quota.fallback;
  return mode === 'threshold' ? c : Math.max(c, quota.quotaClassAt[p] as number);
}

/** A class index after vetoes. */
function vetoedClass(rule: ClassRule, classIndex: number, vetoes: readonly VetoEffect[]): number {
  let k = classIndex;
  for (const effect of vetoes) {
    const floor = effect === 'forceD' ? rule.lastIndex : rule.cIndex;
    if (floor > k) k = floor;
  }
  return k;
}

type Vetoes = readonly VetoEffect[] | undefined;

/** Whether a firm with these vetoes leaves the ranking (a forceD veto under vetoedFirms 'leaveRanking'). */
function leavesRanking(rule: ClassRule, vetoes: Vetoes): boolean {
  return rule.vetoedLeave && vetoes !== undefined && vetoes.includes('forceD');
}

/** How many of a pool's n firms take quota places. */
export function rankedCount(rule: ClassRule, n: number, vetoesAt: (p: number) => Vetoes): number {
  if (!rule.vetoedLeave) return n;
  let m = 0;
  for (let p = 0; p < n; p++) if (!leavesRanking(rule, vetoesAt(p))) m++;
  return m;
}

/**
 * The class rule over a pool already sorted (position p of n in `order`, best first): each firm's
 * place, rank (shared ties share it), class before and after vetoes, given to `place` in listed
 * order — the firms that leave the ranking last, in their order, classed by their vetoes alone.
 * `quota` is {@link poolQuota} of the pool with {@link rankedCount} firms ranked.
 */
export function placeRanked(
  rule: ClassRule,
  quota: PoolQuota,
  n: number,
  unitsAt: (p: number) => number,
  vetoesAt: (p: number) => Vetoes,
  place: (listed: number, p: number, rank: number, before: number, after: number) => void,
): void {
  let listed = 0;
  const pass = (leaving: boolean): void => {
    let previousUnits = NaN;
    let previousRank = 0;
    let previousClass = 0;
    let q = 0;
    for (let p = 0; p < n; p++) {
      const v = vetoesAt(p);
      if (leavesRanking(rule, v) !== leaving) continue;
      const u = unitsAt(p);
      const tied = rule.shared && q > 0 && u === previousUnits;
      const rank = tied ? previousRank : listed + 1;
      const before = leaving ? rule.lastIndex : tied ? previousClass : classAt(rule, quota, q, u);
      place(listed, p, rank, before, v === undefined ? before : vetoedClass(rule, before, v));
      previousUnits = u;
      previousRank = rank;
      previousClass = before;
      q++;
      listed++;
    }
  };
  pass(false);
  if (rule.vetoedLeave) pass(true);
}
