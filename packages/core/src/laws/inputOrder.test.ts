import fc from 'fast-check';
import { expect, test } from 'vitest';
import { arbRecords, arbScheme } from '../arbitraries/index.js';
import { evaluate } from '../evaluate/evaluate.js';
import type { Evaluation } from '../types/evaluation.js';

// Law: input order never changes any result. Shuffling the records gives, firm by firm, the same
// values, scores, totals, ranks and classes (default tie-break included), the same exclusions
// (apart from their input index), benchmarks and pool summaries.

/** Records together with a shuffled copy of them. */
const withShuffle = <T>(arb: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], T[]]> =>
  arb.chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length })));

const exclusions = (e: Evaluation) =>
  e.excluded.map(({ index: _index, ...rest }) => rest).sort((a, b) => (a.creditCode < b.creditCode ? -1 : a.creditCode > b.creditCode ? 1 : 0));
const results = (e: Evaluation) => new Map(e.results.map((r) => [r.creditCode, r]));

test('input order never changes any result', () =>
  fc.assert(
    fc.property(arbScheme(), withShuffle(arbRecords({ maxLength: 40, uniqueCodes: true })), (scheme, [records, shuffled]) => {
      const a = evaluate(records, scheme);
      const b = evaluate(shuffled, scheme);
      expect(results(b)).toEqual(results(a));
      expect(exclusions(b)).toEqual(exclusions(a));
      expect(b.benchmarks).toEqual(a.benchmarks);
      expect(b.pools).toEqual(a.pools);
      expect(b.accounting).toEqual(a.accounting);
    }),
    { numRuns: 100 },
  ));
