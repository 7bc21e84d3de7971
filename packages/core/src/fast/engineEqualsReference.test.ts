import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { arbCreditCode, arbRecords, arbScheme } from '../arbitraries/index.js';
import { Dec } from '../arithmetic/decimal.js';
import { CoreError } from '../errors.js';
import { evaluate } from '../evaluate/evaluate.js';
import { getPreset } from '../presets/getPreset.js';
import type { EnterpriseRecord } from '../schema/record.js';
import type { Scheme, SchemeInput } from '../schema/scheme.js';
import { referenceEvaluate } from '../test/reference/referenceEvaluate.js';
import type { EvaluateOptions } from '../evaluate/evaluate.js';
import type { Evaluation } from '../types/evaluation.js';
import { parseScheme } from '../schema/parseScheme.js';

/**
 * The engine (evaluate = columns → evaluateColumnar → objects) against the reference (the
 * per-record decimal.js implementation in src/test/reference): the whole Evaluation — every field of
 * every result, the exclusions, benchmarks, pool summaries and accounting — equal, or both refuse
 * (the reference with any error, the engine with a CoreError). Each law counts what it compared and
 * asserts that it compared enough: a law that compares nothing proves nothing.
 */
interface Tally {
  runs: number;
  compared: number;
  firms: number;
  refused: number;
}
const tally = (): Tally => ({ runs: 0, compared: 0, firms: 0, refused: 0 });

// The reference checks the scheme itself; the engine takes it checked (parseScheme, as a caller would).
function sameAsReference(t: Tally, records: readonly EnterpriseRecord[], scheme: Scheme | SchemeInput, options: EvaluateOptions = {}): Evaluation | null {
  t.runs++;
  const run = () => evaluate(records, parseScheme(scheme), options);
  let ref: Evaluation;
  try {
    ref = referenceEvaluate(records, scheme, options);
  } catch (error) {
    expect(run).toThrow(CoreError);
    if (error instanceof CoreError) expect(run).toThrow(error.message);
    t.refused++;
    return null;
  }
  let engine: Evaluation;
  try {
    engine = run();
  } catch (error) {
    // The engine's range: every score and total under 2^53 units of the last shown decimal. It
    // refuses exactly the runs where the reference shows a larger one.
    if (!(error instanceof CoreError && error.code === 'score-out-of-range')) throw error;
    const units = new Dec(2 ** 53 - 64).div(new Dec(10).pow(ref.scheme.rounding.decimals));
    const beyond = ref.results.some((r) => new Dec(r.total).abs().gte(units) || r.indicators.some((i) => new Dec(i.rawScore).abs().gte(units)));
    expect(beyond).toBe(true);
    t.refused++;
    return null;
  }
  expect(engine).toEqual(ref);
  t.compared++;
  t.firms += ref.results.length;
  return engine;
}

/** Pollutant tonnes and rented floor: figures of 40 digits (÷ 0.95, ÷ plot ratio), kept in most runs. */
const records = (maxLength: number) => arbRecords({ maxLength });

describe('the engine equals the reference', () => {
  test('random schemes of every method, random records', () => {
    const t = tally();
    const methods = new Map<string, number>();
    // The pool and class settings, each counted where it changed something to compare.
    const seen = { smallOnGroup: 0, countyMissing: 0, blankOwnPool: 0, ownShare: 0 };
    // Three of those act only on pools by county: half the schemes that pool by group are made to
    // pool by county, so that each setting acts in about one run in seven (not one in ten).
    const schemes = fc
      .tuple(arbScheme(), fc.boolean())
      .map(([s, byCounty]) => (byCounty ? parseScheme({ ...s, classes: { ...s.classes, poolByCounty: true } }) : s));
    fc.assert(
      fc.property(schemes, arbRecords({ maxLength: 30, withBlankCounty: true }), (scheme, rs) => {
        const e = sameAsReference(t, rs, scheme);
        if (e === null) return;
        const { classes } = scheme;
        if (e.pools.some((p) => p.smallPool?.benchmarkOn === 'group')) seen.smallOnGroup++;
        if (e.excluded.some((x) => x.reason === 'county-missing')) seen.countyMissing++;
        if (classes.blankCounty === 'ownPool' && classes.poolByCounty && e.results.some((r) => r.county === null) && e.results.some((r) => r.county !== null))
          seen.blankOwnPool++;
        if (classes.smallPool.lastClass === 'ownShare' && classes.mode !== 'threshold' && e.results.length > 0) seen.ownShare++;
        for (const r of e.results)
          for (const g of scheme.groups.filter((g) => g.id === r.group))
            g.indicators.forEach((s, j) => {
              const i = r.indicators[j] as (typeof r.indicators)[number];
              // How the cell was scored: observed, a missing figure's rule, or a reported 0 denominator.
              const cell = i.imputation ?? (i.value === null ? 'reportedZero' : 'observed');
              const kind = `${s.normalisation.method}/${s.benchmark.kind === 'pool' ? s.benchmark.method : s.benchmark.kind}/${cell}`;
              methods.set(kind, (methods.get(kind) ?? 0) + 1);
            });
      }),
      { numRuns: 250 },
    );
    // Over 62 seeds: firms 690–892 (mean 791, sd 40); each setting acted in 24–87 runs (p ≥ 0.148 a
    // run: 6 or fewer has a chance under 10⁻⁹); each method, benchmark kind and missing rule scored
    // 108–1002 cells (the rarest, poolAverage: mean 158, sd 22). Each floor is below mean − 6 sd.
    expect(t.compared).toBeGreaterThan(240);
    expect(t.firms).toBeGreaterThan(500);
    for (const [setting, runs] of Object.entries(seen)) expect(runs, setting).toBeGreaterThan(6);
    // Every method, benchmark kind and missing rule scored some firm.
    for (const part of [
      'ratio/',
      'minMax/',
      'lowerIsBetter/',
      'percentile/',
      '/aggregate/',
      '/mean/',
      '/median/',
      '/fixed/',
      '/byIndustry/',
      '/zero',
      '/poolAverage',
    ])
      expect(
        [...methods].filter(([k]) => k.includes(part)).reduce((s, [, n]) => s + n, 0),
        part,
      ).toBeGreaterThan(20);
  });

  test('vetoed firms that leave the ranking, or keep their place', () => {
    const t = tally();
    let left = 0;
    // Every scheme vetoes one violation to the last class; a sixth of the firms (on average) carry it.
    // Two schemes in three send vetoed firms out of the ranking, the case counted below.
    const vetoing = arbScheme({ classModes: ['quota', 'hybrid'] }).chain((scheme) =>
      fc.constantFrom('keepPlace' as const, 'leaveRanking' as const, 'leaveRanking' as const).map(
        (vetoedFirms): SchemeInput => ({
          ...scheme,
          classes: { ...scheme.classes, vetoedFirms },
          adjustments: { ...scheme.adjustments, vetoes: [{ flag: 'safety-accident', effect: 'forceD', source: 'user setting' }] },
        }),
      ),
    );
    const firms = arbRecords({ maxLength: 30 }).chain((rs) =>
      fc
        .array(fc.boolean(), { minLength: rs.length, maxLength: rs.length })
        .map((veto) => rs.map((r, i) => (veto[i] && i % 3 === 0 ? { ...r, violations: ['safety-accident'] } : r))),
    );
    fc.assert(
      fc.property(vetoing, firms, (scheme, rs) => {
        const e = sameAsReference(t, rs, scheme);
        if (e !== null && scheme.classes?.vetoedFirms === 'leaveRanking' && e.results.some((r) => r.adjustments.some((a) => a.effect === 'forceD'))) left++;
      }),
      { numRuns: 150 },
    );
    // Over 62 seeds 47–71 runs sent a vetoed firm out (p ≈ 0.38 a run: 20 or fewer has a chance under
    // 10⁻⁹). With half the schemes leaving the ranking, a floor of 30 failed about one run in 75.
    expect(t.compared).toBeGreaterThan(140);
    expect(left).toBeGreaterThan(20);
  });

  test('edge records: zeros, negatives, no land, tiny and huge figures', () => {
    const t = tally();
    // Cells over a reported 0 denominator (scored the pool's best observed score, or 0): no value, not
    // imputed; and the runs that compared any.
    let reportedZeros = 0;
    let runsWithReportedZero = 0;
    fc.assert(
      fc.property(arbScheme(), arbRecords({ maxLength: 30, values: 'edge' }), (scheme, rs) => {
        const e = sameAsReference(t, rs, scheme);
        const cells = (e?.results ?? []).reduce((n, r) => n + r.indicators.filter((i) => i.value === null && !i.imputed).length, 0);
        reportedZeros += cells;
        if (cells > 0) runsWithReportedZero++;
      }),
      { numRuns: 200 },
    );
    // Over 62 seeds: firms 338–463 (mean 401, sd 25); cells over a reported 0 58–124 (mean 83, sd 12),
    // in 44–72 runs (p ≈ 0.26 a run: 15 or fewer has a chance under 10⁻⁹). A floor of 50 cells was
    // 2.8 sd below the mean.
    expect(t.compared).toBeGreaterThan(150);
    expect(t.firms).toBeGreaterThan(240);
    expect(reportedZeros).toBeGreaterThan(10);
    expect(runsWithReportedZero).toBeGreaterThan(15);
  });

  test('the presets', () => {
    const t = tally();
    fc.assert(
      fc.property(fc.constantFrom('changzhou-wujin', 'huaian-2024', 'jingde-2022', 'zhejiang-huangyan-2022'), records(40), (id, rs) => {
        sameAsReference(t, rs, getPreset(id));
      }),
      { numRuns: 120 },
    );
    expect(t.compared).toBe(t.runs);
    // Over 123 seeds: 319–454 firms (mean 383, sd 25).
    expect(t.firms).toBeGreaterThan(200);
  });

  test('given benchmarks: each half of a run scored with the whole run’s benchmarks', () => {
    const t = tally();
    let partsScored = 0;
    fc.assert(
      fc.property(arbScheme({ normalisations: ['ratio', 'minMax', 'lowerIsBetter'] }), records(30), (scheme, rs) => {
        const whole = referenceEvaluate(rs, scheme);
        for (const part of [rs.filter((_, i) => i % 2 === 0), rs.filter((_, i) => i % 2 === 1)]) {
          const e = sameAsReference(t, part, scheme, { benchmarks: whole.benchmarks });
          if (e !== null) partsScored += e.results.length;
        }
      }),
      { numRuns: 120 },
    );
    // Over 123 seeds: 330–495 firms scored in parts (mean 407, sd 28).
    expect(t.compared).toBeGreaterThan(200);
    expect(partsScored).toBeGreaterThan(220);
  });

  test('a missing given benchmark is the same CoreError', () => {
    const rs = fc.sample(
      records(20).filter((r) => r.length > 8),
      { numRuns: 1, seed: 3 },
    )[0]!;
    const scheme = getPreset();
    const whole = referenceEvaluate(rs, scheme);
    expect(whole.results.length).toBeGreaterThan(0);
    const t = tally();
    sameAsReference(t, rs, scheme, { benchmarks: whole.benchmarks.slice(1) });
    expect(t.refused).toBe(1);
  });
});

describe('adversarial figures: near a rounding, a cap, a tie, a threshold, beyond 15 digits', () => {
  // Figures whose ratios land exactly on a half-cent, on each other, on a cap or a class threshold,
  // at extreme magnitudes, with many decimals, and wider than a float64 holds.
  const figure = fc.constantFrom(
    '1',
    '2',
    '3',
    '0.5',
    '12.345',
    '12.335',
    '0.005',
    '0.015',
    '1.005',
    '2.675',
    '100',
    '1000',
    '0.1',
    '0.2',
    '0.3',
    '999999999999999',
    '0.000000000000001',
    '123456789.012345',
    '0.123456789012345',
    '7',
    '0',
    '-1',
    '33.333',
    '66.667',
    '1234567890123456789.5',
    '0.00000000000000000000000000123',
    '3.0000000000000000000001',
    '60',
    '45',
    '59.995',
  );
  const adversarialRecord = fc.record({
    creditCode: arbCreditCode(),
    name: fc.constant('企业'),
    county: fc.constantFrom('甲区', '乙区'),
    industryCode: fc.constantFrom('C3311', 'C2614', '3921'),
    scale: fc.constantFrom('above' as const, 'below' as const),
    keyPolluter: fc.boolean(),
    landOwnedMu: fc.constantFrom('1', '3', '0.5', '2.5', '10', '7', '3.0000000001', '2.9999999999', '3.00000000000000000001'),
    taxWan: figure,
    salesWan: figure,
    valueAddedWan: figure,
    energyTce: figure,
    emissionEq: figure,
    employees: fc.constantFrom('1', '3', '7', '10'),
    rdWan: figure,
  });
  const adversarialRecords = fc.uniqueArray(adversarialRecord, { minLength: 1, maxLength: 40, selector: (r) => r.creditCode });
  // Ties in total and in taxPerMu: the same figures under several codes.
  const tied = fc
    .tuple(adversarialRecord, fc.uniqueArray(arbCreditCode(), { minLength: 2, maxLength: 8 }), adversarialRecords)
    .map(([r, codes, rest]) => [...codes.map((creditCode) => ({ ...r, creditCode })), ...rest.filter((x) => !codes.includes(x.creditCode))]);
  const anyRecords = fc.oneof(adversarialRecords, tied);

  test('the default scheme', () => {
    const t = tally();
    fc.assert(
      fc.property(anyRecords, (rs) => void sameAsReference(t, rs, getPreset('changzhou-wujin'))),
      { numRuns: 200 },
    );
    expect(t.compared).toBe(t.runs);
    expect(t.firms).toBeGreaterThan(1000);
  });

  test('the min-max and uncapped presets', () => {
    const t = tally();
    fc.assert(
      fc.property(fc.constantFrom('jingde-2022', 'zhejiang-huangyan-2022', 'huaian-2024'), anyRecords, (id, rs) => void sameAsReference(t, rs, getPreset(id))),
      { numRuns: 200 },
    );
    // (uncapped presets refuse the runs whose 15- and 19-digit figures score beyond 2^53 units;
    // jingde's 5-亩 threshold leaves fewer 规下 firms in scope). Over 123 seeds: compared 115–147
    // (p ≈ 0.67 a run: 90 or fewer has a chance under 10⁻⁹), firms 576–804 (mean 710, sd 47).
    expect(t.compared).toBeGreaterThan(90);
    expect(t.firms).toBeGreaterThan(400);
  });

  test('random schemes of every method', () => {
    const t = tally();
    fc.assert(
      fc.property(arbScheme(), anyRecords, (scheme, rs) => void sameAsReference(t, rs, scheme)),
      { numRuns: 250 },
    );
    // Over 123 seeds: 1274–1690 firms (mean 1497, sd 78).
    expect(t.compared).toBeGreaterThan(150);
    expect(t.firms).toBeGreaterThan(950);
  });

  // Totals exactly on a half unit: weight 1, benchmark 1, a single indicator — a ratio's total is the
  // figure, a lower-is-better one 1 − figure/2 (0.99 → 0.505, 1.99 → 0.005).
  test('totals on a half cent, under every rounding mode and class mode', () => {
    const t = tally();
    const halfCents = fc.constantFrom('12.345', '2.675', '1.005', '0.015', '59.995', '60', '44.995', '45.005', '0.99', '0.97', '1.01', '1.99', '0.03');
    const normalisation = fc.constantFrom({ method: 'ratio' as const }, { method: 'lowerIsBetter' as const });
    const scheme = fc
      .record({
        mode: fc.constantFrom('halfUp' as const, 'halfEven' as const, 'down' as const),
        classes: fc.constantFrom('quota' as const, 'threshold' as const, 'hybrid' as const),
        normalisation,
      })
      .map(
        ({ mode, classes, normalisation }): SchemeInput => ({
          ...getPreset('changzhou-wujin'),
          rounding: { decimals: 2, mode },
          // Class thresholds on the rounded half cents, so a rounding decides a class.
          classes: {
            ...getPreset('changzhou-wujin').classes,
            mode: classes,
            tiers: [
              { id: 'A', name: '甲', nameEn: 'A', cumulativeShare: 0.2, minTotal: 12.35 },
              { id: 'B', name: '乙', nameEn: 'B', cumulativeShare: 0.6, minTotal: 2.68 },
              { id: 'C', name: '丙', nameEn: 'C', cumulativeShare: 0.95, minTotal: 1.01 },
              { id: 'D', name: '丁', nameEn: 'D', cumulativeShare: 1 },
            ],
          },
          groups: [
            {
              id: 'all',
              name: '全部',
              nameEn: 'All',
              membership: { scale: 'any' },
              indicators: [{ id: 'taxPerMu', weight: 1, benchmark: { kind: 'fixed', value: 1 }, normalisation }],
            },
          ],
        }),
      );
    const firms = fc
      .uniqueArray(fc.record({ creditCode: arbCreditCode(), taxWan: halfCents }), { minLength: 1, maxLength: 30, selector: (r) => r.creditCode })
      .map((xs) => xs.map((x): EnterpriseRecord => ({ ...x, name: '企业', scale: 'above', landOwnedMu: '1' })));
    fc.assert(
      fc.property(scheme, firms, (s, rs) => void sameAsReference(t, rs, s)),
      { numRuns: 200 },
    );
    expect(t.compared).toBe(200);
  });

  // Pools above 64 firms rank by a counting sort on totals, then sort runs of equal totals.
  test('large pools with many tied totals', () => {
    const t = tally();
    const onePool = (weight: number): SchemeInput => ({
      ...getPreset('changzhou-wujin'),
      classes: { ...getPreset('changzhou-wujin').classes, poolByCounty: false },
      groups: [
        {
          id: 'all',
          name: '全部',
          nameEn: 'All',
          membership: { scale: 'any' },
          indicators: [
            {
              id: 'taxPerMu',
              weight,
              benchmark: { kind: 'pool', method: 'aggregate', multiple: 1 },
              normalisation: { method: 'ratio', capMultiple: 2, floor: 0 },
            },
            { id: 'salesPerMu', weight: 10, benchmark: { kind: 'fixed', value: 100 }, normalisation: { method: 'ratio' } },
          ],
        },
      ],
    });
    fc.assert(
      fc.property(fc.uniqueArray(adversarialRecord, { minLength: 90, maxLength: 160, selector: (r) => r.creditCode }), fc.constantFrom(1, 10, 40), (rs, w) => {
        // (without the 15- and 19-digit figures: 10^14 points and more are beyond the engine's range)
        sameAsReference(
          t,
          rs.filter((r) => !Object.values(r).some((v) => v === '1234567890123456789.5' || v === '999999999999999')),
          onePool(w),
        );
      }),
      { numRuns: 30 },
    );
    expect(t.compared).toBeGreaterThan(20);
    expect(t.firms).toBeGreaterThan(1000);
  });
});
