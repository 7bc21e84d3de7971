import type { EnterpriseRecord } from '@mujun/core';

/**
 * The firms without a county in data where other firms have one (pure; record order). Pooled by
 * county, such a firm would form a pool of its own and be its own benchmark (a lone firm scores the
 * full weight), so the engine excludes it by default (classes.blankCounty) and `validate` and
 * `score` say so. Empty when no firm has a county: then nobody is pooled by county.
 */
export function blankCountyFirms(records: readonly EnterpriseRecord[]): EnterpriseRecord[] {
  if (!records.some((r) => r.county !== undefined)) return [];
  return records.filter((r) => r.county === undefined);
}
