import { describe, expect, it, test } from 'vitest';
import fc from 'fast-check';
import { formatDecimal, formatReadable, roundDecimal } from './decimal.js';

describe('roundDecimal', () => {
  it.each([
    ['1.005', 2, '1.01'],
    ['1.004999', 2, '1.00'],
    ['9.995', 2, '10.00'],
    ['-2.345', 2, '-2.35'],
    ['-0.001', 2, '0.00'],
    ['0.5', 0, '1'],
    ['12', 2, '12.00'],
    ['099.95', 1, '100.0'],
  ])('%s to %i places is %s (half-up, away from zero)', (v, dp, want) => {
    expect(roundDecimal(v, dp)).toBe(want);
  });

  test('agrees with integer arithmetic on 4-place values rounded to 2', () =>
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 9999 }), (int, frac) => {
        const v = `${int < 0 ? '-' : ''}${Math.abs(int)}.${String(frac).padStart(4, '0')}`;
        const sign = int < 0 ? -1n : 1n;
        const scaled = BigInt(Math.abs(int)) * 10000n + BigInt(frac);
        const cents = (scaled + 50n) / 100n;
        const want = cents === 0n ? '0.00' : `${sign < 0n ? '-' : ''}${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
        expect(roundDecimal(v, 2)).toBe(want);
      }),
    ));
});

describe('formatDecimal', () => {
  it('groups thousands', () => {
    expect(formatDecimal('1234567.891', 2)).toBe('1,234,567.89');
    expect(formatDecimal('-1000', 0)).toBe('-1,000');
  });
});

describe('formatReadable', () => {
  it.each([
    ['0.0000312', '0.00003120'],
    ['0.7003', '0.7003'],
    ['25.9512', '25.95'],
    ['1329.74', '1,329.74'],
    ['0', '0.00'],
    ['0.0000', '0.00'],
    ['123456.789', '123,456.79'],
  ])('%s reads as %s', (v, want) => {
    expect(formatReadable(v)).toBe(want);
  });
});
