import { label } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';
import { classSlug } from './classTable.js';
import { share } from './classShares.js';
import { escapeHtml } from './escape.js';

/**
 * One horizontal bar split by class, each part as wide as its share, with the share written in
 * the parts wide enough for it. Inline SVG (no chart library, nothing loaded). `width` and
 * `height` are the drawing's units; the bar stretches to its container.
 */
export function shareBar(counts: Record<string, number>, classes: readonly string[], total: number, dict: Dictionary, width = 600, height = 22): string {
  if (total === 0) return '';
  let x = 0;
  const parts: string[] = [];
  for (const c of classes) {
    const n = counts[c] ?? 0;
    if (n === 0) continue;
    const w = (n / total) * width;
    const tip = `${label(dict.classes, c)}: ${n} (${share(n, total)})`;
    parts.push(
      `<rect class="bar cls-${classSlug(c)}" x="${x.toFixed(2)}" y="0" width="${w.toFixed(2)}" height="${height}"><title>${escapeHtml(tip)}</title></rect>`,
    );
    // A share is written only where it fits (about 7 units per character at this size).
    const text = `${c} ${share(n, total)}`;
    if (w > text.length * 7 + 6)
      parts.push(`<text class="bar-label" x="${(x + w / 2).toFixed(2)}" y="${height / 2 + 4}" text-anchor="middle">${escapeHtml(text)}</text>`);
    x += w;
  }
  return `<svg class="share-bar" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(classes.map((c) => `${c} ${counts[c] ?? 0}`).join(', '))}">${parts.join('')}</svg>`;
}
