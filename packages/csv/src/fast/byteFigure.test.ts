import { setDecimal } from '@mujun/core/engine';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { Dec, plainDecimal } from '../internal/decimal.js';
import { isProblem } from '../values/cellProblem.js';
import { parseDecimal } from '../values/parseDecimal.js';
import { powerOfTen, readFigure } from './byteFigure.js';

/** What read/parseRow and the part builder make of a figure cell in a unit of `factor`: the column cell, or null when it is no plain figure there. */
function reference(cell: string, factor: string): { mant: number; scale: number } | null {
  const d = parseDecimal(cell);
  if (d === undefined || isProblem(d)) return null;
  const v = factor === '1' ? d : plainDecimal(new Dec(d).times(factor));
  const col = { mant: new Float64Array(1), scale: new Int8Array(1) };
  return setDecimal(col, 0, v) ? { mant: col.mant[0]!, scale: col.scale[0]! } : null;
}

const FACTORS = ['1', '0.0001', '0.1', '10000', '0.001', '10'];
const digits = (max: number) => fc.stringMatching(new RegExp(`^[0-9]{1,${max}}$`));
const cell = fc.oneof(
  digits(18),
  fc.tuple(digits(12), digits(12)).map(([a, b]) => `${a}.${b}`),
  fc.tuple(fc.constantFrom('0', '00', '000'), digits(6), fc.constantFrom('', '0', '000')).map(([z, d, t]) => `${z}${d}.${d}${t}`),
  fc.stringMatching(/^[-+.,0-9]{1,10}$/),
);

test('law: a figure read from bytes is the cell parseDecimal, the unit and setDecimal give, or is left to them', () => {
  let read = 0;
  let left = 0;
  fc.assert(
    fc.property(cell, fc.constantFrom(...FACTORS), (text, factor) => {
      const out = { mant: -1, scale: -1 };
      const bytes = Buffer.from(`x${text}y`);
      if (readFigure(bytes, 1, bytes.length - 1, powerOfTen(factor)!, out)) {
        expect(out).toEqual(reference(text, factor));
        read++;
      } else left++;
    }),
    { numRuns: 3000 },
  );
  expect(read).toBeGreaterThan(1500);
  expect(left).toBeGreaterThan(300);
});

test('units that are powers of ten, and the others', () => {
  expect(FACTORS.map(powerOfTen)).toEqual([0, -4, -1, 4, -3, 1]);
  expect(powerOfTen('0.0015')).toBeNull();
  expect(powerOfTen('15')).toBeNull();
});

test('hand-checked cells', () => {
  const read = (text: string, shift = 0) => {
    const out = { mant: 0, scale: 0 };
    return readFigure(Buffer.from(text), 0, text.length, shift, out) ? [out.mant, out.scale] : null;
  };
  expect(read('007.50')).toEqual([75, 1]);
  expect(read('0.000')).toEqual([0, 0]);
  expect(read(`0.${'0'.repeat(30)}`, -4)).toEqual([0, 0]); // a zero keeps no fraction, however long
  expect(read('120.500', -4)).toEqual([1205, 5]);
  expect(read('10000', -4)).toEqual([1, 0]); // 10000 元 = 1 万元
  expect(read('12345', -4)).toEqual([12345, 4]);
  expect(read('1.5', 4)).toEqual([15000, 0]); // 1.5 亿元 = 15000 万元
  expect(read('999999999999999')).toEqual([999999999999999, 0]);
  expect(read('1000000000000000')).toBeNull(); // 16 digits: too many for a column cell
  expect(read('100000000000', 4)).toBeNull(); // 16 digits after × 10^4
  for (const odd of ['-1', '+1', '1,000', '5.', '.5', '1.2.3', '1e5', '１'] as const) expect(read(odd)).toBeNull();
});
