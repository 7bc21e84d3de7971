import fc from 'fast-check';
import { expect, test } from 'vitest';
import { scaledText, unitsText } from '@mujun/core/engine';
import { ByteLine, sixDigitsInto } from './byteLine.js';
import { fastShown } from './shownValue.js';

const written = (f: (b: ByteLine) => void) => {
  const b = new ByteLine(16);
  f(b);
  return b.take().toString('utf8');
};

test('units = unitsText', () =>
  fc.assert(
    fc.property(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), fc.integer({ min: 0, max: 6 }), (u, d) => {
      expect(written((b) => b.units(u, d))).toBe(unitsText(u, d));
    }),
  ));

test('scaled = scaledText', () =>
  fc.assert(
    fc.property(fc.integer({ min: -999999999999999, max: 999999999999999 }), fc.integer({ min: 0, max: 22 }), (m, s) => {
      expect(written((b) => b.scaled(m, s))).toBe(scaledText(m, s));
    }),
  ));

test('sixDigitsInto writes what fastShown returns, or nothing', () =>
  fc.assert(
    fc.property(
      fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ min: 1e-8, max: 1e22 }),
        fc.integer({ min: 1, max: 10 ** 9 }).map((n) => n / 1000),
      ),
      (x) => {
        if (x === 0) return;
        const b = new ByteLine(16);
        if (sixDigitsInto(b, x)) expect(b.take().toString('utf8')).toBe(fastShown(x));
        else expect(b.pos).toBe(0);
      },
    ),
  ));
