import fc from 'fast-check';
import { expect, test } from 'vitest';
import { Dec } from '../arithmetic/decimal.js';
import { arbRecords, arbScheme } from '../arbitraries/index.js';
import { evaluate } from '../evaluate/evaluate.js';
import { explain } from '../explain/explain.js';

// Law: contributions (the shown indicator scores plus the adjustment points) sum exactly to the
// total shown; the total is the raw total rounded once; every shown score is its raw score rounded
// down or up to the shown precision, never further off. explain's shares and sum line agree.

test('contributions sum exactly to the total', () =>
  fc.assert(
    fc.property(arbScheme(), arbRecords({ maxLength: 30 }), (scheme, records) => {
      const { decimals } = scheme.rounding;
      const unit = new Dec(1).div(new Dec(10).pow(decimals));
      const e = evaluate(records, scheme);
      for (const r of e.results) {
        let sum = new Dec(0);
        for (const i of r.indicators) {
          const shown = new Dec(i.score);
          sum = sum.plus(shown);
          expect(shown.decimalPlaces()).toBeLessThanOrEqual(decimals);
          expect(shown.minus(new Dec(i.rawScore)).abs().lt(unit)).toBe(true);
        }
        for (const a of r.adjustments) sum = sum.plus(new Dec(a.points));
        expect(sum.eq(new Dec(r.total))).toBe(true);
        expect(r.total).toMatch(decimals === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${decimals}}$`));
        expect(new Dec(r.total).minus(new Dec(r.rawTotal)).abs().lte(unit)).toBe(true);
      }
      const first = e.results[0];
      if (first !== undefined) {
        const x = explain(e, first.creditCode, records);
        expect(x?.sum.endsWith(`= ${first.total}`)).toBe(true);
      }
    }),
    { numRuns: 120 },
  ));
