import type { RowError } from '../errors/rowError.js';
import type { FlagStates } from '../read/parseRow.js';
import type { SummaryRow } from '../read/summaryRow.js';

/** A text column dictionary-encoded: ids (0 = absent) into `table` (id − 1). */
export interface CodedText {
  ids: Uint32Array;
  table: string[];
}

/**
 * The usable rows of one part of a file, as columns: typed arrays (transferred from a worker
 * without copying) and joined strings (one copy each instead of a million small ones).
 */
export interface Part {
  n: number;
  /** Physical line of each row. */
  line: Int32Array;
  /** Credit codes and names, joined with NUL (a decoded file never contains NUL). */
  codes: string;
  /** A 52-bit hash of each credit code (equal codes, equal hashes), for finding repeats without a map of every code. */
  codeHash: Float64Array;
  names: string;
  text: Record<string, CodedText>;
  /** 1 above, 2 below, 0 absent. */
  scale: Uint8Array;
  /** 0 absent, 1 false, 2 true. */
  keyPolluter: Uint8Array;
  /** Figure columns by record field: mantissas and scales (see @mujun/core's DecimalColumn), in shared memory. */
  numbers: Record<string, { mant: Float64Array; scale: Int8Array }>;
  /** Rows with flag / violation states, sparse: [row in part, states]. */
  flags: [number, FlagStates][];
  violations: [number, FlagStates][];
  rejected: RowError[];
  rejectedRows: number;
  rejectedCodes: string[];
  fieldErrors: RowError[];
  summaryRows: SummaryRow[];
  dataRows: number;
  blankLines: number;
  /** A figure with more than 15 significant digits: the fast path declines the file. */
  wide: boolean;
  /** When the job asks for them: the rows' credit code, name and county as CSV cells (see {@link RecordCellBytes}). */
  cells?: RecordCellBytes;
}

/**
 * Each record's credit code, name and county as the CSV cells a results table shows them
 * (csvCell's rules, each followed by its comma), made where the record is parsed, while its strings
 * are fresh in the cache: record i's are bytes [ends[i − 1], ends[i]) (ends[−1] = 0).
 */
export interface RecordCellBytes {
  bytes: Uint8Array;
  ends: Float64Array;
}

/** What a part needs to know: where it is, the header, and the line it starts on. */
export interface PartJob {
  source: string;
  bytes: Uint8Array;
  start: number;
  end: number;
  firstLine: number;
  header: string[];
  delimiter: string;
  mapping?: import('../headers/headerMapping.js').HeaderMapping | undefined;
  /** Make the rows' {@link RecordCellBytes}. */
  cells?: boolean;
  /** Rows the figure columns have room for at first (the first part: the whole file's, see mergeParts). */
  numberCapacity?: number;
}
