import type { ColumnarEvaluation, IndicatorId } from '@mujun/core';
import { EXCLUSION_LABELS } from '../output/labels.js';
import { ByteLine } from './byteLine.js';
import type { CsvLine } from './csvLine.js';

/**
 * output/resultsTable's rows of the excluded firms, in input order (with the county, as the
 * ordinary table has it), as UTF-8 bytes in blocks of `block` lines; the scored rows before them
 * come from rowBlock. Codes safe as they are are written byte by byte, other cells through CsvLine.
 */
export function* exclusionBytes(ev: ColumnarEvaluation, indicatorIds: readonly IndicatorId[], line: CsvLine, block = 20_000): Generator<Buffer> {
  const year = ev.referenceDate?.slice(0, 4) ?? '';
  const c = (i: number, s: string) => line.cell(i, s);
  const after = 12 + 2 * indicatorIds.length;
  const middle = `,,,,,,${','.repeat(2 * indicatorIds.length)},,,`;
  const head = `${c(0, year)},`;
  const status = new Map<string, string>();
  let out = new ByteLine(block * 160);
  let n = 0;
  for (const e of ev.excluded) {
    out.text(head);
    if (!out.safeCode(e.creditCode)) out.text(c(1, e.creditCode));
    out.byte(44);
    out.text(c(2, e.name));
    out.byte(44);
    out.text(c(3, ev.records.county[e.index] ?? ''));
    out.byte(44);
    out.text(c(4, e.group ?? ''));
    out.byte(44);
    let st = status.get(e.reason);
    if (st === undefined) {
      const label = EXCLUSION_LABELS[e.reason];
      status.set(e.reason, (st = c(5, `排除 excluded: ${label.zh} ${label.en}`)));
    }
    out.text(st);
    out.text(middle);
    out.text(c(after + 2, e.detail));
    out.text('\r\n');
    if (++n === block) {
      yield out.take();
      out = new ByteLine(block * 160);
      n = 0;
    }
  }
  if (n > 0) yield out.take();
}
