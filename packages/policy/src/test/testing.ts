import { parseScheme } from '@mujun/core';
import type { EnterpriseResult, Evaluation } from '@mujun/core';

const TEST_SCHEME = parseScheme({
  id: 'test',
  name: '测试',
  nameEn: 'test',
  groups: [{ id: 'above-scale', name: '规上', nameEn: 'above scale', indicators: [{ id: 'taxPerMu', weight: 100 }] }],
});

/**
 * Test helper: a scored firm with only the fields policies read filled in meaningfully.
 * Not part of the public API.
 */
export function scoredFirm(partial: Partial<EnterpriseResult> & Pick<EnterpriseResult, 'creditCode' | 'class'>): EnterpriseResult {
  return {
    name: `企业 ${partial.creditCode}`,
    county: null,
    industryCode: 'C3311',
    group: 'above-scale',
    pool: 'above-scale',
    landMu: '10',
    indicators: [],
    adjustments: [],
    rawTotal: '50',
    total: '50.00',
    rank: 1,
    poolSize: 1,
    ...partial,
  };
}

/** Test helper: an evaluation holding the given scored firms. */
export function evaluationOf(results: EnterpriseResult[]): Evaluation {
  return {
    schemeId: 'test',
    scheme: TEST_SCHEME,
    referenceDate: null,
    results,
    excluded: [],
    benchmarks: [],
    pools: [],
    accounting: { records: results.length, scored: results.length, excluded: 0 },
  };
}
