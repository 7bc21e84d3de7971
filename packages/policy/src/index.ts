/**
 * @mujun/policy — what an evaluation means in money: policy catalogs (validated), `applyPolicies`,
 * the fiscal totals, simulations and sensitivity, and prior years' history. Pure, like core.
 *
 * @module @mujun/policy
 */
export { PolicyCatalog, CombinationGroup } from './catalog/catalog.js';
export type { PolicyCatalogInput } from './catalog/catalog.js';
export { Amount, SettingDeclaration, SourceStatus } from './catalog/amount.js';
export { Measure, Instrument, Lever, SurchargeBase, PolicyClass } from './catalog/measure.js';
export { validateCatalog } from './catalog/validateCatalog.js';
export { catalogJsonSchema } from './catalog/jsonSchema.js';
export type { CatalogValidation } from './catalog/validateCatalog.js';
export { getPolicyPreset, listPolicyPresets } from './presets/presets.js';
export type { PolicyPresetInfo } from './presets/presets.js';
export { applyPolicies, applyPoliciesToColumns } from './apply/applyPolicies.js';
export type { MeasureOutOfPeriod } from './apply/measurePeriod.js';
export type {
  ApplyOptions,
  ConsumptionFigures,
  AmountCalculation,
  AppliedMeasure,
  SkippedMeasure,
  FirmPolicies,
  FiscalFigures,
  FiscalSummary,
  SettingUsed,
  PolicyOutcome,
} from './apply/types.js';
export { historyFromResults } from './history/historyFromResults.js';
export type { HistoryRow } from './history/historyFromResults.js';
export { consecutiveYearsInClass, classesInYear } from './history/history.js';
export type { ClassHistory } from './history/history.js';
export { PolicyError } from './errors.js';
export type { PolicyErrorCode } from './errors.js';
export { sensitivity, DEFAULT_WEIGHT_NOISE } from './sensitivity/sensitivity.js';
export type { SensitivityOptions, FirmSensitivity, DrawParameters, SensitivityResult } from './sensitivity/types.js';
export { simulate } from './simulate/simulate.js';
export type { SimulationSide, ChangeReason, FirmChange, FiscalDelta, SimulationResult } from './simulate/types.js';
export type { SchemeChange } from './simulate/schemeChanges.js';
export type { CatalogChange } from './simulate/catalogChanges.js';
