import { describe, expect, it } from 'vitest';
import type { MissingRule } from '../schema/scheme.js';
import { CELL_KINDS, cellKind, cellKindTable, signAt, signIndex } from './cellKind.js';

const RULES: MissingRule[] = ['zero', 'poolAverage', 'exclude'];

describe('cellKindTable', () => {
  it('gives cellKind for every sign pair and pair of rules, the signs read from a column', () => {
    // A column with one cell of each sign: absent, −2.5, 0, 7.
    const col = { mant: Float64Array.of(0, -25, 0, 7), scale: Int8Array.of(-1, 1, 0, 0) };
    let compared = 0;
    for (const numRule of RULES)
      for (const denRule of RULES) {
        const table = cellKindTable(numRule, denRule);
        for (let a = 0; a < 4; a++)
          for (let b = 0; b < 4; b++) {
            expect(CELL_KINDS[table[4 * signIndex(col, a) + signIndex(col, b)]!]).toBe(cellKind(signAt(col, a), signAt(col, b), numRule, denRule));
            compared++;
          }
      }
    expect(compared).toBe(144);
  });
});
