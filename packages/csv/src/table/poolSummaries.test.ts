import { columnarFromRecords, creditCodeCheckCharacter, evaluate, evaluateColumnar, getPreset, type EnterpriseRecord } from '@mujun/core';
import { describe, expect, test } from 'vitest';
import { benchmarksOf, poolSummariesOf } from './poolSummaries.js';

/** A valid credit code numbered k. */
const code = (k: number): string => {
  const body = `9132040${String(k).padStart(10, '0')}`;
  return body + creditCodeCheckCharacter(body);
};

/** Above-scale firms in two counties; in 天宁区 one firm reports no energy (its taxPerEnergy gets the pool average). */
function records(): EnterpriseRecord[] {
  return Array.from({ length: 8 }, (_, k) => ({
    creditCode: code(k),
    name: `企业${k}`,
    county: k < 4 ? '天宁区' : '钟楼区',
    industryCode: 'C3311',
    scale: 'above' as const,
    landOwnedMu: String(10 + k),
    taxWan: String(20 + 3 * k),
    salesWan: String(500 + 40 * k),
    valueAddedWan: String(100 + 7 * k),
    ...(k === 1 ? {} : { energyTce: String(30 + k) }),
    emissionEq: String(2 + k),
    employees: String(20 + k),
    rdWan: String(5 + k),
  }));
}

describe('pool summaries and benchmarks read from the columns', () => {
  const scheme = getPreset('changzhou-wujin');
  const reference = evaluate(records(), scheme);
  const columns = evaluateColumnar(columnarFromRecords(records()), scheme);

  test("the pools are evaluate()'s pools", () => {
    expect(poolSummariesOf(columns)).toEqual(reference.pools);
  });

  test('a pool average score is listed where a firm was given it, and equals the exact average; elsewhere it is left out', () => {
    const listed = benchmarksOf(columns);
    const average = (pool: string) => listed.find((b) => b.pool === pool && b.indicator === 'taxPerEnergy')!;
    const expected = reference.benchmarks.find((b) => b.pool === 'above-scale/天宁区' && b.indicator === 'taxPerEnergy')!;
    expect(average('above-scale/天宁区').averageScore).toBe(expected.averageScore);
    expect(expected.averageScore).toMatch(/^\d+\.\d{10,}$/);
    expect('averageScore' in average('above-scale/钟楼区')).toBe(false);
    // Everything else as evaluate() lists it.
    const strip = ({ averageScore: _a, ...rest }: { averageScore?: string }) => rest;
    expect(listed.map(strip)).toEqual(reference.benchmarks.map(strip));
  });
});
