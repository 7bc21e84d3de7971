import * as fc from 'fast-check';
import type { PolicyCatalog } from '../catalog/catalog.js';
import { arbAmount } from './amounts.js';

/** Options of {@link arbSettings}. */
export interface SettingsOptions {
  /** Largest value drawn for a setting (default 30: the top of the statutory land-use tax range, 元/m²). */
  max?: number | undefined;
  /** Leave out settings that have a default, some of the time (default true), so defaults are used too. */
  omitDefaults?: boolean | undefined;
}

/**
 * Values for a catalog's user settings (`applyPolicies`' `options.settings`): a decimal string
 * for every declared setting — those with a default sometimes left out, so the default is
 * exercised. Settings without a default are always given, so no measure is skipped for want of one.
 *
 * @example
 * fc.property(arbCatalog().chain((c) => fc.tuple(fc.constant(c), arbSettings(c))), ([catalog, settings]) => …);
 */
export function arbSettings(catalog: PolicyCatalog, options: SettingsOptions = {}): fc.Arbitrary<Record<string, string>> {
  const max = options.max ?? 30;
  const omit = options.omitDefaults ?? true;
  const entries = Object.entries(catalog.settings).map(([id, s]) =>
    fc.option(arbAmount(max, 2), { nil: undefined, freq: omit && s.default !== undefined ? 3 : Number.MAX_SAFE_INTEGER }).map((v) => [id, v] as const),
  );
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.filter((p): p is readonly [string, string] => p[1] !== undefined)));
}
