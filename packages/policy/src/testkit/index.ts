/**
 * `@mujun/policy/testkit`: fast-check arbitraries for property-testing one's own policy catalog —
 * catalogs, user settings, consumption figures and prior years' classes. Pair them with
 * `@mujun/core/arbitraries` (records, schemes) and state what must always hold.
 *
 * `fast-check` is an optional peer dependency of this package: install it (`npm i -D fast-check`)
 * to use this entry; the main entry does not need it.
 *
 * @example
 * import fc from 'fast-check';
 * import { applyPolicies } from '@mujun/policy';
 * import { arbCatalog, arbSettings } from '@mujun/policy/testkit';
 *
 * fc.assert(fc.property(arbCatalog().chain((c) => fc.tuple(fc.constant(c), arbSettings(c))), ([catalog, settings]) => {
 *   const outcome = applyPolicies(evaluation, catalog, { records, settings });
 *   // … a law about outcome
 * }));
 *
 * @module @mujun/policy/testkit
 */
export { arbAmount } from './amounts.js';
export { arbCatalog } from './arbCatalog.js';
export type { CatalogOptions, MeasureKind } from './arbCatalog.js';
export { arbSettings } from './arbSettings.js';
export type { SettingsOptions } from './arbSettings.js';
export { arbConsumption } from './arbConsumption.js';
export type { ConsumptionOptions } from './arbConsumption.js';
export { arbHistory, arbHistoryRows } from './arbHistory.js';
export type { HistoryOptions } from './arbHistory.js';
