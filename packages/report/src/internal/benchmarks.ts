import { type BenchmarkUsed, benchmarkMethodText, type Evaluation } from '@mujun/core';
import { label } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';
import { formatReadable } from './decimal.js';
import { industryDivision } from './industries.js';
import { poolLabel } from './model.js';
import { escapeHtml } from './escape.js';
import { num, raw, section, table } from './html.js';
import type { Cell } from './html.js';
import type { ReportLang } from '../types.js';

/**
 * Overview section: the benchmarks as a pool × indicator grid (one row per pool, one column per
 * indicator), with how each was obtained; industry-specific benchmarks get their own rows.
 */
export function benchmarksSection(evaluation: Evaluation, dict: Dictionary, lang: ReportLang): string {
  if (evaluation.benchmarks.length === 0) return '';
  const ui = dict.ui;
  const indicators = [...new Set(evaluation.benchmarks.map((b) => b.indicator))];
  const rows = new Map<string, { pool: string; industry: string | null; cells: Map<string, BenchmarkUsed> }>();
  for (const b of evaluation.benchmarks) {
    const key = `${b.pool}\u0000${b.industry ?? ''}`;
    const row = rows.get(key) ?? { pool: b.pool, industry: b.industry, cells: new Map() };
    row.cells.set(b.indicator, b);
    rows.set(key, row);
  }
  const industryName = (code: string): string => {
    const d = industryDivision(code, lang);
    return d.code ? `${code} ${d.name}` : code;
  };
  // The industry column only when some benchmark is industry-specific.
  const byIndustry = evaluation.benchmarks.some((b) => b.industry !== null);
  const body: Cell[][] = [...rows.values()].map((r) => [
    poolLabel(evaluation, r.pool, dict),
    ...(byIndustry ? [r.industry === null ? '—' : industryName(r.industry)] : []),
    ...indicators.map((id) => {
      const b = r.cells.get(id);
      return b ? num(formatReadable(b.value)) : '';
    }),
  ]);
  const headers: Cell[] = [
    ui.pool,
    ...(byIndustry ? [ui.industry] : []),
    ...indicators.map((id) =>
      raw(`<span class="num">${escapeHtml(label(dict.indicators, id))}<br><span class="note">${escapeHtml(dict.units[id] ?? '')}</span></span>`),
    ),
  ];
  const methods = [...new Set(evaluation.benchmarks.map((b) => benchmarkMethodText(b.method, lang)))].join(ui.listSep);
  return section(
    'benchmarks',
    ui.benchmarks,
    `<div class="wide">${table(headers, body, 'id="benchmark-table"')}</div><p class="note">${escapeHtml(ui.method)}: ${escapeHtml(methods)}</p>`,
  );
}
