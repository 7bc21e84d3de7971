import { describe, expect, test } from 'vitest';
import { CoreError } from '../errors.js';
import { evaluate } from '../evaluate/evaluate.js';
import { getPreset } from '../presets/getPreset.js';
import type { EnterpriseRecord } from '../schema/record.js';
import { parseScheme } from '../schema/parseScheme.js';

// Issue 14: inputs that overflow a scheme's arithmetic were internal errors (exit 3, a stack trace:
// "cannot split 3.2e+63 into 3 shown scores"). They are CoreErrors naming the firm and indicator.
const firm = (code: string, fields: Partial<EnterpriseRecord>): EnterpriseRecord => ({
  creditCode: code,
  name: `企业${code.slice(-2)}`,
  scale: 'above',
  ...fields,
});
const district = (tiny: Partial<EnterpriseRecord>): EnterpriseRecord[] => [
  firm('913204120000000011', { landOwnedMu: '10', taxWan: '30', salesWan: '500', energyTce: '20', employees: '50', valueAddedWan: '100' }),
  firm('913204120000000022', { landOwnedMu: '12', taxWan: '40', salesWan: '600', energyTce: '25', employees: '60', valueAddedWan: '120' }),
  firm('913204120000000033', { landOwnedMu: '8', taxWan: '20', salesWan: '300', energyTce: '15', employees: '40', valueAddedWan: '90', ...tiny }),
];

function refusal(run: () => unknown): CoreError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CoreError);
    return error as CoreError;
  }
  throw new Error('expected a CoreError');
}

describe('scores beyond what can be computed exactly are a CoreError naming the firm and indicator', () => {
  test('a land area of 1e-61 亩 under an uncapped preset', () => {
    const landMu = `0.${'0'.repeat(60)}1`;
    const e = refusal(() => evaluate(district({ landOwnedMu: landMu }), getPreset('zhejiang-huangyan-2022')));
    expect(e.code).toBe('score-out-of-range');
    expect(e.message).toContain('913204120000000033');
    expect(e.message).toMatch(/指标“亩均(税收|销售收入|增加值)”得分.* \/ firm 913204120000000033: the score on (taxPerMu|salesPerMu|valueAddedPerMu)/);
  });

  test('scheme weights of 1e300', () => {
    const base = getPreset('changzhou-wujin');
    const scheme = parseScheme({
      ...base,
      groups: base.groups.map((g) => ({
        ...g,
        indicators: g.indicators.map((s) => (s.id === 'salesPerMu' ? { ...s, weight: 1e300, normalisation: { method: 'ratio' as const } } : s)),
      })),
    });
    const e = refusal(() => evaluate(district({}), scheme));
    expect(e.code).toBe('score-out-of-range');
    expect(e.message).toMatch(/亩均销售收入.*salesPerMu/);
    expect(e.message).toMatch(/9132041200000000(11|22|33)/);
  });

  test('just inside the range is scored exactly', () => {
    // 10^12 points at 2 decimals: 10^14 units, under 2^53.
    const e = evaluate(district({ landOwnedMu: '0.000000001' }), getPreset('zhejiang-huangyan-2022'));
    const tiny = e.results.find((r) => r.creditCode === '913204120000000033')!;
    expect(Number(tiny.total)).toBeGreaterThan(1e9);
    expect(tiny.indicators.reduce((s, i) => s + Number(i.score), 0)).toBeCloseTo(Number(tiny.total), 0);
  });
});
