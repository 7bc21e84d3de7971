import { describe, expect, it } from 'vitest';
import { Dec } from '../arithmetic/decimal.js';
import type { Scheme } from '../schema/scheme.js';
import type { EnterpriseResult } from '../types/evaluation.js';
import { evaluate } from './evaluate.js';
import { parseScheme } from '../schema/parseScheme.js';
import { aboveScaleScheme, firmsWith } from '../test/onePool.js';

const firm = firmsWith({ landOwnedMu: '10' });
const byCode = (results: EnterpriseResult[]) => Object.fromEntries(results.map((r) => [r.creditCode.slice(-2), r]));
/** Σ shown indicator scores + Σ adjustment points, exactly. */
const shownSum = (r: EnterpriseResult) =>
  [...r.indicators.map((i) => i.score), ...r.adjustments.map((a) => a.points)].reduce((s, x) => s.plus(x), new Dec(0)).toFixed(2);

// taxPerMu 50 (B 10 fixed) + taxPerEnergy 50 (B 2 fixed); the rule is the energy figure's.
const twoIndicators = (energy: 'zero' | 'poolAverage' | 'exclude'): Scheme =>
  aboveScaleScheme('missing-test', {
    indicators: [
      { id: 'taxPerMu', weight: 50, benchmark: { kind: 'fixed', value: 10 } },
      { id: 'taxPerEnergy', weight: 50, benchmark: { kind: 'fixed', value: 2 } },
    ],
    missing: { energy },
  });
// Firm 1: 10 / 2 → 50 + 50. Firm 2: 20 / 4 → 100 + 100. Firm 3: 10 / no energy. Firm 4: 10 / energy 0
// reported, which is data: the pool's best observed score on taxPerEnergy (100), whatever the rule.
const missingPool = [
  firm(1, { taxWan: '100', energyTce: '50' }),
  firm(2, { taxWan: '200', energyTce: '50' }),
  firm(3, { taxWan: '100' }),
  firm(4, { taxWan: '100', energyTce: '0' }),
];

describe('missing-data rules', () => {
  it('zero: the indicator scores 0 and is flagged imputed', () => {
    const r = byCode(evaluate(missingPool, twoIndicators('zero')).results);
    expect([r['03']!.total, r['04']!.total]).toEqual(['50.00', '150.00']);
    expect(r['03']!.indicators[1]).toMatchObject({ value: null, imputed: true, imputation: 'zero', score: '0.00' });
    expect(r['04']!.indicators[1]).toMatchObject({ value: null, imputed: false, score: '100.00' });
    expect(r['01']!.indicators[1]).toMatchObject({ imputed: false });
    expect(r['01']!.indicators[1]!.imputation).toBeUndefined();
  });

  it('poolAverage: the mean of the observed scores in the pool, (50 + 100) / 2 = 75', () => {
    const e = evaluate(missingPool, twoIndicators('poolAverage'));
    const r = byCode(e.results);
    expect([r['03']!.total, r['04']!.total]).toEqual(['125.00', '150.00']);
    expect(r['03']!.indicators[1]).toMatchObject({ imputed: true, imputation: 'poolAverage', score: '75.00' });
    expect(e.benchmarks[1]).toMatchObject({ indicator: 'taxPerEnergy', averageScore: '75', observed: 2 });
  });

  it('exclude: the firm is not scored, with the reason and the indicators it lacks', () => {
    const e = evaluate(missingPool, twoIndicators('exclude'));
    expect(e.results.map((r) => r.creditCode.slice(-2)).sort()).toEqual(['01', '02', '04']);
    expect(e.excluded.map((x) => [x.creditCode.slice(-2), x.reason, x.index])).toEqual([['03', 'missing-data', 2]]);
    expect(e.excluded[0]!.detail).toMatch(/taxPerEnergy/);
    expect(e.accounting).toEqual({ records: 4, scored: 3, excluded: 1 });
  });
});

const flagged = aboveScaleScheme(
  'adjust-test',
  { indicators: [{ id: 'taxPerMu', weight: 100, benchmark: { kind: 'fixed', value: 10 } }] },
  {
    adjustments: {
      bonuses: [
        { flag: 'high-tech', points: 5 },
        { flag: 'green-factory', points: 1.5 },
      ],
      penalties: [{ flag: 'dishonest-entity', points: 3 }],
      vetoes: [
        { flag: 'safety-accident', effect: 'forceD', source: '常州 2018' },
        { flag: 'environmental-violation', effect: 'capC' },
      ],
    },
    classes: {
      mode: 'threshold',
      tiers: [
        { id: 'A', name: '优先发展类', nameEn: 'A', minTotal: 90 },
        { id: 'B', name: '鼓励提升类', nameEn: 'B', minTotal: 60 },
        { id: 'C', name: '帮扶转型类', nameEn: 'C', minTotal: 40 },
        { id: 'D', name: '倒逼整治类', nameEn: 'D' },
      ],
    },
  },
);

describe('bonus, penalty and veto', () => {
  const e = evaluate(
    [
      firm(1, { taxWan: '100', violations: ['safety-accident'] }), // 100 → A, forced to D
      firm(2, { taxWan: '95', violations: ['environmental-violation'] }), // 95 → A, capped at C
      firm(3, { taxWan: '50', violations: ['environmental-violation'] }), // 50 → C already
      firm(4, { taxWan: '55', flags: ['high-tech'] }), // 55 + 5 = 60 → B
      firm(5, { taxWan: '62', flags: ['dishonest-entity'] }), // 62 − 3 = 59 → C (a penalty may key on any flag)
      firm(6, { landOwnedMu: '3', taxWan: '10', flags: ['high-tech', 'green-factory'] }), // 33.333… + 6.5 = 39.83 → D
    ],
    flagged,
  );
  const r = byCode(e.results);

  it('vetoes force D or cap at C after classing, recording the class before the veto', () => {
    expect(r['01']).toMatchObject({ total: '100.00', class: 'D', classBeforeVeto: 'A' });
    expect(r['02']).toMatchObject({ total: '95.00', class: 'C', classBeforeVeto: 'A' });
    expect(r['03']).toMatchObject({ total: '50.00', class: 'C' });
    expect(r['03']!.classBeforeVeto).toBeUndefined();
    expect(r['01']!.adjustments).toEqual([{ kind: 'veto', flag: 'safety-accident', points: '0', effect: 'forceD', source: '常州 2018' }]);
    expect(r['03']!.adjustments).toEqual([{ kind: 'veto', flag: 'environmental-violation', points: '0', effect: 'capC', source: 'user setting' }]);
  });

  it('bonus and penalty points change the total and are listed with their points', () => {
    expect(r['04']).toMatchObject({ total: '60.00', class: 'B' });
    expect(r['04']!.adjustments).toEqual([{ kind: 'bonus', flag: 'high-tech', points: '5.00', source: 'user setting' }]);
    expect(r['05']).toMatchObject({ total: '59.00', class: 'C' });
    expect(r['05']!.adjustments).toEqual([{ kind: 'penalty', flag: 'dishonest-entity', points: '-3.00', source: 'user setting' }]);
    // 10 / 3 = 3.333… → 100 × 3.333… / 10 = 33.333…; + 5 + 1.5 = 39.8333… → 39.83 → D (below 40).
    expect(r['06']).toMatchObject({ total: '39.83', class: 'D' });
    expect(r['06']!.indicators[0]!.score).toBe('33.33');
  });

  it('shown contributions plus adjustment points add up exactly to the total shown', () => {
    for (const x of e.results) expect(shownSum(x)).toBe(x.total);
    expect(e.pools[0]).toMatchObject({ counts: { A: 0, B: 1, C: 3, D: 2 }, lowestTotal: { B: '60.00', C: '50.00', D: '39.83' } });
  });
});

describe('rounding, once, at the end', () => {
  // B = 8, w = 100: score = 12.5 × x. tax 8.004 on 10 亩 → x = 0.8004 → exactly 10.005.
  const scheme = (mode: 'halfUp' | 'halfEven' | 'down', decimals = 2): Scheme =>
    parseScheme({
      ...flagged,
      adjustments: {},
      classes: {},
      groups: [{ ...flagged.groups[0]!, indicators: [{ id: 'taxPerMu', weight: 100, benchmark: { kind: 'fixed', value: 8 } }] }],
      rounding: { mode, decimals },
    });
  const one = [firm(1, { taxWan: '8.004' })];

  it('half-up by default (四舍五入): 10.005 → 10.01; half-even → 10.00; down → 10.00', () => {
    expect(evaluate(one, scheme('halfUp')).results[0]).toMatchObject({ rawTotal: '10.005', total: '10.01' });
    expect(evaluate(one, scheme('halfEven')).results[0]!.total).toBe('10.00');
    expect(evaluate(one, scheme('down')).results[0]!.total).toBe('10.00');
    expect(evaluate(one, scheme('halfUp', 0)).results[0]!.total).toBe('10');
  });

  it('rounds the sum, not the parts: three thirds of 100 show 33.34 + 33.33 + 33.33 = 100.00', () => {
    // Each indicator: 33.333…; floors 33.33 × 3 = 99.99; the total 100.00 needs one unit, which goes
    // to the first of the equal remainders.
    const thirds = parseScheme({
      ...scheme('halfUp'),
      groups: [
        {
          ...flagged.groups[0]!,
          indicators: [
            { id: 'taxPerMu', weight: 25, benchmark: { kind: 'fixed', value: 7.5 } },
            { id: 'salesPerMu', weight: 25, benchmark: { kind: 'fixed', value: 75 } },
            { id: 'valueAddedPerMu', weight: 25, benchmark: { kind: 'fixed', value: 75 } },
          ],
        },
      ],
    });
    // 25 × 10 / 7.5 = 33.333…, 25 × 100 / 75 = 33.333…, 25 × 100 / 75 = 33.333…: Σ = 100.
    const [r] = evaluate([firm(1, { taxWan: '100', salesWan: '1000', valueAddedWan: '1000' })], thirds).results;
    expect(r!.indicators.map((i) => i.score)).toEqual(['33.34', '33.33', '33.33']);
    expect(r!.total).toBe('100.00');
  });
});
