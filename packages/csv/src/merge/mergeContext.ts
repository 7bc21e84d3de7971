import type { SourceRead } from '../read/readSource.js';
import type { PrecedenceRules, RankedSource } from './fieldPrecedence.js';
import type { Tolerance } from './sameValue.js';
import type { Conflict } from './types.js';

/** What merging a field needs: the sources in the merge's order, the index arrays, and the rules. */
export interface MergeContext {
  reads: readonly SourceRead[];
  sources: readonly RankedSource[];
  /** Per source, each row's enterprise number (−1: not used). */
  recordOf: readonly Int32Array[];
  /** Per source, 1 + its row of each enterprise (0: none). */
  rowIn: readonly Int32Array[];
  /** The number of enterprises. */
  n: number;
  rules: PrecedenceRules;
  tol: Tolerance;
  /** Keep the winning source of every field of every enterprise. */
  keepProvenance: boolean;
  /** The header source s has for a field (`taxWan`, `flags.high-tech`), as written. */
  columnOf: (s: number, field: string) => string;
}

/** A conflict found while merging, with where it goes in the list (record, then field order). */
export interface FoundConflict {
  record: number;
  order: number;
  conflict: Conflict;
}
