/**
 * @mujun/core — the pure evaluation engine: enterprise records and schemes (zod/mini schemas and
 * validators), `evaluate` and the columnar engine behind it, `explain`, `compare`, the presets.
 * No I/O; runs in Node and in the browser.
 *
 * @module @mujun/core
 */
export { DecimalString, IsoDate, EnterpriseRecord } from './schema/record.js';
// Apart from the record's zod schema, so that a bundle reading only the field lists leaves zod out.
export { NUMERIC_FIELDS, RECOGNITION_FLAGS, VIOLATION_FLAGS } from './schema/recordFields.js';
export type { NumericField } from './schema/recordFields.js';
export {
  Scheme,
  IndicatorIdSchema,
  ClassIdSchema,
  IndustryCodePrefix,
  SchemeSource,
  Scope,
  LandRule,
  EmissionBasis,
  EmissionEquivalents,
  Normalisation,
  Benchmark,
  FixedBenchmark,
  PoolBenchmark,
  IndustryBenchmark,
  MissingRule,
  MissingRules,
  FIGURE_IDS,
  IndicatorSpec,
  GroupMembership,
  Group,
  Adjustments,
  PointsRule,
  VetoRule,
  ClassTier,
  SmallPoolRule,
  Classes,
  Rounding,
  SOURCE_KINDS,
  SourceKindSchema,
  SourcePrecedence,
} from './schema/scheme.js';
export type { SchemeInput, SchemeWithDefaults, BenchmarkLeaf, FigureId, SourceKind } from './schema/scheme.js';
export type { ValidatedMark } from './schema/validatedScheme.js';
export { validateScheme } from './schema/validateScheme.js';
export { parseSchema } from './schema/parseSchema.js';
export { parseScheme } from './schema/parseScheme.js';
export { validateRecords } from './schema/validateRecords.js';
export type { RecordIssue, RecordIssueCode } from './schema/validateRecords.js';
export type { Validation, ValidationIssue, ValidationFailure } from './schema/validation.js';
export type { SchemeValidation } from './schema/validateScheme.js';
export { CLASS_IDS, INDICATOR_IDS } from './types/evaluation.js';
export {
  INDICATOR_LABELS,
  FIELD_LABELS,
  CLASS_LABELS,
  EXCLUSION_LABELS,
  FLAG_LABELS,
  SOURCE_KIND_LABELS,
  VETO_EFFECT_LABELS,
  MISSING_RULE_LABELS,
  FIXED_CLASS_TEXT,
  BENCHMARK_METHOD_LABELS,
  benchmarkMethodText,
  flagLabel,
  smallPoolText,
} from './labels/labels.js';
export { FIGURES } from './labels/figures.js';
export type { InputFigure, InputFigureId } from './labels/figures.js';
export { bilingualPart } from './labels/bilingualPart.js';
export { toSignificant } from './arithmetic/significant.js';
export { compareText } from './order/compareText.js';
export type { FlagId } from './labels/labels.js';
export type { Bilingual } from './types/bilingual.js';
export type { RejectedRow, RunAccounting } from './types/sourceRows.js';
export type {
  IndicatorId,
  ClassId,
  IndicatorResult,
  AdjustmentApplied,
  VetoEffect,
  EnterpriseResult,
  ExclusionReason,
  Exclusion,
  BenchmarkUsed,
  PoolSummary,
  SmallPoolFallback,
  Evaluation,
} from './types/evaluation.js';
export { evaluate } from './evaluate/evaluate.js';
export type { EvaluateOptions } from './evaluate/evaluate.js';
export { quotaCounts } from './evaluate/quotaCounts.js';
export { normaliseIndustryCode } from './evaluate/industryCode.js';
export { CREDIT_CODE_CHARSET, CREDIT_CODE_WEIGHTS, creditCodeCheckCharacter, isValidCreditCode } from './creditCode/creditCode.js';
export { CoreError } from './errors.js';
export type { CoreErrorCode } from './errors.js';
export { DEFAULT_SCHEME_ID, listPresets, getPreset } from './presets/getPreset.js';
export type { PresetSummary } from './presets/getPreset.js';
export { schemeJsonSchema, recordJsonSchema } from './schema/jsonSchema.js';
export { describedRegistry } from './schema/described.js';
export type { Described } from './schema/described.js';
export { explain } from './explain/explain.js';
export type { ExplainOptions } from './explain/explain.js';
export type {
  Explanation,
  IndicatorExplanation,
  AdjustmentExplanation,
  NextClass,
  NextClassStatus,
  FigurePath,
} from './explain/types.js';
export { compare } from './compare/compare.js';
export type { ClassedFirm, Comparison, FirmMove, MigrationRow, MigrationColumn } from './compare/types.js';
// The evaluation engine (columns, float64 with error bounds, exact where a float cannot decide); evaluate is built on it.
// Its building blocks (scaled decimal columns, decided rounding, the fact columns) are `@mujun/core/engine`.
export { evaluateColumnar, planColumnar, scorePlannedPool } from './fast/evaluateColumnar.js';
export type { ColumnarPlan, PlannedPool, PoolContext } from './fast/evaluateColumnar.js';
export { evaluationOf } from './fast/evaluationOf.js';
export { columnarFromRecords } from './fast/columns.js';
export type { ColumnarRecords } from './fast/columns.js';
export type { ColumnarEvaluation, ColumnarPool } from './fast/types.js';
export { exactIndicatorValue } from './fast/exactIndicatorValue.js';
export type { FactColumns } from './fast/factColumns.js';
