import fc from 'fast-check';
import { expect, test } from 'vitest';
import { arbRecords, arbScheme } from '../arbitraries/index.js';
import { evaluate } from '../evaluate/evaluate.js';

// Law: records in = scored + excluded. Every input record ends in exactly one place: the credit
// codes out are the codes in (as a multiset), each exclusion points at its own input record, and
// each pool's class counts add up to its size.

test('records in = scored + excluded', () =>
  fc.assert(
    fc.property(
      arbScheme(),
      fc.boolean().chain((unique) => fc.boolean().chain((edge) => arbRecords({ maxLength: 40, uniqueCodes: unique, values: edge ? 'edge' : 'typical' }))),
      (scheme, records) => {
        const e = evaluate(records, scheme);
        expect(e.accounting).toEqual({ records: records.length, scored: e.results.length, excluded: e.excluded.length });
        expect(e.results.length + e.excluded.length).toBe(records.length);
        const codesIn = records.map((r) => r.creditCode).sort();
        const codesOut = [...e.results.map((r) => r.creditCode), ...e.excluded.map((x) => x.creditCode)].sort();
        expect(codesOut).toEqual(codesIn);
        const indices = e.excluded.map((x) => x.index);
        expect(new Set(indices).size).toBe(indices.length);
        for (const x of e.excluded) expect(records[x.index]?.creditCode).toBe(x.creditCode);
        for (const p of e.pools) {
          expect(Object.values(p.counts).reduce((a, b) => a + b, 0)).toBe(p.size);
          expect(e.results.filter((r) => r.pool === p.pool).length).toBe(p.size);
        }
        expect(e.pools.reduce((n, p) => n + p.size, 0)).toBe(e.results.length);
      },
    ),
    { numRuns: 120 },
  ));
