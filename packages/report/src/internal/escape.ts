/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Serialises a value as JSON that is safe inside `<script type="application/json">`.
 * `<` is escaped everywhere, which rules out `</script`, `<!--` and `<script` (the HTML
 * tokenizer's script-data escape states); U+2028/U+2029 are escaped so the text is also a
 * valid JavaScript string literal for older parsers. `JSON.parse` restores every character.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
