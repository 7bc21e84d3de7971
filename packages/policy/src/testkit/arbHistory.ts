import * as fc from 'fast-check';
import type { ClassHistory } from '../history/history.js';
import { historyFromResults, type HistoryRow } from '../history/historyFromResults.js';

/** Options of {@link arbHistoryRows} and {@link arbHistory}. */
export interface HistoryOptions {
  /** The last prior year (default 2023: the evaluated year is then 2024). */
  latestYear?: number | undefined;
  /** Prior years per firm (default 0 … 4). */
  years?: { min?: number | undefined; max?: number | undefined } | undefined;
  /** Classes drawn (default A, B, C, D; add "C-" for five-class schemes). */
  classes?: readonly string[] | undefined;
}

/**
 * Prior years' result rows (`{ year, creditCode, class }`, what `score` writes) for the given
 * firms: each firm has a run of years ending at `latestYear` or earlier, sometimes with a gap (a
 * year it was excluded), so consecutive-year rules start, escalate and restart. Repeated classes
 * are likely, so runs of two and three years in D come often.
 */
export function arbHistoryRows(creditCodes: readonly string[], options: HistoryOptions = {}): fc.Arbitrary<HistoryRow[]> {
  const latest = options.latestYear ?? 2023;
  const classes = options.classes ?? ['A', 'B', 'C', 'D'];
  const maxYears = options.years?.max ?? 4;
  const firm = (creditCode: string) =>
    fc
      .record({
        years: fc.integer({ min: options.years?.min ?? 0, max: maxYears }),
        end: fc.constantFrom(0, 0, 0, 1),
        // One class for the whole run, or a random class each year.
        steady: fc.constantFrom(...classes),
        each: fc.array(fc.constantFrom(...classes, null), { minLength: maxYears, maxLength: maxYears }),
        mixed: fc.boolean(),
      })
      .map(({ years, end, steady, each, mixed }) =>
        Array.from({ length: years }, (_, k): HistoryRow | null => {
          const cls = mixed ? each[k] : steady;
          return cls === null || cls === undefined ? null : { year: latest - end - k, creditCode, class: cls };
        }).filter((r): r is HistoryRow => r !== null),
      );
  return fc.tuple(...creditCodes.map(firm)).map((rows) => rows.flat());
}

/** {@link arbHistoryRows} read by `historyFromResults`: what `applyPolicies`' `options.history` takes. */
export function arbHistory(creditCodes: readonly string[], options: HistoryOptions = {}): fc.Arbitrary<ClassHistory> {
  return arbHistoryRows(creditCodes, options).map(historyFromResults);
}
