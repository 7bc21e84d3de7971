import { Decimal } from 'decimal.js';
import type { Rounding } from '../schema/schemeClasses.js';

/**
 * The one place `@mujun/core` does arithmetic. Everything that reaches a score, a class
 * boundary or an amount goes through `Dec`, a configured clone of decimal.js (the global
 * `Decimal.set` is never touched, so a host application's own Decimal settings are left alone).
 * `@mujun/policy` computes with it too (`@mujun/core/engine`); `@mujun/csv` keeps a 64-digit clone
 * for unit conversions of cells up to 60 digits (its internal/decimal.ts says why).
 *
 * 40 significant digits: products of bureau figures are exact, and a quotient is correct to 40
 * digits, far below the 0.01 the total is rounded to. The engine (src/fast) computes in floats
 * where an error bound proves them right and comes back to `Dec` near a rounding or boundary.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
/** A decimal value made by {@link Dec}. */
export type Dec = Decimal;

export const ZERO: Dec = new Dec(0);
export const ONE: Dec = new Dec(1);
export const HUNDRED: Dec = new Dec(100);

/**
 * A scheme number as a decimal. JSON numbers are read through their shortest round-trip string,
 * so the literal `24.097` in a scheme becomes exactly 24.097.
 */
export function decOf(n: number | string): Dec {
  return new Dec(typeof n === 'number' ? String(n) : n);
}

/** Rounding modes a scheme may name (its `rounding.mode`). */
export type RoundingMode = Rounding['mode'];

const MODE: Record<RoundingMode, Decimal.Rounding> = {
  halfUp: Decimal.ROUND_HALF_UP,
  halfEven: Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
};

/** `x` rounded to `decimals` places with the scheme's rounding mode. */
export function roundTo(x: Dec, decimals: number, mode: RoundingMode): Dec {
  return x.toDecimalPlaces(decimals, MODE[mode]);
}

/** `x` rounded down (toward −∞) to a multiple of 10^−decimals. */
export function floorTo(x: Dec, decimals: number): Dec {
  return x.toDecimalPlaces(decimals, Decimal.ROUND_FLOOR);
}

/** Plain decimal string without exponent, e.g. "37.349047599..."; "-0" never appears. */
export function plain(x: Dec): string {
  return x.isZero() ? '0' : x.toFixed();
}

/** Plain decimal string with exactly `decimals` places, e.g. "115.99", "0.00". */
export function fixed(x: Dec, decimals: number): string {
  return x.isZero() ? new Dec(0).toFixed(decimals) : x.toFixed(decimals);
}

/** Sum of decimals in a canonical order, so the result never depends on input order. */
export function sumSorted(xs: Dec[]): Dec {
  const sorted = [...xs].sort((a, b) => a.comparedTo(b));
  let s = ZERO;
  for (const x of sorted) s = s.plus(x);
  return s;
}
