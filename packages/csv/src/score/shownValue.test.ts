import fc from 'fast-check';
import { expect, test } from 'vitest';
import { Dec } from '../internal/decimal.js';
import { toSignificant } from '@mujun/core';
import { shownValue } from './shownValue.js';

// The table's rule (table/significant): six significant digits, half-up, a plain decimal.
const reference = (s: string) => toSignificant(s, 6);

// A decimal, its float, and the exact value as a fallback: shownValue equals the ordinary path's text.
const decimal = fc
  .tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: -12, max: 30 }))
  .map(([m, s]) => new Dec(m.toString()).div(new Dec(10).pow(s)));
const halfway = fc
  .tuple(fc.integer({ min: 100000, max: 999999 }), fc.integer({ min: -15, max: 25 }), fc.constantFrom('5', '49999999', '50000001', ''))
  .map(([d, e, tail]) => new Dec(`${d}${tail}`).times(new Dec(10).pow(e - tail.length)));

test('six significant digits as the table shows them, from the float or the exact value', () =>
  fc.assert(
    fc.property(fc.oneof(decimal, halfway), (x) => {
      const text = x.isZero() ? '0' : x.toFixed();
      expect(shownValue(Number(text), () => x)).toBe(reference(text));
    }),
    { numRuns: 3000 },
  ));

test('a tiny value is a plain decimal, never exponent notation (rd_wan 0.04 over sales_wan 100000)', () => {
  const x = new Dec('0.04').div('100000');
  expect(shownValue(0.04 / 100000, () => x)).toBe('0.0000004');
});
