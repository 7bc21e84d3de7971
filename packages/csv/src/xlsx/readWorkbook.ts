import { readDateStyles } from './dateStyles.js';
import { readSharedStrings } from './sharedStrings.js';
import { readSheetCells } from './sheetCells.js';
import { sheetRows } from './sheetRows.js';
import { openWorkbook } from './workbookParts.js';

/** One worksheet as rows of cell texts (`rows[i]` is the sheet's row i + 1). */
export interface WorksheetRows {
  sheet: string;
  rows: string[][];
}

/** Which sheets {@link readWorkbook} returns. */
export interface ReadWorkbookOptions {
  /** One sheet by its tab name; by default every visible sheet that has cells. */
  sheet?: string | undefined;
}

/** The tab names of a workbook, hidden ones too (for a message naming the choices). */
export function workbookSheetNames(bytes: Uint8Array): string[] {
  return openWorkbook(bytes).sheets.map((s) => s.name);
}

/**
 * Reads an .xlsx workbook into rows of cell texts, one entry per sheet read, in tab order: the
 * chosen sheet, or every visible sheet with at least one cell. Numbers come as their exact decimal
 * text, dates as `YYYY-MM-DD`, merged ranges filled and a two-row header made one
 * (xlsx/sheetRows.ts). A chosen sheet that does not exist gives an empty list. Throws when the bytes
 * are not an .xlsx package.
 */
export function readWorkbook(bytes: Uint8Array, options: ReadWorkbookOptions = {}): WorksheetRows[] {
  const parts = openWorkbook(bytes);
  const lookups = {
    sharedStrings: readSharedStrings(parts.sharedStringsPart === undefined ? undefined : parts.text(parts.sharedStringsPart)),
    dateStyles: readDateStyles(parts.stylesPart === undefined ? undefined : parts.text(parts.stylesPart)),
    date1904: parts.date1904,
  };
  const out: WorksheetRows[] = [];
  for (const entry of parts.sheets) {
    if (options.sheet !== undefined ? entry.name !== options.sheet : entry.hidden) continue;
    const xml = parts.text(entry.part);
    if (xml === undefined) continue;
    const cells = readSheetCells(xml, lookups);
    if (options.sheet === undefined && cells.rows.length === 0) continue;
    out.push({ sheet: entry.name, rows: sheetRows(cells) });
  }
  return out;
}
