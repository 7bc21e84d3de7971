import type { FactColumns, PlannedPool, Scheme, VetoEffect } from '@mujun/core';
import type { LinePool, LineSource, RecordCellBytes } from './lineSource.js';

/** Texts by record index as one string: record i's is text.slice(ends[i − 1], ends[i]) (ends[−1] = 0). One copy to a thread instead of a million strings. */
export interface JoinedTexts {
  text: string;
  ends: Int32Array;
}

/**
 * What the worker thread of a results table is sent: the table's pools from `first` on, which it
 * takes from the last one backwards while the calling thread takes them from the first one on —
 * each pool claimed in `owners`, so both threads end together whatever each one's pace — and what
 * scoring and writing them takes. The fact columns, record cells and owners are shared memory.
 */
export interface PoolJob extends Omit<LineSource, 'cells' | 'extra'> {
  /** The table's pools from `first` on: planned (the worker scores them) or scored (it writes their lines). */
  pools: PlannedPool[] | LinePool[];
  first: number;
  /** By table pool: 0 free, 1 the calling thread's, 2 the worker's (claimed with Atomics.compareExchange). */
  owners: Int32Array;
  /**
   * What scoring planned pools takes (null: the pools are scored): the credit codes (the last
   * tie-break, looked up only on ties), points as text, vetoes.
   */
  scoring: { scheme: Scheme; codes: JoinedTexts; points: Map<number, string>; vetoes: Map<number, VetoEffect[]> } | null;
  facts: FactColumns;
  /** The records' cells; null when they follow in a message of their own (made while the worker scores). */
  cells: RecordCellBytes | null;
  /** The cells before the detail column (the policy columns, LineSource.extra) by record index, when the table has them. */
  extra: JoinedTexts | null;
}

/**
 * What the worker says: the lines of the pools it took, each pool's as the chunks of bytes it
 * made (their memory moved, not copied, to the caller), the pools from the last backwards — or it
 * failed, with a CoreError (a score out of range, naming the firm) passed on as one, for the
 * caller to report as it reports any.
 */
export type PoolJobMessage =
  | { done: true; lines: [pool: number, chunks: Uint8Array[]][] }
  | { coreError: { code: string; message: string } }
  | { error: string };

/** Texts by record index as {@link JoinedTexts}. */
export function joinedTexts(texts: readonly string[]): JoinedTexts {
  const ends = new Int32Array(texts.length);
  for (let i = 0, at = 0; i < texts.length; i++) ends[i] = at += (texts[i] as string).length;
  return { text: texts.join(''), ends };
}

/** Record i's text of {@link JoinedTexts}. */
export function textAt(t: JoinedTexts, i: number): string {
  return t.text.slice(i === 0 ? 0 : (t.ends[i - 1] as number), t.ends[i] as number);
}
