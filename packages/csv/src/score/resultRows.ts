import type { Exclusion, IndicatorId } from '@mujun/core';
import { EXCLUSION_LABELS } from '../table/labels.js';
import { ByteLine } from './byteLine.js';
import type { CsvLine } from '../write/csvLine.js';
import type { RecordCellBytes } from './lineSource.js';

/**
 * output/resultsTable's rows of the excluded firms, in input order (with the county, as the
 * ordinary table has it), as UTF-8 bytes in blocks of `block` lines; the scored rows before them
 * come from scoredLines. The code, name and county cells are copied from the cells the reader made
 * of them, the others go through CsvLine.
 */
export function* exclusionBytes(
  excluded: readonly Exclusion[],
  referenceDate: string | null,
  cells: RecordCellBytes,
  indicatorIds: readonly IndicatorId[],
  line: CsvLine,
  block = 20_000,
): Generator<Buffer> {
  const year = referenceDate?.slice(0, 4) ?? '';
  const c = (i: number, s: string) => line.cell(i, s);
  const after = 12 + 2 * indicatorIds.length;
  // Cells that repeat, made into bytes once: the year, the empty middle, each group and status.
  const head = Buffer.from(`${c(0, year)},`);
  const middle = Buffer.from(`,,,,,,${','.repeat(2 * indicatorIds.length)},,,`);
  const groupStatus = new Map<string, Buffer>();
  const out = new ByteLine(block * 200);
  let n = 0;
  for (const e of excluded) {
    out.bytes(head);
    out.bytes(cells.bytes, e.index === 0 ? 0 : (cells.ends[e.index - 1] as number), cells.ends[e.index] as number);
    const key = `${e.group ?? ''}\u0000${e.reason}`;
    let gs = groupStatus.get(key);
    if (gs === undefined) {
      const label = EXCLUSION_LABELS[e.reason];
      groupStatus.set(key, (gs = Buffer.from(`${c(4, e.group ?? '')},${c(5, `排除 excluded: ${label.zh} ${label.en}`)}`)));
    }
    out.bytes(gs);
    out.bytes(middle);
    out.text(c(after + 2, e.detail));
    out.byte(13);
    out.byte(10);
    if (++n === block) {
      yield out.take(block * 200);
      n = 0;
    }
  }
  if (n > 0) yield out.take();
}
