import { describe, expect, it } from 'vitest';
import { getPreset } from '../presets/getPreset.js';
import type { EnterpriseRecord } from '../schema/record.js';
import { evaluate } from './evaluate.js';
import { landThresholdMu } from './landThreshold.js';
import { parseScheme } from '../schema/parseScheme.js';

// Land registers write m² to two decimals; m² × 0.0015 = 亩 exactly.
const belowScale = (n: number, mu: string): EnterpriseRecord => ({
  creditCode: `91331003MA2H0000${String(n).padStart(2, '0')}`,
  name: `规下${n}`,
  scale: 'below',
  landOwnedMu: mu,
  taxWan: '50',
  electricityWanKwh: '200',
});

describe('the 规下 land threshold at the precision of land records', () => {
  it('is the threshold in m² rounded to 0.01 m², in 亩', () => {
    expect(landThresholdMu(5).toFixed()).toBe('4.999995'); // 3333.33 m²
    expect(landThresholdMu(3).toFixed()).toBe('3'); // 2000.00 m²
  });

  it('a 5-亩 plot recorded as 3333.33 m² (4.999995 亩) is in scope; 3333.32 m² is not', () => {
    const scheme = parseScheme({
      ...getPreset('zhejiang-huangyan-2022'),
      scope: { ...getPreset('zhejiang-huangyan-2022').scope, belowScaleLandThresholdMu: 5 },
    });
    const e = evaluate([belowScale(1, '4.999995'), belowScale(2, '4.99998')], scheme); // 3333.33 m², 3333.32 m²
    expect(e.results.map((r) => [r.creditCode.slice(-2), r.landMu])).toEqual([['01', '4.999995']]);
    expect(e.excluded.map((x) => [x.creditCode.slice(-2), x.reason])).toEqual([['02', 'below-land-threshold']]);
    expect(e.excluded[0]!.detail).toContain('低于 5 亩');
  });

  it('黄岩 evaluates 规下 firms from 3 亩 (2000 m²)', () => {
    const e = evaluate([belowScale(1, '3'), belowScale(2, '2.999985')], getPreset('zhejiang-huangyan-2022')); // 2000 m², 1999.99 m²
    expect(e.results.map((r) => r.creditCode.slice(-2))).toEqual(['01']);
    expect(e.excluded.map((x) => [x.creditCode.slice(-2), x.reason])).toEqual([['02', 'below-land-threshold']]);
  });

  it("each excluded firm's detail names its own land, also a figure wider than a float that rounds like another", () => {
    const wide = '1.00000000000000000001'; // 21 digits: the float of 1
    const e = evaluate([belowScale(1, '1'), belowScale(2, wide), belowScale(3, '1.0')], getPreset('zhejiang-huangyan-2022'));
    expect(e.excluded.map((x) => x.detail.slice(0, x.detail.indexOf(' /')))).toEqual([
      '规下企业用地 1 亩低于 3 亩',
      `规下企业用地 ${wide} 亩低于 3 亩`,
      '规下企业用地 1 亩低于 3 亩',
    ]);
  });
});
