import { describe, expect, it } from 'vitest';
import { getPreset } from '../presets/getPreset.js';
import type { Scheme, SchemeInput } from '../schema/scheme.js';
import type { EnterpriseResult } from '../types/evaluation.js';
import { evaluate } from './evaluate.js';
import { aboveScaleScheme, firmsWith } from '../test/onePool.js';

// Missing data by figure, not by indicator (DOMAIN.md §4): a rule names a figure and applies on
// every indicator that uses it; a reported 0 is data.

const firm = firmsWith({ landOwnedMu: '10' });
const scoresOf = (results: EnterpriseResult[]) =>
  Object.fromEntries(results.map((r) => [r.creditCode.slice(-2), r.indicators.map((i) => `${i.score}${i.imputed ? ` (${i.imputation})` : ''}`)]));

// taxPerMu 50 (B 10 fixed) + taxPerEnergy 50 (B 2 fixed); as 武进 does, a missing energy figure
// gets the pool average.
const scheme = (missing: NonNullable<SchemeInput['groups'][number]['missing']>): Scheme =>
  aboveScaleScheme('by-figure', {
    indicators: [
      { id: 'taxPerMu', weight: 50, benchmark: { kind: 'fixed', value: 10 } },
      { id: 'taxPerEnergy', weight: 50, benchmark: { kind: 'fixed', value: 2 } },
    ],
    missing,
  });

describe('a missing figure, by figure', () => {
  it('no tax record scores 0 on every tax indicator, even where missing energy gets the average', () => {
    // 01: tax 100, energy 50 → taxPerMu 10 → 50, taxPerEnergy 2 → 50.
    // 02: tax 200, energy 50 → 100 and 100. Observed taxPerEnergy scores: 50, 100 → average 75.
    // 03: no tax, energy 50 → 0 and 0 (the energy rule does not apply: energy is there).
    // 04: tax 100, no energy → 50 and the average 75.
    // 05: neither → 0 and 0: of the two missing figures' rules (zero, poolAverage) the stricter.
    const e = evaluate(
      [
        firm(1, { taxWan: '100', energyTce: '50' }),
        firm(2, { taxWan: '200', energyTce: '50' }),
        firm(3, { energyTce: '50' }),
        firm(4, { taxWan: '100' }),
        firm(5, {}),
      ],
      scheme({ energy: 'poolAverage' }),
    );
    expect(scoresOf(e.results)).toEqual({
      '01': ['50.00', '50.00'],
      '02': ['100.00', '100.00'],
      '03': ['0.00 (zero)', '0.00 (zero)'],
      '04': ['50.00', '75.00 (poolAverage)'],
      '05': ['0.00 (zero)', '0.00 (zero)'],
    });
  });

  it('the default scheme: a firm without a tax record gets 0, not the pool average, on taxPerEnergy', () => {
    const wujin = getPreset('changzhou-wujin');
    const figures = { salesWan: '5000', valueAddedWan: '1000', energyTce: '100', emissionEq: '50', employees: '50', rdWan: '100' };
    const e = evaluate([firm(1, { ...figures, taxWan: '100' }), firm(2, { ...figures, taxWan: '300' }), firm(3, figures)], wujin);
    const noTax = e.results.find((r) => r.creditCode.endsWith('03'))!;
    expect(noTax.indicators.filter((i) => i.id.startsWith('tax')).map((i) => [i.id, i.score, i.imputation])).toEqual([
      ['taxPerMu', '0.00', 'zero'],
      ['taxPerEnergy', '0.00', 'zero'],
      ['taxPerEmission', '0.00', 'zero'],
    ]);
  });

  it('a figure whose rule is poolAverage still scores a reported 0 as 0', () => {
    // Tax 0 is data: taxPerMu 0 / 10 = 0 → 0 points, observed; no tax record → the average of 50, 0 = 25.
    const e = evaluate(
      [firm(1, { taxWan: '100', energyTce: '50' }), firm(2, { taxWan: '0', energyTce: '50' }), firm(3, { energyTce: '50' })],
      scheme({ tax: 'poolAverage' }),
    );
    expect(scoresOf(e.results)).toEqual({
      '01': ['50.00', '50.00'],
      '02': ['0.00', '0.00'],
      '03': ['25.00 (poolAverage)', '25.00 (poolAverage)'],
    });
  });
});

describe('a reported 0 denominator is data', () => {
  it('zero emissions never score below a tiny emission (黄岩 2022)', () => {
    // Value added 5000 万元 each. 01: 1.2 t → 10 × 4166.67 / 4929.81 = 8.451982…
    // 02: 0.001 t → 10 × 5 000 000 / 4929.81 = 10142.378712… (黄岩 publishes no cap).
    // 03: 0 t reported → the best observed score, 10142.378712…, not the average of 01 and 02.
    const figures = { landOwnedMu: '30', taxWan: '900', valueAddedWan: '5000', energyTce: '1500', employees: '250', rdWan: '600', salesWan: '20000' };
    const e = evaluate(
      [firm(1, { ...figures, codT: '1.2' }), firm(2, { ...figures, codT: '0.001' }), firm(3, { ...figures, codT: '0' })],
      getPreset('zhejiang-huangyan-2022'),
    );
    const emission = Object.fromEntries(e.results.map((r) => [r.creditCode.slice(-2), r.indicators.find((i) => i.id === 'valueAddedPerEmission')!]));
    expect([emission['01']!.score, emission['02']!.score, emission['03']!.score]).toEqual(['8.45', '10142.38', '10142.38']);
    expect(emission['03']).toMatchObject({ value: null, imputed: false });
    expect(emission['03']!.rawScore).toBe(emission['02']!.rawScore);
  });

  it('a positive figure over 0 scores the pool best; nothing over 0 scores 0', () => {
    // taxPerEnergy: 01 → 50, 02 → 100; 03: tax 100 over energy 0 → 100 (the best); 04: tax 0 over 0 → 0.
    const e = evaluate(
      [
        firm(1, { taxWan: '100', energyTce: '50' }),
        firm(2, { taxWan: '200', energyTce: '50' }),
        firm(3, { taxWan: '100', energyTce: '0' }),
        firm(4, { taxWan: '0', energyTce: '0' }),
      ],
      scheme({ energy: 'poolAverage' }),
    );
    expect(scoresOf(e.results)).toEqual({
      '01': ['50.00', '50.00'],
      '02': ['100.00', '100.00'],
      '03': ['50.00', '100.00'],
      '04': ['0.00', '0.00'],
    });
  });
});
