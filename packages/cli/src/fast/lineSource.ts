import type { ColumnarEvaluation, ColumnarPool, FactColumns, Group } from '@mujun/core';
import type { RecordCellBytes } from '@mujun/csv';
import type { BlockSettings } from './blockSettings.js';

/** One pool's part of the results table, by member and by rank position (as @mujun/core's ColumnarPool). */
export interface LinePool {
  /** The pool's first line in the table (its lines are in rank order). */
  start: number;
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
}

/**
 * Everything the lines of a results table are made of, without per-line objects: the pools' arrays
 * and each record's own cells as bytes, read in place by the thread that makes a range of lines —
 * this thread from the evaluation itself, the writer's worker thread from the copy it is sent
 * ({@link lineSourceMessage}; the cells are shared memory).
 */
export interface LineSource {
  settings: BlockSettings;
  groups: readonly Group[];
  /** The pools in table order (a worker's copy: only those its lines are in). */
  pools: LinePool[];
  /** Each record's credit code, name and county cells, made by the reader (shared memory). */
  cells: RecordCellBytes;
  /** For the rare value the float cannot print to six digits (@mujun/core's exactIndicatorValue). */
  facts: FactColumns;
  /** Bonuses, penalties and vetoes as the table shows them, by record index (only records that have any). */
  adjustments: Map<number, string>;
}

/** The evaluation as a line source: the pools in table order (by pool key), with where each one's lines start. */
export function lineSource(ev: ColumnarEvaluation, cells: RecordCellBytes, settings: BlockSettings): LineSource {
  const sorted = [...ev.pools].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const groups = ev.scheme.groups;
  let at = 0;
  const pools = sorted.map((p: ColumnarPool): LinePool => {
    const start = at;
    at += p.members.length;
    const { members, order, rank, classIndex, totalUnits, shownUnits, cell, value } = p;
    return { start, group: groups.indexOf(p.group), members, order, rank, classIndex, totalUnits, shownUnits, cell, value };
  });
  const adjustments = new Map<number, string>();
  for (const [i, list] of ev.adjustments)
    adjustments.set(i, list.map((a) => `${a.flag} ${a.kind === 'veto' ? (a.effect ?? 'veto') : a.points}`).join(';'));
  return {
    settings,
    groups,
    pools,
    cells,
    facts: ev.facts,
    adjustments,
  };
}

/** Number of scored lines (all pools). */
export function scoredLineCount(src: LineSource): number {
  const last = src.pools[src.pools.length - 1];
  return last === undefined ? 0 : last.start + last.members.length;
}

/**
 * What a worker thread needs to make lines [from, to): the pools those lines are in (typed arrays
 * copied by the structured clone: a memory copy), the records' cells (shared), the fact columns
 * (land, and the rare exact value).
 */
export type LineSourceMessage = LineSource;

/** The message for the lines [from, to) of `src`. */
export function lineSourceMessage(src: LineSource, from: number, to: number): LineSourceMessage {
  return { ...src, pools: src.pools.filter((p) => p.start < to && p.start + p.members.length > from) };
}
