import fc from 'fast-check';
import { expect, test } from 'vitest';
import { Dec, plain } from '../arithmetic/decimal.js';
import { arbDecimalString, arbRecords, arbScheme } from '../arbitraries/index.js';
import { evaluate } from '../evaluate/evaluate.js';
import type { EnterpriseRecord } from '../schema/record.js';
import type { Evaluation } from '../types/evaluation.js';

// Law: multiplying one input column by k > 0 for every firm leaves pool-aggregate-benchmark scores
// unchanged. Each column below is only ever a numerator or a denominator of ratios, so every value
// and its aggregate benchmark Σ numerator / Σ denominator scale by the same k (or 1/k) and every
// ratio and lower-is-better score — an exact fraction w × x / B — is the same number, digit for
// digit; so are totals, ranks and classes (taxPerMu, the tie-break, keeps its order).
// Land is left out (the land threshold is absolute). Every figure must be exact, so the records
// give emissions as equivalents (pollutant tonnes divide by 0.95) and no rented floor (÷ plot ratio
// 1.5 is not exact); mean and median benchmarks average rounded ratios, so they scale only to 40 digits.

const COLUMNS = ['taxWan', 'salesWan', 'valueAddedWan', 'energyTce', 'electricityWanKwh', 'rdWan', 'employees', 'emissionEq'] as const;

const scored = (e: Evaluation) =>
  new Map(e.results.map((r) => [r.creditCode, { scores: r.indicators.map((i) => [i.id, i.rawScore, i.score]), total: r.total, rank: r.rank, class: r.class }]));

test('multiplying one input column by k > 0 leaves pool-aggregate scores unchanged', () =>
  fc.assert(
    fc.property(
      arbScheme({ normalisations: ['ratio', 'lowerIsBetter'], benchmarks: ['pool', 'byIndustry'], poolMethods: ['aggregate'] }),
      arbRecords({ minLength: 1, maxLength: 30 }),
      fc.constantFrom(...COLUMNS),
      arbDecimalString({ min: 0.01, max: 1000, decimals: 2 }),
      (scheme, records, column, k) => {
        const scale = (r: EnterpriseRecord): EnterpriseRecord => {
          const v = r[column];
          return v === undefined ? r : { ...r, [column]: plain(new Dec(v).times(new Dec(k))) };
        };
        const plainRecords = records.map(({ codT: _c, ammoniaNitrogenT: _a, so2T: _s, noxT: _n, rentedFloorM2: _f, ...r }) => r);
        const a = evaluate(plainRecords, scheme);
        const b = evaluate(plainRecords.map(scale), scheme);
        expect(scored(b)).toEqual(scored(a));
        expect(b.excluded).toEqual(a.excluded);
      },
    ),
    { numRuns: 120 },
  ));
