// @ts-check
/**
 * The default scheme `changzhou-wujin` as the baselines need it: one place, so the DuckDB and
 * pandas baselines (bench/baseline_pandas.py reads `node bench/contenders/scheme.mjs` output)
 * do exactly the same job as `score`.
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

/** Cumulative class shares in percent: A top 20 %, B to 60 %, C to 95 %, D the rest. */
export const CLASS_CUTS = /** @type {const} */ ([20, 60, 95]);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify({ groups: GROUPS, landThresholdMu: LAND_THRESHOLD_MU, classCuts: CLASS_CUTS }));
}
