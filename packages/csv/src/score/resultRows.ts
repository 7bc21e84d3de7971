import { bilingualPart, type ColumnarPlan } from '@mujun/core';
import { exclusionStatus, groupNameOf } from '../table/tableLanguage.js';
import { CsvLine } from '../write/csvLine.js';
import { ByteLine } from './byteLine.js';
import type { LineSettings } from './lineSettings.js';
import type { RecordCellBytes } from './lineSource.js';

/**
 * output/resultsTable's rows of the excluded firms, in input order (with the county, as the
 * ordinary table has it), as UTF-8 bytes in blocks of `block` lines; the scored rows before them
 * come from scoredLines. The code, name and county cells are copied from the cells the reader made
 * of them, the others go through CsvLine, in the table's language (settings.words); `extra`, the
 * cells before the detail column when the layout has more (LineSource.extra).
 */
export function* exclusionBytes(
  plan: Pick<ColumnarPlan, 'excluded' | 'referenceDate' | 'scheme'>,
  cells: RecordCellBytes,
  settings: LineSettings,
  extra?: (i: number) => string,
  block = 20_000,
): Generator<Buffer> {
  const { words, indicatorIds } = settings;
  const line = new CsvLine(settings.kinds, words.language);
  const year = plan.referenceDate?.slice(0, 4) ?? '';
  const c = (i: number, s: string) => line.cell(i, s);
  // Cells that repeat, made into bytes once: the year, each group and status with the empty middle after them.
  const head = Buffer.from(`${c(0, year)},`);
  const middle = `,,,,,,${','.repeat(2 * indicatorIds.length)},,,`;
  const detailAt = settings.kinds.length - 1;
  const groupStatus = new Map<string, Map<string | undefined, Buffer>>();
  // Details repeat (a million firms below the land threshold show a few thousand land figures): each made once, up to a bound.
  const details = new Map<string, Buffer>();
  const out = new ByteLine(block * 200);
  let n = 0;
  for (const e of plan.excluded) {
    out.bytes(head);
    out.bytes(cells.bytes, e.index === 0 ? 0 : (cells.ends[e.index - 1] as number), cells.ends[e.index] as number);
    let byGroup = groupStatus.get(e.reason);
    if (byGroup === undefined) groupStatus.set(e.reason, (byGroup = new Map()));
    let gs = byGroup.get(e.group);
    if (gs === undefined) {
      const group = groupNameOf(plan.scheme, words, e.group);
      byGroup.set(e.group, (gs = Buffer.from(`${c(4, group)},${c(5, exclusionStatus(e.reason, words.language))}${middle}`)));
    }
    out.bytes(gs);
    if (extra !== undefined) {
      out.text(extra(e.index));
      out.byte(44);
    }
    let detail = details.get(e.detail);
    if (detail === undefined) {
      detail = Buffer.from(`${c(detailAt, bilingualPart(e.detail, words.language))}\r\n`);
      if (details.size < 65_536) details.set(e.detail, detail);
    }
    out.bytes(detail);
    if (++n === block) {
      yield out.take(block * 200);
      n = 0;
    }
  }
  if (n > 0) yield out.take();
}
