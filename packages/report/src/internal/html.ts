import { escapeHtml } from './escape.js';

/** HTML that is already escaped; anything else given to these helpers is treated as text. */
export interface Html {
  readonly html: string;
}

/** Marks a string as trusted HTML (produced by this package, never user data). */
export function raw(html: string): Html {
  return { html };
}

/** Table cell content: text (escaped) or HTML. Numbers are right-aligned. */
export type Cell = string | number | Html;

function cell(c: Cell, tag: 'td' | 'th'): string {
  if (typeof c === 'number') return `<${tag} class="num">${c}</${tag}>`;
  if (typeof c === 'string') return `<${tag}>${escapeHtml(c)}</${tag}>`;
  return `<${tag}>${c.html}</${tag}>`;
}

/** A simple table; `attrs` is trusted attribute text for the `<table>` element. */
export function table(headers: readonly Cell[], rows: readonly (readonly Cell[])[], attrs = ''): string {
  const head = `<thead><tr>${headers.map((h) => cell(h, 'th')).join('')}</tr></thead>`;
  const body = `<tbody>${rows.map((r) => `<tr>${r.map((c) => cell(c, 'td')).join('')}</tr>`).join('')}</tbody>`;
  return `<table${attrs ? ' ' + attrs : ''}>${head}${body}</table>`;
}

/** A right-aligned number given as a (formatted) string. */
export function num(text: string): Html {
  return raw(`<span class="num">${escapeHtml(text)}</span>`);
}

/** A section with a heading and an id for the navigation. */
export function section(id: string, heading: string, body: string): string {
  return `<section id="${escapeHtml(id)}"><h2>${escapeHtml(heading)}</h2>${body}</section>`;
}
