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
 * capC → no better than C. With tieBreak 'shared', tied firms take the better firm's class (the
 * callers, which see the ties, apply that).
 */
export interface ClassRule {
  classes: Classes;
  shared: boolean;
  /** ⌈minTotal × 10^decimals⌉ per tier (total ≥ minTotal ⇔ units ≥ this, units being whole), null when the tier has none. */
  minUnits: (number | null)[];
  /** Index of class C (capC), −1 when absent; of the last class (forceD). */
  cIndex: number;
  lastIndex: number;
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
  };
}

/** The quota side of the rule for a pool of n firms. */
export function poolQuota(rule: ClassRule, n: number): PoolQuota {
  const { mode, tiers, smallPool } = rule.classes;
  const quotaClassAt = new Int32Array(n);
  if (mode === 'threshold') return { quotaClassAt, fallback: -1 };
  const counts = quotaCounts(n, rule.classes);
  let k = 0;
  for (let p = 0; p < n; p++) {
    while (p + 1 > (counts[k] as number)) k++;
    quotaClassAt[p] = k;
  }
  return { quotaClassAt, fallback: n < smallPool.minPoolSize ? tiers.findIndex((t) => t.id === smallPool.fallbackClass) : -1 };
}

/** The class index (before vetoes) of the firm ranked p (0-based) with a shown total of `units`. */
export function classAt(rule: ClassRule, quota: PoolQuota, p: number, units: number): number {
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
export function vetoedClass(rule: ClassRule, classIndex: number, vetoes: readonly ('forceD' | 'capC')[]): number {
  let k = classIndex;
  for (const effect of vetoes) {
    const floor = effect === 'forceD' ? rule.lastIndex : rule.cIndex;
    if (floor > k) k = floor;
  }
  return k;
}
