/** How the results workbook looks: one place for fills, fonts and number formats. */
import type { CellStyle } from './cellStyles.js';
import type { Cell } from './workbook.js';

/** Fills of the class cells: the traffic-light colours bureaus use for A–D (Excel's "good/neutral/bad" tints). */
export const CLASS_FILLS: Record<string, string> = {
  A: 'FFC6EFCE',
  B: 'FFDDEBF7',
  C: 'FFFFEB9C',
  'C-': 'FFFCE4D6',
  D: 'FFFFC7CE',
};

export const HEADER_FILL = 'FFD9E1F2';

/** A list's header cell: bold, tinted, wrapped. */
export const HEADER_STYLE: CellStyle = { bold: true, wrap: true, fill: HEADER_FILL };

/** Number formats: money with thousands separators, scores with the scheme's decimals, counts as integers. */
export const FORMATS = {
  text: '@',
  integer: '0',
  money: '#,##0.00',
  general: 'General',
  points: (decimals: number) => (decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0'),
} as const;

/** A cell from a decimal string: a number (its exact text) where it is one, the text otherwise, nothing for ''. */
export function numberCell(text: string | null | undefined, style?: number): Cell {
  if (text === null || text === undefined || text === '') return null;
  return /^-?\d+(\.\d+)?$/.test(text) ? { number: text, style } : { text, style };
}

/** A column width from its header and a sample of its cells (CJK characters count double). */
export function widthOf(texts: readonly string[]): number {
  let w = 6;
  for (const t of texts) {
    let n = 0;
    for (const ch of t) n += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
    w = Math.max(w, n + 2);
  }
  return Math.min(w, 48);
}
