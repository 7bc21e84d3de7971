/**
 * `score --format xlsx --out 结果.xlsx`: the results workbook a bureau hands over — the results
 * (from the CLI's one results table), the excluded enterprises and rejected rows with reasons, the
 * accounting, the scheme and its benchmarks — in one language throughout (`--headers zh`, the
 * default, has no English word in any cell or label). Pure: the CLI writes the bytes to --out
 * atomically, the web page offers them for download; both get the same bytes.
 */
import { UsageError } from '../../errors.js';
import type { ScoreRun } from '../../run/scoreRun.js';
import { addAccountingSheet } from './accountingSheet.js';
import { addExcludedSheet, addRejectedSheet } from './excludedSheets.js';
import { addResultsSheet } from './resultsSheet.js';
import { addBenchmarkSheet, addSchemeSheet } from './schemeSheets.js';
import { Workbook } from './workbook.js';
import type { TableLanguage } from '@mujun/csv';

/** A worksheet's last row in Excel and WPS (2²⁰); the header takes one. */
const EXCEL_ROWS = 1_048_576;

/** The usage error for `--format xlsx` without `--out` (a workbook is never written to a terminal). */
export function workbookNeedsOut(): UsageError {
  return new UsageError({
    zh: '--format xlsx 需要用 --out 指定工作簿文件，如 --out 结果.xlsx',
    en: '--format xlsx needs --out with the workbook file, e.g. --out results.xlsx',
  });
}

/** The choices of `score --format xlsx --headers …`. */
export interface WorkbookChoice {
  /** The language of every sheet name, label and text cell (default zh). */
  headers?: TableLanguage | undefined;
}

/** The results workbook of a run as .xlsx bytes; more firms than a sheet holds is a UsageError. */
export function resultsWorkbookBytes(run: ScoreRun, choice: WorkbookChoice = {}): Uint8Array {
  const language = choice.headers ?? 'zh';
  const firms = run.columns.accounting.scored + run.columns.accounting.excluded;
  if (firms >= EXCEL_ROWS)
    throw new UsageError({
      zh: `${firms} 家企业超过 Excel 工作表的行数上限（${EXCEL_ROWS - 1} 行）；请用 --format csv`,
      en: `${firms} enterprises are more than an Excel sheet holds (${EXCEL_ROWS - 1} rows); use --format csv`,
    });
  const wb = new Workbook();
  addResultsSheet(wb, run, language);
  addExcludedSheet(wb, run, language);
  addRejectedSheet(wb, run, language);
  addAccountingSheet(wb, run, language);
  addSchemeSheet(wb, run, language);
  addBenchmarkSheet(wb, run, language);
  return wb.bytes();
}
