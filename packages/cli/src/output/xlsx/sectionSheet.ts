/** A sheet of short titled tables, one under another (the accounting, the scheme). */
import type ExcelJS from 'exceljs';
import { frozen, HEADER_FILL, widthOf } from './sheetStyle.js';

/** One titled table: a header row and rows; a number cell may carry its format. */
export interface Section {
  title: string;
  header: string[];
  rows: (string | number | { value: number; format: string } | null)[][];
}

/** Adds a sheet of sections, a blank row between them; the first column frozen. */
export function addSectionSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, sections: readonly Section[]): void {
  const ws = wb.addWorksheet(name, frozen(1, 0));
  const width = Math.max(...sections.map((s) => s.header.length));
  ws.columns = Array.from({ length: width }, (_, i) => ({
    width: widthOf(
      sections.flatMap((s) => [
        s.header[i] ?? '',
        ...s.rows.slice(0, 200).map((r) => {
          const v = r[i];
          return v === null || v === undefined ? '' : typeof v === 'object' ? String(v.value) : String(v);
        }),
      ]),
    ),
  }));
  for (const [k, s] of sections.entries()) {
    if (k > 0) ws.addRow([]).commit();
    const title = ws.addRow([s.title]);
    title.font = { bold: true, size: 12 };
    title.commit();
    const header = ws.addRow(s.header);
    header.font = { bold: true };
    for (let c = 1; c <= s.header.length; c++) header.getCell(c).fill = HEADER_FILL;
    header.commit();
    for (const r of s.rows) {
      const row = ws.addRow(r.map((v) => (v !== null && typeof v === 'object' ? v.value : v === '' ? null : v)));
      r.forEach((v, c) => {
        if (v !== null && typeof v === 'object') row.getCell(c + 1).numFmt = v.format;
        else if (typeof v === 'string') row.getCell(c + 1).numFmt = '@';
      });
      row.commit();
    }
  }
  ws.commit();
}
