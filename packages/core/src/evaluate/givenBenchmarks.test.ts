import { describe, expect, it } from 'vitest';
import { CoreError } from '../errors.js';
import { getPreset } from '../presets/getPreset.js';
import type { Scheme } from '../schema/scheme.js';
import { evaluate } from './evaluate.js';
import { parseScheme } from '../schema/parseScheme.js';
import { aboveScaleScheme, firmsWith } from '../test/onePool.js';

const firm = firmsWith();
const records = [
  firm(1, { landOwnedMu: '10', taxWan: '100', salesWan: '900', energyTce: '40', county: '甲区' }),
  firm(2, { landOwnedMu: '7', taxWan: '300', salesWan: '1300', county: '甲区' }),
  firm(3, { landOwnedMu: '13', taxWan: '90', salesWan: '700', energyTce: '70', county: '乙县' }),
  firm(4, { landOwnedMu: '9', taxWan: '210', salesWan: '2100', energyTce: '30', county: '甲区' }),
  firm(5, { landOwnedMu: '30', taxWan: '150', salesWan: '1000', energyTce: '90', county: '乙县' }),
  firm(6, { landOwnedMu: '11', taxWan: '40', salesWan: '300', county: '甲区' }),
];
// Aggregate benchmarks, min-max and the pool-average missing rule all depend on the whole pool.
const scheme = aboveScaleScheme(
  'partition-test',
  {
    indicators: [
      { id: 'taxPerMu', weight: 50, benchmark: { kind: 'pool', method: 'aggregate', multiple: 1.5 } },
      { id: 'salesPerMu', weight: 30, normalisation: { method: 'minMax' } },
      { id: 'taxPerEnergy', weight: 20, benchmark: { kind: 'pool', method: 'mean' } },
    ],
    missing: { energy: 'poolAverage' },
  },
  { classes: { poolByCounty: false } },
);

describe('given benchmarks (partitioned runs)', () => {
  it('a partition scored with the whole run’s benchmarks gets exactly the whole run’s raw scores', () => {
    const whole = evaluate(records, scheme);
    const byCode = new Map(whole.results.map((r) => [r.creditCode, r]));
    for (const part of [records.slice(0, 2), records.slice(2, 5), records.slice(5)]) {
      const partial = evaluate(part, scheme, { benchmarks: whole.benchmarks });
      for (const r of partial.results) {
        const w = byCode.get(r.creditCode)!;
        expect(r.indicators).toEqual(w.indicators);
        expect([r.rawTotal, r.total]).toEqual([w.rawTotal, w.total]);
      }
    }
  });

  it('the benchmarks survive JSON (strings carry every digit)', () => {
    const whole = evaluate(records, scheme);
    const again = evaluate(records.slice(1, 3), scheme, { benchmarks: JSON.parse(JSON.stringify(whole.benchmarks)) });
    expect(again.results.map((r) => r.rawTotal)).toEqual(
      whole.results.filter((r) => again.results.some((a) => a.creditCode === r.creditCode)).map((r) => r.rawTotal),
    );
  });

  it('a benchmark the pool needs but the list lacks is an error, not a silent recomputation', () => {
    const whole = evaluate(records, scheme);
    const lacking = whole.benchmarks.filter((b) => b.indicator !== 'taxPerMu');
    expect(() => evaluate(records, scheme, { benchmarks: lacking })).toThrowError(CoreError);
    try {
      evaluate(records, scheme, { benchmarks: lacking });
    } catch (e: unknown) {
      expect(e instanceof CoreError && e.code).toBe('missing-benchmark');
    }
  });

  it('a reported 0 under an uncapped ratio scores the whole run’s best score (bestScore), also in a partition', () => {
    // taxPerEnergy (ratio, no cap, pool aggregate): firm 7 reports energy 0, so it scores the best
    // observed score of the pool — a pool statistic, given back like the benchmark.
    const withZero = [...records, firm(7, { landOwnedMu: '10', taxWan: '50', salesWan: '500', energyTce: '0', county: '甲区' })];
    const whole = evaluate(withZero, scheme);
    const entry = whole.benchmarks.find((b) => b.indicator === 'taxPerEnergy')!;
    const best = whole.results.filter((r) => r.indicators[2]!.value !== null).map((r) => r.indicators[2]!.rawScore);
    expect(entry.bestScore).toBe(best.sort((a, b) => Number(b) - Number(a))[0]);
    const alone = evaluate(withZero.slice(6), scheme, { benchmarks: whole.benchmarks });
    expect(alone.results[0]!.indicators[2]!.rawScore).toBe(entry.bestScore);
    expect(alone.results[0]!.rawTotal).toBe(whole.results.find((r) => r.creditCode.endsWith('07'))!.rawTotal);
    const lacking = whole.benchmarks.map(({ bestScore: _, ...b }) => b);
    expect(() => evaluate(withZero.slice(6), scheme, { benchmarks: lacking })).toThrowError(/bestScore/);
  });

  it('county pools split the benchmarks; a partition by county reproduces them', () => {
    const byCounty = parseScheme({ ...scheme, classes: { poolByCounty: true } });
    const whole = evaluate(records, byCounty);
    const jia = evaluate(
      records.filter((r) => r.county === '甲区'),
      byCounty,
      { benchmarks: whole.benchmarks.filter((b) => b.pool === 'above-scale/甲区') },
    );
    expect(jia.results).toEqual(whole.results.filter((r) => r.county === '甲区'));
  });
});

describe('input order', () => {
  it('never changes any result (a reversal and a rotation of the default scheme’s run)', () => {
    const base = evaluate(records, getPreset());
    for (const order of [[...records].reverse(), [...records.slice(3), ...records.slice(0, 3)]]) {
      const e = evaluate(order, getPreset());
      expect(e.results).toEqual(base.results);
      expect(e.benchmarks).toEqual(base.benchmarks);
      expect(e.pools).toEqual(base.pools);
    }
  });
});

describe('invalid input', () => {
  it('rejects an invalid scheme and a malformed reference date with CoreError codes', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e: unknown) {
        return e instanceof CoreError ? e.code : 'other';
      }
      return 'none';
    };
    expect(codeOf(() => parseScheme({ ...scheme, groups: [] }))).toBe('invalid-scheme');
    // A scheme validateScheme did not return — here a checked one changed by spreading — is refused, not scored unchecked.
    // (The compiler refuses these too: a spread copy lacks the mark's type; JavaScript callers get the error.)
    expect(codeOf(() => evaluate(records, { ...scheme, groups: [] } as unknown as Scheme))).toBe('unvalidated-scheme');
    expect(codeOf(() => evaluate(records, { ...scheme, rounding: { decimals: 1, mode: 'halfUp' } } as unknown as Scheme))).toBe('unvalidated-scheme');
    expect(codeOf(() => evaluate(records, JSON.parse(JSON.stringify(scheme)) as Scheme))).toBe('unvalidated-scheme');
    expect(codeOf(() => evaluate(records, scheme, { referenceDate: '2024/12/31' }))).toBe('invalid-options');
  });
});
