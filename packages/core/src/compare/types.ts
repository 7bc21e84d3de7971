import type { ClassId, ExclusionReason } from '../types/evaluation.js';

/** Where a firm stands in the earlier evaluation `a`: its class, excluded, or absent ('new' in `b`). */
export type MigrationRow = ClassId | 'excluded' | 'new';
/** Where a firm stands in the later evaluation `b`: its class, excluded, or absent ('gone'). */
export type MigrationColumn = ClassId | 'excluded' | 'gone';

/** A firm whose place differs between the two evaluations. */
export interface FirmMove {
  creditCode: string;
  /** Name in `b` when present there, else in `a`. */
  name: string;
  from: MigrationRow;
  to: MigrationColumn;
  /** Shown totals; null where the firm was not scored. */
  totalA: string | null;
  totalB: string | null;
  /** totalB − totalA (exact) when scored in both. */
  totalChange: string | null;
  /**
   * up / down: a better / worse class (A best); entered: now classed, before excluded or absent;
   * left: classed before, now excluded or absent; other: classed in neither (e.g. new and excluded).
   */
  direction: 'up' | 'down' | 'entered' | 'left' | 'other';
  /** Exclusion reasons, where the firm was excluded. */
  excludedA?: ExclusionReason;
  excludedB?: ExclusionReason;
}

/** A firm's class in a year of prior results: null when it was excluded that year. */
export interface ClassedFirm {
  creditCode: string;
  class: ClassId | null;
  name?: string;
  /** Its total that year, when known. */
  total?: string;
}

/** The class migration between two evaluations (e.g. two years, or two schemes on the same data). */
export interface Comparison {
  /** The schemes' ids; null for a side given as rows. */
  schemeA: string | null;
  schemeB: string | null;
  /** Row labels: `a`'s classes best first, then 'excluded', 'new'. */
  rows: MigrationRow[];
  /** Column labels: `b`'s classes best first, then 'excluded', 'gone'. */
  columns: MigrationColumn[];
  /** matrix[row][column] = number of firms; every pair present, zeros included. */
  matrix: Record<string, Record<string, number>>;
  /** Firms whose row label differs from their column label, by credit code ascending. */
  moved: FirmMove[];
  /** Firms on either side, and how many kept their place, moved up, down, entered, left. */
  counts: { firms: number; stayed: number; up: number; down: number; entered: number; left: number; other: number };
}
