import type { ClassId, Evaluation } from '@mujun/core';

/** A firm's class on one side of a comparison; null when it was not classed (excluded or absent). */
export interface ClassedFirm {
  creditCode: string;
  class: ClassId | null;
}

/** Row/column label: a class, or "excluded" for firms not classed on that side. */
export type MigrationLabel = ClassId | 'excluded';

/** A firm whose class differs between the two sides. */
export interface ClassMove {
  creditCode: string;
  from: MigrationLabel;
  to: MigrationLabel;
}

/** The class migration matrix (类别迁移矩阵) between two evaluations or years. */
export interface MigrationMatrix {
  /** Labels of rows (before) and columns (after), best class first; C- and "excluded" only when present. */
  labels: MigrationLabel[];
  /** counts[from][to] = number of firms; every label pair is present (zeros included). */
  counts: Record<string, Record<string, number>>;
  /** Firms whose class changed, by credit code ascending. */
  moved: ClassMove[];
  /** Firms on either side. */
  firms: number;
}

const ORDER: MigrationLabel[] = ['A', 'B', 'C', 'C-', 'D', 'excluded'];

/** The scored firms of an evaluation with their classes, and its excluded firms with null. */
export function classedFirms(evaluation: Evaluation): ClassedFirm[] {
  return [
    ...evaluation.results.map((r) => ({ creditCode: r.creditCode, class: r.class })),
    ...evaluation.excluded.map((e) => ({ creditCode: e.creditCode, class: null })),
  ];
}

function byCode(side: readonly ClassedFirm[] | Evaluation): Map<string, MigrationLabel> {
  const firms = 'results' in side ? classedFirms(side) : side;
  const map = new Map<string, MigrationLabel>();
  // A classed entry wins over an "excluded" one for the same code (e.g. a duplicate row).
  for (const f of firms) if (f.class !== null || !map.has(f.creditCode)) map.set(f.creditCode, f.class ?? 'excluded');
  return map;
}

/**
 * The class migration matrix between two sides — two evaluations, or two years of results given
 * as { creditCode, class } rows. Firms present on one side only move from or to "excluded".
 * Independent of input order.
 */
export function migrationMatrix(before: readonly ClassedFirm[] | Evaluation, after: readonly ClassedFirm[] | Evaluation): MigrationMatrix {
  const a = byCode(before);
  const b = byCode(after);
  const codes = [...new Set([...a.keys(), ...b.keys()])].sort();
  const pairs = codes.map((creditCode) => ({ creditCode, from: a.get(creditCode) ?? 'excluded', to: b.get(creditCode) ?? 'excluded' }));
  const present = new Set(pairs.flatMap((p) => [p.from, p.to]));
  const labels = ORDER.filter((l) => l === 'A' || l === 'B' || l === 'C' || l === 'D' || present.has(l));
  const counts: Record<string, Record<string, number>> = {};
  for (const from of labels) counts[from] = Object.fromEntries(labels.map((to) => [to, 0]));
  for (const p of pairs) {
    const row = counts[p.from];
    if (row !== undefined) row[p.to] = (row[p.to] ?? 0) + 1;
  }
  return { labels, counts, moved: pairs.filter((p) => p.from !== p.to), firms: codes.length };
}
