import { type EnterpriseResult, compareText } from '@mujun/core';

/** How many firms of a set are in each class. */
export interface ClassCounts {
  /** What the set is (a group id, a division code, a town); "" for firms without one. */
  key: string;
  counts: Record<string, number>;
  total: number;
}

/**
 * Firms per class, per key (group, industry, town …), largest set first, then by key. A result
 * whose key is "" is counted under "", never dropped: the rows add up to the whole.
 */
export function countByKey(results: readonly EnterpriseResult[], classes: readonly string[], keyOf: (r: EnterpriseResult) => string): ClassCounts[] {
  const rows = new Map<string, ClassCounts>();
  for (const r of results) {
    const key = keyOf(r);
    let row = rows.get(key);
    if (!row) {
      row = { key, counts: Object.fromEntries(classes.map((c) => [c, 0])), total: 0 };
      rows.set(key, row);
    }
    row.counts[r.class] = (row.counts[r.class] ?? 0) + 1;
    row.total++;
  }
  // Firms without a key last; otherwise the largest first.
  return [...rows.values()].sort((a, b) => Number(a.key === '') - Number(b.key === '') || b.total - a.total || compareText(a.key, b.key));
}

/** All firms per class. */
export function countAll(results: readonly EnterpriseResult[], classes: readonly string[]): ClassCounts {
  return countByKey(results, classes, () => '*')[0] ?? { key: '*', counts: Object.fromEntries(classes.map((c) => [c, 0])), total: 0 };
}

/**
 * n of total as a percentage with one decimal, rounded half-up on integers (no binary fractions):
 * 1 of 3 → "33.3%", 1 of 8 → "12.5%", 0 of 0 → "—".
 */
export function share(n: number, total: number): string {
  if (total === 0) return '—';
  const tenths = Math.floor((n * 2000 + total) / (2 * total));
  return `${Math.floor(tenths / 10)}.${tenths % 10}%`;
}
