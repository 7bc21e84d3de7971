/** A plain list sheet: a styled, frozen, filtered header and rows of text and numbers. */
import { FORMATS, HEADER_STYLE, numberCell, widthOf } from './sheetStyle.js';
import type { Workbook } from './workbook.js';

/** One column of a list sheet. */
export interface ListColumn {
  header: string;
  format?: string;
}

/** A list cell: text, a count, a decimal (its exact text), or nothing. */
export type ListCell = string | number | { number: string } | null;

const shown = (v: ListCell): string => (v === null ? '' : typeof v === 'object' ? v.number : String(v));

/** Adds a sheet of `rows` under `columns` (all rows are kept to size the columns: these lists are short). */
export function addListSheet(wb: Workbook, name: string, columns: readonly ListColumn[], rows: readonly ListCell[][], frozenColumns = 0): void {
  const styles = columns.map((c) => wb.style({ numFmt: c.format ?? FORMATS.text }));
  const sheet = wb.addSheet(name, {
    frozenColumns,
    frozenRows: 1,
    autoFilter: true,
    columns: columns.map((c, i) => ({ width: widthOf([c.header, ...rows.slice(0, 500).map((r) => shown(r[i] ?? null))]), style: styles[i] })),
  });
  const header = wb.style(HEADER_STYLE);
  sheet.row(columns.map((c) => ({ text: c.header, style: header })));
  for (const r of rows)
    sheet.row(
      r.map((v, i) => {
        const style = styles[i];
        if (v === null || v === '') return null;
        if (typeof v === 'string') return { text: v, style };
        return numberCell(typeof v === 'number' ? String(v) : v.number, style);
      }),
    );
  sheet.end();
}
