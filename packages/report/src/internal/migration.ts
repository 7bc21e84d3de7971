import { fill, label } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';
import type { ComparisonInput } from '../types.js';
import { escapeHtml } from './escape.js';
import { raw, section, table } from './html.js';
import type { Cell } from './html.js';

/** Overview section: year-over-year class migration matrix; the diagonal (no change) is highlighted. */
export function migrationSection(comparison: ComparisonInput | undefined, dict: Dictionary): string {
  if (!comparison) return '';
  const { labels, counts } = comparison.matrix;
  const name = (c: string): string => (c === 'excluded' ? dict.ui.notEvaluated : label(dict.classes, c));
  const rows: Cell[][] = labels.map((from) => [
    raw(`<strong>${escapeHtml(name(from))}</strong>`),
    ...labels.map((to) => {
      const n = counts[from]?.[to] ?? 0;
      return raw(`<span class="num${from === to ? ' same' : ''}" data-from="${escapeHtml(from)}" data-to="${escapeHtml(to)}">${n}</span>`);
    }),
  ]);
  const headers: Cell[] = [`${comparison.fromLabel} → ${comparison.toLabel}`, ...labels.map(name)];
  const note = fill(dict.ui.migrationNote, { from: comparison.fromLabel, to: comparison.toLabel });
  return section('migration', dict.ui.migration, `<p class="note">${escapeHtml(note)}</p>` + table(headers, rows, 'id="migration-table"'));
}
