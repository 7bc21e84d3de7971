/**
 * @mujun/report — the evaluation as one self-contained, offline HTML report (leaders' page,
 * sortable table, 一企一单), Chinese or English.
 *
 * @module @mujun/report
 */
export { renderReport } from './renderReport.js';
export { dictionary } from './i18n/strings.js';
export { comparisonFromHistory } from './comparisonFromHistory.js';
export type { Dictionary } from './i18n/strings.js';
export type {
  ReportInput,
  ReportLang,
  Provenance,
  ComparisonInput,
} from './types.js';
