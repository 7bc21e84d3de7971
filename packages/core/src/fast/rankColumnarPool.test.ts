import fc from 'fast-check';
import { expect, test } from 'vitest';
import { Dec } from '../arithmetic/decimal.js';
import { getPreset } from '../presets/getPreset.js';
import { decimalColumn, storeDecimal } from './columns.js';
import { rankColumnarPool } from './rankColumnarPool.js';

// Law: the rank order is DOMAIN.md §5's, whatever the pool's size and the spread of its totals —
// shown total descending, then (unless tieBreak is 'shared') taxPerMu descending computed exactly,
// a firm without tax last, then credit code, then input position. The reference below sorts the
// whole pool with that rule in decimals; the engine sorts keys by total and only ties by its rule.

const figure = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 400 }).map(String), fc.constantFrom('1', '3', '0.5', '1e-160', '12345678901234567890.5'));

test('ranking orders by total, then exact taxPerMu, code and position, at any pool size and spread', () => {
  let bigPools = 0;
  let tiesBroken = 0;
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 300 }).chain((size) =>
        fc.record({
          spread: fc.constantFrom(3, 50, 10_000, 2 ** 40),
          totals: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: size, maxLength: size }),
          tax: fc.array(figure, { minLength: size, maxLength: size }),
          land: fc.array(fc.constantFrom('1', '2', '3', '7', '0.3'), { minLength: size, maxLength: size }),
          codes: fc.array(fc.constantFrom('A', 'B', 'C'), { minLength: size, maxLength: size }),
          shared: fc.boolean(),
        }),
      ),
      ({ spread, totals, tax, land, codes, shared }) => {
        const size = totals.length;
        const totalUnits = Float64Array.from(totals, (t) => Math.floor(t * spread));
        const taxCol = decimalColumn(size);
        const landCol = decimalColumn(size);
        tax.forEach((t, i) => (t === null ? (taxCol.scale[i] = -1) : storeDecimal(taxCol, i, t)));
        land.forEach((l, i) => storeDecimal(landCol, i, l));
        const members = Int32Array.from({ length: size }, (_, k) => k);
        const classes = { ...getPreset().classes, tieBreak: shared ? ('shared' as const) : ('taxPerMu-then-code' as const) };
        const ranked = rankColumnarPool(
          { members, totalUnits, creditCode: (i) => codes[i] as string, tax: taxCol, land: landCol, vetoes: () => undefined },
          classes,
          2,
        );
        const tpm = (k: number) => (tax[k] === null ? null : new Dec(tax[k] as string).div(land[k] as string));
        const expected = [...members].sort((a, b) => {
          if (totalUnits[a] !== totalUnits[b]) return (totalUnits[b] as number) - (totalUnits[a] as number);
          if (!shared) {
            const [ta, tb] = [tpm(a), tpm(b)];
            if (ta === null || tb === null) {
              if (ta !== tb) return ta === null ? 1 : -1;
            } else if (!ta.eq(tb)) return tb.comparedTo(ta);
          }
          if (codes[a] !== codes[b]) return (codes[a] as string) < (codes[b] as string) ? -1 : 1;
          return a - b;
        });
        expect([...ranked.order]).toEqual(expected);
        if (size > 64) bigPools++;
        if (!shared && new Set(totalUnits).size < size) tiesBroken++;
      },
    ),
    { numRuns: 300 },
  );
  // The law must have met large pools and ties decided past the total.
  expect(bigPools).toBeGreaterThanOrEqual(100);
  expect(tiesBroken).toBeGreaterThanOrEqual(50);
});
