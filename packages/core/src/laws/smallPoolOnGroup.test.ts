import fc from 'fast-check';
import { expect, test } from 'vitest';
import { arbRecords, arbScheme } from '../arbitraries/index.js';
import { evaluate } from '../evaluate/evaluate.js';
import { parseScheme } from '../schema/parseScheme.js';

// Law: a pool under the minimum size benchmarked on its group (classes.smallPool.benchmarkOn 'group')
// scores each of its firms exactly as the group scored as one pool would: the same indicator scores,
// benchmarks and totals as the same scheme with poolByCounty off. (Every record has a county here,
// so both runs hold the same firms in the group.)

test('a small pool’s firms score as in their whole group pooled together', () => {
  let firms = 0;
  fc.assert(
    fc.property(arbScheme(), arbRecords({ minLength: 3, maxLength: 30 }), (drawn, records) => {
      const scheme = parseScheme({
        ...drawn,
        classes: { ...drawn.classes, poolByCounty: true, smallPool: { ...drawn.classes.smallPool, benchmarkOn: 'group' } },
      });
      const byCounty = evaluate(records, scheme);
      const small = new Set(byCounty.pools.filter((p) => p.smallPool?.benchmarkOn === 'group').map((p) => p.pool));
      if (small.size === 0) return;
      const whole = evaluate(records, parseScheme({ ...scheme, classes: { ...scheme.classes, poolByCounty: false } }));
      const inWhole = new Map(whole.results.map((r) => [r.creditCode, r]));
      for (const r of byCounty.results) {
        if (!small.has(r.pool)) continue;
        const w = inWhole.get(r.creditCode);
        expect(w).toBeDefined();
        expect(r.total).toBe(w?.total);
        expect(r.indicators.map((i) => [i.id, i.rawScore, i.benchmark, i.imputation])).toEqual(
          w?.indicators.map((i) => [i.id, i.rawScore, i.benchmark, i.imputation]),
        );
        firms++;
      }
    }),
    { numRuns: 200 },
  );
  expect(firms).toBeGreaterThan(100);
});
