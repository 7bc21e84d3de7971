import { Decimal } from 'decimal.js';
import { fenToYuan, toFen } from './fen.js';

/**
 * The one configured decimal.js clone of @mujun/policy. Money is computed exactly at 40
 * significant digits and rounded once, to the fen (0.01 yuan), half-up (四舍五入), per measure
 * per firm — so fiscal totals are plain sums of the amounts shown to each firm.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

/** kWh per 万千瓦时 (the unit of `electricityWanKwh`). */
export const KWH_PER_WAN_KWH = new Dec(10000);

/** Rounds a yuan amount to the fen, half-up, and writes it as a fixed 2-decimal string. */
export function toYuan(amount: Dec): string {
  return amount.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2);
}

/** Sums yuan amounts already rounded to the fen, exactly; an empty list sums to "0.00". */
export function sumYuan(amounts: readonly string[]): string {
  let total = 0n;
  for (const a of amounts) total += toFen(a);
  return fenToYuan(total);
}
