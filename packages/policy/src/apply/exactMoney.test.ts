import fc from 'fast-check';
import { expect, test } from 'vitest';
import { Dec } from '@mujun/core/engine';
import { calculationText, exactOf, quotientText, roundedFen, times } from './exactMoney.js';

/** A plain non-negative decimal of up to 12 digits and 8 decimals. */
const decimal = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 8 }))
  .map(([digits, scale]) => new Dec(digits.toString()).div(new Dec(10).pow(scale)).toFixed());

/** decimal.js's own default notation (exponent at −7 and below, 21 and above), at core's 40 digits: the reference. */
const DEFAULT_NOTATION = Dec.clone({ toExpNeg: -7, toExpPos: 21 });
const reference = (num: bigint, den: bigint): string => new DEFAULT_NOTATION(num.toString()).div(den.toString()).toString();

test("law: quotientText is decimal.js's 40-digit quotient, as its default toString writes it, and so is calculationText", () => {
  let plainFractions = 0;
  let nearSmallest = 0;
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 10n ** 45n }), fc.bigInt({ min: 1n, max: 10n ** 30n }), fc.integer({ min: 0, max: 40 }), (num, den, shift) => {
      // Half the draws scale the quotient down, so that small exponents (around −7) come up too.
      const d = shift > 20 ? den * 10n ** BigInt(shift) : den;
      const expected = reference(num, d);
      if (expected.includes('.') && !expected.includes('e')) plainFractions++;
      if (/e-[67]$/.test(expected) || /^0\.00000[1-9]/.test(expected)) nearSmallest++;
      expect(quotientText(num, d)).toBe(expected);
      expect(calculationText(new Dec(num.toString()).div(d.toString()))).toBe(expected);
    }),
    { numRuns: 2000 },
  );
  expect(plainFractions).toBeGreaterThan(200);
  // Quotients of exponent −6 or −7, where the notation changes: 26–54 of the 2000 over six seeds (about 2 % a run).
  expect(nearSmallest).toBeGreaterThan(10);
});

test('quotientText at the edges: 2/3, 10000/15, a carry to the next power of ten, tiny and huge quotients', () => {
  for (const [num, den] of [
    [2n, 3n],
    [10000n, 15n],
    [10n ** 41n - 1n, 10n],
    [1n, 10n ** 9n],
    [1n, 10n ** 6n],
    [1n, 10n ** 7n],
    [15n, 10n ** 8n],
    [10n ** 25n, 7n],
    [10n ** 21n - 1n, 1n],
    [10n ** 21n, 1n],
    [5n, 1n],
    [0n, 9n],
  ] as const)
    expect(quotientText(num, den)).toBe(reference(num, den));
  // The smallest plain quotient and the largest one with an exponent below 1, as decimal.js writes them.
  expect([quotientText(1n, 10n ** 6n), quotientText(1n, 10n ** 7n), quotientText(15n, 10n ** 8n)]).toEqual(['0.000001', '1e-7', '1.5e-7']);
});

test('law: a land-use-tax relief in fen is mu × 10 000 / 15 × rate × percent / 100, rounded once, half-up', () => {
  let nonZero = 0;
  fc.assert(
    fc.property(decimal, decimal, fc.constantFrom('100', '80', '50', '33.3'), (mu, rate, percent) => {
      const fen = roundedFen(times(exactOf(mu), { digits: 10000n, scale: 0 }, exactOf(rate), exactOf(percent)), 15n);
      const yuan = new Dec(mu).times(10000).times(rate).times(percent).div(1500).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
      if (fen > 0n) nonZero++;
      expect(fen.toString()).toBe(yuan.times(100).toFixed(0));
    }),
    { numRuns: 1000 },
  );
  expect(nonZero).toBeGreaterThan(500);
});

test('a halfway amount rounds up: 0.005 yuan is 1 fen; a negative figure counts as zero', () => {
  expect(roundedFen(times(exactOf('0.005'), { digits: 100n, scale: 0 }), 1n)).toBe(1n);
  expect(roundedFen(times(exactOf('0.00499'), { digits: 100n, scale: 0 }), 1n)).toBe(0n);
  expect(exactOf('-3.5')).toEqual({ digits: 0n, scale: 0 });
});
