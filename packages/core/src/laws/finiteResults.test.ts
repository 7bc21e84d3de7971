import fc from 'fast-check';
import { expect, test } from 'vitest';
import { arbRecords, arbScheme } from '../arbitraries/index.js';
import { evaluate } from '../evaluate/evaluate.js';
import { explain } from '../explain/explain.js';
import { CoreError } from '../errors.js';
import { EnterpriseRecord } from '../schema/record.js';

// Law: every record the schema accepts yields finite results or a recorded reason. With edge
// figures (zeros, negatives, no land, huge and tiny values, repeated codes) evaluate throws only the
// coded 'score-out-of-range' naming a firm of the input (a score beyond exact reach: bad data to check),
// and no NaN or Infinity appears anywhere in its output or in explain's; every figure is a plain
// decimal string; every exclusion has a reason and a detail.

const DECIMAL = /^-?\d+(\.\d+)?$/;
const NUMERIC_RESULT_FIELDS = ['landMu', 'rawTotal', 'total'] as const;
const NUMERIC_INDICATOR_FIELDS = ['weight', 'rawScore', 'score'] as const;

test('every record the schema accepts yields finite results or a recorded reason', () => {
  let evaluated = 0;
  fc.assert(
    fc.property(
      arbScheme(),
      fc.boolean().chain((unique) => arbRecords({ maxLength: 30, values: 'edge', uniqueCodes: unique })),
      (scheme, records) => {
        for (const r of records) expect(EnterpriseRecord.safeParse(r).success).toBe(true);
        let e: ReturnType<typeof evaluate>;
        try {
          e = evaluate(records, scheme);
        } catch (error: unknown) {
          expect(error).toBeInstanceOf(CoreError);
          expect((error as CoreError).code).toBe('score-out-of-range');
          expect(records.some((r) => (error as CoreError).message.includes(`企业 ${r.creditCode} `))).toBe(true);
          return;
        }
        evaluated++;
        expect(JSON.stringify(e)).not.toMatch(/NaN|Infinity/);
        for (const r of e.results) {
          for (const f of NUMERIC_RESULT_FIELDS) expect(r[f]).toMatch(DECIMAL);
          for (const i of r.indicators) {
            for (const f of NUMERIC_INDICATOR_FIELDS) expect(i[f]).toMatch(DECIMAL);
            if (i.value !== null) expect(i.value).toMatch(DECIMAL);
            if (i.benchmark !== null) expect(i.benchmark).toMatch(DECIMAL);
          }
        }
        for (const b of e.benchmarks) expect(b.value).toMatch(DECIMAL);
        for (const x of e.excluded) {
          expect(x.reason.length).toBeGreaterThan(0);
          expect(x.detail.length).toBeGreaterThan(0);
        }
        for (const r of e.results.slice(0, 5)) expect(JSON.stringify(explain(e, r.creditCode, records))).not.toMatch(/NaN|Infinity/);
      },
    ),
    { numRuns: 120 },
  );
  // The law is about results: most draws must evaluate, not stop at the range check.
  expect(evaluated).toBeGreaterThanOrEqual(100);
});
