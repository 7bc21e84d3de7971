/**
 * `score --format xlsx --out 结果.xlsx`: the results workbook a bureau hands over — the results
 * (from the CLI's one results table), the excluded enterprises and rejected rows with reasons, the
 * accounting, the scheme and its benchmarks — in one language throughout (`--headers zh`, the
 * default, has no English word in any cell or label). Written with exceljs's streaming writer to
 * a temporary file that replaces the target when complete.
 */
import { rename, rm } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { UsageError } from '../../errors.js';
import type { ScoreRun } from '../scoreRun.js';
import { addAccountingSheet } from './accountingSheet.js';
import { addExcludedSheet, addRejectedSheet } from './excludedSheets.js';
import { addResultsSheet } from './resultsSheet.js';
import { addBenchmarkSheet, addSchemeSheet } from './schemeSheets.js';
import type { WorkbookLanguage } from './workbookText.js';

/**
 * Writes `target` by way of a temporary file beside it, renamed over it when complete, so an
 * interrupted run never leaves half a workbook. (One small function, for the project's shared
 * atomic writer to replace.)
 */
export async function replaceFile(target: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = `${target}.tmp-${process.pid}-${Date.now()}`;
  try {
    await write(temporary);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** A worksheet's last row in Excel and WPS (2²⁰); the header takes one. */
const EXCEL_ROWS = 1_048_576;

/** The usage error for `--format xlsx` without `--out` (a workbook is never written to a terminal). */
export function workbookNeedsOut(): UsageError {
  return new UsageError({ zh: '--format xlsx 需要用 --out 指定工作簿文件，如 --out 结果.xlsx', en: '--format xlsx needs --out with the workbook file, e.g. --out results.xlsx' });
}

/** Writes the results workbook of a run to `path` (an absolute or cwd-relative file path). */
export async function writeResultsXlsx(run: ScoreRun, path: string, language: WorkbookLanguage): Promise<void> {
  const firms = run.evaluation.results.length + run.evaluation.excluded.length;
  if (firms >= EXCEL_ROWS)
    throw new UsageError({
      zh: `${firms} 家企业超过 Excel 工作表的行数上限（${EXCEL_ROWS - 1} 行）；请用 --format csv`,
      en: `${firms} enterprises are more than an Excel sheet holds (${EXCEL_ROWS - 1} rows); use --format csv`,
    });
  await replaceFile(path, async (temporary) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temporary, useStyles: true, useSharedStrings: false });
    wb.creator = 'mujun';
    addResultsSheet(wb, run, language);
    addExcludedSheet(wb, run, language);
    addRejectedSheet(wb, run, language);
    addAccountingSheet(wb, run, language);
    addSchemeSheet(wb, run, language);
    addBenchmarkSheet(wb, run, language);
    await wb.commit();
  });
}
