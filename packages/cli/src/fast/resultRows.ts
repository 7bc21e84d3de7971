import type { Exclusion, IndicatorId } from '@mujun/core';
import { EXCLUSION_LABELS } from '../output/labels.js';
import { ByteLine } from './byteLine.js';
import type { CsvLine, RecordCellBytes } from '@mujun/csv';

/**
 * output/resultsTable's rows of the excluded firms, in input order (with the county, as the
 * ordinary table has it), as UTF-8 bytes in blocks of `block` lines; the scored rows before them
 * come from scoredLines. The code, name and county cells are copied from the cells the reader made
 * of them, the others go through CsvLine.
 */
export function* exclusionBytes(
  excluded: readonly Exclusion[],
  referenceDate: string | null,
  cells: RecordCellBytes, indicatorIds: readonly IndicatorId[],
  line: CsvLine,
  block = 20_000,
): Generator<Buffer> {
  const year = referenceDate?.slice(0, 4) ?? '';
  const c = (i: number, s: string) => line.cell(i, s);
  const after = 12 + 2 * indicatorIds.length;
  const middle = `,,,,,,${','.repeat(2 * indicatorIds.length)},,,`;
  const head = `${c(0, year)},`;
  const status = new Map<string, string>();
  let out = new ByteLine(block * 160);
  let n = 0;
  for (const e of excluded) {
    out.text(head);
    out.bytes(cells.bytes, e.index === 0 ? 0 : (cells.ends[e.index - 1] as number), cells.ends[e.index] as number);
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
