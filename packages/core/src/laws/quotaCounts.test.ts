import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { evaluate } from '../evaluate/evaluate.js';
import { quotaCounts } from '../evaluate/quotaCounts.js';
import type { EnterpriseRecord } from '../schema/record.js';
import type { Scheme } from '../schema/scheme.js';
import { parseScheme } from '../schema/parseScheme.js';

// Law: quota counts hold for every pool size from 1 up under the small-pool rule. For a pool of
// n firms with distinct totals, class k and the better ones hold exactly c_k firms, where
// c_k = share_k × n rounded by the rule — computed here with whole numbers (shares in ‰):
// floor = ⌊s·n/1000⌋, ceil = ⌈s·n/1000⌉, round (half-up) = ⌊(2·s·n + 1000)/2000⌋, literal = floor —
// the last class takes the rest — or, with lastClass ownShare, its own share (1000 − s_C) rounded the
// same way, counted from the bottom, the class above never ending before the one above it;
// pools under minPoolSize all get the fallback class.

type Counting = 'round' | 'floor' | 'ceil' | 'literal';
type LastClass = 'rest' | 'ownShare';
const LETTERS = ['A', 'B', 'C', 'D'] as const;

const rounded = (permille: number, n: number, counting: Counting): number =>
  counting === 'ceil'
    ? Math.ceil((permille * n) / 1000)
    : counting === 'round'
      ? Math.floor((2 * permille * n + 1000) / 2000)
      : Math.floor((permille * n) / 1000);

function expectedCumulative(permille: readonly number[], n: number, counting: Counting, lastClass: LastClass = 'rest'): number[] {
  const c = permille.map((s, k) => (k === permille.length - 1 ? n : Math.min(n, rounded(s, n, counting))));
  if (lastClass === 'ownShare') {
    const last = permille.length - 1;
    const own = rounded(1000 - (permille[last - 1] as number), n, counting);
    c[last - 1] = Math.min(n, Math.max(c[last - 2] as number, n - own));
  }
  return c;
}

function scheme(
  permille: readonly number[],
  counting: Counting,
  minPoolSize: number,
  fallbackClass: (typeof LETTERS)[number],
  lastClass: LastClass = 'rest',
): Scheme {
  return parseScheme({
    id: 'quota-law',
    name: '名额',
    nameEn: 'Quota law',
    scope: { belowScaleLandThresholdMu: 0 },
    groups: [{ id: 'all', name: '全部', nameEn: 'All', indicators: [{ id: 'taxPerMu', weight: 100, benchmark: { kind: 'fixed', value: 1 } }] }],
    classes: {
      mode: 'quota',
      tiers: LETTERS.map((id, k) => ({ id, name: id, nameEn: id, cumulativeShare: (permille[k] as number) / 1000 })),
      smallPool: { counting, minPoolSize, fallbackClass, lastClass },
    },
  });
}

// n firms on 1 亩 each, tax 1 … n 万元: distinct totals 100 … 100n, ranked n … 1.
const pool = (n: number): EnterpriseRecord[] =>
  Array.from({ length: n }, (_, i) => ({
    creditCode: `91320400MA${String(i).padStart(8, '0')}`,
    name: `企业${i}`,
    scale: 'above',
    landOwnedMu: '1',
    taxWan: String(i + 1),
  }));

const arbShares = fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 3, maxLength: 3 }).map((s) => [...s.sort((a, b) => a - b), 1000]);

describe('quota counts', () => {
  test('quota counts hold for every pool size from 1 up under the small-pool rule', () =>
    fc.assert(
      fc.property(
        arbShares,
        fc.constantFrom<Counting>('round', 'floor', 'ceil', 'literal'),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(...LETTERS),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom<LastClass>('rest', 'ownShare'),
        (permille, counting, minPoolSize, fallback, n, lastClass) => {
          const e = evaluate(pool(n), scheme(permille, counting, minPoolSize, fallback, lastClass));
          const got = LETTERS.map((id) => e.results.filter((r) => r.class === id).length);
          if (n < minPoolSize) {
            expect(got).toEqual(LETTERS.map((id) => (id === fallback ? n : 0)));
            return;
          }
          const cumulative = expectedCumulative(permille, n, counting, lastClass);
          expect(got).toEqual(cumulative.map((c, k) => c - (k === 0 ? 0 : (cumulative[k - 1] as number))));
          expect(quotaCounts(n, e.scheme.classes)).toEqual(cumulative);
          // The firm ranked r is in the first class whose cumulative count reaches r.
          for (const r of e.results) expect(r.class).toBe(LETTERS[cumulative.findIndex((c) => r.rank <= c)]);
        },
      ),
      { numRuns: 150 },
    ));

  it('every pool size 1 … 200 under 20 / 60 / 95 % and each counting rule', () => {
    const classes = (counting: Counting) => evaluate([], scheme([200, 600, 950, 1000], counting, 1, 'B')).scheme.classes;
    for (const counting of ['round', 'floor', 'ceil', 'literal'] as const)
      for (let n = 1; n <= 200; n++)
        expect([counting, n, quotaCounts(n, classes(counting))]).toEqual([counting, n, expectedCumulative([200, 600, 950, 1000], n, counting)]);
  });

  it('后 5 % as at most 5 % (lastClass ownShare, floor): no D below 20 firms, ⌊n / 20⌋ from there', () => {
    const classes = evaluate([], scheme([200, 600, 950, 1000], 'floor', 1, 'B', 'ownShare')).scheme.classes;
    for (let n = 1; n <= 200; n++) expect([n, n - (quotaCounts(n, classes)[2] as number)]).toEqual([n, Math.floor(n / 20)]);
    // Read from the top (rest), the same pools give ⌈n / 20⌉: one firm of five, two of thirty.
    const rest = evaluate([], scheme([200, 600, 950, 1000], 'floor', 1, 'B')).scheme.classes;
    for (const [n, d] of [
      [5, 1],
      [20, 1],
      [30, 2],
      [40, 2],
    ] as const)
      expect(n - (quotaCounts(n, rest)[2] as number)).toBe(d);
  });
});
