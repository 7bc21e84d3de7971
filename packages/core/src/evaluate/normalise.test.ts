import { describe, expect, it } from 'vitest';
import type { Scheme, SchemeInput } from '../schema/scheme.js';
import type { Evaluation } from '../types/evaluation.js';
import { evaluate } from './evaluate.js';
import { aboveScaleScheme, firmsWith } from '../test/onePool.js';

type Indicator = SchemeInput['groups'][number]['indicators'][number];

const firm = firmsWith();
const schemeOf = (indicators: Indicator[]): Scheme => aboveScaleScheme('norm-test', { indicators });
const taxPerMuScores = (e: Evaluation) => Object.fromEntries(e.results.map((r) => [r.creditCode.slice(-2), r.indicators[0]!.score]));
// taxPerMu = tax / 10 亩.
const onTen = (n: number, tax: string | undefined) => firm(n, tax === undefined ? { landOwnedMu: '10' } : { landOwnedMu: '10', taxWan: tax });

describe('normalisation', () => {
  it('min-max with the 20-point floor band (旌德 2022)', () => {
    // Values 10, 20, 30: min 10, max 30. w = 50.
    // 10 → 50 × (20 + 80 × 0) / 100 = 10; 20 → 50 × (20 + 80 × 0.5) / 100 = 30; 30 → 50 × 100 / 100 = 50.
    const e = evaluate([onTen(1, '100'), onTen(2, '200'), onTen(3, '300')], schemeOf([{ id: 'taxPerMu', weight: 50, normalisation: { method: 'minMax' } }]));
    expect(taxPerMuScores(e)).toEqual({ '01': '10.00', '02': '30.00', '03': '50.00' });
    expect(e.benchmarks[0]).toMatchObject({ method: 'min-max', min: '10', max: '30', value: '30', observed: 3 });
    expect(e.results[0]!.indicators[0]!.benchmark).toBeNull();
  });

  it('min-max: all-equal values score the full band top; a missing value (zero rule) is not part of min or max', () => {
    const e = evaluate(
      [onTen(1, '100'), onTen(2, '100'), onTen(3, undefined)],
      schemeOf([{ id: 'taxPerMu', weight: 50, normalisation: { method: 'minMax' } }]),
    );
    expect(taxPerMuScores(e)).toEqual({ '01': '50.00', '02': '50.00', '03': '0.00' });
  });

  it('min-max on three indicators, one of them all equal', () => {
    // taxPerMu 10 / 30, salesPerMu 100 / 100, taxPerEnergy 2 / 3 for firms 1 / 2.
    // Firm 1: 50 × 20% + 30 × 100% (all equal) + 20 × 20% = 10 + 30 + 4 = 44.
    // Firm 2: 50 + 30 + 20 = 100.
    const e = evaluate(
      [
        firm(1, { landOwnedMu: '10', taxWan: '100', salesWan: '1000', energyTce: '50' }),
        firm(2, { landOwnedMu: '10', taxWan: '300', salesWan: '1000', energyTce: '100' }),
      ],
      schemeOf([
        { id: 'taxPerMu', weight: 50, normalisation: { method: 'minMax', floorBand: 20 } },
        { id: 'salesPerMu', weight: 30, normalisation: { method: 'minMax', floorBand: 20 } },
        { id: 'taxPerEnergy', weight: 20, normalisation: { method: 'minMax', floorBand: 20 } },
      ]),
    );
    expect(e.results.map((r) => [r.creditCode.slice(-2), r.total])).toEqual([
      ['02', '100.00'],
      ['01', '44.00'],
    ]);
  });

  it('lower-is-better: w/2 × (2 − x/B), 0 at or beyond 2B, w at 0', () => {
    // B = 10 fixed, w = 20. x = 5 → 10 × 1.5 = 15; 10 → 10; 20 → 0; 25 → 0; 0 → 20.
    const e = evaluate(
      [onTen(1, '50'), onTen(2, '100'), onTen(3, '200'), onTen(4, '250'), onTen(5, '0')],
      schemeOf([{ id: 'taxPerMu', weight: 20, normalisation: { method: 'lowerIsBetter' }, benchmark: { kind: 'fixed', value: 10 } }]),
    );
    expect(taxPerMuScores(e)).toEqual({ '01': '15.00', '02': '10.00', '03': '0.00', '04': '0.00', '05': '20.00' });
  });

  it('percentile rank: (below + (equal − 1)/2) / (n − 1) × w; one value scores w', () => {
    // Values 10, 20, 20, 40 (n = 4), w = 10: 10 → 0; 20 → (1 + 0.5)/3 = 0.5 → 5; 40 → 3/3 → 10.
    const e = evaluate(
      [onTen(1, '100'), onTen(2, '200'), onTen(3, '200'), onTen(4, '400')],
      schemeOf([{ id: 'taxPerMu', weight: 10, normalisation: { method: 'percentile' } }]),
    );
    expect(taxPerMuScores(e)).toEqual({ '01': '0.00', '02': '5.00', '03': '5.00', '04': '10.00' });
    const one = evaluate([onTen(1, '100')], schemeOf([{ id: 'taxPerMu', weight: 10, normalisation: { method: 'percentile' } }]));
    expect(taxPerMuScores(one)).toEqual({ '01': '10.00' });
  });

  it('ratio cap (capMultiple × w) is flagged; floor keeps negative values from subtracting', () => {
    // B = 10, w = 40, cap 2: x = 30 → 120 → capped at 80; x = −5 (tax −50) → −20 → floor 0; x = 15 → 60.
    const e = evaluate(
      [onTen(1, '300'), onTen(2, '-50'), onTen(3, '150')],
      schemeOf([{ id: 'taxPerMu', weight: 40, normalisation: { method: 'ratio', capMultiple: 2, floor: 0 }, benchmark: { kind: 'fixed', value: 10 } }]),
    );
    expect(taxPerMuScores(e)).toEqual({ '01': '80.00', '02': '0.00', '03': '60.00' });
    expect(e.results.map((r) => [r.creditCode.slice(-2), r.indicators[0]!.capped])).toEqual([
      ['01', true],
      ['03', false],
      ['02', false],
    ]);
    const uncapped = evaluate([onTen(1, '300'), onTen(2, '-50')], schemeOf([{ id: 'taxPerMu', weight: 40, benchmark: { kind: 'fixed', value: 10 } }]));
    expect(taxPerMuScores(uncapped)).toEqual({ '01': '120.00', '02': '-20.00' });
  });
});

describe('indicator formulas (DOMAIN.md §3)', () => {
  it('computes all ten; with each benchmark equal to the value, each scores its weight', () => {
    // 10 亩, tax 100, sales 1000, VA 400, energy 50 tce, electricity 200 万kWh, 20 equivalents, 8 employees, R&D 30:
    // taxPerMu 10, salesPerMu 100, valueAddedPerMu 40, taxPerEnergy 2, taxPerElectricity 0.5,
    // valueAddedPerEnergy 8, taxPerEmission 5, valueAddedPerEmission 20, laborProductivity 400/8 = 50, rdIntensity 30/1000 = 0.03.
    const expected: [Indicator['id'], string][] = [
      ['taxPerMu', '10'],
      ['salesPerMu', '100'],
      ['valueAddedPerMu', '40'],
      ['taxPerEnergy', '2'],
      ['taxPerElectricity', '0.5'],
      ['valueAddedPerEnergy', '8'],
      ['taxPerEmission', '5'],
      ['valueAddedPerEmission', '20'],
      ['laborProductivity', '50'],
      ['rdIntensity', '0.03'],
    ];
    const e = evaluate(
      [
        firm(1, {
          landOwnedMu: '10',
          taxWan: '100',
          salesWan: '1000',
          valueAddedWan: '400',
          energyTce: '50',
          electricityWanKwh: '200',
          emissionEq: '20',
          employees: '8',
          rdWan: '30',
        }),
      ],
      schemeOf(expected.map(([id, v]) => ({ id, weight: 10, benchmark: { kind: 'fixed', value: Number(v) } }))),
    );
    const r = e.results[0]!;
    expect(r.indicators.map((i) => [i.id, i.value])).toEqual(expected);
    expect(r.indicators.every((i) => i.score === '10.00')).toBe(true);
    expect(r.total).toBe('100.00');
  });

  it('laborProductivity by sales when the variant says so', () => {
    // sales 1000 / 8 employees = 125; B 125 → 10.
    const e = evaluate(
      [firm(1, { landOwnedMu: '10', salesWan: '1000', valueAddedWan: '400', employees: '8' })],
      schemeOf([{ id: 'laborProductivity', weight: 10, variant: 'sales', benchmark: { kind: 'fixed', value: 125 } }]),
    );
    expect(e.results[0]!.indicators[0]).toMatchObject({ value: '125', score: '10.00' });
  });

  it('emission equivalents from pollutant tonnes (tonnes × 1000 / kg per equivalent) unless given directly', () => {
    // COD 1.2 t → 1200; NH3-N 0.4 t → 400/0.8 = 500; SO2 0.95 t → 1000; NOx 1.9 t → 2000: 4700 equivalents.
    // taxPerEmission = 470 / 4700 = 0.1; B 0.05, w 10 → 20.
    const tonnes = { landOwnedMu: '10', taxWan: '470', codT: '1.2', ammoniaNitrogenT: '0.4', so2T: '0.95', noxT: '1.9' };
    const scheme = schemeOf([{ id: 'taxPerEmission', weight: 10, benchmark: { kind: 'fixed', value: 0.05 } }]);
    expect(evaluate([firm(1, tonnes)], scheme).results[0]!.indicators[0]).toMatchObject({ value: '0.1', score: '20.00' });
    // Given directly: 470 / 9400 = 0.05 → 10.
    expect(evaluate([firm(1, { ...tonnes, emissionEq: '9400' })], scheme).results[0]!.indicators[0]).toMatchObject({ value: '0.05', score: '10.00' });
    // Only COD given: 1200 equivalents, other pollutants not counted: 470 / 1200.
    const cod = evaluate([firm(1, { landOwnedMu: '10', taxWan: '470', codT: '1.2' })], scheme).results[0]!.indicators[0]!;
    expect(cod.value!.slice(0, 8)).toBe('0.391666');
  });

  it('a reported zero denominator is data: no value, never Infinity or NaN', () => {
    const e = evaluate(
      [firm(1, { landOwnedMu: '10', taxWan: '100', energyTce: '0', employees: '0', salesWan: '0', rdWan: '5' })],
      schemeOf([
        { id: 'taxPerEnergy', weight: 40 },
        { id: 'laborProductivity', weight: 30 },
        { id: 'rdIntensity', weight: 30 },
      ]),
    );
    // Alone in its pool nothing is observed, so the pool benchmark does not exist and a ratio scores
    // the flat 0, as every ratio without a benchmark does; laborProductivity's value added is missing.
    expect(e.results[0]!.indicators.map((i) => [i.value, i.imputed, i.score])).toEqual([
      [null, false, '0.00'],
      [null, true, '0.00'],
      [null, false, '0.00'],
    ]);
    // Beside a firm with a value: taxPerEnergy 100 / 50 = 2 is the benchmark, that firm scores 40, and
    // tax over 0 energy scores the best observed score (a ratio without cap has no finite limit).
    const two = evaluate(
      [firm(1, { landOwnedMu: '10', taxWan: '100', energyTce: '0' }), firm(2, { landOwnedMu: '10', taxWan: '100', energyTce: '50' })],
      schemeOf([{ id: 'taxPerEnergy', weight: 40 }]),
    );
    expect(two.results.map((r) => [r.creditCode.slice(-2), r.indicators[0]!.score])).toEqual([
      ['01', '40.00'],
      ['02', '40.00'],
    ]);
    // With a cap the limit is the cap: 2 × 40 = 80, above any observed score.
    const capped = evaluate(
      [firm(1, { landOwnedMu: '10', taxWan: '100', energyTce: '0' }), firm(2, { landOwnedMu: '10', taxWan: '100', energyTce: '50' })],
      schemeOf([{ id: 'taxPerEnergy', weight: 40, normalisation: { method: 'ratio', capMultiple: 2 } }]),
    );
    expect(capped.results.map((r) => [r.creditCode.slice(-2), r.indicators[0]!.score])).toEqual([
      ['01', '80.00'],
      ['02', '40.00'],
    ]);
    expect(JSON.stringify(e)).not.toMatch(/Infinity|NaN/);
  });
});
