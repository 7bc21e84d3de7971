export {
  DecimalString,
  IsoDate,
  EnterpriseRecord,
  NUMERIC_FIELDS,
  RECOGNITION_FLAGS,
  VIOLATION_FLAGS,
} from './schema/record.js';
export type { NumericField } from './schema/record.js';
export { INDICATOR_IDS } from './types/evaluation.js';
export type {
  IndicatorId,
  ClassId,
  IndicatorResult,
  AdjustmentApplied,
  EnterpriseResult,
  ExclusionReason,
  Exclusion,
  BenchmarkUsed,
  PoolSummary,
  Evaluation,
} from './types/evaluation.js';
