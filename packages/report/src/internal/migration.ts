import { fill, label } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';
import { escapeHtml } from './escape.js';
import { num, raw, section, table } from './html.js';
import type { Cell } from './html.js';
import type { MigrationView } from './migrationOf.js';

/** Row/column label: a class name, or what "excluded", "new", "gone" mean. */
export function placeName(place: string, dict: Dictionary): string {
  if (place === 'excluded') return dict.ui.notEvaluated;
  if (place === 'new') return dict.ui.newFirm;
  if (place === 'gone') return dict.ui.goneFirm;
  return label(dict.classes, place);
}

/** Overview section: year-over-year class migration matrix; the diagonal (no change) is highlighted. */
export function migrationSection(m: MigrationView | undefined, dict: Dictionary): string {
  if (!m) return '';
  const rows: Cell[][] = m.rows.map((from) => [
    raw(`<strong>${escapeHtml(placeName(from, dict))}</strong>`),
    ...m.columns.map((to) => {
      const n = m.counts[from]?.[to] ?? 0;
      return raw(`<span class="num${from === to ? ' same' : ''}" data-from="${escapeHtml(from)}" data-to="${escapeHtml(to)}">${n}</span>`);
    }),
  ]);
  const headers: Cell[] = [`${m.fromLabel} → ${m.toLabel}`, ...m.columns.map((c) => num(placeName(c, dict)))];
  const note = fill(dict.ui.migrationNote, { from: m.fromLabel, to: m.toLabel });
  return section('migration', dict.ui.migration, `<p class="note">${escapeHtml(note)}</p>` + table(headers, rows, 'id="migration-table"'));
}
