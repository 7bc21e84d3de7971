import { Decimal } from 'decimal.js';
import { fenToYuan, toFen } from './fen.js';

/**
 * The one configured decimal.js clone of @mujun/policy (40 significant digits, half-up), for the
 * figures of simulation and sensitivity. A measure's amount is computed in whole numbers
 * (apply/exactMoney) and rounded once, to the fen (0.01 yuan), half-up (四舍五入), per measure per
 * firm — so fiscal totals are plain sums of the amounts shown to each firm.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

/** Sums yuan amounts already rounded to the fen, exactly; an empty list sums to "0.00". */
export function sumYuan(amounts: readonly string[]): string {
  let total = 0n;
  for (const a of amounts) total += toFen(a);
  return fenToYuan(total);
}
