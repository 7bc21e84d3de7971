import { Dec } from '../arithmetic/decimal.js';
import type { DecimalColumn } from './columns.js';

const SAFE = 2 ** 53;

/**
 * An exact sum of {@link DecimalColumn} cells: one float accumulator of mantissas per scale
 * (exact while below 2^53, then carried into a BigInt), wide cells added as exact decimals, all
 * turned into one decimal.js value at the end — exact whatever the count or the widths (decimal.js
 * keeps every digit of a value it is given; only its arithmetic rounds to 40 digits).
 */
export class ExactSum {
  private readonly acc = new Float64Array(23);
  private readonly big: bigint[] = new Array<bigint>(23).fill(0n);
  private maxScale = 0;
  private readonly wide: string[] = [];

  add(col: DecimalColumn, i: number): void {
    if (col.wide !== undefined) {
      const w = col.wide.get(i);
      if (w !== undefined) {
        this.wide.push(w);
        return;
      }
    }
    const s = col.scale[i] as number;
    const m = col.mant[i] as number;
    if (s > this.maxScale) this.maxScale = s;
    const a = (this.acc[s] as number) + m;
    if (Math.abs(a) >= SAFE) {
      this.big[s] = (this.big[s] as bigint) + BigInt(this.acc[s] as number) + BigInt(m);
      this.acc[s] = 0;
    } else this.acc[s] = a;
  }

  /** The exact sum as a decimal. */
  toDec(): Dec {
    let S = this.maxScale;
    for (const w of this.wide) S = Math.max(S, decimalsOf(w));
    let total = 0n;
    for (let s = 0; s <= Math.min(S, 22); s++) total += ((this.big[s] as bigint) + BigInt(this.acc[s] as number)) * 10n ** BigInt(S - s);
    for (const w of this.wide) total += scaledInteger(w, S);
    return new Dec(pointed(total, S));
  }
}

function decimalsOf(text: string): number {
  const p = text.indexOf('.');
  return p < 0 ? 0 : text.length - p - 1;
}

/** A plain decimal text × 10^scale as an integer (scale ≥ its decimals). */
function scaledInteger(text: string, scale: number): bigint {
  const d = decimalsOf(text);
  return BigInt(text.replace('.', '')) * 10n ** BigInt(scale - d);
}

/** An integer ÷ 10^scale as plain decimal text (exact). */
function pointed(n: bigint, scale: number): string {
  const neg = n < 0n;
  let digits = (neg ? -n : n).toString();
  if (scale === 0) return (neg ? '-' : '') + digits;
  if (digits.length <= scale) digits = '0'.repeat(scale - digits.length + 1) + digits;
  return `${neg ? '-' : ''}${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
}
