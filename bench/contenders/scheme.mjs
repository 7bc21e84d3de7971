// @ts-check
/**
 * The default scheme `changzhou-wujin` (packages/core/src/presets/changzhouWujin.ts) as the
 * baselines need it, for inputs with no missing figures, no dates, no flags and no exempt
 * industry (which the bench data never has). One place for the JavaScript baselines; the pandas
 * script copies it, and the cross-check test keeps all of them equal to `score`.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ABOVE = {
  taxPerMu: 40,
  salesPerMu: 20,
  taxPerEnergy: 10,
  taxPerEmission: 10,
  laborProductivity: 10,
  rdIntensity: 10,
};

/** Group id → indicator weights. Key polluters use the above-scale set in their own pool. */
export const GROUPS = {
  'above-scale': ABOVE,
  'below-scale': { taxPerMu: 45, salesPerMu: 35, taxPerEnergy: 20 },
  'key-polluter': ABOVE,
};

/** Below-scale firms under this land area (亩) are out of scope. */
export const LAND_THRESHOLD_MU = 3;

/** Each indicator score is capped at this multiple of its weight (and floored at 0). */
export const CAP_MULTIPLE = 2;

/**
 * Cumulative class shares in percent: A top 20 %, B to 60 %, C to 95 %, D the rest. Counts are
 * the core's `counting: 'literal'` (= floor): rank r is in class k when r ≤ ⌊share_k × n⌋.
 */
export const CLASS_CUTS = /** @type {const} */ ([20, 60, 95]);

/** Pools with fewer firms are not ranked into quotas: every firm is class B. */
export const MIN_POOL_SIZE = 5;
export const SMALL_POOL_CLASS = 'B';

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(
    JSON.stringify({
      groups: GROUPS,
      landThresholdMu: LAND_THRESHOLD_MU,
      capMultiple: CAP_MULTIPLE,
      classCuts: CLASS_CUTS,
      minPoolSize: MIN_POOL_SIZE,
      smallPoolClass: SMALL_POOL_CLASS,
    }),
  );
}
