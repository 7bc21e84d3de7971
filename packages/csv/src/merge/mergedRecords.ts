import type { EnterpriseRecord } from '@mujun/core';
import { decimalText } from '@mujun/core/engine';
import { FIELD_ORDER } from './fieldOrder.js';
import type { MergedSources } from './mergeSources.js';
import type { MergedRecord } from './types.js';

/** Record i of merged sources as an {@link EnterpriseRecord}: fields in the schema's order, absent ones left out. */
export function mergedRecordAt(merged: MergedSources, i: number): EnterpriseRecord {
  const c = merged.records;
  const r: Record<string, unknown> = { creditCode: c.creditCode[i] };
  for (const field of FIELD_ORDER) {
    let v: unknown;
    if (field === 'name') v = c.name[i];
    else if (field === 'county') v = c.county[i];
    else if (field === 'town') v = c.town.get(i);
    else if (field === 'park') v = c.park.get(i);
    else if (field === 'industryCode') v = c.industryCode[i];
    else if (field === 'scale') v = c.scale[i] === 1 ? 'above' : 'below';
    else if (field === 'keyPolluter') v = c.keyPolluter[i] === 0 ? undefined : c.keyPolluter[i] === 2;
    else if (field === 'productionStartDate') v = c.productionStartDate.get(i);
    else if (field === 'constructionPeriodEnd') v = c.constructionPeriodEnd.get(i);
    else {
      const col = c.numbers[field as keyof typeof c.numbers];
      v = col === undefined ? undefined : decimalText(col, i);
    }
    if (v !== undefined) r[field] = v;
  }
  const flags = c.flags.get(i);
  if (flags !== undefined) r['flags'] = flags;
  const violations = c.violations.get(i);
  if (violations !== undefined) r['violations'] = violations;
  return r as unknown as EnterpriseRecord;
}

/** Every merged enterprise as a {@link MergedRecord} object (record, provenance, rows): for callers that want objects, made once at the end. */
export function mergedRecords(merged: MergedSources): MergedRecord[] {
  return Array.from({ length: merged.records.length }, (_, i) => ({
    record: mergedRecordAt(merged, i),
    provenance: merged.provenance(i),
    rows: merged.rows(i),
  }));
}
