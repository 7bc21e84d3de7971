import * as fc from 'fast-check';

/**
 * A non-negative decimal string with up to `decimals` decimals, at most `max`, e.g. "1234.567".
 * Integers scaled down, so every value is exact and small values (and zero) come often.
 */
export function arbAmount(max: number, decimals = 3): fc.Arbitrary<string> {
  return fc
    .integer({ min: 0, max: decimals })
    .chain((dp) => fc.integer({ min: 0, max: Math.round(max * 10 ** dp) }).map((n) => (dp === 0 ? String(n) : (n / 10 ** dp).toFixed(dp))));
}
