import { columnarFromRecords } from '../fast/columns.js';
import { evaluateColumnar } from '../fast/evaluateColumnar.js';
import { evaluationOf } from '../fast/evaluationOf.js';
import type { EnterpriseRecord } from '../schema/record.js';
import type { Scheme, SchemeInput } from '../schema/scheme.js';
import { CoreError } from '../errors.js';
import { validateRecords } from '../schema/validateRecords.js';
import type { BenchmarkUsed, Evaluation } from '../types/evaluation.js';

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** Reference date for the date rules (YYYY-MM-DD), overriding scheme.scope.referenceDate. */
  referenceDate?: string | undefined;
  /**
   * Benchmarks computed elsewhere — normally the `benchmarks` of an evaluation over all the data —
   * used instead of this run's own pool statistics (pool, indicator and industry must match).
   * A partitioned run given them scores every firm exactly as the single run did; classes still
   * come from the firms evaluated together. Percentile scores are always ranked within this run.
   */
  benchmarks?: readonly BenchmarkUsed[] | undefined;
  /**
   * Check the records with {@link validateRecords} first (default false: records from
   * `@mujun/csv` are checked as they are read). Set it for records from any other source: a bad
   * record then throws a `CoreError` 'invalid-records' naming each record index and field.
   */
  validate?: boolean | undefined;
}

/**
 * Evaluate enterprise records under a scheme (DOMAIN.md §2–§5), purely: no I/O, same result for
 * any order of the records. Every record ends up either in `results` or in `excluded` with a
 * reason. Records must satisfy the {@link EnterpriseRecord} schema; the scheme is checked with
 * {@link validateScheme} (a `CoreError` 'invalid-scheme' lists its errors).
 *
 * Per record: scope (exempt → group → land → land threshold) → indicator values → missing-data
 * 'exclude'. Per pool (group × county): one pass of sums for the benchmarks → scores → missing-data
 * rules → bonus/penalty → total rounded once → rank by shown total → class → vetoes.
 *
 * The records go into columns and through the one engine, {@link evaluateColumnar}; the results
 * come back as objects ({@link evaluationOf}).
 *
 * @example
 * const evaluation = evaluate(records, getPreset('changzhou-wujin'));
 * for (const r of evaluation.results) console.log(r.creditCode, r.total, r.class);
 */
export function evaluate(records: readonly EnterpriseRecord[], schemeInput: Scheme | SchemeInput, options: EvaluateOptions = {}): Evaluation {
  const checked = options.validate === true ? validateRecords(records) : undefined;
  if (checked?.success === false)
    throw new CoreError(
      'invalid-records',
      '企业记录无效 / invalid records',
      checked.error.issues.map((i) => i.message),
    );
  return evaluationOf(evaluateColumnar(columnarFromRecords(records), schemeInput, options));
}
