import { EnterpriseRecord, RECOGNITION_FLAGS, VIOLATION_FLAGS, compareText } from '@mujun/core';

/** The record schema's own field order, less the key and the list fields (merged flag by flag). */
export const FIELD_ORDER: readonly (keyof EnterpriseRecord)[] = (Object.keys(EnterpriseRecord.shape) as (keyof EnterpriseRecord)[]).filter(
  (f) => f !== 'creditCode' && f !== 'flags' && f !== 'violations',
);

const FLAG_ORDER = new Map<string, number>([...RECOGNITION_FLAGS, ...VIOLATION_FLAGS].map((f, i) => [f, i]));

/** The order of a merged flag list: the dictionary's, then unknown flags alphabetically. */
export function flagSort(a: string, b: string): number {
  const x = FLAG_ORDER.get(a) ?? Infinity;
  const y = FLAG_ORDER.get(b) ?? Infinity;
  return x !== y ? x - y : compareText(a, b);
}

/** Where a field's conflicts come in a record's list: schema order, then flags, then violations. */
export function fieldIndex(field: string): number {
  const i = FIELD_ORDER.indexOf(field as keyof EnterpriseRecord);
  return i >= 0 ? i : FIELD_ORDER.length + (field.startsWith('violations.') ? 1 : 0);
}
