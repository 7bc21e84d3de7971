import type { ColumnarEvaluation, IndicatorId } from '@mujun/core';
import { EXCLUSION_LABELS } from '../output/labels.js';
import type { CsvLine } from './csvLine.js';

/**
 * output/resultsTable's rows of the excluded firms, as CSV lines, in input order (with the
 * county, as the ordinary table has it); the scored rows before them come from rowBlock.
 */
export function* exclusionLines(ev: ColumnarEvaluation, indicatorIds: readonly IndicatorId[], line: CsvLine): Generator<string> {
  const year = ev.referenceDate?.slice(0, 4) ?? '';
  const c = (i: number, s: string) => line.cell(i, s);
  const after = 12 + 2 * indicatorIds.length;
  const blanks = ','.repeat(2 * indicatorIds.length);
  for (const e of ev.excluded) {
    const label = EXCLUSION_LABELS[e.reason];
    yield `${c(0, year)},${c(1, e.creditCode)},${c(2, e.name)},${c(3, ev.records.county[e.index] ?? '')},${c(4, e.group ?? '')},${c(5, `排除 excluded: ${label.zh} ${label.en}`)},,,,,,${blanks},,,${c(after + 2, e.detail)}\r\n`;
  }
}
