import { describe, expect, it } from 'vitest';
import type { EnterpriseRecord } from '../schema/record.js';
import { getPreset } from '../presets/getPreset.js';
import { evaluate } from './evaluate.js';

// 黄岩 2022 规上 benchmarks: taxPerMu 24.097, valueAddedPerMu 136.16, valueAddedPerEnergy 2.694,
// valueAddedPerEmission 4929.81, laborProductivity 18.14, rdIntensity 0.0302; 规下 taxPerMu
// 11.5932, taxPerElectricity 0.2352. Weights 30/20/20/10/10/10 and 50/50. 单位排放增加值 =
// 工业增加值 / 主要污染物排放量: 万元 per tonne of COD + NH₃-N + SO₂ + NOx (emissionBasis tonnes).
// A mould maker: 1.2 t of main pollutants a year (0.6 + 0.06 + 0.24 + 0.3).
const worked: EnterpriseRecord = {
  creditCode: '91331003MA2H000001',
  name: '黄岩甲模具有限公司',
  scale: 'above',
  landOwnedMu: '30',
  taxWan: '900',
  valueAddedWan: '5000',
  energyTce: '1500',
  codT: '0.6',
  ammoniaNitrogenT: '0.06',
  so2T: '0.24',
  noxT: '0.3',
  employees: '250',
  rdWan: '600',
  salesWan: '20000',
};

const scores = (r: { indicators: { id: string; score: string }[] }) => Object.fromEntries(r.indicators.map((i) => [i.id, i.score]));

describe('黄岩 2022 (fixed benchmarks, ratio without cap)', () => {
  it('scores a 规上 firm by the published formula: 37.35 + 24.48 + 24.75 + 8.45 + 11.03 + 9.93 = 115.99', () => {
    const [r] = evaluate([worked], getPreset('zhejiang-huangyan-2022')).results;
    // taxPerMu            900 / 30 = 30;            30 × 30 / 24.097        = 37.349047…
    // valueAddedPerMu     5000 / 30 = 166.667;      20 × 166.667 / 136.16   = 24.481002…
    // valueAddedPerEnergy 5000 / 1500 = 3.3333;     20 × 3.3333 / 2.694     = 24.746349…
    // valueAddedPerEmission 5000 / 1.2 t = 4166.67; 10 × 4166.67 / 4929.81  =  8.451982…
    // laborProductivity   5000 / 250 = 20;          10 × 20 / 18.14         = 11.025358…
    // rdIntensity         600 / 20000 = 0.03;       10 × 0.03 / 0.0302      =  9.933774…
    // Σ = 115.987515… → 115.99. Floors add to 115.96; the three largest remainders
    // (.00905, .00635, .00536) round up: taxPerMu, valueAddedPerEnergy, laborProductivity.
    expect(scores(r!)).toEqual({
      taxPerMu: '37.35',
      valueAddedPerMu: '24.48',
      valueAddedPerEnergy: '24.75',
      valueAddedPerEmission: '8.45',
      laborProductivity: '11.03',
      rdIntensity: '9.93',
    });
    expect(r!.total).toBe('115.99');
    expect(r!.rawTotal.slice(0, 12)).toBe('115.98751567');
    expect(r!.indicators.map((i) => i.value!.slice(0, 10))).toEqual(['30', '166.666666', '3.33333333', '4166.66666', '20', '0.03']);
    expect(r!.indicators.map((i) => i.benchmark)).toEqual(['24.097', '136.16', '2.694', '4929.81', '18.14', '0.0302']);
  });

  it('gives a 规上 firm without emission data the pool-average score on that indicator (黄岩 rule)', () => {
    // Firm 2: 40 亩, no emissions, otherwise the same figures.
    // taxPerMu 22.5 → 30 × 22.5 / 24.097 = 28.011785…; valueAddedPerMu 125 → 20 × 125 / 136.16 = 18.360752…
    // valueAddedPerEmission imputed = mean of observed scores = firm 1's 8.451982…
    // Σ = 28.011785 + 18.360752 + 24.746349 + 8.451982 + 11.025358 + 9.933774 = 100.530003 → 100.53.
    // Floors 28.01 + 18.36 + 24.74 + 8.45 + 11.02 + 9.93 = 100.51; 2 units go to the
    // largest remainders .00635 (valueAddedPerEnergy) and .00536 (laborProductivity).
    const second: EnterpriseRecord = { ...worked, creditCode: '91331003MA2H000002', landOwnedMu: '40' };
    for (const pollutant of ['codT', 'ammoniaNitrogenT', 'so2T', 'noxT'] as const) delete second[pollutant];
    const e = evaluate([worked, second], getPreset('zhejiang-huangyan-2022'));
    const r = e.results.find((x) => x.creditCode === second.creditCode)!;
    expect(scores(r)).toEqual({
      taxPerMu: '28.01',
      valueAddedPerMu: '18.36',
      valueAddedPerEnergy: '24.75',
      valueAddedPerEmission: '8.45',
      laborProductivity: '11.03',
      rdIntensity: '9.93',
    });
    expect(r.total).toBe('100.53');
    const emission = r.indicators.find((i) => i.id === 'valueAddedPerEmission')!;
    expect(emission).toMatchObject({ value: null, imputed: true, imputation: 'poolAverage' });
    expect(emission.rawScore).toBe(e.results.find((x) => x.creditCode === worked.creditCode)!.indicators[3]!.rawScore);
  });

  it('单位排放增加值 is 万元 per tonne: a firm at the published 4929.81 scores the full 10 points', () => {
    // 4929.81 万元 of value added over 1 t of COD: value 4929.81, score 10 × 4929.81 / 4929.81 = 10.
    // (Per pollution equivalent, 1 t of COD is 1000 equivalents: 4.93 → 0.01 points, 1 000 × off.)
    const atAverage: EnterpriseRecord = { ...worked, creditCode: '91331003MA2H000004', valueAddedWan: '4929.81' };
    for (const pollutant of ['ammoniaNitrogenT', 'so2T', 'noxT'] as const) delete atAverage[pollutant];
    atAverage.codT = '1';
    const [r] = evaluate([atAverage], getPreset('zhejiang-huangyan-2022')).results;
    expect(r!.indicators[3]).toMatchObject({ id: 'valueAddedPerEmission', value: '4929.81', score: '10.00', imputed: false });
  });

  it('pollution equivalents alone are no pollutant quantity: the 规上 average score applies', () => {
    // The worked firm reporting only equivalents (600/1 + 60/0.8 + 240/0.95 + 300/0.95 ≈ 1243.42):
    // 黄岩 divides by tonnes, which equivalents cannot give back, so its emission figure is missing.
    // Alone in its pool there is no observed score: the average is 0.
    const eqOnly: EnterpriseRecord = { ...worked, emissionEq: '1243.42' };
    for (const pollutant of ['codT', 'ammoniaNitrogenT', 'so2T', 'noxT'] as const) delete eqOnly[pollutant];
    const [alone] = evaluate([eqOnly], getPreset('zhejiang-huangyan-2022')).results;
    expect(alone!.indicators[3]).toMatchObject({ value: null, imputed: true, imputation: 'poolAverage', score: '0.00' });
    // Beside the worked firm (8.451982…) it gets that firm's score, not one 1 000 × smaller or larger.
    const e = evaluate([worked, { ...eqOnly, creditCode: '91331003MA2H000005' }], getPreset('zhejiang-huangyan-2022'));
    expect(e.results.map((r) => r.indicators[3]!.score)).toEqual(['8.45', '8.45']);
  });

  it('scores a 规下 firm on taxPerMu and taxPerElectricity', () => {
    // 8 亩, tax 120, electricity 600 万kWh: taxPerMu 15 → 50 × 15 / 11.5932 = 64.693095…;
    // taxPerElectricity 0.2 → 50 × 0.2 / 0.2352 = 42.517006…; Σ = 107.210102… → 107.21;
    // floors 64.69 + 42.51 = 107.20, the larger remainder (.007) goes up: 64.69 + 42.52.
    const below: EnterpriseRecord = {
      creditCode: '91331003MA2H000003',
      name: '黄岩乙塑料制品厂',
      scale: 'below',
      landOwnedMu: '8',
      taxWan: '120',
      electricityWanKwh: '600',
    };
    const [r] = evaluate([below], getPreset('zhejiang-huangyan-2022')).results;
    expect(r!.group).toBe('below-scale');
    expect(scores(r!)).toEqual({ taxPerMu: '64.69', taxPerElectricity: '42.52' });
    expect(r!.total).toBe('107.21');
  });

  it('uses the 2021 benchmarks in the 2021 preset', () => {
    // taxPerMu 30 → 30 × 30 / 26.01 = 34.602076…; valueAddedPerMu 20 × 166.667 / 132.27 = 25.200978…;
    // valueAddedPerEnergy 20 × 3.3333 / 2.54 = 26.246719…; valueAddedPerEmission 10 × 4166.67 / 4861.08 = 8.571483…;
    // laborProductivity 10 × 20 / 17.45 = 11.461318…; rdIntensity 10 × 0.03 / 0.0305 = 9.836066…;
    // Σ = 115.918640… → 115.92.
    const [r] = evaluate([worked], getPreset('zhejiang-huangyan-2021')).results;
    expect(r!.total).toBe('115.92');
  });
});
