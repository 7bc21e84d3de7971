import type { AdjustmentApplied, ColumnarPool, FactColumns, Group, SmallPoolFallback } from '@mujun/core';
import { adjustmentText, type TableWords } from '../table/tableLanguage.js';
import type { LineSettings } from './lineSettings.js';

/**
 * Each record's credit code, name and county as the CSV cells a results table shows them
 * (csvCell's rules, each followed by its comma): record i's are bytes [ends[i − 1], ends[i]) (ends[−1] = 0).
 */
export interface RecordCellBytes {
  bytes: Uint8Array;
  ends: Float64Array;
}

/** One pool's part of the results table, by member and by rank position (as @mujun/core's ColumnarPool). */
export interface LinePool {
  /** Index into {@link LineSource.groups}. */
  group: number;
  members: Int32Array;
  order: Int32Array;
  rank: Int32Array;
  classIndex: Uint8Array;
  totalUnits: Float64Array;
  shownUnits: Float64Array;
  cell: Uint8Array;
  value: Float64Array;
  /** Present when the pool is under the scheme's minimum size (its lines' 说明 cell says so). */
  smallPool: SmallPoolFallback | undefined;
}

/**
 * What the scored lines of a results table are made of besides each pool's arrays, without
 * per-line objects: each record's code, name and county cells as bytes and the fact columns
 * (shared memory, read in place by whichever thread makes the lines).
 */
export interface LineSource {
  settings: LineSettings;
  groups: readonly Group[];
  /** Each record's credit code, name and county cells, made by the reader. */
  cells: RecordCellBytes;
  /** Land, and the rare value the float cannot print to six digits (@mujun/core's exactIndicatorValue). */
  facts: FactColumns;
  /** Bonuses, penalties and vetoes as the table shows them, by record index (only records that have any). */
  adjustments: Map<number, string>;
  /**
   * The cells between the adjustments and the detail column, when the layout has any (the policy
   * columns): record i's as CSV text, separated by commas, without a comma before or after.
   */
  extra?: ((i: number) => string) | undefined;
}

/** A scored pool as a {@link LinePool}. */
export function linePool(p: ColumnarPool, groups: readonly Group[]): LinePool {
  const { members, order, rank, classIndex, totalUnits, shownUnits, cell, value, smallPool } = p;
  return { group: groups.indexOf(p.group), members, order, rank, classIndex, totalUnits, shownUnits, cell, value, smallPool };
}

/** The adjustments column's text by record index, in the table's language. */
export function adjustmentTexts(adjustments: ReadonlyMap<number, readonly AdjustmentApplied[]>, words: TableWords): Map<number, string> {
  const out = new Map<number, string>();
  for (const [i, list] of adjustments) out.set(i, list.map((a) => adjustmentText(a, words.language)).join(words.itemSeparator));
  return out;
}
