import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../types/evaluation.js';
import { poolIndex } from './internal/poolIndex.js';

// Only what poolIndex reads: each result's pool, rank, code and indicator values.
const firm = (code: string, rank: number, value: string | null) => ({ creditCode: code, pool: 'p', rank, indicators: [{ value }] });
const evaluation = {
  results: [firm('A', 1, '3'), firm('B', 2, '2'), firm('C', 3, '2'), firm('D', 4, '1'), firm('E', 5, null)],
} as unknown as Evaluation;

const list = (v: { length: number; at(k: number): { toString(): string } | undefined }) => Array.from({ length: v.length }, (_, k) => v.at(k)?.toString());

describe('poolIndex: the other firms’ values for percentile', () => {
  it('sorts the observed values once (the firm without a value left out)', () => {
    expect(poolIndex(evaluation).sortedValues('p', 0).map(String)).toEqual(['1', '2', '2', '3']);
    expect(poolIndex(evaluation)).toBe(poolIndex(evaluation));
  });

  it('leaves the firm’s own value out once, also when another firm shares it', () => {
    const index = poolIndex(evaluation);
    expect(list(index.othersOf('p', 0, '2'))).toEqual(['1', '2', '3']);
    expect(list(index.othersOf('p', 0, '1'))).toEqual(['2', '2', '3']);
    expect(list(index.othersOf('p', 0, '3'))).toEqual(['1', '2', '2']);
    // 2.0 is the value 2 written otherwise.
    expect(list(index.othersOf('p', 0, '2.0'))).toEqual(['1', '2', '3']);
  });

  it('leaves nothing out for a firm without a value, or one not among them', () => {
    const index = poolIndex(evaluation);
    expect(list(index.othersOf('p', 0, null))).toEqual(['1', '2', '2', '3']);
    expect(list(index.othersOf('p', 0, '2.5'))).toEqual(['1', '2', '2', '3']);
  });
});
