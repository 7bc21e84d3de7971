import { describe, expect, it } from 'vitest';
import type { EnterpriseRecord } from '../schema/record.js';
import type { Scheme, SchemeInput } from '../schema/scheme.js';
import { evaluate } from './evaluate.js';
import { parseScheme } from '../schema/parseScheme.js';

// Hand-computed pools: one indicator, taxPerMu weight 100 against the pool's aggregate Σ tax / Σ land,
// uncapped, so a firm's score is 100 × its tax / the benchmark (every firm on 1 亩).

type Classes = NonNullable<SchemeInput['classes']>;

const scheme = (classes: Classes = {}): Scheme =>
  parseScheme({
    id: 'pools',
    name: '评价池',
    nameEn: 'Pools',
    scope: { belowScaleLandThresholdMu: 0 },
    groups: [
      {
        id: 'all',
        name: '全部',
        nameEn: 'All',
        indicators: [{ id: 'taxPerMu', weight: 100, benchmark: { kind: 'pool', method: 'aggregate' }, normalisation: { method: 'ratio' } }],
      },
    ],
    classes,
  });

const firm = (n: number, taxWan: string, county?: string): EnterpriseRecord => ({
  creditCode: `91320400MA${String(n).padStart(8, '0')}`,
  name: `企业${n}`,
  scale: 'above',
  landOwnedMu: '1',
  taxWan,
  ...(county === undefined ? {} : { county }),
});

const byCode = (e: ReturnType<typeof evaluate>, n: number) => e.results.find((r) => r.creditCode === firm(n, '0').creditCode);

describe('a firm without a county while others have one', () => {
  // 甲区: tax 1, 2, 3; firm 4 has no county.
  const records = [firm(1, '1', '甲区'), firm(2, '2', '甲区'), firm(3, '3', '甲区'), firm(4, '1')];

  it('is excluded as county-missing by default, not scored as a pool of its own (alone it would be its own benchmark: 100.00)', () => {
    const e = evaluate(records, scheme());
    expect(byCode(e, 4)).toBeUndefined();
    expect(e.excluded).toEqual([expect.objectContaining({ creditCode: firm(4, '0').creditCode, reason: 'county-missing', group: 'all' })]);
    expect(e.excluded[0]?.detail).toMatch(/未填县区.*no county while other firms have one/);
    expect(e.pools.map((p) => p.pool)).toEqual(['all/甲区']);
    expect(e.accounting).toEqual({ records: 4, scored: 3, excluded: 1 });
  });

  it('forms a pool of its own under blankCounty ownPool (key = the group id)', () => {
    const e = evaluate(records, scheme({ blankCounty: 'ownPool' }));
    expect(byCode(e, 4)).toMatchObject({ pool: 'all', total: '100.00', poolSize: 1 });
  });

  it('is no problem when no firm has a county, nor when pools are not split by county', () => {
    const none = records.map(({ county: _, ...r }) => r);
    expect(evaluate(none, scheme()).results).toHaveLength(4);
    expect(evaluate(records, scheme({ poolByCounty: false })).results).toHaveLength(4);
  });
});

describe('a pool under the minimum size', () => {
  // 甲区 tax 1 … 5 (benchmark 15 / 5 = 3), 乙区 one firm with tax 1. The group: Σ tax 16 over 6 亩.
  const records = [...[1, 2, 3, 4, 5].map((n) => firm(n, String(n), '甲区')), firm(6, '1', '乙区')];
  const small = { smallPool: { counting: 'literal', minPoolSize: 5, fallbackClass: 'B' } } as const;

  it('is benchmarked on its whole group by default: 100 × 1 / (16 / 6) = 37.50, class B (the fallback), and says so', () => {
    const e = evaluate(records, scheme(small));
    expect(byCode(e, 6)).toMatchObject({ pool: 'all/乙区', total: '37.50', class: 'B', poolSize: 1 });
    // The county pool of five keeps its own benchmark: 100 × 2 / 3 = 66.67.
    expect(byCode(e, 2)).toMatchObject({ pool: 'all/甲区', total: '66.67' });
    const summary = e.pools.find((p) => p.pool === 'all/乙区');
    expect(summary?.smallPool).toEqual({ minPoolSize: 5, fallbackClass: 'B', benchmarkOn: 'group', scoredWith: 6 });
    expect(e.pools.find((p) => p.pool === 'all/甲区')?.smallPool).toBeUndefined();
    const used = e.benchmarks.find((b) => b.pool === 'all/乙区');
    expect(used).toMatchObject({ numerator: '16', denominator: '6', observed: 6 });
  });

  it('is benchmarked on itself under benchmarkOn pool: its only firm is its own benchmark, 100.00', () => {
    const e = evaluate(records, scheme({ smallPool: { ...small.smallPool, benchmarkOn: 'pool' } }));
    expect(byCode(e, 6)).toMatchObject({ total: '100.00', class: 'B' });
    expect(e.pools.find((p) => p.pool === 'all/乙区')?.smallPool).toEqual({ minPoolSize: 5, fallbackClass: 'B', benchmarkOn: 'pool', scoredWith: 1 });
  });

  it('imputes the group’s average score to its firm without a value (poolAverage)', () => {
    const withAverage = parseScheme({
      ...scheme(small),
      groups: [
        {
          id: 'all',
          name: '全部',
          nameEn: 'All',
          missing: { tax: 'poolAverage' },
          indicators: [{ id: 'taxPerMu', weight: 100, benchmark: { kind: 'pool', method: 'aggregate' }, normalisation: { method: 'ratio' } }],
        },
      ],
    });
    // 乙区's firm has no tax: the group's five observed scores, on the benchmark 15 / 5 = 3, average 100 × 3 / 3 = 100.
    const { taxWan: _, ...noTax } = firm(6, '1', '乙区');
    const e = evaluate([...records.slice(0, 5), noTax], withAverage);
    expect(byCode(e, 6)).toMatchObject({ total: '100.00' });
    expect(byCode(e, 6)?.indicators[0]).toMatchObject({ imputed: true, imputation: 'poolAverage' });
  });
});

describe('vetoed firms and the quota places', () => {
  // Six firms, tax 6 … 1; literal counting: A ⌊1.2⌋ = 1, B ⌊3.6⌋ = 3, C ⌊5.7⌋ = 5, D the rest.
  // The best firm (tax 6) is vetoed to D.
  const records = [1, 2, 3, 4, 5, 6].map((n) => ({ ...firm(n, String(n)), ...(n === 6 ? { violations: ['safety-accident'] } : {}) }));
  const classes = (vetoedFirms: 'keepPlace' | 'leaveRanking'): Classes => ({ smallPool: { counting: 'literal' }, vetoedFirms });
  const vetoScheme = (vetoedFirms: 'keepPlace' | 'leaveRanking'): Scheme =>
    parseScheme({
      ...scheme(classes(vetoedFirms)),
      adjustments: { vetoes: [{ flag: 'safety-accident', effect: 'forceD' }] },
    });
  const placed = (e: ReturnType<typeof evaluate>) => e.results.map((r) => `${r.name}:${r.rank}${r.class}`);

  it('keep their quota place by default: the A place stays empty and two firms end in D', () => {
    const e = evaluate(records, vetoScheme('keepPlace'));
    expect(placed(e)).toEqual(['企业6:1D', '企业5:2B', '企业4:3B', '企业3:4C', '企业2:5C', '企业1:6D']);
    expect(byCode(e, 6)?.classBeforeVeto).toBe('A');
  });

  it('leave the ranking under leaveRanking: quotas over the other five (A 1, B 3, C 4), the vetoed firm listed last', () => {
    const e = evaluate(records, vetoScheme('leaveRanking'));
    expect(placed(e)).toEqual(['企业5:1A', '企业4:2B', '企业3:3B', '企业2:4C', '企业1:5D', '企业6:6D']);
    expect(e.pools[0]?.counts).toEqual({ A: 1, B: 2, C: 1, D: 2 });
    // D's lowest total is firm 1's 100 × 1 / (21 / 6) = 28.57, not the vetoed firm's 171.43 listed after it.
    expect(e.pools[0]?.lowestTotal.D).toBe('28.57');
  });
});

describe('the last class (后 5%) on a pool of five', () => {
  const records = [1, 2, 3, 4, 5].map((n) => firm(n, String(n)));
  const classesOf = (lastClass: 'rest' | 'ownShare') =>
    evaluate(records, scheme({ smallPool: { counting: 'literal', lastClass } }))
      .results.map((r) => r.class)
      .join('');

  it('rest (default): D is the firm below C’s ⌊0.95 × 5⌋ = 4 places — one firm of five, 20 %', () => {
    expect(classesOf('rest')).toBe('ABBCD');
  });

  it('ownShare: D holds ⌊5 % × 5⌋ = 0 firms, at most 5 %', () => {
    expect(classesOf('ownShare')).toBe('ABBCC');
  });
});
