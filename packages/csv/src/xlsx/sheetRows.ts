import { combineHeaderCells, twoRowHeaderAt } from './headerRows.js';
import type { SheetCells } from './sheetCells.js';

/**
 * A worksheet as the rows a CSV export of it would have: `rows[i]` is the sheet's row i + 1 (so
 * every message names the row Excel shows), every cell a string. A merged range's text fills every
 * cell of the range (a group header over its columns, a county written once for several firms).
 * A header on two rows (merged group headers over sub-headers, or a line of units under the
 * header) becomes one header row, on the lower row's line, with the upper row left blank.
 */
export function sheetRows(sheet: SheetCells): string[][] {
  const source = sheet.rows;
  let width = 0;
  for (const row of source) if (row) width = Math.max(width, row.length);
  for (const m of sheet.merges) width = Math.max(width, m.right + 1);
  const rows: string[][] = [];
  for (let r = 0; r < source.length; r++) {
    const row = source[r];
    const cells: string[] = [];
    if (row) for (let c = 0; c < row.length; c++) cells.push(row[c] ?? '');
    rows.push(cells);
  }
  for (const m of sheet.merges) {
    const text = source[m.top]?.[m.left] ?? '';
    if (text === '') continue;
    for (let r = m.top; r <= m.bottom; r++) {
      const cells = (rows[r] ??= []);
      for (let c = m.left; c <= m.right; c++) {
        while (cells.length < c) cells.push('');
        cells[c] = text;
      }
    }
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  const upper = twoRowHeaderAt(rows, sheet.merges, width);
  if (upper >= 0) {
    const top = rows[upper]!;
    const bottom = rows[upper + 1]!;
    const n = Math.max(top.length, bottom.length);
    rows[upper + 1] = Array.from({ length: n }, (_, c) => combineHeaderCells(top[c] ?? '', bottom[c] ?? ''));
    rows[upper] = [];
  }
  return rows;
}
