/** The results sheet: the CLI's one results table, with numbers as numbers, units and class colours. */
import { resultsTable } from '../resultsTable.js';
import type { ScoreRun } from '../../run/scoreRun.js';
import { CLASS_FILLS, FORMATS, HEADER_STYLE, numberCell, widthOf } from './sheetStyle.js';
import type { Cell, Workbook } from './workbook.js';
import type { TableLanguage } from '@mujun/csv';
import { headerWithUnit, SHEETS } from './workbookText.js';

/** Rows looked at for column widths (the rest are written without being kept). */
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
export function addResultsSheet(wb: Workbook, run: ScoreRun, language: TableLanguage): void {
  const table = resultsTable(run, language);
  const decimals = run.columns.scheme.rounding.decimals;
  const headers = table.columns.map((c) => headerWithUnit(language === 'zh' ? c.zh : c.en, c.unit?.[language], language));
  const formats = table.columns.map((c) => formatOf(c.en, c.kind, decimals));
  const styles = formats.map((numFmt) => wb.style({ numFmt }));
  const classColumns = new Set(table.columns.flatMap((c, i) => (c.en === 'class' || c.en === 'class_name' ? [i] : [])));
  const classIndex = table.columns.findIndex((c) => c.en === 'class');
  const rows = table.rows[Symbol.iterator]();
  const sample: string[][] = [];
  for (let next = rows.next(); !next.done; next = rows.next()) {
    sample.push(next.value);
    if (sample.length >= WIDTH_SAMPLE) break;
  }
  const sheet = wb.addSheet(SHEETS.results[language], {
    frozenColumns: 3,
    frozenRows: 1,
    autoFilter: true,
    columns: table.columns.map((_, i) => ({ width: widthOf([headers[i]!, ...sample.map((r) => r[i] ?? '')]), style: styles[i] })),
  });
  const header = wb.style(HEADER_STYLE);
  sheet.row(headers.map((text) => ({ text, style: header })));
  const add = (cells: string[]) => {
    const tint = CLASS_FILLS[cells[classIndex] ?? ''];
    sheet.row(
      cells.map((text, i): Cell => {
        const style = tint !== undefined && classColumns.has(i) ? wb.style({ numFmt: formats[i], fill: tint }) : styles[i];
        if (table.columns[i]!.kind === 'number') return numberCell(text, style);
        return text === '' ? null : { text, style };
      }),
    );
  };
  for (const cells of sample) add(cells);
  for (let next = rows.next(); !next.done; next = rows.next()) add(next.value);
  sheet.end();
}
