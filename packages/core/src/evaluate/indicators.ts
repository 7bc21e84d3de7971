import type { Dec } from '../arithmetic/decimal.js';

/**
 * An indicator value kept as an exact fraction: numerator / denominator, denominator > 0.
 * Ratio scores are computed as weight × num × B.den / (den × B.num), one division, so that
 * scaling a column by k cancels exactly (k·num / k·Σnum) instead of leaving rounding noise.
 */
export interface Fraction {
  num: Dec;
  den: Dec;
}
