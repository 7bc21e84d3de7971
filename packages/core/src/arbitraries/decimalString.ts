import * as fc from 'fast-check';

/** Options of {@link arbDecimalString}. */
export interface DecimalStringOptions {
  /** Smallest value (default 0). */
  min?: number | undefined;
  /** Largest value (default 10 000). */
  max?: number | undefined;
  /** Most decimals written (default 2); each value has 0 … decimals of them. */
  decimals?: number | undefined;
}

/**
 * A plain decimal string as `@mujun/core`'s `DecimalString` accepts it ("0", "12.5", "-3.25"), drawn as a
 * whole number of 10^−decimals in [min, max] so every value is exact, never a binary float.
 * Bounds times 10^decimals must stay within ±2^53.
 */
export function arbDecimalString(options: DecimalStringOptions = {}): fc.Arbitrary<string> {
  const { min = 0, max = 10_000, decimals = 2 } = options;
  return fc.integer({ min: 0, max: decimals }).chain((dp) => {
    const scale = 10 ** dp;
    return fc.integer({ min: Math.ceil(min * scale), max: Math.floor(max * scale) }).map((n) => formatScaled(n, dp));
  });
}

/** n × 10^−dp written exactly: 1234, 2 → "12.34"; −5, 2 → "-0.05". */
function formatScaled(n: number, dp: number): string {
  const digits = String(Math.abs(n)).padStart(dp + 1, '0');
  const body = dp === 0 ? digits : `${digits.slice(0, -dp)}.${digits.slice(-dp)}`;
  return n < 0 ? `-${body}` : body;
}
