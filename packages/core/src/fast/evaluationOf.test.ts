import { describe, expect, test } from 'vitest';
import { evaluate } from '../evaluate/evaluate.js';
import { getPreset } from '../presets/getPreset.js';
import type { EnterpriseRecord } from '../schema/record.js';
import { referenceEvaluate } from '../test/reference/referenceEvaluate.js';

// Result objects carry their 40-digit figures as getters computed on first read: they must behave
// as plain data for every way a caller reads, copies or changes them.
const records: EnterpriseRecord[] = [1, 2, 3, 4, 5, 6]
  .map((k) => ({
    creditCode: `9132041200000000${String(k).padStart(2, '0')}`,
    name: `企业${k}`,
    scale: 'above',
    landOwnedMu: String(3 * k),
    taxWan: String(17 * k + 1),
    salesWan: String(101 * k),
    energyTce: k % 2 === 0 ? String(7 * k) : undefined,
    employees: String(10 + k),
    valueAddedWan: String(33 * k),
  }))
  .map((r) => JSON.parse(JSON.stringify(r)) as EnterpriseRecord);

describe('result objects are plain data to every reader', () => {
  const expected = referenceEvaluate(records, getPreset()).results;
  expect(expected.length).toBe(6);

  test('JSON, spread, keys and structuredClone see every field, in the order fields always had', () => {
    const results = evaluate(records, getPreset()).results;
    expect(JSON.parse(JSON.stringify(results))).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(Object.keys(results[0]!)).toEqual(Object.keys(expected[0]!));
    expect(results.map((r) => ({ ...r }))).toEqual(expected);
    expect(structuredClone(results)).toEqual(expected);
  });

  test('a field can be assigned, and a frozen result still reads', () => {
    const [a, b] = evaluate(records, getPreset()).results;
    a!.rawTotal = 'changed';
    a!.indicators = [];
    expect(a!.rawTotal).toBe('changed');
    expect(a!.indicators).toEqual([]);
    Object.freeze(b);
    expect(b!.indicators).toEqual(expected[1]!.indicators);
    expect(b!.rawTotal).toBe(expected[1]!.rawTotal);
  });
});
