import type * as fc from 'fast-check';
import { arbDecimalString } from '@mujun/core/arbitraries';

/**
 * A non-negative decimal string with up to `decimals` decimals, at most `max`, e.g. "1234.567":
 * core's `arbDecimalString`, so every value is exact and small values (and zero) come often.
 */
export function arbAmount(max: number, decimals = 3): fc.Arbitrary<string> {
  return arbDecimalString({ max, decimals });
}
