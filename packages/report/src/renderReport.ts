import { dictionary, withSchemeNames } from './i18n/strings.js';
import { PAGE_SCRIPT } from './client/script.js';
import { accountingSection } from './internal/accounting.js';
import { benchmarksSection } from './internal/benchmarks.js';
import { classTableSection } from './internal/classTable.js';
import { escapeHtml, jsonForScript } from './internal/escape.js';
import { fiscalSection } from './internal/fiscal.js';
import { distributionSection } from './internal/histogram.js';
import { migrationSection } from './internal/migration.js';
import { migrationOf } from './internal/migrationOf.js';
import { buildReportData, classOrder } from './internal/model.js';
import { STYLES } from './internal/styles.js';
import type { ReportInput } from './types.js';

/**
 * Renders the evaluation as ONE self-contained HTML file: inline CSS, inline script, SVG charts,
 * the data as embedded JSON — no network access, so it works opened from disk on an offline
 * machine. The overview is plain HTML; the enterprise table and the sheets (一企一单, at
 * `#/firm/<credit code>`) are drawn by the page script from the embedded data.
 *
 * Pure: no I/O, same input → same output (pass `generatedAt` to print a time).
 */
export function renderReport(input: ReportInput): string {
  const lang = input.lang ?? 'zh';
  const dict = withSchemeNames(dictionary(lang), input.evaluation.scheme, lang);
  const ui = dict.ui;
  const title = input.title ?? ui.title;
  const classes = classOrder(input.evaluation);
  const migration = input.comparison ? migrationOf(input.comparison, input.evaluation) : undefined;
  const data = buildReportData(input, dict, migration);
  const meta = [
    `${ui.scheme}: ${schemeName(input, lang)}`,
    input.generatedAt ? `${ui.generatedAt}: ${input.generatedAt}` : '',
  ].filter(Boolean);
  const overview =
    accountingSection(input, dict) +
    classTableSection(input.evaluation, classes, dict) +
    distributionSection(input.evaluation, classes, dict) +
    benchmarksSection(input.evaluation, dict) +
    fiscalSection(input.policy, dict) +
    migrationSection(migration, dict);
  const tableSection =
    `<section id="enterprises"><h2>${escapeHtml(ui.navTable)}</h2>` +
    `<noscript><p class="note bad">${escapeHtml(ui.noScript)}</p></noscript>` +
    `<div class="filters"><input id="filter-q" type="search"><select id="filter-class"></select>` +
    `<select id="filter-group"></select><select id="filter-county"></select><span id="shown" class="note"></span></div>` +
    `<div class="table-wrap"><table id="firm-table"><thead><tr></tr></thead><tbody></tbody></table></div></section>`;
  return (
    `<!DOCTYPE html>\n<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">\n<head>\n<meta charset="utf-8">\n` +
    // Belt and braces for "no network": the page may load nothing but itself and inline code.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${escapeHtml(title)}</title>\n<style>${STYLES}</style>\n</head>\n<body>\n` +
    `<header class="top"><h1>${escapeHtml(title)}</h1><span class="meta">${escapeHtml(meta.join(' · '))}</span>` +
    `<nav class="no-print"><a href="#/">${escapeHtml(ui.navOverview)}</a><a href="#enterprises">${escapeHtml(ui.navTable)}</a></nav></header>\n` +
    `<main>${overview}${tableSection}</main>\n<div id="sheet"></div>\n` +
    `<script type="application/json" id="report-data">${jsonForScript(data)}</script>\n` +
    `<script>${PAGE_SCRIPT}</script>\n</body>\n</html>\n`
  );
}

function schemeName(input: ReportInput, lang: string): string {
  const s = input.evaluation.scheme as { name?: string; nameEn?: string } | undefined;
  const name = lang === 'en' ? s?.nameEn : s?.name;
  return name ? `${name} (${input.evaluation.schemeId})` : input.evaluation.schemeId;
}
