import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '@mujun/core';
import { arbRecords, arbScheme } from '../test/arbRecords.js';
import { buildModel } from './buildModel.js';
import { fillDraw, micros, newDraw } from './drawParameters.js';
import { exactCents, fastCents } from './firmCents.js';
import { RATIO } from './poolModel.js';
import { mulberry32 } from './prng.js';

describe('float64 fast path', () => {
  test('gives the exact decimal total whenever it does not defer to it', () =>
    fc.assert(
      fc.property(
        arbRecords(),
        arbScheme,
        fc.integer(),
        fc.constantFrom(0, 0.01, 0.3),
        fc.constantFrom(0, 0.05),
        fc.constantFrom(0, 0.1),
        (records, scheme, seed, weightNoise, benchmarkNoise, dataError) => {
          const evaluation = evaluate(records, scheme);
          const m = buildModel(evaluation, records);
          const { decimals, mode } = evaluation.scheme.rounding;
          const r = { decimals, mode, scale: 10 ** decimals };
          const prng = mulberry32(seed);
          const d = newDraw(m);
          const eta = new Int32Array(m.raw.length);
          for (let draw = 0; draw < 4; draw += 1) {
            fillDraw(d, m, prng, weightNoise, true, benchmarkNoise);
            for (let t = 0; t < eta.length; t += 1) eta[t] = m.termKind[t] === RATIO ? micros(prng, dataError) : 0;
            for (let f = 0; f < m.firmCount; f += 1) {
              const fast = fastCents(m, f, d, eta, r);
              const exact = exactCents(m, f, d, eta, r);
              if (fast !== null) expect(fast).toBe(exact);
              if (weightNoise === 0 && benchmarkNoise === 0 && dataError === 0) {
                // No noise: the exact path reproduces the evaluation's shown total.
                expect(exact / r.scale).toBe(Number(evaluation.results[f]?.total));
              }
            }
          }
        },
      ),
      { numRuns: 80 },
    ));
});
