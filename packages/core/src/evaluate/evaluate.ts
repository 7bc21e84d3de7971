import { columnarFromRecords } from '../fast/columns.js';
import { evaluateColumnar } from '../fast/evaluateColumnar.js';
import { evaluationOf } from '../fast/evaluationOf.js';
import type { EnterpriseRecord } from '../schema/record.js';
import type { Scheme } from '../schema/scheme.js';
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
}

/**
 * Evaluate enterprise records under a scheme (DOMAIN.md §2–§5), purely: no I/O, same result for
 * any order of the records. Every record ends up either in `results` or in `excluded` with a
 * reason.
 *
 * Both inputs are taken as checked, so that scoring carries no schema library (a web page that
 * scores firms downloads the engine alone). The scheme must be one {@link validateScheme} or
 * `getPreset` returned — anything else throws `CoreError` 'unvalidated-scheme'. The records must
 * satisfy the {@link EnterpriseRecord} schema: records from `@mujun/csv` are checked as they are
 * read; check any others with {@link validateRecords}, which names each bad record and field
 * (unchecked, `"0x10"` would be read as 16 and a credit code given twice scored twice).
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
 * // or, for a scheme file and records from elsewhere:
 * const scheme = validateScheme(JSON.parse(schemeText));
 * const checked = validateRecords(JSON.parse(recordsText));
 * if (scheme.success && checked.success) evaluate(checked.data, scheme.data);
 * for (const r of evaluation.results) console.log(r.creditCode, r.total, r.class);
 */
export function evaluate(records: readonly EnterpriseRecord[], scheme: Scheme, options: EvaluateOptions = {}): Evaluation {
  return evaluationOf(evaluateColumnar(columnarFromRecords(records), scheme, options));
}
