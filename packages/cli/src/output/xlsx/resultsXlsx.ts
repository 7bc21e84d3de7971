/**
 * `score --format xlsx --out 结果.xlsx`: the results workbook a bureau hands over — the results
 * (from the CLI's one results table), the excluded enterprises and rejected rows with reasons, the
 * accounting, the scheme and its benchmarks — in one language throughout (`--headers zh`, the
 * default, has no English word in any cell or label). exceljs's streaming writer feeds the CLI's
 * one atomic writer (a temporary file renamed over the target when complete; `--force` to replace).
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { UsageError } from '../../errors.js';
import { writeAtomically, type WriteTarget } from '../../files/writeAtomically.js';
import type { ScoreRun } from '../../run/scoreRun.js';
import { addAccountingSheet } from './accountingSheet.js';
import { addExcludedSheet, addRejectedSheet } from './excludedSheets.js';
import { addResultsSheet } from './resultsSheet.js';
import { addBenchmarkSheet, addSchemeSheet } from './schemeSheets.js';
import type { WorkbookLanguage } from './workbookText.js';

/** A worksheet's last row in Excel and WPS (2²⁰); the header takes one. */
const EXCEL_ROWS = 1_048_576;

/** The usage error for `--format xlsx` without `--out` (a workbook is never written to a terminal). */
export function workbookNeedsOut(): UsageError {
  return new UsageError({
    zh: '--format xlsx 需要用 --out 指定工作簿文件，如 --out 结果.xlsx',
    en: '--format xlsx needs --out with the workbook file, e.g. --out results.xlsx',
  });
}

/** Writes the results workbook of a run to the --out target, atomically. */
export async function writeResultsXlsx(run: ScoreRun, target: WriteTarget, language: WorkbookLanguage): Promise<void> {
  const firms = run.columns.accounting.scored + run.columns.accounting.excluded;
  if (firms >= EXCEL_ROWS)
    throw new UsageError({
      zh: `${firms} 家企业超过 Excel 工作表的行数上限（${EXCEL_ROWS - 1} 行）；请用 --format csv`,
      en: `${firms} enterprises are more than an Excel sheet holds (${EXCEL_ROWS - 1} rows); use --format csv`,
    });
  const bytes = new PassThrough();
  // The writer consumes the bytes while exceljs makes them; both must finish.
  const written = writeAtomically(target, bytes);
  try {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: bytes, useStyles: true, useSharedStrings: false });
    wb.creator = 'mujun';
    addResultsSheet(wb, run, language);
    addExcludedSheet(wb, run, language);
    addRejectedSheet(wb, run, language);
    addAccountingSheet(wb, run, language);
    addSchemeSheet(wb, run, language);
    addBenchmarkSheet(wb, run, language);
    await wb.commit();
  } catch (error) {
    bytes.destroy(error instanceof Error ? error : new Error(String(error)));
    await written.catch(() => undefined);
    throw error;
  }
  await written;
}
