import type { Evaluation } from '@mujun/core';
import { label } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';
import { escapeHtml } from './escape.js';
import { num, raw, section, table } from './html.js';
import type { Cell } from './html.js';

/** Counts of enterprises per class for each group × county, with group subtotals and a grand total. */
export function classCounts(
  evaluation: Evaluation,
  classes: readonly string[],
): { group: string; county: string | null; counts: Record<string, number>; size: number }[] {
  const rows = new Map<string, { group: string; county: string | null; counts: Record<string, number>; size: number }>();
  for (const r of evaluation.results) {
    const key = `${r.group}\u0000${r.county ?? ''}`;
    let row = rows.get(key);
    if (!row) {
      row = { group: r.group, county: r.county, counts: Object.fromEntries(classes.map((c) => [c, 0])), size: 0 };
      rows.set(key, row);
    }
    row.counts[r.class] = (row.counts[r.class] ?? 0) + 1;
    row.size++;
  }
  return [...rows.values()].sort((a, b) => a.group.localeCompare(b.group) || (a.county ?? '').localeCompare(b.county ?? ''));
}

/** Overview section: classes per group and county. */
export function classTableSection(evaluation: Evaluation, classes: readonly string[], dict: Dictionary): string {
  const ui = dict.ui;
  const rows = classCounts(evaluation, classes);
  const body: Cell[][] = rows.map((r) => [label(dict.groups, r.group), r.county ?? '—', ...classes.map((c) => r.counts[c] ?? 0), r.size]);
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
