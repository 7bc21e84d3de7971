import type { AdjustmentApplied, EnterpriseResult } from '@mujun/core';
import { describe, expect, it } from 'vitest';
import { type ChangeContext, firmChange } from './firmChange.js';

// Two indicators of a third of 100 points each: their 40-digit scores sum to a rawTotal that is not
// their exact sum, as the engine writes it (rawTotal is rounded to 40 significant digits).
const third = '33.33333333333333333333333333333333333333';
const result = (cls: 'A' | 'B', adjustments: AdjustmentApplied[], rawTotal: string): EnterpriseResult => ({
  creditCode: 'X',
  name: '甲',
  county: null,
  industryCode: null,
  group: 'above',
  pool: 'above',
  landMu: '10',
  indicators: ['taxPerMu', 'salesPerMu'].map((id) => ({
    id: id as 'taxPerMu',
    value: '1',
    benchmark: '1',
    weight: '50',
    rawScore: third,
    score: '33.33',
    imputed: false,
    capped: false,
  })),
  adjustments,
  rawTotal,
  total: '66.67',
  class: cls,
  rank: 1,
  poolSize: 10,
});
const side = (r: EnterpriseResult) => ({ result: r, exclusion: undefined, policies: undefined });
const context: ChangeContext = { schemeChanges: [], classUnderOldRule: null, changedMeasures: new Set() };
const bonus: AdjustmentApplied = { kind: 'bonus', flag: 'high-tech', points: '2.00' };

describe('firmChange: adjustment reasons', () => {
  it('names no bonus, penalty or veto change when neither side has one, whatever the rounding residue of rawTotal', () => {
    const change = firmChange(
      'X',
      side(result('A', [], '66.66666666666666666666666666666666666667')),
      side(result('B', [], '66.66666666666666666666666666666666666666')),
      context,
    );
    expect(change?.classAfter).toBe('B');
    expect(change?.reasons.filter((r) => r.kind === 'adjustment')).toEqual([]);
  });

  it('says by how many points the adjustments moved, exactly', () => {
    const change = firmChange(
      'X',
      side(result('B', [], '66.66666666666666666666666666666666666667')),
      side(result('A', [bonus], '68.66666666666666666666666666666666666667')),
      context,
    );
    expect(change?.reasons.filter((r) => r.kind === 'adjustment').map((r) => (r as { pointsDelta: string }).pointsDelta)).toEqual(['2']);
  });
});
