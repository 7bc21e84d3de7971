import type { Dec } from '../arithmetic/decimal.js';

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
 * The one statement of the rule: the engine ranks by it (comparing taxPerMu in float first, see
 * rankColumnarPool), and re-ranking code elsewhere (sensitivity) uses it so as not to drift.
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
