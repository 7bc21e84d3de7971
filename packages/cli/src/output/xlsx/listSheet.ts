/** A plain list sheet: a styled, frozen, filtered header and rows of text and numbers. */
import type ExcelJS from 'exceljs';
import { FORMATS, frozen, styleHeader, widthOf } from './sheetStyle.js';

/** One column of a list sheet. */
export interface ListColumn {
  header: string;
  format?: string;
}

/** Adds a sheet of `rows` under `columns` (all rows are kept to size the columns: these lists are short). */
export function addListSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly ListColumn[],
  rows: readonly (string | number | null)[][],
  frozenColumns = 0,
): void {
  const ws = wb.addWorksheet(name, frozen(frozenColumns));
  ws.columns = columns.map((c, i) => ({
    width: widthOf([c.header, ...rows.slice(0, 500).map((r) => String(r[i] ?? ''))]),
    style: { numFmt: c.format ?? FORMATS.text },
  }));
  const header = ws.addRow(columns.map((c) => c.header));
  styleHeader(ws, columns.length);
  header.commit();
  for (const r of rows) ws.addRow(r.map((v) => (v === '' ? null : v))).commit();
  ws.commit();
}
