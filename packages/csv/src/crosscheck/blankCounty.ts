import type { ColumnarRecords } from '@mujun/core';

/**
 * The firms without a county in data where other firms have one, as record indices (pure; record
 * order). Pooled by county, such a firm would form a pool of its own and be its own benchmark (a
 * lone firm scores the full weight), so the engine excludes it by default (classes.blankCounty) and
 * `validate` and `score` say so. Empty when no firm has a county: then nobody is pooled by county.
 */
export function blankCountyFirms(records: ColumnarRecords): number[] {
  const blank: number[] = [];
  for (let i = 0; i < records.length; i++) if (records.county[i] === undefined) blank.push(i);
  return blank.length === records.length ? [] : blank;
}
