import { Dec, decOf } from '../../arithmetic/decimal.js';
import { quotaCounts } from '../../evaluate/quotaCounts.js';
import { tieBreakOrder } from '../../fast/tieBreak.js';
import type { EnterpriseResult, Evaluation } from '../../types/evaluation.js';
import type { NextClassStatus } from '../types.js';
import { poolIndex } from './poolIndex.js';

/** The next class's target for one firm, or why there is none. */
export type Target =
  | { status: 'reachable'; classIndex: number; total: Dec; basis: 'quota' | 'threshold'; quota: QuotaBoundary | null; minTotal: Dec | null }
  | { status: Exclude<NextClassStatus, 'reachable'>; classIndex: number | null };

/** The firm a quota target was set against: the one holding the last place the firm must take. */
interface QuotaBoundary {
  /** Cumulative places of the target class and the better ones, in this pool. */
  places: number;
  creditCode: string;
  name: string;
  total: string;
  /** Whether the firm would win a tie against it (tie-break 'shared', or higher taxPerMu, then code). */
  winsTie: boolean;
}

/**
 * The total the firm must be shown to reach the next better class in its pool, with every other
 * firm's total unchanged.
 *
 * - threshold (and hybrid): the class's minTotal, rounded up to the shown precision.
 * - quota (and hybrid): with the other n − 1 firms in rank order, the firm must rank above the
 *   c-th of them, where c = the cumulative places of the target class (quotaCounts) — the lowest
 *   firm now holding a place in that class or better. Its total is the target when the firm would
 *   win the tie (tie-break 'shared'; or a higher taxPerMu, then a smaller credit code), else that
 *   total plus one unit of the shown precision. If fewer than c other firms exist, any total will do.
 * - hybrid takes the larger of the two.
 *
 * Vetoes: forceD, or capC when the next class is better than C, block the way ('veto'). Pools under
 * smallPool.minPoolSize all get the fallback class ('small-pool'); a target class without places in
 * a pool of this size is 'no-places'.
 */
export function targetOf(evaluation: Evaluation, result: EnterpriseResult): Target {
  const { classes, rounding } = evaluation.scheme;
  const ids = classes.tiers.map((t) => t.id);
  const current = ids.indexOf(result.class);
  if (current <= 0) return { status: 'top', classIndex: null };
  const k = current - 1;
  const capIndex = ids.indexOf('C');
  for (const a of result.adjustments) {
    if (a.kind !== 'veto') continue;
    if (a.effect === 'forceD' || (a.effect === 'capC' && k < capIndex)) return { status: 'veto', classIndex: k };
  }
  const n = result.poolSize;
  const useQuota = classes.mode !== 'threshold';
  if (useQuota && n < classes.smallPool.minPoolSize) return { status: 'small-pool', classIndex: k };

  const unit = new Dec(1).div(new Dec(10).pow(rounding.decimals));
  let total: Dec | null = null;
  let basis: 'quota' | 'threshold' = 'threshold';
  let minTotal: Dec | null = null;
  if (classes.mode !== 'quota') {
    const min = classes.tiers[k]?.minTotal;
    if (min !== undefined) {
      minTotal = decOf(min).toDecimalPlaces(rounding.decimals, Dec.ROUND_CEIL);
      total = minTotal;
    }
  }
  let quota: QuotaBoundary | null = null;
  if (useQuota) {
    // Under vetoedFirms 'leaveRanking' the forceD firms take no quota place and are listed last.
    const index = poolIndex(evaluation);
    const listed = index.ranked.get(result.pool) ?? [];
    const leave = (r: EnterpriseResult) => classes.vetoedFirms === 'leaveRanking' && r.adjustments.some((a) => a.effect === 'forceD');
    const ranked = listed.filter((r) => !leave(r));
    const places = quotaCounts(ranked.length, classes)[k] ?? 0;
    if (places === 0) return { status: 'no-places', classIndex: k };
    // The places-th firm in rank order once this firm is taken out.
    const own = index.position.get(result) ?? -1;
    const holder = ranked[own >= 0 && own < places ? places : places - 1];
    if (holder !== undefined) {
      // A lower-is-better taxPerMu is lowered on the way up, which can lose the tie: never count on it then.
      const taxSpec = evaluation.scheme.groups.find((g) => g.id === result.group)?.indicators.find((s) => s.id === 'taxPerMu');
      const tieKnown = taxSpec !== undefined && taxSpec.normalisation.method !== 'lowerIsBetter';
      const winsTie = classes.tieBreak === 'shared' || (tieKnown && winsTieBreak(result, holder));
      quota = { places, creditCode: holder.creditCode, name: holder.name, total: holder.total, winsTie };
      const needed = winsTie ? new Dec(holder.total) : new Dec(holder.total).plus(unit);
      if (total === null || needed.gt(total)) {
        total = needed;
        basis = 'quota';
      }
    }
  }
  // No constraint at all cannot happen for a firm below the top, but stay safe: one unit more.
  if (total === null) total = new Dec(result.total).plus(unit);
  return { status: 'reachable', classIndex: k, total, basis, quota, minTotal };
}

/**
 * Would `firm` rank before `other` at an equal shown total (the tie-break rule, tieBreakOrder)?
 * taxPerMu is known only when the group scores it (the caller checks); otherwise the tie is assumed
 * lost, which can only make the target one unit higher than necessary.
 */
function winsTieBreak(firm: EnterpriseResult, other: EnterpriseResult): boolean {
  const key = (r: EnterpriseResult) => {
    const v = r.indicators.find((i) => i.id === 'taxPerMu')?.value;
    return v === undefined ? null : { taxPerMu: v === null ? null : new Dec(v), creditCode: r.creditCode, index: 0 };
  };
  const a = key(firm);
  const b = key(other);
  return a !== null && b !== null && tieBreakOrder(a, b, false) < 0;
}
