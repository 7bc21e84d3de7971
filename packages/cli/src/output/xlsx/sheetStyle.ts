/** How the results workbook looks: one place for fills, fonts and number formats. */
import type ExcelJS from 'exceljs';

/** Fills of the class cells: the traffic-light colours bureaus use for A–D (Excel's "good/neutral/bad" tints). */
export const CLASS_FILLS: Record<string, string> = {
  A: 'FFC6EFCE',
  B: 'FFDDEBF7',
  C: 'FFFFEB9C',
  'C-': 'FFFCE4D6',
  D: 'FFFFC7CE',
};

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

export function fill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/** Number formats: money with thousands separators, scores with the scheme's decimals, counts as integers. */
export const FORMATS = {
  text: '@',
  integer: '0',
  money: '#,##0.00',
  general: 'General',
  points: (decimals: number) => (decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0'),
} as const;

/** The options of a sheet with a frozen header row and the first `frozenColumns` columns frozen (set when the sheet is added: a streamed sheet writes them first). */
export function frozen(frozenColumns: number, frozenRows = 1): Partial<ExcelJS.AddWorksheetOptions> {
  return { views: [{ state: 'frozen', xSplit: frozenColumns, ySplit: frozenRows }] };
}

/** A header row: bold, tinted, wrapped, with filters. */
export function styleHeader(ws: ExcelJS.Worksheet, columns: number): void {
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  for (let c = 1; c <= columns; c++) row.getCell(c).fill = HEADER_FILL;
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns } };
}

/** A cell value from a decimal string: a number where it is one, the text otherwise, nothing for ''. */
export function numberCell(text: string | null | undefined): number | string | null {
  if (text === null || text === undefined || text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && /^-?\d+(\.\d+)?$/.test(text) ? n : text;
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
