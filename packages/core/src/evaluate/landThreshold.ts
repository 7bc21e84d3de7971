import { Dec, decOf, roundTo } from '../arithmetic/decimal.js';

/** 亩 per m²: 1 亩 = 10 000 / 15 m². */
const MU_PER_M2 = new Dec('0.0015');

/**
 * The land a firm needs to be in scope under a 规下 threshold of `thresholdMu` 亩, at the precision
 * land records are written in: m² to two decimals. 5 亩 is 3333.33 m² in a land register, which is
 * 4.999995 亩, so a 5-亩 plot recorded that way is in scope; 3 亩 is 2000.00 m², exactly 3 亩.
 * A threshold of k 亩 becomes round(k / 0.0015, 2) m² × 0.0015 (rounded half-up).
 */
export function landThresholdMu(thresholdMu: number): Dec {
  const m2 = roundTo(decOf(thresholdMu).div(MU_PER_M2), 2, 'halfUp');
  return m2.times(MU_PER_M2);
}
