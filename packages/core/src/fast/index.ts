/** The evaluation engine: columnar records, float64 with error bounds, decimal.js where a float cannot decide. */
export { evaluateColumnar, planColumnar, scorePlannedPool } from './evaluateColumnar.js';
export type { ColumnarPlan, PlannedPool, PoolContext } from './evaluateColumnar.js';
export { evaluationOf } from './evaluationOf.js';
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
export { decidedRound, decidedFloor, decidedCompare } from './decide.js';
export { indicatorFacts } from './indicatorFacts.js';
export type { FactColumns, FactName } from './factColumns.js';
export { exactIndicatorValue } from './exactIndicatorValue.js';
