import type { Bilingual } from '@mujun/core';

/** Things worth telling that do not stop a row from being used. */
export type ReadWarningCode =
  | 'unknown-column' // a header not in the dictionary (its cells are ignored)
  | 'shadowed-column' // two columns fill one field; the other one is used
  | 'unit-assumed' // a figure column without a unit in its header: the canonical unit is assumed
  | 'duplicate-identical-rows' // the same credit code on several rows with identical values: the first is used
  | 'rows-summed' // one firm's rows with different meter or parcel numbers: their figures are summed
  | 'unknown-flag' // a flag name not in the dictionary, kept as written
  | 'scale-defaulted' // no source gave 规上/规下 for some enterprises: the default was used
  | 'preamble-skipped'; // title lines above the header row, skipped

/** A warning about a source, a column or a row. */
export interface ReadWarning {
  code: ReadWarningCode;
  /** Source name; "" for warnings about the merged result. */
  source: string;
  /** Header as written, when about a column. */
  column?: string;
  /** Physical line number, when about one row. */
  row?: number;
  /** How many times it happened, when aggregated. */
  count?: number;
  message: Bilingual;
}
