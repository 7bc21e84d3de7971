/** A sheet of short titled tables, one under another (the accounting, the scheme). */
import { HEADER_FILL, numberCell, widthOf } from './sheetStyle.js';
import type { Cell, Workbook } from './workbook.js';

/** A section cell: text, a plain number, a decimal (its exact text) with its format, or nothing. */
type SectionCell = string | number | { number: string; format: string } | null;

/** One titled table: a header row and rows. */
export interface Section {
  title: string;
  header: string[];
  rows: SectionCell[][];
}

const shown = (v: SectionCell | undefined): string => (v === null || v === undefined ? '' : typeof v === 'object' ? v.number : String(v));

/** Adds a sheet of sections, a blank row between them; the first column frozen. */
export function addSectionSheet(wb: Workbook, name: string, sections: readonly Section[]): void {
  const width = Math.max(...sections.map((s) => s.header.length));
  const sheet = wb.addSheet(name, {
    frozenColumns: 1,
    frozenRows: 0,
    columns: Array.from({ length: width }, (_, i) => ({
      width: widthOf(sections.flatMap((s) => [s.header[i] ?? '', ...s.rows.slice(0, 200).map((r) => shown(r[i]))])),
    })),
  });
  const title = wb.style({ bold: true, size: 12 });
  const header = wb.style({ bold: true, fill: HEADER_FILL });
  const text = wb.style({ numFmt: '@' });
  const cell = (v: SectionCell): Cell => {
    if (v === null || v === '') return null;
    if (typeof v === 'string') return { text: v, style: text };
    if (typeof v === 'number') return { number: String(v) };
    return numberCell(v.number, wb.style({ numFmt: v.format }));
  };
  for (const [k, s] of sections.entries()) {
    if (k > 0) sheet.row([]);
    sheet.row([{ text: s.title, style: title }]);
    sheet.row(s.header.map((h) => ({ text: h, style: header })));
    for (const r of s.rows) sheet.row(r.map(cell));
  }
  sheet.end();
}
