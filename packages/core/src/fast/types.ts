import type { Dec } from '../arithmetic/decimal.js';
import type { Group } from '../schema/scheme.js';
import type { AdjustmentApplied, Evaluation, SmallPoolFallback } from '../types/evaluation.js';
import type { ColumnarRecords } from './columns.js';
import type { FactColumns } from './factColumns.js';
import type { PoolIndicator } from './poolBenchmarks.js';

/** Bits of {@link ColumnarPool.cell}. */
export const CELL_CAPPED = 1;
export const CELL_IMPUTED_ZERO = 2;
export const CELL_IMPUTED_AVERAGE = 4;

/**
 * One pool's results in columns. "Member" m is the m-th firm of the pool in input order
 * (`members[m]` is its record index); "position" p is its place in rank order (`order[p]` is a member).
 */
export interface ColumnarPool {
  key: string;
  group: Group;
  county: string | null;
  members: Int32Array;
  /** Present when the pool is under the scheme's minimum size (see SmallPoolFallback). */
  smallPool: SmallPoolFallback | undefined;
  /** Members in rank order (under vetoedFirms 'leaveRanking', the forceD firms last). */
  order: Int32Array;
  /** By position: 1-based rank, class index after vetoes, class index before them. */
  rank: Int32Array;
  classIndex: Uint8Array;
  classBeforeVeto: Uint8Array;
  /** By member: the rounded total in units of 10^−decimals. */
  totalUnits: Float64Array;
  /** By member × indicator: the shown score in units of 10^−decimals, the CELL_* bits, the value as a float (NaN = undefined). */
  shownUnits: Float64Array;
  cell: Uint8Array;
  value: Float64Array;
  /** Per indicator of the group: its benchmarks (entries, and each member's), min/max or sorted values. */
  indicators: PoolIndicator[];
}

/** The engine's evaluation in columns (`evaluationOf` makes the `Evaluation` objects of `evaluate`). */
export interface ColumnarEvaluation extends Pick<Evaluation, 'schemeId' | 'scheme' | 'referenceDate' | 'excluded' | 'accounting'> {
  records: ColumnarRecords;
  facts: FactColumns;
  pools: ColumnarPool[];
  /** Bonuses, penalties and vetoes by record index (only records that have any). */
  adjustments: Map<number, AdjustmentApplied[]>;
  /** The exact raw scores and raw total of a member (the reference's rawScore / rawTotal). */
  exactRaw(pool: ColumnarPool, member: number): { raws: Dec[]; rawTotal: Dec };
}
