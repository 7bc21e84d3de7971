/**
 * @mujun/cli/run — one `score` run, pure and browser-safe (no Node built-in, a test bundles it for
 * the browser): the bureau files' bytes read and merged (归集/比对), evaluated, policies applied; every
 * line `score` and `score validate` print; the results as CSV, JSON and .xlsx bytes — the same bytes
 * as `score` writes. The CLI's commands are Node shells around it; the offline web page runs it in
 * a Web Worker.
 *
 * @example
 * ```ts
 * import { getPreset } from '@mujun/core';
 * import { resultsCsvBytes, runScore, scoreMessages } from '@mujun/cli/run';
 *
 * const outcome = await runScore(files, { scheme: getPreset('changzhou-wujin') }); // files: { name, bytes }[]
 * for (const line of scoreMessages(outcome)) console.log(line);
 * if (outcome.run) download(resultsCsvBytes(outcome.run, { headers: 'zh', encoding: 'utf8' }));
 * ```
 *
 * @module @mujun/cli/run
 */
export { runScore, scoreInputs } from './runScore.js';
export type { RunScoreOptions, ScoreOutcome } from './runScore.js';
export { readRun } from './readRun.js';
export type { ReadRunOptions, RunProgress, RunSource } from './readRun.js';
export { checkInputNames, mergeInputs } from './inputs.js';
export type { Inputs, MergeInputsOptions } from './inputs.js';
export { errorLines } from './errorLines.js';
export { evaluateInputs } from './evaluateInputs.js';
export type { EvaluateInputsOptions } from './evaluateInputs.js';
export type { Origin, RejectedSourceRow, ScoreRun } from './scoreRun.js';
export { historyFromFiles } from './history.js';
export { catalogFromText, presetCatalog, presetScheme, schemeFromText } from './schemeFiles.js';
export type { Loaded } from './schemeFiles.js';
export type { HistoryFile } from './history.js';

// What `score` and `score validate` print
export { scoreMessages, summaryLines, validateMessages } from './messages.js';
export type { RunSummary } from './messages.js';
export { validationJson, validationText } from '../output/validationReport.js';
export type { DataProblems } from '../output/dataProblems.js';
export { accountingOf } from '../output/accounting.js';
export type { Accounting } from '../output/accounting.js';

// What `score` writes
export { resultsCsvBytes } from './resultsCsv.js';
export type { ResultsCsvChoice } from './resultsCsv.js';
export { resultsJson, resultsJsonText } from '../output/resultsJson.js';
export type { ExcludedJson, RejectedJson, ScoreJson } from '../output/resultsJson.js';
export { reportHtml } from './reportHtml.js';
export type { ReportChoice } from './reportHtml.js';
export { explanationText } from '../output/explanationText.js';
export { resultsWorkbookBytes } from '../output/xlsx/resultsXlsx.js';
export type { WorkbookChoice } from '../output/xlsx/resultsXlsx.js';
