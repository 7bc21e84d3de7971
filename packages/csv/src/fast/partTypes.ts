import type { HeaderMapping } from '../headers/headerMapping.js';
import type { BodyPart } from './splitBody.js';
import type { JoinedText } from './joinedText.js';
import type { FlagStates } from '../read/parseRow.js';
import type { SourceRead } from '../read/readSource.js';

/** The text fields of a record other than the credit code and the name. */
export const TEXT_FIELDS = ['county', 'town', 'park', 'industryCode', 'productionStartDate', 'constructionPeriodEnd'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** A text column dictionary-encoded: ids (0 = absent) into `table` (id − 1). */
export interface CodedText {
  ids: Uint32Array;
  table: string[];
}

/** A flag name not in the dictionary, seen in a column: how often, and first where. */
export interface UnknownFlag {
  column: string;
  name: string;
  count: number;
  row: number;
}

/**
 * What became of every row of one part of a source: the usable rows as columns (typed arrays,
 * transferred from a worker without copying; codes and names joined with NUL, one string each
 * instead of a million small ones), and the rows that were rejected, blank or 合计 rows.
 */
export interface Part extends Pick<SourceRead, 'rejected' | 'rejectedRows' | 'fieldErrors' | 'summaryRows' | 'dataRows' | 'blankLines'> {
  n: number;
  /** Physical line of each usable row. */
  line: Int32Array;
  /** Credit codes and names, each column one text (sent from a worker, its data without its methods: see JoinedText.joined). */
  codes: JoinedText;
  names: JoinedText;
  /** Each row's credit code as two numbers (fast/codeHalves): what the merge numbers the codes by. */
  codeHalves: Float64Array;
  text: Record<TextField, CodedText>;
  /** The meter or parcel number of each row (the `row_key` column; empty table when the source has none). */
  rowKey: CodedText;
  /** 1 above, 2 below, 0 absent. */
  scale: Uint8Array;
  /** 0 absent, 1 false, 2 true. */
  keyPolluter: Uint8Array;
  /** Figure columns by record field: mantissas and scales (see @mujun/core's DecimalColumn). */
  numbers: Record<string, { mant: Float64Array; scale: Int8Array }>;
  /** Rows with flag / violation states, sparse: [row in part, states]. */
  flags: [number, FlagStates][];
  violations: [number, FlagStates][];
  /** Valid credit codes of rejected rows (a gap then says "rejected", not "absent"): a list, to be sent from a worker. */
  rejectedCodes: string[];
  unknownFlags: UnknownFlag[];
}

/** What a part needs to know: where it is, the header, and the line it starts on. */
export interface PartJob extends BodyPart {
  source: string;
  bytes: Uint8Array;
  header: string[];
  delimiter: string;
  mapping?: HeaderMapping | undefined;
  badValues: 'reject-row' | 'drop-value';
}
