/** The results sheet: the CLI's one results table, with numbers as numbers, units and class colours. */
import type ExcelJS from 'exceljs';
import { resultsTable } from '../resultsTable.js';
import type { ScoreRun } from '../../run/scoreRun.js';
import { CLASS_FILLS, fill, FORMATS, frozen, numberCell, styleHeader, widthOf } from './sheetStyle.js';
import { headerWithUnit, SHEETS, type WorkbookLanguage } from './workbookText.js';

/** Rows looked at for column widths (the rest are streamed without being kept). */
const WIDTH_SAMPLE = 200;

/** The number format of a results column, from its id. */
function formatOf(id: string, kind: string | undefined, decimals: number): string {
  if (kind === 'code' || kind === undefined || kind === 'text') return FORMATS.text;
  if (id === 'total' || id.endsWith('_score')) return FORMATS.points(decimals);
  if (id === 'rank' || id === 'pool_size') return FORMATS.integer;
  if (id === 'land_mu' || id.endsWith('_yuan')) return FORMATS.money;
  return FORMATS.general;
}

/**
 * Adds the results sheet: one row per enterprise (scored by group, county and rank, then the
 * excluded ones), columns and cells from `resultsTable` in the workbook's language, a unit in
 * every figure's header, credit codes as text, figures as numbers, the class cells coloured.
 */
export function addResultsSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, run: ScoreRun, language: WorkbookLanguage): void {
  const table = resultsTable(run, language);
  const decimals = run.columns.scheme.rounding.decimals;
  const headers = table.columns.map((c) => headerWithUnit(language === 'zh' ? c.zh : c.en, c.unit?.[language], language));
  const classColumns = new Set(table.columns.flatMap((c, i) => (c.en === 'class' || c.en === 'class_name' ? [i] : [])));
  const classIndex = table.columns.findIndex((c) => c.en === 'class');
  const rows = table.rows[Symbol.iterator]();
  const sample: string[][] = [];
  for (let next = rows.next(); !next.done; next = rows.next()) {
    sample.push(next.value);
    if (sample.length >= WIDTH_SAMPLE) break;
  }
  const ws = wb.addWorksheet(SHEETS.results[language], frozen(3));
  ws.columns = table.columns.map((c, i) => ({
    key: c.en,
    width: widthOf([headers[i]!, ...sample.map((r) => r[i] ?? '')]),
    style: { numFmt: formatOf(c.en, c.kind, decimals) },
  }));
  const header = ws.addRow(headers);
  styleHeader(ws, headers.length);
  header.commit();
  const add = (cells: string[]) => {
    const values = cells.map((text, i) => (table.columns[i]!.kind === 'number' ? numberCell(text) : text === '' ? null : text));
    const row = ws.addRow(values);
    const tint = CLASS_FILLS[cells[classIndex] ?? ''];
    if (tint) for (const i of classColumns) row.getCell(i + 1).fill = fill(tint);
    row.commit();
  };
  for (const cells of sample) add(cells);
  for (let next = rows.next(); !next.done; next = rows.next()) add(next.value);
  ws.commit();
}
