import { INDICATOR_IDS } from '@mujun/core';
import type { EnterpriseResult } from '@mujun/core';
import { formatReadable } from './decimal.js';

/** Indicators by index, as the detail strings refer to them. */
export const INDICATOR_ORDER = INDICATOR_IDS;

/** Note bits of an indicator row: imputed by zero, imputed by the pool average, capped. */
const NOTE = { zero: 1, poolAverage: 2, capped: 4 } as const;

/**
 * The indicator rows of a sheet (`indicator|value|benchmark|weight|score|note`): values and
 * benchmarks shown with four significant digits, so a small value never reads "0.0000".
 */
export function indicatorSection(r: EnterpriseResult): string {
  return r.indicators
    .map((i) => {
      const note = (i.imputed ? (i.imputation === 'poolAverage' ? NOTE.poolAverage : NOTE.zero) : 0) + (i.capped ? NOTE.capped : 0);
      return [
        INDICATOR_ORDER.indexOf(i.id),
        i.value === null ? '' : formatReadable(i.value),
        i.benchmark === null ? '' : formatReadable(i.benchmark),
        i.weight,
        i.score,
        note,
      ].join('|');
    })
    .join(';');
}
