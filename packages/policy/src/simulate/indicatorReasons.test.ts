import fc from 'fast-check';
import type { EnterpriseResult, IndicatorResult } from '@mujun/core';
import { expect, it, test } from 'vitest';
import { Dec } from '@mujun/core/engine';
import { indicatorReasons } from './indicatorReasons.js';

const indicator = (weight: string, rawScore: string): IndicatorResult => ({
  id: 'taxPerMu',
  value: '1',
  benchmark: '1',
  weight,
  rawScore,
  score: rawScore,
  imputed: false,
  capped: false,
});
const firm = (i: IndicatorResult): EnterpriseResult => ({ creditCode: 'X', indicators: [i] }) as unknown as EnterpriseResult;

// Law: when only the weight changed (the score per point of weight is the same on both sides), the
// only reason given is the weight: no "pool statistics moved the score by 0" from division residue.
test('a weight-only change is explained by the weight alone', () =>
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 10_000 }), (wA, wB, perPointMilli) => {
      fc.pre(wA !== wB);
      const perPoint = new Dec(perPointMilli).div(3001); // a repeating decimal, cut at 40 digits
      const a = firm(indicator(String(wA), perPoint.times(wA).toString()));
      const b = firm(indicator(String(wB), perPoint.times(wB).toString()));
      const reasons = indicatorReasons(a, b, () => false);
      expect(reasons.map((r) => r.kind)).toEqual(['weight']);
    }),
  ));

it('names the pool when the score moved with the weight unchanged', () => {
  // 10 → 12.5 points at weight 40: the remainder 2.5 is the pool statistics' doing.
  const reasons = indicatorReasons(firm(indicator('40', '10')), firm(indicator('40', '12.5')), () => false);
  expect(reasons).toEqual([expect.objectContaining({ kind: 'pool', scoreDelta: '2.5' })]);
});
