import { Dec, floorTo } from '../arithmetic/decimal.js';

/**
 * Shown indicator scores that add up exactly to `target` (the rounded total minus the adjustment
 * points), by the largest-remainder method: every raw score is first rounded down to the shown
 * precision, then the units still missing go one each to the largest remainders (ties: the
 * indicator listed first in the scheme). Because the total is rounded once from the exact sum,
 * the number of missing units is always between 0 and the number of indicators, so every shown
 * score is its raw score rounded down or up — never further off than one unit.
 *
 * The 黄岩 2022 worked example: floors 37.34 + 24.48 + 24.74 + 8.45 + 11.02 + 9.93 = 115.96, the
 * total is 115.99, so the 3 largest remainders (taxPerMu .009, valueAddedPerEnergy .006,
 * laborProductivity .005) get +0.01: 37.35 + 24.48 + 24.75 + 8.45 + 11.03 + 9.93 = 115.99.
 */
export function splitShown(raws: readonly Dec[], target: Dec, decimals: number): Dec[] {
  const unit = new Dec(1).div(new Dec(10).pow(decimals));
  const shown = raws.map((r) => floorTo(r, decimals));
  let missing = target;
  for (const s of shown) missing = missing.minus(s);
  const units = missing.div(unit).toNumber();
  if (!Number.isInteger(units) || units < 0 || units > raws.length)
    throw new Error(`internal: cannot split ${target.toString()} into ${raws.length} shown scores (${units} units)`);
  const order = raws.map((r, i) => ({ i, remainder: r.minus(shown[i] as Dec) })).sort((a, b) => b.remainder.comparedTo(a.remainder) || a.i - b.i);
  for (let k = 0; k < units; k++) {
    const i = (order[k] as { i: number }).i;
    shown[i] = (shown[i] as Dec).plus(unit);
  }
  return shown;
}
