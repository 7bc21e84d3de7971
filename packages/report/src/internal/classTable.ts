import type { Evaluation } from '@mujun/core';
import { label } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';
import { countByKey } from './classShares.js';
import { escapeHtml } from './escape.js';
import { num, raw, section, table } from './html.js';
import type { Cell } from './html.js';

/** Overview section: classes per group and county. */
export function classTableSection(evaluation: Evaluation, classes: readonly string[], dict: Dictionary): string {
  const ui = dict.ui;
  // One row per group × county, by group then county.
  const rows = countByKey(evaluation.results, classes, (r) => JSON.stringify([r.group, r.county]))
    .map((row) => ({ ...row, at: JSON.parse(row.key) as [string, string | null] }))
    .sort((a, b) => a.at[0].localeCompare(b.at[0]) || (a.at[1] ?? '').localeCompare(b.at[1] ?? ''));
  const body: Cell[][] = rows.map((r) => [label(dict.groups, r.at[0]), r.at[1] ?? '—', ...classes.map((c) => r.counts[c] ?? 0), r.total]);
  const totals = classes.map((c) => rows.reduce((s, r) => s + (r.counts[c] ?? 0), 0));
  body.push([raw(`<strong>${escapeHtml(ui.total)}</strong>`), '', ...totals, evaluation.results.length]);
  const headers: Cell[] = [
    ui.group,
    ui.county,
    ...classes.map((c) => raw(`<span class="cls cls-${classSlug(c)} num">${escapeHtml(label(dict.classes, c))}</span>`)),
    num(ui.total),
  ];
  return section('classes', ui.classesByPool, table(headers, body, 'id="class-table"'));
}

/** CSS-safe name of a class letter ('C-' → 'Cm'). */
export function classSlug(c: string): string {
  return c.replace('-', 'm');
}
