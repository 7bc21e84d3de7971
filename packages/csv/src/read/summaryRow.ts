import type { RejectedRow } from '@mujun/core';
import { halfWidth } from '../values/halfWidth.js';

/** A 合计/总计/小计 row: recognised and excluded, never scored; `column` and `value` are the cell that gave it away. */
export interface SummaryRow extends Pick<RejectedRow, 'source' | 'row' | 'column' | 'value'> {
  reason: 'summary-row';
}

const IN_CODE = /合计|总计|小计|^(sub)?total$|^sum$/i;
const IN_NAME = /^(.{0,8}(合计|总计|小计)|(合计|总计|小计).*|(sub)?total|sum)$/i;

/** A cell as its total marker is looked for: half-width, no spaces, no closing colon (合计：). */
const bare = (cell: string) =>
  halfWidth(cell)
    .replace(/\s+/g, '')
    .replace(/[:：]$/, '');

/** True when a credit-code cell holds a total marker (合计, 总计, 小计, total, subtotal, sum). */
export function isSummaryCode(cell: string): boolean {
  return IN_CODE.test(bare(cell));
}

/**
 * True when a name cell reads as a total line: it starts with 合计/总计/小计, or ends with one
 * after at most 8 characters (全区合计, 本页小计), or is total/subtotal/sum. Only used when the
 * row's credit code is blank or itself not a valid code, so a real firm is never taken for one.
 */
export function isSummaryName(cell: string): boolean {
  return IN_NAME.test(bare(cell));
}
