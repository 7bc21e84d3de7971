import { dictionary, fill, withSchemeNames } from './i18n/strings.js';
import { PAGE_SCRIPT } from './client/script.js';
import { accountingOf, accountingSection } from './internal/accounting.js';
import { benchmarksSection } from './internal/benchmarks.js';
import { classTableSection } from './internal/classTable.js';
import { escapeHtml, jsonForScript } from './internal/escape.js';
import { fiscalSection } from './internal/fiscal.js';
import { distributionSection } from './internal/histogram.js';
import { leadersSection } from './internal/leaders.js';
import { migrationOf } from './internal/migrationOf.js';
import { buildReportData, classOrder } from './internal/model.js';
import { reportMeta } from './internal/reportMeta.js';
import { STYLES } from './internal/styles.js';
import type { ReportInput } from './types.js';

/**
 * Renders the evaluation as ONE self-contained HTML file: inline CSS, inline script, SVG charts,
 * the data as embedded JSON — no network access, so it works opened from disk on an offline
 * machine. First the leaders' page (classes, shares, breakdowns, change from last year, fiscal
 * effect), then the analyst's accounting and details, then the enterprise table; the sheets
 * (一企一单, at `#/firm/<credit code>`, or all at once for printing) are drawn by the page script
 * from the embedded data.
 *
 * Pure: no I/O, same input → same output (pass `generatedAt` to print a date).
 */
export function renderReport(input: ReportInput): string {
  const lang = input.lang ?? 'zh';
  const dict = withSchemeNames(dictionary(lang), input.evaluation.scheme, lang);
  const ui = dict.ui;
  const meta = reportMeta(input, dict);
  const classes = classOrder(input.evaluation);
  const migration = input.comparison ? migrationOf(input.comparison, input.evaluation, dict) : undefined;
  const data = buildReportData(input, dict, meta, migration?.previous, migration?.fromLabel ?? null);
  const accounting = accountingOf(input);
  const headLine = [
    meta.year === null ? '' : `${ui.year}${ui.colon}${fill(ui.yearValue, { year: meta.year })}`,
    `${ui.scheme}${ui.colon}${meta.scheme}`,
    meta.issuer ? `${ui.issuer}${ui.colon}${meta.issuer}` : '',
    meta.date ? `${ui.date}${ui.colon}${meta.date}` : '',
  ].filter(Boolean);
  const leaders = leadersSection({ input, classes, accounting, migration, year: meta.year }, dict);
  const analysis =
    `<h2 class="part" id="analysis">${escapeHtml(ui.analysis)}</h2>` +
    accountingSection(input, dict) +
    classTableSection(input.evaluation, classes, dict) +
    distributionSection(input.evaluation, classes, dict) +
    benchmarksSection(input.evaluation, dict, lang) +
    fiscalSection(input.policy, dict, lang, input.policyTitle);
  const tableSection =
    `<section id="enterprises"><h2>${escapeHtml(ui.navTable)}</h2>` +
    `<noscript><p class="note bad">${escapeHtml(ui.noScript)}</p></noscript>` +
    `<div class="filters"><input id="filter-q" type="search"><select id="filter-class"></select>` +
    `<select id="filter-group"></select><select id="filter-county"></select><span id="shown" class="note"></span></div>` +
    `<div class="table-wrap" id="table-wrap"><table id="firm-table"><thead><tr></tr></thead><tbody></tbody></table></div>` +
    `<div class="print-panel no-print"><strong>${escapeHtml(ui.printSheets)}</strong><select id="print-set"></select><select id="print-pool"></select>` +
    `<button type="button" id="print-sheets"></button><span class="note">${escapeHtml(ui.printNote)}</span></div></section>`;
  return (
    `<!DOCTYPE html>\n<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">\n<head>\n<meta charset="utf-8">\n` +
    // Belt and braces for "no network": the page may load nothing but itself and inline code.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${escapeHtml(meta.title)}</title>\n<style>${STYLES}</style>\n</head>\n<body>\n` +
    `<header class="top"><div><h1>${escapeHtml(meta.title)}</h1><div class="meta">${escapeHtml(headLine.join(' · '))}</div></div>` +
    `<nav class="no-print"><a href="#/">${escapeHtml(ui.summary)}</a><a href="#analysis">${escapeHtml(ui.analysis)}</a><a href="#enterprises">${escapeHtml(ui.navTable)}</a></nav></header>\n` +
    `<main>${leaders}${analysis}${tableSection}</main>\n<div id="sheet"></div>\n` +
    `<script type="application/json" id="report-data">${jsonForScript(data)}</script>\n` +
    `<script>${PAGE_SCRIPT}</script>\n</body>\n</html>\n`
  );
}
