import type * as fc from 'fast-check';
import type { Scheme } from '../schema/scheme.js';
import { arbScheme, type SchemeOptions } from './scheme.js';
import type { NormalisationMethod } from './internal/indicators.js';

/** The normalisations under which more of an indicator never scores less. */
const RISING: readonly NormalisationMethod[] = ['ratio', 'minMax', 'percentile'];

/**
 * A scheme a bureau could publish: like {@link arbScheme}, but every indicator points the
 * intuitive way. All ten indicators are "output per input" (tax per mu, value added per tonne of
 * coal, R&D per revenue …), so more is better; {@link arbScheme} also draws `lowerIsBetter`
 * scoring for them, which no published scheme does — a law such as "more tax never lowers the
 * class" fails there by construction. Here indicators score by `ratio`, `minMax` or `percentile`
 * only (a narrower `normalisations` option is kept; `lowerIsBetter` in it is dropped).
 *
 * What it still draws, as {@link arbScheme} does: weights that need not add up to 100, benchmarks
 * fixed or from the pool, caps and floors, missing-data rules, quota/threshold/hybrid classes,
 * small-pool rules, points and vetoes, scope rules — narrow them with the same options.
 *
 * @example
 * fc.property(arbPublishableScheme({ benchmarks: ['fixed'] }), arbRecords(), (scheme, records) => …);
 */
export function arbPublishableScheme(options: SchemeOptions = {}): fc.Arbitrary<Scheme> {
  const asked = options.normalisations?.filter((m) => RISING.includes(m)) ?? RISING;
  return arbScheme({ ...options, normalisations: asked.length > 0 ? asked : RISING });
}
