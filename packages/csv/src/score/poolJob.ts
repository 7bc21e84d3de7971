import type { FactColumns, PlannedPool, Scheme } from '@mujun/core';
import type { LineSettings } from './lineSettings.js';
import type { LineSource, RecordCellBytes } from './lineSource.js';

/**
 * What the worker thread of the fast `score` is sent: the pools it scores, ranks and writes (the
 * last ones of the table), and what that takes — the fact columns and record cells (shared
 * memory), the credit codes joined into one string (one copy instead of a million strings; the
 * last tie-break, looked up only on ties), points as text, vetoes, the adjustments column's texts.
 */
export interface PoolJob {
  scheme: Scheme;
  facts: FactColumns;
  pools: PlannedPool[];
  /** Every record's credit code, joined; record i's is codes.slice(codeEnds[i − 1], codeEnds[i]). */
  codes: string;
  codeEnds: Int32Array;
  points: Map<number, string>;
  vetoes: Map<number, ('forceD' | 'capC')[]>;
  settings: LineSettings;
  cells: RecordCellBytes;
  adjustments: Map<number, string>;
  /** The temporary file its lines go to. */
  path: string;
}

/**
 * The other job the worker takes: pools already scored (an evaluation made in the calling
 * thread), whose lines it writes into `path` — with the cells before the detail column (the
 * policy columns) by record index, when the table has them.
 */
export interface LineJob extends Omit<LineSource, 'extra'> {
  lines: true;
  /** The policy cells by record index (a function cannot cross to a thread). */
  extra: Map<number, string> | null;
  path: string;
}

/**
 * What the worker says: its pools are scored, its lines are written, or it failed — with a CoreError
 * (a score out of range, naming the firm) passed on as one, for the caller to report as it reports any.
 */
export type PoolJobMessage = { scored: true } | { done: true } | { coreError: { code: string; message: string } } | { error: string };
