/**
 * `@mujun/core/engine`: the building blocks of the evaluation engine — columnar records with figures
 * as scaled integers, float64 with error bounds and decimal.js where a float cannot decide, the fact
 * columns, the cell flags. `@mujun/csv` builds its columns and result lines from them; an
 * application needs `@mujun/core`'s `evaluate` (or `evaluateColumnar`) only.
 *
 * @module @mujun/core/engine
 */
export { evaluateColumnar, planColumnar, scorePlannedPool } from './evaluateColumnar.js';
export type { ColumnarPlan, PlannedPool, PoolContext } from './evaluateColumnar.js';
export { evaluationOf, poolSummary } from './evaluationOf.js';
export { smallPoolOf } from './smallPool.js';
export {
  columnarFromRecords,
  decimalColumn,
  decimalText,
  decimalValue,
  exactDecimal,
  scaledText,
  setDecimal,
  storeDecimal,
  MAX_DIGITS,
  POW10,
} from './columns.js';
export type { ColumnarRecords, DecimalColumn } from './columns.js';
export type { ColumnarEvaluation, ColumnarPool } from './types.js';
export { CELL_CAPPED, CELL_IMPUTED_AVERAGE, CELL_IMPUTED_ZERO } from './types.js';
export { unitsText } from './unitsText.js';
export { Dec, roundTo } from '../arithmetic/decimal.js';
export type { RoundingMode } from '../arithmetic/decimal.js';
export { decidedRound, decidedFloor, decidedCompare } from './decide.js';
export { indicatorFacts } from './indicatorFacts.js';
export type { FactColumns, FactName } from './factColumns.js';
export { exactIndicatorValue } from './exactIndicatorValue.js';
export { tieBreakOrder } from './tieBreak.js';
export type { TieBreakKey } from './tieBreak.js';
export { classRule, poolQuota, placeRanked, rankedCount } from './classRule.js';
export type { ClassRule, PoolQuota } from './classRule.js';
