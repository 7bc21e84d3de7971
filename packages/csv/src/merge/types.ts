import type { EnterpriseRecord, SourceKind } from '@mujun/core';
import type { PrecedenceReason } from './fieldPrecedence.js';

/** Where a value came from: a source and the physical line of its row. */
export interface Origin {
  source: string;
  row: number;
}

/** One enterprise after merging, with where each field came from. */
export interface MergedRecord {
  record: EnterpriseRecord;
  /**
   * Field → the row that gave the value used. Keys are record fields (`taxWan`, `scale` …);
   * flags also have one key per flag (`flags.high-tech`). A scale filled in by the default has
   * no entry. Empty when provenance is turned off.
   */
  provenance: Record<string, Origin>;
  /** Every row that contributed, in source order. */
  rows: Origin[];
}

/** One source's value in a conflict. */
export interface ConflictValue extends Origin {
  /** Header as written in that source. */
  column: string;
  /** The value as read (canonical unit, decimal string; true/false for yes/no fields). */
  value: string | boolean;
  /** The kind of export the source is (null when its columns do not tell). */
  kind: SourceKind | null;
}

/** Two or more sources give different values of a field of one enterprise (beyond the tolerance, or within it). */
export interface Conflict {
  creditCode: string;
  name: string;
  /** Record field, e.g. `taxWan`; `flags.high-tech` for one flag. */
  field: string;
  /** Every source's value, the one used first, then the others by precedence. */
  values: ConflictValue[];
  /** The source whose value was used. */
  chosen: string;
  /** Why it was used rather than the next source: `--prefer`, the scheme, the kind of export, or (same kind) the file name. */
  reason: PrecedenceReason;
  /** True when the values differ but every one agrees with the used one within the tolerance (0.1 % by default). */
  withinTolerance: boolean;
}

/** An enterprise found in some sources but not in another. */
export interface Gap {
  creditCode: string;
  name: string;
  /** The source it is missing from. */
  source: string;
  /** `absent`: no row with its code; `rejected`: its rows there were rejected. */
  reason: 'absent' | 'rejected';
  /** Sources it was found in. */
  presentIn: string[];
}

/** Row counts of one source (or all). `rows = merged + rejected + summary` always. */
export interface Accounting {
  /** Data rows (non-blank lines after the header). */
  rows: number;
  /** Rows whose values went into a record (including identical repeats of a row). */
  merged: number;
  /** Rows that could not be used. */
  rejected: number;
  /** 合计/总计/小计 rows, excluded. */
  summary: number;
  /** Blank lines, not counted as rows. */
  blankLines: number;
}
