import { normalizeHeader } from '../headers/normalizeHeader.js';
import { UNITS } from '../headers/units.js';
import type { MergedRange } from './sheetCells.js';

/** Rows looked at for a header: the CSV reader's ten title lines, and the header's second row. */
export const HEADER_SEARCH_ROWS = 12;

const UNIT_TOKENS = new Set(Object.values(UNITS).flatMap((units) => units.flatMap((u) => u.tokens)));

/** A unit cell's unit alone: `（万元）` → `万元`, `单位：亩` → `亩`. */
const bare = (cell: string) =>
  normalizeHeader(cell)
    .replace(/^\((.*)\)$/, '$1')
    .replace(/^(计量)?单位[:：]?/, '');

/** `万元`, `（万元）`, `单位：亩`: a cell of a unit line under a header. */
function isUnitCell(cell: string): boolean {
  const n = bare(cell);
  return n !== '' && UNIT_TOKENS.has(n);
}

/** The header of one column from the two rows of a two-row header (upper after merge filling). */
export function combineHeaderCells(upper: string, lower: string): string {
  if (lower === '' || lower === upper) return upper;
  if (upper === '') return lower;
  // 用电量 over 万千瓦时 → 用电量(万千瓦时)
  if (isUnitCell(lower)) return `${upper}(${bare(lower)})`;
  // 用地(亩) over 面积 → 面积(亩): the group's unit goes to the column when the column names none.
  const groupUnit = /[(（]([^()（）]*)[)）]$/.exec(upper);
  if (groupUnit && !/[(（]/.test(lower) && isUnitCell(groupUnit[1]!)) return `${lower}(${groupUnit[1]})`;
  // 能耗 over 综合能耗(吨标准煤): the lower row names the column, the upper one its group.
  return lower;
}

/** A figure or a credit code: what a data row holds and a header row never does. */
const DATA_CELL = /^-?[\d,]+(\.\d+)?$|^[0-9A-Z]{18}$/;

function looksLikeData(row: readonly string[] | undefined): boolean {
  return (row ?? []).some((c) => c !== undefined && DATA_CELL.test(c));
}

/** Distinct texts of a row (a title merged across the table counts once). */
const distinct = (row: readonly string[] | undefined) => new Set((row ?? []).filter((c) => c !== undefined && c !== '')).size;

/**
 * Finds a header written on two rows: the upper row of a merge two rows high (统一社会信用代码
 * merged down over the sub-headers' row), of a group merged across some columns (not a title
 * merged across the whole table) with sub-headers under it, or a header row with a line of (two or
 * more) units under it. Returns the upper row's index, or -1.
 */
export function twoRowHeaderAt(rows: readonly (readonly string[] | undefined)[], merges: readonly MergedRange[], width: number): number {
  let found = -1;
  const consider = (r: number) => {
    if (r < 0 || r >= HEADER_SEARCH_ROWS - 1 || (found >= 0 && r >= found)) return;
    // Cells merged down over two firms' rows (a county written once) are data, not a header.
    if (looksLikeData(rows[r]) || looksLikeData(rows[r + 1])) return;
    found = r;
  };
  for (const m of merges) {
    if (m.bottom === m.top + 1 && m.left === m.right) consider(m.top);
    if (m.top === m.bottom && m.right > m.left && m.right - m.left + 1 < width) {
      const under = rows[m.top + 1] ?? [];
      let subHeaders = 0;
      for (let c = m.left; c <= m.right; c++) if ((under[c] ?? '') !== '') subHeaders++;
      if (subHeaders >= 2) consider(m.top);
    }
  }
  for (let r = 0; r < Math.min(rows.length - 1, HEADER_SEARCH_ROWS - 1); r++) {
    const next = rows[r + 1] ?? [];
    const units = next.filter((c) => c !== undefined && c !== '');
    if (distinct(rows[r]) >= 2 && units.length >= 2 && units.every(isUnitCell)) consider(r);
  }
  return found;
}
