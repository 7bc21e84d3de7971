import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Dec } from './decimal.js';
import { toSignificant } from './significant.js';

describe('toSignificant', () => {
  test.each([
    ['1329.740689459719', '1329.74'],
    ['0.003048346893271606', '0.00304835'],
    ['999999.5', '1000000'],
    ['0.9999996', '1'],
    ['12345650', '12345700'],
    ['-2.0000005', '-2'],
    ['-2.000005', '-2.00001'],
    ['175', '175'],
    ['0', '0'],
    ['-0.000000', '0'],
  ])('%s → %s', (value, expected) => {
    expect(toSignificant(value, 6)).toBe(expected);
  });

  const decimalString = fc
    .tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,12}$/), fc.option(fc.stringMatching(/^[0-9]{1,40}$/), { nil: undefined }))
    .map(([neg, i, f]) => `${neg ? '-' : ''}${i}${f === undefined ? '' : `.${f}`}`);

  test('equals decimal.js toSignificantDigits (half-up), as a number', () =>
    fc.assert(
      fc.property(decimalString, fc.integer({ min: 1, max: 10 }), (value, n) => {
        const expected = new Dec(value).toSignificantDigits(n);
        expect(new Dec(toSignificant(value, n)).equals(expected)).toBe(true);
      }),
    ));
});
