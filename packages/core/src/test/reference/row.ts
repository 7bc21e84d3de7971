import type { Dec } from '../../arithmetic/decimal.js';
import type { EnterpriseRecord } from '../../schema/record.js';
import type { Group } from '../../schema/scheme.js';
import type { Facts } from '../../evaluate/facts.js';
import type { Fraction } from '../../evaluate/normalise.js';
import type { CellKind } from '../../fast/cellKind.js';

/** A record in scope, on its way through the pipeline (internal). */
export interface Row {
  index: number;
  record: EnterpriseRecord;
  group: Group;
  /** Normalised industry code, '' when the record has none. */
  industry: string;
  facts: Facts;
  /** Per indicator of the group, in scheme order: the value as a fraction and as a decimal; null = undefined. */
  fractions: (Fraction | null)[];
  values: (Dec | null)[];
  /** Per indicator: what the figures make of the cell (a fraction only when observed). */
  kinds: CellKind[];
  /** taxPerMu value, for the tie-break, whether or not the group scores it. */
  taxPerMu: Dec | null;
}

/** One row's scores on every indicator of its group, filled in by the pool pass. */
export interface RowScores {
  raw: Dec[];
  capped: boolean[];
  imputation: ('zero' | 'poolAverage' | null)[];
  /** Benchmark each indicator was scored against, as shown; null for methods that use none. */
  benchmark: (string | null)[];
}

/** A pool: one group in one county (or the whole group when pools are not split by county). */
export interface Pool {
  key: string;
  group: Group;
  county: string | null;
  rows: Row[];
}
