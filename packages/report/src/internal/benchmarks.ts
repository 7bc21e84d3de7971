import type { Evaluation } from '@mujun/core';
import { label } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';
import { formatMeasure } from './decimal.js';
import { num, section, table } from './html.js';

/** Overview section: the benchmark of every indicator in every pool, and how it was obtained. */
export function benchmarksSection(evaluation: Evaluation, dict: Dictionary): string {
  if (evaluation.benchmarks.length === 0) return '';
  const ui = dict.ui;
  const rows = evaluation.benchmarks.map((b) => [
    b.pool,
    label(dict.groups, b.group),
    label(dict.indicators, b.indicator),
    b.industry ?? '—',
    num(formatMeasure(b.value)),
    dict.units[b.indicator] ?? '',
    b.method,
  ]);
  return section('benchmarks', ui.benchmarks, table([ui.pool, ui.group, ui.indicator, ui.industry, ui.value, '', ui.method], rows, 'id="benchmark-table"'));
}
