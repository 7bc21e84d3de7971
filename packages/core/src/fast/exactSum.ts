import { Dec } from '../arithmetic/decimal.js';
import type { DecimalColumn } from './columns.js';

/** Raised inside the fast path when the input needs something it does not do; the caller falls back to the reference engine. */
export class Unsupported extends Error {}

const SAFE = 2 ** 53;

/**
 * An exact sum of {@link DecimalColumn} cells: one float accumulator of mantissas per scale
 * (exact while below 2^53, then carried into a BigInt), turned into a decimal.js value at the
 * end. The reference engine adds the same cells one by one with 40 significant digits; its sum
 * is exact — and so equal to this one — when Σ|x| · 10^S < 10^39 (S the largest scale): every
 * partial sum is then a multiple of 10^−S of at most 39 digits. Beyond that bound the fast path
 * declines the input.
 */
export class ExactSum {
  private readonly acc = new Float64Array(23);
  private readonly big: bigint[] = new Array<bigint>(23).fill(0n);
  private readonly abs = new Float64Array(23);
  private maxScale = 0;

  add(col: DecimalColumn, i: number): void {
    const s = col.scale[i] as number;
    const m = col.mant[i] as number;
    if (s > this.maxScale) this.maxScale = s;
    const a = (this.acc[s] as number) + m;
    if (Math.abs(a) >= SAFE) {
      this.big[s] = (this.big[s] as bigint) + BigInt(this.acc[s] as number) + BigInt(m);
      this.acc[s] = 0;
    } else this.acc[s] = a;
    this.abs[s] = (this.abs[s] as number) + Math.abs(m);
  }

  /** The exact sum as a decimal (the reference engine's sum, digit for digit). */
  toDec(): Dec {
    const S = this.maxScale;
    let bound = 0; // ≈ Σ|x| · 10^S (a float estimate; the test has a factor 10 to spare)
    for (let s = 0; s <= S; s++) bound += (this.abs[s] as number) * 10 ** (S - s);
    if (bound >= 1e38) throw new Unsupported('sum beyond 39 significant digits');
    let total = 0n;
    for (let s = 0; s <= S; s++) total += ((this.big[s] as bigint) + BigInt(this.acc[s] as number)) * 10n ** BigInt(S - s);
    return new Dec(total.toString()).div(new Dec(10).pow(S));
  }
}
