import type { ClassId } from '@mujun/core';

/**
 * Each firm's class in prior years, built by {@link historyFromResults}. Plain data (JSON-safe).
 */
export interface ClassHistory {
  /** The latest year in the rows; the evaluated year defaults to this + 1. Null when empty. */
  latestYear: number | null;
  /** creditCode → year (as a string key) → class that year. */
  firms: Record<string, Record<string, ClassId>>;
}

/**
 * Consecutive years the firm has been in `cls`, counting `year` itself (so at least 1): 1 +
 * the number of unbroken prior years, going back from `year − 1`, in which it had that class.
 * A gap year (not evaluated) breaks the run.
 */
export function consecutiveYearsInClass(history: ClassHistory | undefined, creditCode: string, cls: ClassId, year: number): number {
  const byYear = history?.firms[creditCode];
  if (byYear === undefined) return 1;
  let years = 1;
  while (byYear[String(year - years)] === cls) years += 1;
  return years;
}

/** True when a history is given, holds rows, and the firm appears in none of them (新企业). */
export function isAbsentFromHistory(history: ClassHistory | undefined, creditCode: string): boolean {
  return history !== undefined && history.latestYear !== null && history.firms[creditCode] === undefined;
}

/**
 * The firms classed in one year of the history, for `@mujun/core`'s `compare` between two years:
 * `compare(classesInYear(h, 2023), classesInYear(h, 2024))`. Sorted by credit code.
 */
export function classesInYear(history: ClassHistory, year: number): { creditCode: string; class: ClassId }[] {
  return Object.keys(history.firms)
    .sort()
    .flatMap((creditCode) => {
      const cls = history.firms[creditCode]?.[String(year)];
      return cls === undefined ? [] : [{ creditCode, class: cls }];
    });
}
